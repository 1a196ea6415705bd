import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoggedIn } from '../../../../test/factories/account.factory';
import { openSurvey, type SurveyWorld, surveyWorld } from '../../../../test/factories/survey.factory';
import { createTenant } from '../../../../test/factories/tenant.factory';
import { createTestContext, deliverEvents, type TestContext } from '../../../../test/harness';
import { withTenant } from '../../../db/database';
import { withOwner } from '../../../db/owner';
import { claimDueWaves, markInvitationsSent } from '../invitations/invitation.repository';
import { sendDueInvitations } from './survey-schedules';

// A wave published for a later date tells nobody until its window opens; then every invitee hears
// of it once, whatever number of server processes tick at the same moment.

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();
const later = { opensAt: hours(2), closesAt: hours(48) };

const invitationsOf = async (session: LoggedIn) => {
  await deliverEvents(ctx);
  const response = await ctx.app.inject({
    method: 'GET',
    url: '/api/v1/notifications',
    headers: session.headers,
  });
  return (response.json().items as { kind: string; data: { waveId: number } }[]).filter(
    (n) => n.kind === 'survey.invitation',
  );
};

/** What time does to a scheduled wave: its window opens (moved into the past here). */
async function windowOpens(tenantId: number, waveId: number) {
  await withTenant(ctx.db, tenantId, (tx) =>
    tx
      .updateTable('survey_wave')
      .set({ opens_at: new Date(Date.now() - 60_000) })
      .where('id', '=', waveId)
      .execute(),
  );
}

async function sentAt(tenantId: number, waveId: number) {
  const row = await withTenant(ctx.db, tenantId, (tx) =>
    tx
      .selectFrom('survey_wave')
      .select('invitations_sent_at')
      .where('id', '=', waveId)
      .executeTakeFirstOrThrow(),
  );
  return row.invitations_sent_at;
}

