import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../test/factories/account.factory';
import { createTenant } from '../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../test/harness';
import { issuePasswordToken } from '../features/auth/auth.service';
import { TestClock } from './clock';

describe('TestClock', () => {
  it('stands still until it is set or advanced', () => {
    const clock = new TestClock('2026-03-01T00:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(clock.advance({ days: 1, hours: 2, minutes: 3 }).toISOString()).toBe('2026-03-02T02:03:00.000Z');
    clock.set('2027-01-01T00:00:00+07:00');
    expect(clock.now().toISOString()).toBe('2026-12-31T17:00:00.000Z');
  });
});

describe('the app on a test clock', () => {
  // Started at the database's own time: a link is stored with the expiry the clock gives it.
  const clock = new TestClock(new Date());
  let ctx: TestContext;
  let tenantId: number;

  beforeAll(async () => {
    ctx = await createTestContext({}, { clock });
    tenantId = (await createTenant(ctx)).id;
  });
  afterAll(() => ctx.close());

  const setWith = (token: string) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/set-password',
      payload: { token, newPassword: 'dari-tautan-sekali-pakai' },
    });

  it('takes a set-password link as expired once the clock passes its hours, without waiting', async () => {
    const expired = await createAccount(ctx, tenantId, 'pegawai');
    const live = await createAccount(ctx, tenantId, 'pegawai');
    const lateToken = await issuePasswordToken(ctx.db, tenantId, expired.id, null, clock.now(), 72);
    const onTimeToken = await issuePasswordToken(ctx.db, tenantId, live.id, null, clock.now(), 72);
    clock.advance({ hours: 71, minutes: 59 });
    expect((await setWith(onTimeToken)).statusCode).toBe(204);
    clock.advance({ minutes: 2 });
    const refused = await setWith(lateToken);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().title).toBeTruthy();
  });
});
