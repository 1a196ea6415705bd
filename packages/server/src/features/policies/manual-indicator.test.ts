import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { craftXlsx, craftZip, sheetRow } from '../../../test/crafted-zip';
import { policyBody } from '../../../test/factories/policy.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { form, pdf, png } from '../../../test/upload-files';
import { auditEntries } from '../../../test/upload-requests';
import { withTenant } from '../../db/database';

// A manual indicator's values come from outside Jenjang: an admin enters each with where the data
// lives and its evidence file, whose type is judged by its bytes; readers of the policy download
// it; a wrong value is withdrawn (audited, still listed), never edited.

const LIMIT = 64 * 1024;
let ctx: TestContext;
let tenantId: number;
let otherTenantId: number;
let admin: TestApi;
let pegawai: TestApi;
let otherAdmin: TestApi;
let policyId: number;
let draftPolicyId: number;
let indicatorId: number;

const fields = (value = '120', measuredOn = '2026-06-30') => ({
  measuredOn,
  value,
  note: 'Laporan semester I',
  dataSource: 'Laporan kemitraan Universitas Sumatera Utara',
});

function measure(
  as: TestApi,
  policy: number,
  indicator: number,
  body: ReturnType<typeof form>,
  locale: 'id' | 'en' = 'id',
) {
  return ctx.app.inject({
    method: 'POST',
    url: `/api/v1/policies/${policy}/indicators/${indicator}/measurements`,
    payload: body.payload,
    headers: { ...as.headers, ...body.headers, 'accept-language': locale },
  });
}

async function stored() {
  return withTenant(ctx.db, tenantId, async (tx) => {
    const m = await sql<{ n: number }>`select count(*)::int as n from indicator_measurement`.execute(tx);
    const a = await sql<{ n: number }>`select count(*)::int as n from indicator_attachment`.execute(tx);
    return { measurements: m.rows[0]!.n, attachments: a.rows[0]!.n };
  });
}

async function adoptedPolicy(as: TestApi, leader: TestApi, title: string, adopt: boolean) {
  const created = await as.post('/api/v1/policies', policyBody({ title, purpose: 'Uji indikator manual.' }));
  const id = created.json().id as number;
  await as.post(`/api/v1/policies/${id}/draft/provisions`, {
    parentId: null,
    afterId: null,
    label: 'Pasal 1',
    body: 'Ketentuan umum.',
  });
  if (adopt) await leader.post(`/api/v1/policies/${id}/transitions`, { transition: 'adopt' });
  return id;
}

const manual = (evidenceRequired = true) => ({
  name: 'Lulusan program kemitraan',
  params: { source: 'manual', unitLabel: 'orang', evidenceRequired },
  direction: 'up',
  baseline: 80,
  target: 150,
});

beforeAll(async () => {
  ctx = await createTestContext({ evidenceMaxBytes: LIMIT });
  tenantId = (await createTenant(ctx)).id;
  otherTenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  pegawai = await apiAs(ctx, 'pegawai', tenantId);
  otherAdmin = await apiAs(ctx, 'admin', otherTenantId);
  const leader = await apiAs(ctx, 'pimpinan', tenantId);
  policyId = await adoptedPolicy(admin, leader, 'Kebijakan Kemitraan', true);
  draftPolicyId = await adoptedPolicy(admin, leader, 'Rancangan Kemitraan', false);
  const created = await admin.post(`/api/v1/policies/${policyId}/indicators`, manual());
  expect(created.statusCode, created.body).toBe(200);
  indicatorId = created.json().id;
});
afterAll(() => ctx.close());

