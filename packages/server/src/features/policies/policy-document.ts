import type { ConsultationAudience } from '@jenjang/domain/policies/consultation.contract';
import type { EvidenceView, ProvisionChange, VersionText } from '@jenjang/domain/policies/policy.contract';
import type { TimeZone } from '@jenjang/domain/shared/time-zone';
import { formatCalendarDate, PdfWriter } from '../../http/pdf';
import { type Locale, translate } from '../../i18n/translate';

// A policy version as a PDF: what the policy is, the version's dates and consultation windows, its
// full text with the displayed numbering, then why each provision changed and the evidence cited.
// The same document for signed-in readers and for citizens; what it may hold is decided before.

export interface VersionDocument {
  policy: {
    title: string;
    state: string;
    purpose: string;
    principles: readonly string[];
    legalBasis: readonly string[];
  };
  government: { name: string; timeZone: TimeZone };
  text: VersionText;
  consultations: readonly { from: string; until: string; audience: ConsultationAudience }[];
}

interface EvidenceEntry {
  item: EvidenceView;
  citedBy: string[];
}

/** Every evidence item the version's changes cite, once each, numbered in order of first citation. */
function evidenceList(changes: readonly { label: string; change: ProvisionChange }[]) {
  const entries = new Map<string, EvidenceEntry>();
  for (const { label, change } of changes) {
    for (const item of change.evidence) {
      const key = `${item.kind}|${item.label}`;
      const entry = entries.get(key) ?? { item, citedBy: [] };
      if (!entry.citedBy.includes(label)) entry.citedBy.push(label);
      entries.set(key, entry);
    }
  }
  const list = [...entries.values()];
  const numberOf = (item: EvidenceView) =>
    list.findIndex((entry) => entry.item.kind === item.kind && entry.item.label === item.label) + 1;
  return { list, numberOf };
}

/** Labels written on the same line as their words: a paragraph "(1)", a point "a." or "1.". */
const INLINE_LABEL = /^\(?[0-9a-z]{1,3}[.)]$/i;

/** A provision's place by its own and its parents' labels: "Pasal 5 (1)" rather than a bare "(1)". */
function pathLabels(text: VersionText) {
  const byId = new Map(text.provisions.map((p) => [p.provisionId, p]));
  return (provisionId: number, label: string) => {
    const labels = [label];
    let parent = byId.get(provisionId)?.parentId ?? null;
    // A chapter (a heading without words of its own above the article) names a group, not the place.
    while (parent !== null && labels.length < 6) {
      const above = byId.get(parent);
      if (!above || (above.depth === 0 && above.body.trim() === '')) break;
      labels.unshift(above.label);
      parent = above.parentId;
    }
    return labels.join(' ');
  };
}

export function versionPdf(document: VersionDocument, locale: Locale, now: Date): Promise<Buffer> {
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, `policy.pdf.${key}`, params);
  const date = (value: string | null) => (value ? formatCalendarDate(value, locale) : '–');
  const { policy, text } = document;
  const { version } = text;
  const pdf = new PdfWriter({
    title: policy.title,
    government: document.government.name,
    locale,
    timeZone: document.government.timeZone,
    generatedAt: now,
  });

  pdf.title(policy.title);
  if (version.status !== 'adopted') pdf.paragraph(t(`notice.${version.status}`), { bold: true });
  pdf.fields([
    [t('state'), translate(locale, `policyState.${policy.state}`)],
    [
      t('version'),
      `${version.number} (${t(`versionStatus.${version.status}`)}${version.inForce ? `, ${t('inForce')}` : ''})`,
    ],
    [t('adoptedOn'), date(version.adoptedOn)],
    [t('effectiveFrom'), date(version.effectiveFrom)],
  ]);

  pdf.heading(t('consultations'), 2);
  if (document.consultations.length === 0) pdf.paragraph(t('noConsultation'), { muted: true });
  pdf.bullets(
    document.consultations.map((round) =>
      t('consultationWindow', {
        from: date(round.from),
        until: date(round.until),
        audience: (['employees', 'leaders', 'partners', 'public'] as const)
          .filter((group) => round.audience[group])
          .map((group) => t(`audience.${group}`))
          .join(', '),
      }),
    ),
  );

  pdf.heading(t('about'));
  pdf.heading(t('purpose'), 2).paragraph(policy.purpose);
  if (policy.principles.length > 0) pdf.heading(t('principles'), 2).bullets(policy.principles);
  if (policy.legalBasis.length > 0) pdf.heading(t('legalBasis'), 2).bullets(policy.legalBasis);

  pdf.heading(t('text'));
  if (text.provisions.length === 0) pdf.paragraph(t('emptyText'), { muted: true });
  for (const provision of text.provisions) {
    const indent = Math.min(provision.depth, 4) * 14;
    const [first = '', ...rest] = provision.body.split(/\n{2,}/);
    if (!provision.heading && INLINE_LABEL.test(provision.label) && first.trim() !== '') {
      // A paragraph or a point ("(1)", "a.") reads on one line with its words, as in a regulation.
      pdf.labelled(provision.label, first, { indent });
    } else {
      pdf.paragraph([provision.label, provision.heading].filter(Boolean).join(' – '), { indent, bold: true });
      if (first.trim() !== '') pdf.paragraph(first, { indent });
    }
    for (const part of rest) pdf.paragraph(part, { indent });
  }

  const placeOf = pathLabels(text);
  const changes = [
    ...text.provisions.flatMap((p) =>
      p.change ? [{ label: placeOf(p.provisionId, p.label), change: p.change }] : [],
    ),
    ...text.removed.map((p) => ({ label: p.label, change: p.change })),
  ];
  const evidence = evidenceList(changes);

  pdf.heading(t('changeLog'));
  if (changes.length === 0) pdf.paragraph(t('noChanges'), { muted: true });
  for (const { label, change } of changes) {
    pdf.paragraph(`${label} – ${translate(locale, `policy.pdf.changeKind.${change.kind}`)}`, { bold: true });
    pdf.paragraph(`${t('reason')}: ${change.reason ?? t('noReason')}`, { indent: 14 });
    if (change.evidence.length > 0) {
      const refs = change.evidence.map((item) => `[${evidence.numberOf(item)}]`).join(' ');
      pdf.paragraph(`${t('evidenceRefs')}: ${refs}`, { indent: 14, muted: true });
    }
  }

  pdf.heading(t('evidence'));
  if (evidence.list.length === 0) pdf.paragraph(t('noEvidence'), { muted: true });
  evidence.list.forEach(({ item, citedBy }, index) => {
    pdf.paragraph(`[${index + 1}] ${t(`evidenceKind.${item.kind}`)}: ${item.label}`);
    pdf.paragraph(t('citedBy', { provisions: citedBy.join(', ') }), { indent: 20, muted: true, size: 9 });
  });

  return pdf.finish();
}
