import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerSatisfaction,
  openSurvey,
  type SurveyWorld,
  surveyWorld,
} from '../../../../test/factories/survey.factory';
import { createTenant } from '../../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../../test/harness';
import { withTenant } from '../../../db/database';
import { surveyAnswerSums } from './result.service';

// The rated answers of surveys another feature sent and reads in its own results (a program's
// reaction surveys): released answers only, under each survey's k.

let ctx: TestContext;
let tenantId: number;
let world: SurveyWorld;

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  world = await surveyWorld(ctx, tenantId, 6);
});
afterAll(() => ctx.close());

const sumsOf = (surveyIds: number[]) =>
  withTenant(ctx.db, tenantId, (tx) => surveyAnswerSums(tx, surveyIds, ['satisfaction', 'missing']));

describe('surveyAnswerSums', () => {
  it('gives each question’s count and sum over the released answers, with the survey’s k', async () => {
    const { surveyId, waveId } = await openSurvey(ctx, world, { mode: 'anonymous', minGroupSize: 3 });
    await answerSatisfaction(ctx, tenantId, waveId, [5, 4, 3, 2]);
    const sums = await sumsOf([surveyId]);
    expect(sums.get(surveyId)).toEqual({
      minGroupSize: 3,
      responses: 4,
      questions: { satisfaction: { n: 4, sum: 14 } },
    });
  });

  it('shows no question of a survey with fewer than k answers, but counts it', async () => {
    const { surveyId, waveId } = await openSurvey(ctx, world, { mode: 'anonymous', minGroupSize: 5 });
    await answerSatisfaction(ctx, tenantId, waveId, [5, 1]);
    expect((await sumsOf([surveyId])).get(surveyId)).toEqual({
      minGroupSize: 5,
      responses: 2,
      questions: {},
    });
  });

  it('names a survey without answers, and never another government’s', async () => {
    const { surveyId } = await openSurvey(ctx, world, { mode: 'anonymous', minGroupSize: 4 });
    const otherTenant = (await createTenant(ctx)).id;
    const otherWorld = await surveyWorld(ctx, otherTenant, 3);
    const foreign = await openSurvey(ctx, otherWorld, { mode: 'anonymous', minGroupSize: 3 });
    await answerSatisfaction(ctx, otherTenant, foreign.waveId, [5, 5, 5]);
    const sums = await sumsOf([surveyId, foreign.surveyId]);
    expect(sums.get(surveyId)).toEqual({ minGroupSize: 4, responses: 0, questions: {} });
    expect(sums.has(foreign.surveyId)).toBe(false);
    expect((await sumsOf([])).size).toBe(0);
  });
});
