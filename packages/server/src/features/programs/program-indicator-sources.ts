import { equityRows, selectionParity } from '@jenjang/domain/programs/equity.rules';
import { type BatchEvaluationInput, evaluationReport, kOf } from '@jenjang/domain/programs/evaluation.rules';
import { BEHAVIOUR_QUESTIONS } from '@jenjang/domain/programs/follow-up.rules';
import { REACTION_QUESTIONS } from '@jenjang/domain/programs/reaction-instrument';
import { MIN_K } from '@jenjang/domain/shared/group-suppression.rules';
import type { Tx } from '../../db/database';
import { databaseNow, tenantToday } from '../../db/tenant-clock';
import { ProblemError } from '../../http/problem';
import { type Locale, translate } from '../../i18n/translate';
import type { IndicatorPointValue, IndicatorSource } from '../policies/indicator-sources';
import { surveyAnswerSums } from '../surveys/results/result.service';
import * as equity from './equity.repository';
import * as evaluations from './evaluation.repository';

// What development programs offer a policy's indicators (policies/indicator-sources.ts), year by
// year: how evenly selections treated groups of staff (program.selectionParity), the share of
// participants who completed (program.completionRate), and their feedback (evaluation.rules.ts):
// the reaction score (program.reactionScore) and the normalised learning gain (program.learningGain)
// of the batches that ended in the year and were closed, under the k rule. A past year as it ended;
// this year as it stands now (provisional).

async function years(tx: Tx, measure: (year: number, today: string) => Promise<number | null>) {
  const now = await databaseNow(tx);
  const today = await tenantToday(tx, now);
  const thisYear = Number(today.slice(0, 4));
  const first = (await equity.firstProgramYear(tx)) ?? thisYear;
  const points: IndicatorPointValue[] = [];
  for (let year = Math.min(first, thisYear); year <= thisYear; year++) {
    const current = year === thisYear;
    points.push({
      at: current ? now : new Date(`${year}-12-31T05:00:00Z`),
      since: new Date(`${year}-01-01T00:00:00Z`),
      label: String(year),
      value: await measure(year, today),
      provisional: current,
    });
  }
  return points;
}

async function unitOf(tx: Tx, unitId: number | null) {
  if (unitId === null) return null;
  // Row-level security: another government's unit is not found, like one that does not exist.
  const unit = await equity.findUnit(tx, unitId);
  if (!unit) throw new ProblemError(400, 'policy.indicatorUnknownUnit');
  return unit;
}

const selectionParitySource: IndicatorSource<'program.selectionParity'> = {
  name: 'program.selectionParity',
  async check() {},
  async describe(_tx, params, locale) {
    return translate(locale, 'policy.indicatorSource.selectionParity', {
      dimension: translate(locale, `program.equity.dimension.${params.dimension}`),
    });
  },
  async measure(tx, params) {
    return years(tx, async (year, today) => {
      const counts = await equity.equityCounts(
        tx,
        params.dimension,
        { programs: { year }, unitIds: [], employeeTypes: [] },
        today,
      );
      return selectionParity(equityRows(counts));
    });
  },
};

const completionRateSource: IndicatorSource<'program.completionRate'> = {
  name: 'program.completionRate',
  async check(tx, params) {
    await unitOf(tx, params.unitId);
  },
  async describe(tx, params, locale) {
    const unit = await unitOf(tx, params.unitId);
    return translate(locale, 'policy.indicatorSource.completionRate', {
      whose: unit ? unit.name : translate(locale, 'policy.indicatorSource.wholeGovernment'),
    });
  },
  async measure(tx, params) {
    const unit = await unitOf(tx, params.unitId);
    return years(tx, async (year) => {
      const { participants, completed } = await equity.completionCounts(tx, year, unit);
      return participants === 0 ? null : completed / participants;
    });
  },
};

async function programOf(tx: Tx, programId: number | null) {
  if (programId === null) return null;
  // Row-level security: another government's program is not found, like one that does not exist.
  const program = await evaluations.programTitle(tx, programId);
  if (!program) throw new ProblemError(400, 'policy.indicatorUnknownProgram');
  return program;
}

/** The evaluation of the closed batches that ended in `year`, pooled over those shown (k rule). */
async function evaluationOfYear(
  tx: Tx,
  year: number,
  programId: number | null,
  level: 'reaction' | 'behaviour' = 'reaction',
) {
  const surveyOf = (b: { reactionSurveyId: number | null; alumniSurveyId: number | null }) =>
    level === 'reaction' ? b.reactionSurveyId : b.alumniSurveyId;
  const questions = level === 'reaction' ? REACTION_QUESTIONS : BEHAVIOUR_QUESTIONS;
  const batches = (await evaluations.closedBatchesOfYear(tx, year, programId)).filter(
    (b) => surveyOf(b) !== null,
  );
  const sums = await surveyAnswerSums(
    tx,
    batches.map((b) => surveyOf(b)!),
    questions,
  );
  const inputs: BatchEvaluationInput[] = batches.map((b) => {
    const reaction = sums.get(surveyOf(b)!) ?? null;
    return {
      id: b.id,
      k: kOf(reaction?.minGroupSize ?? MIN_K),
      trainers: [],
      version: null,
      learning: { pairs: b.pairs, pre: b.sumPre, post: b.sumPost },
      reaction,
    };
  });
  return evaluationReport(inputs, questions).total;
}

/** An indicator of the participants' feedback: `value` of the year's pooled evaluation. */
function feedbackSource(
  label: 'reactionScore' | 'learningGain' | 'behaviourScore',
  value: (total: Awaited<ReturnType<typeof evaluationOfYear>>) => number | null,
  level: 'reaction' | 'behaviour' = 'reaction',
) {
  type Params = { programId: number | null };
  return {
    async check(tx: Tx, params: Params) {
      await programOf(tx, params.programId);
    },
    async describe(tx: Tx, params: Params, locale: Locale) {
      const program = await programOf(tx, params.programId);
      return translate(locale, `policy.indicatorSource.${label}`, {
        whose: program ? program.title : translate(locale, 'policy.indicatorSource.wholeGovernment'),
      });
    },
    async measure(tx: Tx, params: Params) {
      await programOf(tx, params.programId);
      return years(tx, async (year) => value(await evaluationOfYear(tx, year, params.programId, level)));
    },
  };
}

const reactionScoreSource: IndicatorSource<'program.reactionScore'> = {
  name: 'program.reactionScore',
  ...feedbackSource('reactionScore', (total) => (total.reaction.shown ? total.reaction.overall : null)),
};

const learningGainSource: IndicatorSource<'program.learningGain'> = {
  name: 'program.learningGain',
  ...feedbackSource('learningGain', (total) => (total.learning.shown ? total.learning.normalisedGain : null)),
};

const behaviourScoreSource: IndicatorSource<'program.behaviourScore'> = {
  name: 'program.behaviourScore',
  ...feedbackSource(
    'behaviourScore',
    (total) => (total.reaction.shown ? total.reaction.overall : null),
    'behaviour',
  ),
};

export const PROGRAM_INDICATOR_SOURCES = [
  selectionParitySource,
  completionRateSource,
  reactionScoreSource,
  learningGainSource,
  behaviourScoreSource,
] as const;
