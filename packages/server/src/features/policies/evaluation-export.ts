import type { EvaluationDetail } from '@jenjang/domain/policies/evaluation.contract';
import { spreadsheetCell } from '@jenjang/domain/shared/spreadsheet-text';
import ExcelJS from 'exceljs';
import { headedSheet } from '../../http/xlsx';
import { type Locale, translate } from '../../i18n/translate';

// An evaluation as a workbook: the summary with the findings, recommendation and decision; each
// indicator's values against its baseline and target; the linked surveys' waves; the period's
// consultation input. The same figures as the page; texts typed by people are made inert.

const t = (locale: Locale, key: string, params?: Record<string, unknown>) =>
  translate(locale, `policy.evaluationExport.${key}`, params);

export async function evaluationXlsx(detail: EvaluationDetail, locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const { report } = detail;
  const summary = headedSheet(workbook, t(locale, 'sheetSummary'), [
    { header: t(locale, 'item'), width: 32 },
    { header: t(locale, 'value'), width: 90 },
  ]);
  const row = (label: string, value: string | number | null) =>
    summary.addRow([label, spreadsheetCell(value ?? '')]);
  row(t(locale, 'policy'), report.policyTitle);
  row(t(locale, 'version'), report.version.number);
  row(t(locale, 'period'), `${detail.period.from} – ${detail.period.to}`);
  row(t(locale, 'compiledAt'), report.compiledAt);
  for (const [index, finding] of detail.findings.entries()) {
    row(t(locale, 'finding', { number: index + 1 }), `${finding.body} (${finding.by ?? ''})`);
  }
  row(
    t(locale, 'recommendation'),
    detail.recommendation
      ? `${translate(locale, `policy.recommendation.${detail.recommendation}`)}: ${detail.recommendationDetail?.reason ?? ''}`
      : '',
  );
  row(
    t(locale, 'decision'),
    detail.decision
      ? `${translate(locale, `policy.recommendation.${detail.decision}`)}${detail.decisionDetail?.note ? `: ${detail.decisionDetail.note}` : ''}`
      : '',
  );

  const indicators = headedSheet(workbook, t(locale, 'sheetIndicators'), [
    { header: t(locale, 'indicator'), width: 44 },
    { header: t(locale, 'source'), width: 44 },
    { header: t(locale, 'measurement'), width: 24 },
    { header: t(locale, 'at'), width: 22 },
    { header: t(locale, 'value'), width: 12 },
    { header: t(locale, 'baseline'), width: 12 },
    { header: t(locale, 'target'), width: 12 },
    { header: t(locale, 'direction.label'), width: 12 },
  ]);
  for (const indicator of report.indicators) {
    for (const point of indicator.points) {
      indicators.addRow([
        spreadsheetCell(indicator.name),
        spreadsheetCell(indicator.sourceLabel),
        spreadsheetCell(point.label),
        point.at.slice(0, 10),
        point.value,
        indicator.baseline,
        indicator.target,
        t(locale, `direction.${indicator.direction}`),
      ]);
    }
  }

  const waves = headedSheet(workbook, t(locale, 'sheetSurveys'), [
    { header: t(locale, 'survey'), width: 44 },
    { header: t(locale, 'wave'), width: 24 },
    { header: t(locale, 'closes'), width: 14 },
    { header: t(locale, 'inPeriod'), width: 14 },
    { header: t(locale, 'responses'), width: 12 },
    { header: t(locale, 'responseRate'), width: 14 },
  ]);
  for (const survey of report.surveys) {
    for (const wave of survey.waves) {
      waves.addRow([
        spreadsheetCell(survey.title),
        spreadsheetCell(wave.label),
        wave.closesAt.slice(0, 10),
        wave.inPeriod ? t(locale, 'yes') : t(locale, 'no'),
        wave.responses,
        wave.responseRate,
      ]);
    }
  }

  const consultation = headedSheet(workbook, t(locale, 'sheetConsultation'), [
    { header: t(locale, 'item'), width: 32 },
    { header: t(locale, 'count'), width: 12 },
  ]);
  const c = report.consultation;
  consultation.addRow([t(locale, 'rounds'), c.rounds]);
  consultation.addRow([t(locale, 'comments'), c.comments]);
  consultation.addRow([t(locale, 'proposals'), c.proposals]);
  for (const [response, count] of Object.entries(c.responses)) {
    consultation.addRow([t(locale, `response.${response}`), count]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
