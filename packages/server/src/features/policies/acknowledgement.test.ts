import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { policyBody } from '../../../test/factories/policy.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';

// Publication: an employee states once that they read an adopted version; reviewers see how far it
// reached per OPD, as counts; the policy's indicator follows the share.

let ctx: TestContext;
let tenantId: number;
let admin: TestApi;
let pimpinan: TestApi;
let otherAdmin: TestApi;
let policyId: number;
let adoptedId: number;
let draftId: number;
/** Employees of Dinas A (two, one in a bidang below it) and Dinas B (three), each signed in. */
let readersA: TestApi[];
let readersB: TestApi[];

const url = (versionId: number) => `/api/v1/policies/${policyId}/versions/${versionId}/acknowledgement`;
const summaryUrl = (versionId: number) =>
  `/api/v1/policies/${policyId}/versions/${versionId}/acknowledgements`;

async function rowsOf(versionId: number) {
  return withTenant(ctx.db, tenantId, (tx) =>
    tx.selectFrom('policy_acknowledgement').selectAll().where('version_id', '=', versionId).execute(),
  );
}

async function auditCount() {
  return withTenant(ctx.db, tenantId, async (tx) => {
    const row = await tx
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'policy.version.acknowledged')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  });
}

async function employeeReader(unit: { id: number }) {
  const employee = await buildEmployee(ctx, tenantId, { unit });
  return apiAs(ctx, 'pegawai', tenantId, { employeeId: employee.id });
}

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  const dinasA = await createUnit(ctx, tenantId, 'Dinas A');
  const bidang = await createUnit(ctx, tenantId, 'Bidang A1', dinasA);
  const dinasB = await createUnit(ctx, tenantId, 'Dinas B');
  readersA = [await employeeReader(dinasA), await employeeReader(bidang)];
  readersB = [await employeeReader(dinasB), await employeeReader(dinasB), await employeeReader(dinasB)];
  admin = await apiAs(ctx, 'admin', tenantId);
  pimpinan = await apiAs(ctx, 'pimpinan', tenantId);
  otherAdmin = await apiAs(ctx, 'admin', (await createTenant(ctx)).id);
  const created = await admin.post(
    '/api/v1/policies',
    policyBody({ title: 'Kebijakan Pengembangan Kompetensi', area: 'kompetensi', purpose: 'Uji publikasi.' }),
  );
  policyId = created.json().id;
  await admin.post(`/api/v1/policies/${policyId}/draft/provisions`, {
    parentId: null,
    afterId: null,
    label: 'Pasal 1',
    body: 'Setiap ASN berhak atas pengembangan kompetensi.',
  });
  const adopted = await pimpinan.post(`/api/v1/policies/${policyId}/transitions`, { transition: 'adopt' });
  expect(adopted.statusCode, adopted.body).toBe(200);
  adoptedId = adopted.json().versions[0].id;
  const revising = await admin.post(`/api/v1/policies/${policyId}/transitions`, {
    transition: 'startRevision',
  });
  expect(revising.statusCode, revising.body).toBe(200);
  const detail = (await admin.get(`/api/v1/policies/${policyId}`)).json();
  draftId = detail.versions.find((v: { status: string }) => v.status === 'draft').id;
});
afterAll(() => ctx.close());

