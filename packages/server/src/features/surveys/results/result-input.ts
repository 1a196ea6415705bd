import type { AnswerTally, GroupTally } from '@jenjang/domain/surveys/answer-tally';
import {
  elementWeight,
  IKM_CONVERSION,
  type IkmConvention,
  skmElementsOf,
  spreadOfContributions,
} from '@jenjang/domain/surveys/ikm.rules';
import type { Question } from '@jenjang/domain/surveys/instrument.contract';
import type { BreakdownBy, TextAnswer } from '@jenjang/domain/surveys/survey-report';
import type { Tx } from '../../../db/database';
import * as repo from './result.repository';
import { type ResultsView, viewUnits } from './result-access';
import * as tallies from './result-tally.repository';

// The counts a results page is built from (domain survey-report.ts buildTalliedReport), read for a
// reader's view of a wave: its tally (with its groups for a breakdown), its listed texts, and the
// IKM's spread for a comparison. Nothing here holds more than counts and the listed texts.

/** How the database groups a breakdown: by the respondent's unit, or their answer to a profile question. */
export function groupingOf(
  by: BreakdownBy,
  questions: readonly Question[],
): tallies.TallyGrouping | undefined {
  if (by === 'unit') return { kind: 'unit' };
  const question = questions.find((q) => q.type === 'single' && q.profile === by);
  // No question asks it: every respondent is outside every group, as the rules group them.
  return { kind: 'answer', questionKey: question?.key ?? '' };
}

/**
 * A view's answers counted (the whole wave, or a shown slice's units; none for a hidden slice),
 * hidden texts taken out of their questions' counts; with `grouping`, each group too.
 */
export async function viewTally(
  tx: Tx,
  waveId: number,
  questions: readonly Question[],
  view: ResultsView,
  grouping?: tallies.TallyGrouping,
): Promise<{ whole: AnswerTally; groups: GroupTally[] }> {
  const unitIds = viewUnits(view);
  const counted = await tallies.waveTallies(tx, waveId, questions, { unitIds, grouping });
  const hidden = questions.some((q) => q.type === 'text')
    ? await tallies.hiddenTextCounts(tx, waveId, unitIds)
    : new Map<string, number>();
  const adjusted = new Map(counted.whole.questions);
  for (const [key, n] of hidden) {
    const tally = adjusted.get(key);
    if (tally?.type === 'text') adjusted.set(key, { type: 'text', n: tally.n - n });
  }
  return { whole: { ...counted.whole, questions: adjusted }, groups: counted.groups };
}

/** Each text question's texts as a view lists them: hidden ones left out, the first `limit` by id. */
export async function textsOf(
  tx: Tx,
  waveId: number,
  questions: readonly Question[],
  view: ResultsView,
  limit: number,
): Promise<Map<string, TextAnswer[]>> {
  const texts = new Map<string, TextAnswer[]>();
  for (const question of questions) {
    if (question.type !== 'text') continue;
    texts.set(question.key, await tallies.listedTexts(tx, waveId, question.key, limit, viewUnits(view)));
  }
  return texts;
}

/**
 * The IKM's spread over a view's answers (ikm.rules.ts ikmSpread), summed in the database from the
 * element means of its tally; null without SKM elements or respondents.
 */
export async function ikmSpreadOf(
  tx: Tx,
  waveId: number,
  questions: readonly Question[],
  tally: AnswerTally,
  view: ResultsView,
  convention: IkmConvention,
): Promise<{ n: number; variance: number } | null> {
  const elements = questions.flatMap((q) => {
    const counted = q.type === 'likert' && q.skmElement ? tally.questions.get(q.key) : undefined;
    if (q.type !== 'likert' || counted?.type !== 'likert') return [];
    const n = counted.points.reduce((sum, c) => sum + c, 0);
    const total = counted.points.reduce((sum, c, i) => sum + c * (q.scale.min + i), 0);
    return n === 0 ? [] : [{ key: q.key, mean: total / n, n }];
  });
  const measured = skmElementsOf(questions).length;
  if (elements.length === 0) return null;
  const parts = await repo.ikmContributions(
    tx,
    waveId,
    elements,
    elementWeight(convention, measured) * IKM_CONVERSION,
    viewUnits(view),
  );
  return parts.n === 0 ? null : spreadOfContributions(parts.n, parts.sumSquares);
}
