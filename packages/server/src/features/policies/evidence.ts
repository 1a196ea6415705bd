import { type IndicatorSourceName, isShareSource } from '@jenjang/domain/policies/indicator.contract';
import type { EvidenceInput, EvidenceView } from '@jenjang/domain/policies/policy.contract';
import type { Tx } from '../../db/database';
import { ProblemError } from '../../http/problem';
import { type Locale, translate } from '../../i18n/translate';
import { type WaveReference, waveReferences } from '../surveys/surveys/survey-references';
import * as consultations from './consultation.repository';
import * as evaluations from './evaluation.repository';
import * as forums from './forum.repository';
import * as indicators from './indicator.repository';
import { pointsOf } from './indicator.service';
import type { IndicatorSources } from './indicator-sources';
import type { CheckedEvidence, StoredEvidence } from './provision.repository';

// The evidence a change of a provision cites, checked before anything is stored (a wave of this
// government, a question its questionnaire asks) and put in words for readers.

/** What evidence cites, loaded once for many changes: the waves, consultation input, forum proposals. */
export interface EvidenceContext {
  waves: Map<number, WaveReference>;
  /** Each comment's words and author; the author null where readers are citizens (the public page). */
  comments: Map<number, { body: string; author: string | null; policyId: number }>;
  findings: Map<number, { body: string; evaluationId: number; from: string; to: string }>;
  /** Each forum proposal's title, author (null for citizens, as comments') and forum. */
  proposals: Map<number, { title: string; author: string | null; forumId: number; forumTitle: string }>;
  /** Each cited indicator's name and whether its values are shares (shown as percentages). */
  indicators: Map<number, { name: string; share: boolean }>;
  locale: Locale;
}

const waveIdsOf = (evidence: readonly EvidenceInput[]) =>
  evidence.flatMap((item) =>
    item.kind === 'surveyQuestion' || item.kind === 'surveyWave' ? [item.waveId] : [],
  );

/**
 * Refuses evidence naming a wave this government does not have, a question the wave did not ask,
 * consultation input of another policy (or of none), a forum proposal the government's forums
 * do not show (another government's, or hidden by a moderator), or a measurement its policy's
 * indicators do not show final; returns the evidence with each measurement as it reads now.
 */
export async function checkEvidence(
  tx: Tx,
  sources: IndicatorSources,
  policyId: number,
  evidence: readonly EvidenceInput[],
  locale: Locale,
): Promise<CheckedEvidence[]> {
  const waves = await waveReferences(tx, waveIdsOf(evidence));
  const comments = new Map(
    (
      await consultations.commentsById(
        tx,
        evidence.flatMap((item) => (item.kind === 'consultation' ? [item.commentId] : [])),
      )
    ).map((c) => [c.id, c]),
  );
  const findings = new Map(
    (
      await evaluations.findingsById(
        tx,
        evidence.flatMap((item) => (item.kind === 'finding' ? [item.findingId] : [])),
      )
    ).map((f) => [f.id, f]),
  );
  const proposals = new Map(
    (
      await forums.proposalsById(
        tx,
        evidence.flatMap((item) => (item.kind === 'forumProposal' ? [item.proposalId] : [])),
      )
    ).map((p) => [p.id, p]),
  );
  const checked: CheckedEvidence[] = [];
  for (const [index, item] of evidence.entries()) {
    if (item.kind === 'indicatorMeasurement') {
      checked.push({ ...item, measured: await measurementCited(tx, sources, policyId, item, index, locale) });
      continue;
    }
    checked.push(item);
    if (item.kind === 'document') continue;
    if (item.kind === 'forumProposal') {
      const proposal = proposals.get(item.proposalId);
      if (!proposal || proposal.hidden_at !== null) {
        throw new ProblemError(400, 'policy.evidenceUnknownProposal', { index: index + 1 });
      }
      continue;
    }
    if (item.kind === 'finding') {
      if (findings.get(item.findingId)?.policy_id !== policyId) {
        throw new ProblemError(400, 'policy.evidenceUnknownFinding', { index: index + 1 });
      }
      continue;
    }
    if (item.kind === 'consultation') {
      if (comments.get(item.commentId)?.policy_id !== policyId) {
        throw new ProblemError(400, 'policy.evidenceUnknownComment', { index: index + 1 });
      }
      continue;
    }
    const wave = waves.get(item.waveId);
    if (!wave) throw new ProblemError(400, 'policy.evidenceUnknownWave', { index: index + 1 });
    if (item.kind !== 'surveyQuestion') continue;
    const question = wave.questions.get(item.questionKey);
    if (!question || (item.statementKey !== null && !question.statements.has(item.statementKey))) {
      throw new ProblemError(400, 'policy.evidenceUnknownQuestion', {
        index: index + 1,
        question: item.statementKey ? `${item.questionKey}.${item.statementKey}` : item.questionKey,
      });
    }
  }
  return checked;
}

