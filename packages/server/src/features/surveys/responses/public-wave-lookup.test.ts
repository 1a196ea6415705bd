import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSurvey, surveyWorld } from '../../../../test/factories/survey.factory';
import { createTenant } from '../../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../../test/harness';
import { PublicWaveLookup, publicWaves } from './public-wave-lookup';

// A public code's wave is remembered for a moment; its clock is given, so time moves without waiting.

let ctx: TestContext;
let world: Awaited<ReturnType<typeof surveyWorld>>;

beforeAll(async () => {
  ctx = await createTestContext();
  world = await surveyWorld(ctx, (await createTenant(ctx)).id, 0);
});
afterAll(() => ctx.close());

const api = (method: 'GET' | 'POST', url: string, payload?: object) =>
  ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: world.admin.headers,
    ...(payload ? { payload } : {}),
  });

/** Closes the survey's wave and opens a new one through the API; returns the new wave's id. */
async function nextWave(surveyId: number, waveId: number): Promise<number> {
  expect((await api('POST', `/survey-waves/${waveId}/close`)).statusCode).toBe(200);
  const created = await api('POST', `/surveys/${surveyId}/waves`, {
    label: `Gelombang ${waveId + 1}`,
    opensAt: new Date(Date.now() - 60_000).toISOString(),
    closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    population: null,
  });
  const id = (created.json().waves as { id: number; status: string }[]).find((w) => w.status === 'draft')!.id;
  expect((await api('POST', `/survey-waves/${id}/open`)).statusCode).toBe(200);
  return id;
}

describe('the public code lookup', () => {
  it('answers from memory until its time to live passes on its clock, then looks again', async () => {
    const survey = await openSurvey(ctx, world, { mode: 'public', templateKey: 'skm' });
    let now = 1_000_000;
    const lookup = new PublicWaveLookup(1_000, () => now);
    expect((await lookup.find(ctx.db, survey.publicCode!))?.wave_id).toBe(survey.waveId);
    const second = await nextWave(survey.surveyId, survey.waveId);
    now += 1_000;
    expect((await lookup.find(ctx.db, survey.publicCode!))?.wave_id).toBe(survey.waveId);
    now += 1;
    expect((await lookup.find(ctx.db, survey.publicCode!))?.wave_id).toBe(second);
    expect(await lookup.find(ctx.db, 'tidak-ada')).toBeNull();
  });

  it('forgets at once when this process opens or closes a wave, so the form shows the new wave', async () => {
    const survey = await openSurvey(ctx, world, { mode: 'public', templateKey: 'skm' });
    const form = () => ctx.app.inject({ method: 'GET', url: `/api/v1/public/surveys/${survey.publicCode}` });
    expect((await form()).json().waveId).toBe(survey.waveId);
    expect((await publicWaves.find(ctx.db, survey.publicCode!))?.wave_id).toBe(survey.waveId);
    const second = await nextWave(survey.surveyId, survey.waveId);
    expect((await form()).json().waveId).toBe(second);
  });
});