describe('announcing a scheduled wave', () => {
  let tenantId: number;
  let world: SurveyWorld;
  let waveId: number;

  beforeAll(async () => {
    tenantId = (await createTenant(ctx)).id;
    world = await surveyWorld(ctx, tenantId, 3);
    ({ waveId } = await openSurvey(ctx, world, { mode: 'identified', minGroupSize: 3, window: later }));
  });

  it('tells nobody when the wave is published for a later date', async () => {
    for (const member of world.staff) expect(await invitationsOf(member.session)).toEqual([]);
    expect(await sentAt(tenantId, waveId)).toBeNull();
    expect(await sendDueInvitations(ctx.db)).toBe(0);
    for (const member of world.staff) expect(await invitationsOf(member.session)).toEqual([]);
  });

  it('says on the form when a scheduled wave opens, on the government’s clock', async () => {
    const form = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/survey-waves/${waveId}/form`,
      headers: world.staff[0]!.session.headers,
    });
    expect(form.statusCode).toBe(200);
    expect(form.json()).toMatchObject({
      state: 'scheduled',
      open: false,
      opensAt: new Date(later.opensAt).toISOString(),
      timeZone: 'Asia/Jakarta',
    });
  });

  it('tells every invitee once when the window opens, even with three sweeps racing', async () => {
    await windowOpens(tenantId, waveId);
    const counts = await Promise.all([
      sendDueInvitations(ctx.db),
      sendDueInvitations(ctx.db),
      sendDueInvitations(ctx.db),
    ]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    for (const member of world.staff) {
      expect(await invitationsOf(member.session)).toEqual([
        expect.objectContaining({ data: { waveId, title: 'Survei identified' } }),
      ]);
    }
    expect(await sentAt(tenantId, waveId)).not.toBeNull();
    expect(await sendDueInvitations(ctx.db)).toBe(0);
    for (const member of world.staff) expect(await invitationsOf(member.session)).toHaveLength(1);
  });

  it('leaves a wave another process is announcing to it, without waiting for it', async () => {
    const { waveId: busy } = await openSurvey(ctx, world, { mode: 'identified', window: later });
    await windowOpens(tenantId, busy);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let claimed: () => void = () => {};
    const claiming = new Promise<void>((resolve) => {
      claimed = resolve;
    });
    // Process A has claimed the wave and is still announcing it.
    const processA = withTenant(ctx.db, tenantId, async (tx) => {
      const waves = await claimDueWaves(tx);
      expect(waves.map((w) => w.id)).toEqual([busy]);
      claimed();
      await held;
      await markInvitationsSent(tx, busy);
    });
    await claiming;
    // Process B ticks meanwhile: it skips the locked wave at once rather than wait or announce it.
    const started = Date.now();
    expect(await sendDueInvitations(ctx.db)).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
    release();
    await processA;
    expect(await sendDueInvitations(ctx.db)).toBe(0);
    for (const member of world.staff) {
      expect((await invitationsOf(member.session)).filter((n) => n.data.waveId === busy)).toEqual([]);
    }
  });

  it('tells invitees at once when the window is already open, and never again', async () => {
    const { waveId: now } = await openSurvey(ctx, world, { mode: 'anonymous', minGroupSize: 3 });
    for (const member of world.staff) {
      expect((await invitationsOf(member.session)).filter((n) => n.data.waveId === now)).toHaveLength(1);
    }
    expect(await sendDueInvitations(ctx.db)).toBe(0);
    for (const member of world.staff) {
      expect((await invitationsOf(member.session)).filter((n) => n.data.waveId === now)).toHaveLength(1);
    }
  });

  it('has nobody to tell for a public wave', async () => {
    const { waveId: publicWave } = await openSurvey(ctx, world, {
      mode: 'public',
      templateKey: 'skm',
      window: later,
    });
    expect(await sentAt(tenantId, publicWave)).not.toBeNull();
    await windowOpens(tenantId, publicWave);
    expect(await sendDueInvitations(ctx.db)).toBe(0);
  });

  it('leaves a wave whose window passed while no server ran unannounced', async () => {
    const { waveId: missed } = await openSurvey(ctx, world, { mode: 'identified', window: later });
    await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .updateTable('survey_wave')
        .set({ opens_at: new Date(Date.now() - 7_200_000), closes_at: new Date(Date.now() - 3_600_000) })
        .where('id', '=', missed)
        .execute(),
    );
    expect(await sendDueInvitations(ctx.db)).toBe(0);
    for (const member of world.staff) {
      expect((await invitationsOf(member.session)).filter((n) => n.data.waveId === missed)).toEqual([]);
    }
  });
});

describe('the sweep across governments', () => {
  it('announces each government’s due waves under its own tenant, in WITA and WIT alike', async () => {
    const worlds: { tenantId: number; world: SurveyWorld; waveId: number }[] = [];
    for (const zone of ['Asia/Makassar', 'Asia/Jayapura'] as const) {
      const tenant = await createTenant(ctx);
      await withOwner(ctx.urls, (owner) =>
        owner.updateTable('tenant').set({ time_zone: zone }).where('id', '=', tenant.id).execute(),
      );
      const world = await surveyWorld(ctx, tenant.id, 2);
      const { waveId } = await openSurvey(ctx, world, { mode: 'identified', window: later });
      await windowOpens(tenant.id, waveId);
      worlds.push({ tenantId: tenant.id, world, waveId });
    }
    // The minute's sweep, as the shared queue runs it in one of the processes.
    await ctx.schedules.runDue();
    for (const { world, waveId } of worlds) {
      for (const member of world.staff) {
        expect((await invitationsOf(member.session)).map((n) => n.data.waveId)).toEqual([waveId]);
      }
    }
    // Each government's notifications are its own: none reached the other's accounts.
    for (const { tenantId, waveId } of worlds) {
      const foreign = await withTenant(ctx.db, tenantId, (tx) =>
        tx.selectFrom('notification').select('data').where('kind', '=', 'survey.invitation').execute(),
      );
      expect(foreign.map((n) => (n.data as { waveId: number }).waveId)).toEqual(foreign.map(() => waveId));
    }
  });
});
