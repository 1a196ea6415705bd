import { describe, expect, it } from 'vitest';
import type { ProgramEvaluation } from '../../../api/types';
import {
  type EvaluatedBatch,
  followUpState,
  hasBehaviour,
  NO_SURVEY,
  planBody,
  planValues,
  rowsOf,
  signedNumber,
} from './evaluation-values';

const none = { shown: false as const, withheld: 'none' as const };
const small = { shown: false as const, withheld: 'small' as const };
const answered = (overall: number | null) => ({
  shown: true as const,
  responses: 7,
  questions: [{ key: 'behaviour_change', mean: overall }],
  overall,
});

const batch = (behaviour: Partial<EvaluatedBatch['behaviour']>, closed = true): EvaluatedBatch => ({
  id: 4,
  name: 'Angkatan I',
  closed,
  reactionSurveyId: null,
  curriculumVersion: null,
  trainers: [],
  learning: none,
  reaction: none,
  behaviour: {
    dueOn: null,
    alumniSurveyId: null,
    supervisorSurveyId: null,
    alumni: none,
    supervisors: none,
    ...behaviour,
  },
});

const group = {
  batchIds: [4],
  learning: none,
  reaction: none,
  withheldBatches: { learning: 0, reaction: 0 },
};

const evaluation = (batches: EvaluatedBatch[]): ProgramEvaluation => ({
  programId: 1,
  minGroupSize: 5,
  questions: [],
  behaviourQuestions: ['behaviour_change'],
  scale: { min: 1, max: 5 },
  plan: { followUpMonths: 3, resultSurveyId: null },
  batches,
  trainers: [],
  versions: [{ ...group, version: 2, behaviour: { alumni: small, supervisors: answered(4) } }],
  total: { ...group, behaviour: { alumni: small, supervisors: answered(4) } },
  results: null,
  performance: null,
});

const labels = { version: (v: number) => `Versi ${v}`, noVersion: 'Tanpa versi', total: 'Seluruh program' };

describe('followUpState', () => {
  it('reads a batch whose surveys went out as sent, with both surveys', () => {
    expect(
      followUpState(batch({ dueOn: '2026-06-01', alumniSurveyId: 8, supervisorSurveyId: 9 }), 3),
    ).toEqual({ kind: 'sent', alumniSurveyId: 8, supervisorSurveyId: 9 });
  });

  it('reads a closed batch with a due day and no survey yet as scheduled for that day', () => {
    expect(followUpState(batch({ dueOn: '2026-06-01' }), 3)).toEqual({
      kind: 'scheduled',
      dueOn: '2026-06-01',
    });
  });

  it('gives a running batch the plan’s months, to be set when it closes', () => {
    expect(followUpState(batch({}, false), 6)).toEqual({ kind: 'planned', months: 6 });
  });

  it('leaves a closed batch without a due day without follow-up, whatever the plan says now', () => {
    expect(followUpState(batch({}), 3)).toEqual({ kind: 'none' });
    expect(followUpState(batch({}, false), null)).toEqual({ kind: 'none' });
  });
});

describe('rowsOf', () => {
  it('carries each batch’s behaviour and the batch itself, the whole program last', () => {
    const rows = rowsOf(
      evaluation([batch({ alumni: answered(3.5), supervisors: small, dueOn: '2026-06-01' })]),
      'batch',
      labels,
    );
    expect(rows.map((r) => r.label)).toEqual(['Angkatan I', 'Seluruh program']);
    expect(rows[0]!.behaviour).toEqual({ alumni: answered(3.5), supervisors: small });
    expect(rows[0]!.batch?.behaviour.dueOn).toBe('2026-06-01');
    expect(rows[1]!.batch).toBeUndefined();
    expect(rows.map(hasBehaviour)).toEqual([true, true]);
  });

  it('names a curriculum version’s row and carries the group’s behaviour', () => {
    const [version] = rowsOf(evaluation([batch({})]), 'version', labels);
    expect(version!.label).toBe('Versi 2');
    expect(hasBehaviour(version!)).toBe(true);
  });

  it('finds no behaviour to show where both sides are withheld or have no overall', () => {
    const [row] = rowsOf(
      evaluation([batch({ alumni: small, supervisors: answered(null) })]),
      'batch',
      labels,
    );
    expect(hasBehaviour(row!)).toBe(false);
  });
});

describe('the evaluation plan’s form', () => {
  it('starts from the plan, three months when it has no follow-up', () => {
    expect(planValues({ followUpMonths: 6, resultSurveyId: 12 })).toEqual({
      noFollowUp: false,
      months: 6,
      surveyId: '12',
    });
    expect(planValues({ followUpMonths: null, resultSurveyId: null })).toEqual({
      noFollowUp: true,
      months: 3,
      surveyId: NO_SURVEY,
    });
  });

  it('sends null for "no follow-up" and for "no survey"', () => {
    expect(planBody({ noFollowUp: true, months: 6, surveyId: NO_SURVEY })).toEqual({
      followUpMonths: null,
      resultSurveyId: null,
    });
    expect(planBody({ noFollowUp: false, months: 4, surveyId: '12' })).toEqual({
      followUpMonths: 4,
      resultSurveyId: 12,
    });
  });
});

describe('signedNumber', () => {
  it('signs a rise and a fall with a true minus, and leaves no change bare', () => {
    expect(signedNumber(4.75, 'id')).toBe('+4,75');
    expect(signedNumber(-1.5, 'en')).toBe('−1.5');
    expect(signedNumber(0, 'id')).toBe('0');
  });
});