describe('acknowledging an adopted version', () => {
  it('records one statement however often it is made, and audits it once', async () => {
    const [reader] = readersA;
    const text = await reader!.get(`/api/v1/policies/${policyId}/versions/${adoptedId}`);
    expect(text.json().acknowledgement).toEqual({ at: null });
    const first = await reader!.post(url(adoptedId));
    expect(first.statusCode, first.body).toBe(200);
    const again = await reader!.post(url(adoptedId));
    expect(again.statusCode).toBe(200);
    expect(again.json().at).toBe(first.json().at);
    expect(await rowsOf(adoptedId)).toHaveLength(1);
    expect(await auditCount()).toBe(1);
    const after = await reader!.get(`/api/v1/policies/${policyId}/versions/${adoptedId}`);
    expect(after.json().acknowledgement).toEqual({ at: first.json().at });
  });

  it('keeps one row when the same statement arrives twice at once', async () => {
    const reader = readersB[0]!;
    const answers = await Promise.all([reader.post(url(adoptedId)), reader.post(url(adoptedId))]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
    expect(answers[0]!.json()).toEqual(answers[1]!.json());
    expect(await rowsOf(adoptedId)).toHaveLength(2);
    expect(await auditCount()).toBe(2);
  });

  it('refuses a draft, and an account without an employee record, in the reader’s language', async () => {
    const drafter = await apiAs(ctx, 'admin', tenantId, {
      employeeId: (await buildEmployee(ctx, tenantId)).id,
    });
    const draft = await drafter.post(url(draftId), undefined, { locale: 'en' });
    expect(draft.statusCode).toBe(409);
    expect(draft.json().detail).toContain('Only an adopted version');
    // A reader who does not review does not learn that the draft exists.
    expect((await readersA[0]!.post(url(draftId))).statusCode).toBe(404);
    const noEmployee = await admin.post(url(adoptedId));
    expect(noEmployee.statusCode).toBe(403);
    expect(noEmployee.json().detail).toContain('data pegawai');
    expect(
      (await admin.get(`/api/v1/policies/${policyId}/versions/${adoptedId}`)).json().acknowledgement,
    ).toBe(null);
    expect(await rowsOf(draftId)).toEqual([]);
  });
});

describe('how far a version reached', () => {
  it('counts each OPD’s active employees and their statements for a reviewer, naming nobody', async () => {
    await readersA[1]!.post(url(adoptedId));
    const summary = await pimpinan.get(summaryUrl(adoptedId));
    expect(summary.statusCode, summary.body).toBe(200);
    expect(summary.json().units).toEqual([
      { unitId: expect.any(Number), name: 'Dinas A', acknowledged: 2, employees: 2 },
      { unitId: expect.any(Number), name: 'Dinas B', acknowledged: 1, employees: 3 },
    ]);
    // The drafter's employee record has no unit: counted in the whole government only.
    expect(summary.json().total).toEqual({ acknowledged: 3, employees: 6 });
  });

  it('is refused to an employee and unknown to another government', async () => {
    expect((await readersB[1]!.get(summaryUrl(adoptedId))).statusCode).toBe(403);
    expect((await otherAdmin.get(summaryUrl(adoptedId))).statusCode).toBe(404);
    expect((await otherAdmin.post(url(adoptedId))).statusCode).toBe(403);
  });
});

describe('the acknowledgement indicator', () => {
  it('gives the share of active employees who acknowledged each adopted version', async () => {
    const added = await admin.post(`/api/v1/policies/${policyId}/indicators`, {
      name: 'Keterbacaan kebijakan',
      params: { source: 'policy.acknowledgement', policyId },
      direction: 'up',
      baseline: null,
      target: 0.9,
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().points).toEqual([
      expect.objectContaining({ label: 'Versi 1', value: 3 / 6, provisional: true }),
    ]);
    expect(added.json()).toMatchObject({ latest: 0.5, met: false });
  });

  it('refuses another policy’s acknowledgements', async () => {
    const other = await admin.post(
      '/api/v1/policies',
      policyBody({ title: 'Kebijakan Lain', area: 'karier', purpose: 'Lain.' }),
    );
    const refused = await admin.post(`/api/v1/policies/${other.json().id}/indicators`, {
      name: 'Keterbacaan kebijakan lain',
      params: { source: 'policy.acknowledgement', policyId },
      direction: 'up',
      baseline: null,
      target: 0.9,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toContain('kebijakan ini sendiri');
  });
});

describe('a retired policy', () => {
  it('asks for no acknowledgement any more', async () => {
    const retired = await pimpinan.post(`/api/v1/policies/${policyId}/transitions`, { transition: 'retire' });
    expect(retired.statusCode, retired.body).toBe(200);
    const reader = readersB[2]!;
    expect((await reader.post(url(adoptedId))).statusCode).toBe(409);
    const text = await reader.get(`/api/v1/policies/${policyId}/versions/${adoptedId}`);
    expect(text.json().acknowledgement).toBe(null);
  });
});