/**
 * The point of one of the policy's indicators at the moment cited: refused when the policy has no
 * such indicator (another policy's, another government's), no point stands for that moment, or
 * the point is not final (still collecting, or hidden below the survey's k).
 */
async function measurementCited(
  tx: Tx,
  sources: IndicatorSources,
  policyId: number,
  item: Extract<EvidenceInput, { kind: 'indicatorMeasurement' }>,
  index: number,
  locale: Locale,
) {
  const row = (await indicators.listIndicators(tx, policyId)).find((r) => r.id === item.indicatorId);
  if (!row) throw new ProblemError(400, 'policy.evidenceUnknownIndicator', { index: index + 1 });
  const at = Date.parse(item.at);
  const point = (await pointsOf(tx, sources, row, locale)).find((p) => p.at.getTime() === at);
  if (!point) {
    throw new ProblemError(400, 'policy.evidenceUnknownMeasurement', {
      index: index + 1,
      indicator: row.name,
    });
  }
  if (point.provisional || point.value === null) {
    throw new ProblemError(400, 'policy.evidenceMeasurementNotFinal', {
      index: index + 1,
      indicator: row.name,
      point: point.label,
    });
  }
  return { label: point.label, value: point.value };
}

export async function evidenceContext(
  tx: Tx,
  evidence: readonly StoredEvidence[],
  locale: Locale,
  options: { authors: boolean } = { authors: true },
): Promise<EvidenceContext> {
  const waves = await waveReferences(
    tx,
    evidence.flatMap((item) => (item.waveId === null ? [] : [item.waveId])),
    locale,
  );
  const rows = await consultations.commentsById(
    tx,
    evidence.flatMap((item) => (item.commentId === null ? [] : [item.commentId])),
  );
  const findings = await evaluations.findingsById(
    tx,
    evidence.flatMap((item) => (item.findingId === null ? [] : [item.findingId])),
  );
  const proposals = await forums.proposalsById(
    tx,
    evidence.flatMap((item) => (item.proposalId === null ? [] : [item.proposalId])),
  );
  const cited = await indicators.indicatorsById(
    tx,
    evidence.flatMap((item) => (item.measurement === null ? [] : [item.measurement.indicatorId])),
  );
  return {
    indicators: new Map(
      cited.map((row) => [
        row.id,
        { name: row.name, share: isShareSource(row.source as IndicatorSourceName) },
      ]),
    ),
    waves,
    comments: new Map(
      rows.map((c) => [
        c.id,
        { body: c.body, author: options.authors ? c.author_name : null, policyId: c.policy_id },
      ]),
    ),
    findings: new Map(
      findings.map((f) => [
        f.id,
        { body: f.body, evaluationId: f.evaluation_id, from: f.period_from, to: f.period_to },
      ]),
    ),
    proposals: new Map(
      proposals.map((p) => [
        p.id,
        {
          title: p.title,
          author: options.authors ? p.author_name : null,
          forumId: p.forum_id,
          forumTitle: p.forum_title,
        },
      ]),
    ),
    locale,
  };
}

/** A comment's first words: enough to recognise it in a list of evidence. */
const excerpt = (text: string) => (text.length > 120 ? `${text.slice(0, 117).trimEnd()}…` : text);