describe('manual indicators', () => {
  it('takes a value with its evidence, shows it as a point, and lets readers download the file', async () => {
    const file = pdf();
    const entered = await measure(
      admin,
      policyId,
      indicatorId,
      form(fields(), { name: 'laporan.pdf', content: file }),
    );
    expect(entered.statusCode, entered.body).toBe(200);
    expect(entered.json()).toMatchObject({
      measuredOn: '2026-06-30',
      value: 120,
      dataSource: 'Laporan kemitraan Universitas Sumatera Utara',
      attachment: { fileName: 'laporan.pdf', type: 'pdf', bytes: file.length },
      withdrawn: null,
      withdrawable: true,
    });
    // A decimal comma, as an Indonesian keyboard types it; a PNG this time.
    const second = await measure(
      admin,
      policyId,
      indicatorId,
      form(fields('160,5', '2026-12-31'), { name: 'grafik.png', content: png(), type: 'image/png' }),
    );
    expect(second.statusCode, second.body).toBe(200);

    const list = await pegawai.get(`/api/v1/policies/${policyId}/indicators`);
    const indicator = list.json().items.find((i: { id: number }) => i.id === indicatorId);
    expect(indicator).toMatchObject({
      sourceLabel: 'Dicatat manual dengan bukti (orang)',
      latest: 160.5,
      met: true,
      points: [
        { at: '2026-06-30T00:00:00.000Z', value: 120, provisional: false },
        { at: '2026-12-31T00:00:00.000Z', value: 160.5, provisional: false },
      ],
    });

    const measurements = await pegawai.get(
      `/api/v1/policies/${policyId}/indicators/${indicatorId}/measurements`,
    );
    expect(measurements.statusCode).toBe(200);
    expect(measurements.json().maxFileBytes).toBe(LIMIT);
    // A reader without policy.manage withdraws nothing.
    expect(measurements.json().items.map((m: { withdrawable: boolean }) => m.withdrawable)).toEqual([
      false,
      false,
    ]);
    const attachmentId = entered.json().attachment.id;
    const download = await pegawai.get(
      `/api/v1/policies/${policyId}/indicators/${indicatorId}/attachments/${attachmentId}`,
    );
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="laporan.pdf"/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(file)).toBe(true);

    const audit = await auditEntries(ctx, tenantId, 'policy.indicator.measured');
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      actor_account_id: admin.account.id,
      entity: 'policy',
      entity_id: String(policyId),
      data: { indicatorId, value: 120, measuredOn: '2026-06-30', fileName: 'laporan.pdf' },
    });
  });

  it('refuses a file that is not what it is named, or too large, and stores nothing', async () => {
    const before = await stored();
    const zip = await craftZip([{ name: 'isi.txt', content: 'bukan pdf' }]);
    const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
    const xlsx = await craftXlsx({ rows: sheetRow(1, ['Lulusan', 120]) });
    const truncated = pdf().subarray(0, 100);
    for (const content of [zip, html, truncated]) {
      const refused = await measure(
        admin,
        policyId,
        indicatorId,
        form(fields(), { name: 'laporan.pdf', content }),
      );
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().detail).toContain('laporan.pdf');
    }
    const renamed = await measure(
      admin,
      policyId,
      indicatorId,
      form(fields(), { name: 'laporan.pdf', content: xlsx }),
      'en',
    );
    expect(renamed.statusCode, renamed.body).toBe(400);
    expect(renamed.json().detail).toBe(
      'The content of “laporan.pdf” is XLSX, which its name does not say. Rename the file or choose the right one.',
    );
    const tooLarge = await measure(
      admin,
      policyId,
      indicatorId,
      form(fields(), { name: 'besar.pdf', content: pdf(LIMIT + 10) }),
      'en',
    );
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().detail).toContain('0.06 MB');
    const withoutFile = await measure(admin, policyId, indicatorId, form(fields()));
    expect(withoutFile.statusCode).toBe(400);
    expect(withoutFile.json().detail).toContain('wajib');
    const badValue = await measure(
      admin,
      policyId,
      indicatorId,
      form(fields('banyak', '2026-02-31'), { name: 'a.pdf', content: pdf() }),
    );
    expect(badValue.statusCode).toBe(400);
    expect(
      badValue
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body/measuredOn', 'body/value']);
    const notMultipart = await admin.post(
      `/api/v1/policies/${policyId}/indicators/${indicatorId}/measurements`,
      fields(),
    );
    expect(notMultipart.statusCode).toBe(400);
    expect(await stored()).toEqual(before);
    // The xlsx itself, named as one, is taken.
    const workbook = await measure(
      admin,
      policyId,
      indicatorId,
      form(fields('130', '2026-09-30'), { name: 'rekap.xlsx', content: xlsx }),
    );
    expect(workbook.statusCode, workbook.body).toBe(200);
    expect(workbook.json().attachment.type).toBe('xlsx');
  });

  it('keeps evidence to those who read the policy, in its own government', async () => {
    const draftIndicator = (await admin.post(`/api/v1/policies/${draftPolicyId}/indicators`, manual())).json()
      .id;
    const entered = await measure(
      admin,
      draftPolicyId,
      draftIndicator,
      form(fields(), { name: 'r.pdf', content: pdf() }),
    );
    expect(entered.statusCode, entered.body).toBe(200);
    const attachmentId = entered.json().attachment.id;
    const draftUrl = `/api/v1/policies/${draftPolicyId}/indicators/${draftIndicator}/attachments/${attachmentId}`;
    // A draft is its reviewers' own: an employee does not learn it exists.
    expect((await pegawai.get(draftUrl)).statusCode).toBe(404);
    expect(
      (await pegawai.get(`/api/v1/policies/${draftPolicyId}/indicators/${draftIndicator}/measurements`))
        .statusCode,
    ).toBe(404);
    expect((await admin.get(draftUrl)).statusCode).toBe(200);
    // Another government's admin sees nothing of it, nor of the adopted policy's.
    expect((await otherAdmin.get(draftUrl)).statusCode).toBe(404);
    const own = (
      await admin.get(`/api/v1/policies/${policyId}/indicators/${indicatorId}/measurements`)
    ).json();
    const ownUrl = `/api/v1/policies/${policyId}/indicators/${indicatorId}/attachments/${own.items[0].attachment.id}`;
    expect((await otherAdmin.get(ownUrl)).statusCode).toBe(404);
    // A file is reached through its own indicator only.
    expect(
      (await admin.get(`/api/v1/policies/${policyId}/indicators/${indicatorId}/attachments/${attachmentId}`))
        .statusCode,
    ).toBe(404);
    // Nor may the other government enter values on this one's indicator.
    const foreign = await measure(
      otherAdmin,
      policyId,
      indicatorId,
      form(fields(), { name: 'x.pdf', content: pdf() }),
    );
    expect(foreign.statusCode).toBe(404);
    // An employee enters nothing.
    const byEmployee = await measure(
      pegawai,
      policyId,
      indicatorId,
      form(fields(), { name: 'x.pdf', content: pdf() }),
    );
    expect(byEmployee.statusCode).toBe(403);
  });

  it('takes no values for an indicator computed from Jenjang’s data', async () => {
    const registry = await admin.post(`/api/v1/policies/${policyId}/indicators`, {
      name: 'Proporsi PPPK',
      params: { source: 'registry.pppkShare', unitId: null },
      direction: 'up',
      baseline: null,
      target: 0.3,
    });
    expect(registry.statusCode, registry.body).toBe(200);
    const refused = await measure(
      admin,
      policyId,
      registry.json().id,
      form(fields(), { name: 'a.pdf', content: pdf() }),
    );
    expect(refused.statusCode).toBe(409);
  });

  it('withdraws a wrong value with a reason, audited and still listed, but not once a decision included it', async () => {
    const url = `/api/v1/policies/${policyId}/indicators/${indicatorId}/measurements`;
    const before = (await admin.get(url)).json().items;
    const wrong = before.find((m: { value: number }) => m.value === 130);
    const withdrawn = await admin.post(`${url}/${wrong.id}/withdrawal`, {
      reason: 'Salah ketik: seharusnya 103',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({
      withdrawn: { reason: 'Salah ketik: seharusnya 103' },
      withdrawable: false,
    });
    expect((await admin.post(`${url}/${wrong.id}/withdrawal`, { reason: 'lagi' })).statusCode).toBe(409);
    const points = (await admin.get(`/api/v1/policies/${policyId}/indicators`))
      .json()
      .items.find((i: { id: number }) => i.id === indicatorId).points;
    expect(points.map((p: { value: number }) => p.value)).toEqual([120, 160.5]);
    expect((await admin.get(url)).json().items).toHaveLength(before.length);
    const audit = await auditEntries(ctx, tenantId, 'policy.indicator.measurementWithdrawn');
    expect(audit.at(-1)).toMatchObject({
      entity_id: String(policyId),
      data: { measurementId: wrong.id, value: 130, reason: 'Salah ketik: seharusnya 103' },
    });

    // The database keeps a value as entered, whoever asks.
    await expect(
      withTenant(ctx.db, tenantId, (tx) =>
        tx.updateTable('indicator_measurement').set({ value: 999 }).where('id', '=', before[0].id).execute(),
      ),
    ).rejects.toThrow(/kept as entered/);

    // A decided evaluation of the policy made the earlier values part of its record.
    await withTenant(ctx.db, tenantId, async (tx) => {
      const version = await tx
        .selectFrom('policy_version')
        .select('id')
        .where('policy_id', '=', policyId)
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('policy_evaluation')
        .values({
          tenant_id: tenantId,
          policy_id: policyId,
          version_id: version.id,
          period_from: '2026-01-01',
          period_to: '2026-12-31',
          started_at: new Date(Date.now() - 60_000),
          recommendation: 'keep',
          recommendation_reason: 'Baik',
          recommended_at: new Date(),
          decision: 'keep',
          decided_at: new Date(),
          report: JSON.stringify({}),
        })
        .execute();
    });
    const decided = await admin.post(
      `${url}/${before[0].id}/withdrawal`,
      { reason: 'Koreksi' },
      { locale: 'en' },
    );
    expect(decided.statusCode).toBe(409);
    expect(decided.json().detail).toContain('evaluation that has been decided');
    expect((await admin.get(url)).json().items.every((m: { withdrawable: boolean }) => !m.withdrawable)).toBe(
      true,
    );
  });

  it('withdraws a value once when two admins withdraw it at the same moment', async () => {
    const url = `/api/v1/policies/${policyId}/indicators/${indicatorId}/measurements`;
    const entered = await measure(
      admin,
      policyId,
      indicatorId,
      form(fields('99', '2027-01-31'), { name: 'b.pdf', content: pdf() }),
    );
    expect(entered.json().withdrawable).toBe(true);
    const second = await apiAs(ctx, 'admin', tenantId);
    const before = (await auditEntries(ctx, tenantId, 'policy.indicator.measurementWithdrawn')).length;
    const answers = await Promise.all(
      [admin, second].map((as) => as.post(`${url}/${entered.json().id}/withdrawal`, { reason: 'Ganda' })),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(await auditEntries(ctx, tenantId, 'policy.indicator.measurementWithdrawn')).toHaveLength(
      before + 1,
    );
  });

  it('removes the measurements and files with the indicator', async () => {
    const removed = await admin.delete(`/api/v1/policies/${policyId}/indicators/${indicatorId}`);
    expect(removed.statusCode).toBe(204);
    const left = await withTenant(ctx.db, tenantId, (tx) =>
      tx.selectFrom('indicator_measurement').select('id').where('indicator_id', '=', indicatorId).execute(),
    );
    expect(left).toEqual([]);
  });
});
