import type { EvidenceInput, EvidenceView } from '@jenjang/domain/policies/policy.contract';
import type { Tx } from '../../db/database';
import { ProblemError } from '../../http/problem';
import { type WaveReference, waveReferences } from '../surveys/surveys/survey-references';
import type { StoredEvidence } from './provision.repository';

// The evidence a change of a provision cites, checked before anything is stored (a wave of this
// government, a question its questionnaire asks) and put in words for readers.

/** Refuses evidence naming a wave this government does not have, or a question the wave did not ask. */
export async function checkEvidence(tx: Tx, evidence: readonly EvidenceInput[]): Promise<void> {
  const waves = await waveReferences(
    tx,
    evidence.flatMap((item) => (item.kind === 'document' ? [] : [item.waveId])),
  );
  for (const [index, item] of evidence.entries()) {
    if (item.kind === 'document') continue;
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
}

/** Loads the waves evidence cites, once for many changes. */
export function evidenceWaves(tx: Tx, evidence: readonly StoredEvidence[], locale: 'id' | 'en') {
  return waveReferences(
    tx,
    evidence.flatMap((item) => (item.waveId === null ? [] : [item.waveId])),
    locale,
  );
}

export function evidenceView(item: StoredEvidence, waves: Map<number, WaveReference>): EvidenceView {
  const wave = item.waveId === null ? undefined : waves.get(item.waveId);
  const question = item.questionKey === null ? undefined : wave?.questions.get(item.questionKey);
  const statement = item.statementKey === null ? undefined : question?.statements.get(item.statementKey);
  const label =
    item.kind === 'document'
      ? (item.citation ?? '')
      : [wave?.surveyTitle, wave?.waveLabel, question?.text, statement].filter(Boolean).join(' · ');
  return {
    kind: item.kind,
    label,
    surveyId: wave?.surveyId ?? null,
    waveId: item.waveId,
    questionKey: item.questionKey,
    statementKey: item.statementKey,
  };
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
