import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../../../test/api-as';
import type { LoggedIn } from '../../../test/factories/account.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { SMALL_INSTRUMENT } from '../../../test/factories/survey.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';

// Pickers hide a closed unit, but a request can still name it by id: nobody may be scoped to it
// and no survey may serve or ask it.

let ctx: TestContext;
let tenantId: number;
let admin: LoggedIn;
let open: { id: number };
let closed: { id: number };
let instrumentId: number;

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  open = await createUnit(ctx, tenantId, 'Dinas Pendidikan');
  closed = await createUnit(ctx, tenantId, 'Kantor Arsip');
  admin = await apiAs(ctx, 'admin', tenantId);
  const closing = await call('POST', `/units/${closed.id}/close`, {
    closedOn: new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10),
  });
  expect(closing.statusCode, closing.body).toBe(200);
  const instrument = await call('POST', '/instruments', { definition: SMALL_INSTRUMENT });
  instrumentId = instrument.json().id;
});
afterAll(() => ctx.close());

function call(method: 'POST' | 'PATCH', url: string, payload: object) {
  return ctx.app.inject({ method, url: `/api/v1${url}`, headers: admin.headers, payload });
}

const count = (table: 'account' | 'survey') =>
  withTenant(ctx.db, tenantId, async (tx) =>
    Number(
      (
        await tx
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
  );

describe('a closed unit named by id', () => {
  it('is refused as the scope of a new account, which is not created', async () => {
    const before = await count('account');
    const response = await call('POST', '/accounts', {
      username: 'atasan.arsip',
      displayName: 'Atasan Arsip',
      role: 'atasan',
      scopeUnitId: closed.id,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toContain('Kantor Arsip');
    expect(await count('account')).toBe(before);
  });

  it('is refused as the new scope of an existing account', async () => {
    const created = await call('POST', '/accounts', {
      username: 'atasan.didik',
      displayName: 'Atasan Didik',
      role: 'atasan',
      scopeUnitId: open.id,
    });
    expect(created.statusCode).toBe(201);
    const moved = await call('PATCH', `/accounts/${created.json().accountId}`, { scopeUnitId: closed.id });
    expect(moved.statusCode).toBe(409);
  });

  it("is refused as a survey's service unit and as its audience", async () => {
    const before = await count('survey');
    const serving = await call('POST', '/surveys', {
      instrumentId,
      title: 'SKM Arsip',
      mode: 'public',
      serviceUnitId: closed.id,
      serviceName: 'Layanan Arsip',
    });
    expect(serving.statusCode).toBe(409);
    const asking = await call('POST', '/surveys', {
      instrumentId,
      title: 'Survei Arsip',
      mode: 'identified',
      audience: { kind: 'criteria', unitIds: [open.id, closed.id] },
      serviceUnitId: null,
      serviceName: null,
    });
    expect(asking.statusCode).toBe(409);
    expect(await count('survey')).toBe(before);
  });
});
