import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../../test/factories/account.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';

// What a visitor's browser asks first: is this a demo, and is there anyone who can sign in yet.

let fresh: TestContext;
let demo: TestContext;

beforeAll(async () => {
  fresh = await createTestContext({ demoData: false });
  demo = await createTestContext({ demoData: true });
});
afterAll(async () => {
  await fresh.close();
  await demo.close();
});

const instance = (ctx: TestContext) => ctx.app.inject({ method: 'GET', url: '/api/v1/instance' });

describe('GET /api/v1/instance', () => {
  it('tells the first visitor of an empty database that a government must be set up, without a session', async () => {
    const response = await instance(fresh);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ demo: false, setupNeeded: true });
  });

  it('stops asking for setup once an account exists', async () => {
    const tenant = await createTenant(fresh);
    await createAccount(fresh, tenant.id, 'admin');
    expect((await instance(fresh)).json()).toEqual({ demo: false, setupNeeded: false });
  });

  it('says when the deployment is a demo', async () => {
    expect((await instance(demo)).json()).toMatchObject({ demo: true });
  });
});
