import type { EvaluationDetail } from '@jenjang/domain/policies/evaluation.contract';
import type { TimeZone } from '@jenjang/domain/shared/time-zone';
import { formatCalendarDate, formatInstant, PdfWriter } from '../../http/pdf';
import { type Locale, translate } from '../../i18n/translate';

// An evaluation as a PDF for the leaders who decide on it and the file that keeps it: what was
// evaluated and over which period, each indicator against its baseline and target with its trend
// drawn, the linked surveys' waves, the consultation input, the findings with the clauses they
// changed, the recommendation and the decision. The same figures as the page and the workbook.

export interface EvaluationDocument {
  detail: EvaluationDetail;
  government: { name: string; timeZone: TimeZone };
}

export function evaluationPdf(document: EvaluationDocument, locale: Locale, now: Date): Promise<Buffer> {
  const t = (key: string, params?: Record<string, unknown>) =>
    translate(locale, `policy.evaluationPdf.${key}`, params);
  const words = (key: string) => translate(locale, `policy.evaluationExport.${key}`);
  const { detail, government } = document;
  const { report } = detail;
  const date = (value: string) => formatCalendarDate(value, locale);
  const instant = (value: string) => formatInstant(new Date(value), locale, government.timeZone);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const value = (figure: number | null) => (figure === null ? '–' : number.format(figure));
  const recommendation = (kind: string) => {
    const words = translate(locale, `policy.recommendation.${kind}`);
    return words.charAt(0).toLocaleUpperCase(locale) + words.slice(1);
  };
  const signed = (by: string | null, at: string) =>
    t('signed', { by: by ?? t('bySchedule'), at: instant(at) });

  const title = t('title', { policy: report.policyTitle });
  const pdf = new PdfWriter({
    title,
    government: government.name,
    locale,
    timeZone: government.timeZone,
    generatedAt: now,
  });
  pdf.title(title);
  if (detail.decision === null) pdf.paragraph(t('underway'), { bold: true });
  pdf.fields([
    [
      words('version'),
      t('versionInForce', { number: report.version.number, from: date(report.version.effectiveFrom) }),
    ],
    [words('period'), `${date(detail.period.from)} – ${date(detail.period.to)}`],
    [t('started'), signed(detail.startedBy, detail.startedAt)],
    [words('compiledAt'), instant(report.compiledAt)],
  ]);

  pdf.heading(words('sheetIndicators'));
  if (report.indicators.length === 0) pdf.paragraph(t('noIndicators'), { muted: true });
  for (const indicator of report.indicators) {
    pdf.heading(indicator.name, 2);
    pdf.paragraph(indicator.sourceLabel, { muted: true, size: 9 });
    pdf.fields([
      [words('baseline'), value(indicator.baseline)],
      [words('target'), `${value(indicator.target)} (${t(`direction.${indicator.direction}`)})`],
      [
        t('latest'),
        `${value(indicator.latest)}${indicator.met === null ? '' : ` – ${t(indicator.met ? 'met' : 'notMet')}`}`,
      ],
    ]);
    if (indicator.points.length > 0) {
      pdf.chart({
        points: indicator.points,
        target: indicator.target,
        baseline: indicator.baseline,
        format: (figure) => number.format(figure),
        legend: { target: words('target'), baseline: words('baseline') },
      });
    }
    pdf.bullets(
      indicator.points.map(
        (point) =>
          `${point.label} (${date(point.at.slice(0, 10))}): ${value(point.value)}${point.provisional ? ` – ${t('provisional')}` : ''}`,
      ),
    );
  }

  pdf.heading(words('sheetSurveys'));
  if (report.surveys.length === 0) pdf.paragraph(t('noSurveys'), { muted: true });
  for (const survey of report.surveys) {
    pdf.heading(survey.title, 2);
    pdf.bullets(
      survey.waves.map((wave) =>
        t('wave', {
          wave: wave.label,
          closes: date(wave.closesAt.slice(0, 10)),
          responses: wave.responses,
          rate: wave.responseRate === null ? '–' : percent.format(wave.responseRate),
          period: wave.inPeriod ? ` – ${words('inPeriod').toLowerCase()}` : '',
        }),
      ),
    );
  }

  pdf.heading(words('sheetConsultation'));
  const consultation = report.consultation;
  pdf.fields([
    [words('rounds'), String(consultation.rounds)],
    [words('comments'), String(consultation.comments)],
    [words('proposals'), String(consultation.proposals)],
    ...Object.entries(consultation.responses).map(
      ([response, count]) => [words(`response.${response}`), String(count)] as const,
    ),
  ]);

  pdf.heading(t('findings'));
  if (detail.findings.length === 0) pdf.paragraph(t('noFindings'), { muted: true });
  detail.findings.forEach((finding, index) => {
    pdf.labelled(`${index + 1}.`, finding.body);
    pdf.paragraph(signed(finding.by, finding.at), { indent: 14, muted: true, size: 9 });
    if (finding.uses.length > 0) {
      const uses = finding.uses.map((use) =>
        t(use.removed ? 'useRemoved' : 'use', { provision: use.label, version: use.versionNumber }),
      );
      pdf.paragraph(`${t('changed')}: ${uses.join('; ')}`, { indent: 14, size: 9 });
    }
  });

  pdf.heading(words('recommendation'));
  if (detail.recommendation === null || detail.recommendationDetail === null) {
    pdf.paragraph(t('noRecommendation'), { muted: true });
  } else {
    pdf.paragraph(recommendation(detail.recommendation), { bold: true });
    pdf.paragraph(detail.recommendationDetail.reason);
    pdf.paragraph(signed(detail.recommendationDetail.by, detail.recommendationDetail.at), {
      muted: true,
      size: 9,
    });
  }

  pdf.heading(words('decision'));
  if (detail.decision === null || detail.decisionDetail === null) {
    pdf.paragraph(t('noDecision'), { muted: true });
  } else {
    pdf.paragraph(recommendation(detail.decision), { bold: true });
    if (detail.decisionDetail.note) pdf.paragraph(detail.decisionDetail.note);
    pdf.paragraph(signed(detail.decisionDetail.by, detail.decisionDetail.at), { muted: true, size: 9 });
  }

  return pdf.finish();
}