export function evidenceView(item: StoredEvidence, context: EvidenceContext): EvidenceView {
  const wave = item.waveId === null ? undefined : context.waves.get(item.waveId);
  const question = item.questionKey === null ? undefined : wave?.questions.get(item.questionKey);
  const statement = item.statementKey === null ? undefined : question?.statements.get(item.statementKey);
  const comment = item.commentId === null ? undefined : context.comments.get(item.commentId);
  const finding = item.findingId === null ? undefined : context.findings.get(item.findingId);
  const proposal = item.proposalId === null ? undefined : context.proposals.get(item.proposalId);
  const label =
    item.kind === 'document'
      ? (item.citation ?? '')
      : item.kind === 'consultation'
        ? comment
          ? `${comment.author === null ? '' : `${comment.author}: `}“${excerpt(comment.body)}”`
          : ''
        : item.kind === 'finding'
          ? finding
            ? translate(context.locale, 'policy.findingEvidence', {
                from: finding.from,
                to: finding.to,
                excerpt: excerpt(finding.body),
              })
            : ''
          : item.kind === 'forumProposal'
            ? proposal
              ? `${proposal.forumTitle} · ${proposal.author === null ? '' : `${proposal.author}: `}“${excerpt(proposal.title)}”`
              : ''
            : item.kind === 'indicatorMeasurement'
              ? measurementLabel(item, context)
              : [wave?.surveyTitle, wave?.waveLabel, question?.text, statement].filter(Boolean).join(' · ');
  return {
    kind: item.kind,
    label,
    surveyId: wave?.surveyId ?? null,
    waveId: item.waveId,
    questionKey: item.questionKey,
    statementKey: item.statementKey,
    commentId: item.commentId,
    findingId: item.findingId,
    evaluationId: finding?.evaluationId ?? null,
    proposalId: item.proposalId,
    forumId: proposal?.forumId ?? null,
    indicatorId: item.measurement?.indicatorId ?? null,
    measuredAt: item.measurement?.at.toISOString() ?? null,
    measuredValue: item.measurement?.value ?? null,
  };
}

/** "Kepuasan terhadap sistem promosi: 2,9 (Semester II 2026)": the value as cited, a share as a percentage. */
function measurementLabel(item: StoredEvidence, context: EvidenceContext): string {
  const measurement = item.measurement!;
  const indicator = context.indicators.get(measurement.indicatorId);
  const value = indicator?.share
    ? new Intl.NumberFormat(context.locale, { style: 'percent', maximumFractionDigits: 1 }).format(
        measurement.value,
      )
    : new Intl.NumberFormat(context.locale, { maximumFractionDigits: 2 }).format(measurement.value);
  return translate(context.locale, 'policy.measurementEvidence', {
    indicator: indicator?.name ?? '',
    value,
    point: measurement.label,
  });
}

/** Every wave a change of this policy may cite, its questions and their statements; linked surveys first. */
export async function evidenceSources(tx: Tx, linked: ReadonlySet<number>, locale: 'id' | 'en') {
  const waves = await waveReferences(tx, 'all', locale);
  const surveys = new Map<number, { id: number; title: string; linked: boolean; waves: SourceWave[] }>();
  for (const wave of waves.values()) {
    const survey = surveys.get(wave.surveyId) ?? {
      id: wave.surveyId,
      title: wave.surveyTitle,
      linked: linked.has(wave.surveyId),
      waves: [],
    };
    survey.waves.push({
      id: wave.waveId,
      label: wave.waveLabel,
      questions: [...wave.questions].flatMap(([key, question]) => [
        { key, statementKey: null, text: question.text },
        ...[...question.statements].map(([statementKey, text]) => ({ key, statementKey, text })),
      ]),
    });
    surveys.set(wave.surveyId, survey);
  }
  return { surveys: [...surveys.values()].sort((a, b) => Number(b.linked) - Number(a.linked)) };
}

interface SourceWave {
  id: number;
  label: string;
  questions: { key: string; statementKey: string | null; text: string }[];
}
