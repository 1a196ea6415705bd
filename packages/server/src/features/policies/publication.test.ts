import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { policyBody } from '../../../test/factories/policy.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { pdfText } from '../../../test/pdf-text';
import { withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';

// A policy version as PDF (for whoever may read it) and the government's transparency page (for
// anyone): adopted texts only, nobody's name, nothing of another government or of a policy that was
// not published.

let ctx: TestContext;
let clock: TestClock;
let tenant: { id: number; slug: string; name: string };
let other: { id: number; slug: string };
let admin: TestApi;
let pimpinan: TestApi;
let pegawai: TestApi;
let otherAdmin: TestApi;

/** The published policy: v1 adopted, v2 adopted with reasons and evidence, v3 a draft in revision. */
let policy: { id: number; v1: number; v2: number; draft: number };

const inDays = (days: number) =>
  new Date(clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);

const transition = (api: TestApi, policyId: number, body: Record<string, unknown>) =>
  api.post(`/api/v1/policies/${policyId}/transitions`, body);

async function addProvision(policyId: number, body: Record<string, unknown>) {
  const response = await admin.post(`/api/v1/policies/${policyId}/draft/provisions`, {
    parentId: null,
    afterId: null,
    heading: null,
    ...body,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { version: { id: number }; provisions: { provisionId: number; label: string }[] };
}

async function newPolicy(title: string) {
  const created = await admin.post(
    '/api/v1/policies',
    policyBody({
      title,
      purpose: 'Penilaian kinerja yang adil dan terbuka bagi seluruh ASN.',
      principles: ['keadilan', 'keterbukaan'],
      legalBasis: ['PP 30/2019 tentang Penilaian Kinerja PNS'],
    }),
  );
  expect(created.statusCode, created.body).toBe(200);
  return created.json() as { id: number; versions: { id: number }[] };
}

const pdfUrl = (policyId: number, versionId: number) =>
  `/api/v1/policies/${policyId}/versions/${versionId}/pdf`;
const publicList = (slug: string) => `/api/v1/public/governments/${slug}/policies`;
const publicPdf = (slug: string, policyId: number, versionId: number) =>
  `/api/v1/public/governments/${slug}/policies/${policyId}/versions/${versionId}/pdf`;
const anonymous = (url: string, locale?: 'id' | 'en') =>
  ctx.app.inject({ method: 'GET', url, headers: locale ? { 'accept-language': locale } : {} });

beforeAll(async () => {
  clock = new TestClock(new Date());
  ctx = await createTestContext({}, { clock });
  tenant = await createTenant(ctx, { name: 'Kota Transparan' });
  other = await createTenant(ctx);
  admin = await apiAs(ctx, 'admin', tenant.id);
  pimpinan = await apiAs(ctx, 'pimpinan', tenant.id);
  pegawai = await apiAs(ctx, 'pegawai', tenant.id, {
    employeeId: (await buildEmployee(ctx, tenant.id)).id,
  });
  otherAdmin = await apiAs(ctx, 'admin', other.id);

  // v1: one article, consulted with employees (whose comment v2 later absorbs), adopted.
  const created = await newPolicy('Kebijakan Penilaian Kinerja ASN');
  const first = await addProvision(created.id, {
    label: 'Pasal 1',
    body: 'Penilaian kinerja dilakukan setiap semester oleh atasan langsung.',
  });
  const pasal1 = first.provisions[0]!.provisionId;
  await transition(admin, created.id, {
    transition: 'openConsultation',
    consultation: { closesOn: inDays(7), audience: { employees: true, leaders: false, partners: false } },
  });
  const round = (await pegawai.get(`/api/v1/policies/${created.id}/consultations`)).json().rounds[0];
  const comment = await pegawai.post(`/api/v1/policies/${created.id}/consultations/${round.id}/comments`, {
    provisionId: null,
    kind: 'proposal',
    body: 'Libatkan rekan kerja dalam penilaian.',
  });
  expect(comment.statusCode, comment.body).toBe(200);
  await transition(admin, created.id, { transition: 'closeConsultation' });
  await admin.post(`/api/v1/policies/${created.id}/comments/${comment.json().id}/response`, {
    response: 'accepted',
    reason: 'Dimasukkan pada revisi berikutnya.',
  });
  expect((await transition(pimpinan, created.id, { transition: 'adopt' })).statusCode).toBe(200);

  // v2: Pasal 1 changed for a reason, on a document and the consultation proposal.
  const revising = await transition(admin, created.id, { transition: 'startRevision' });
  const v2 = revising.json().versions[0].id as number;
  const changed = await admin.patch(`/api/v1/policies/${created.id}/draft/provisions/${pasal1}`, {
    body: 'Penilaian kinerja dilakukan setiap semester oleh atasan langsung dan rekan kerja.',
    reason: 'Pegawai meminta penilaian yang lebih menyeluruh.',
    evidence: [
      { kind: 'document', citation: 'Notulen Forum Diskusi ASN 2026' },
      { kind: 'consultation', commentId: comment.json().id },
    ],
  });
  expect(changed.statusCode, changed.body).toBe(200);
  expect((await transition(pimpinan, created.id, { transition: 'adopt' })).statusCode).toBe(200);

  // v3: a draft nobody but reviewers may read.
  const again = await transition(admin, created.id, { transition: 'startRevision' });
  const draft = again.json().versions[0].id as number;
  await admin.patch(`/api/v1/policies/${created.id}/draft/provisions/${pasal1}`, {
    body: 'Rahasia rancangan: penilaian dilakukan setiap triwulan.',
    reason: 'Alasan rancangan yang belum ditetapkan.',
  });
  policy = { id: created.id, v1: created.versions[0]!.id, v2, draft };
});
afterAll(() => ctx.close());

describe('a version as PDF', () => {
  it('holds the dates, the text, the change log and the evidence, in Indonesian by default', async () => {
    const response = await admin.get(pdfUrl(policy.id, policy.v2));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="kebijakan-penilaian-kinerja-asn-versi-2.pdf"',
    );
    expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(response.rawPayload);
    expect(text).toContain('Kebijakan Penilaian Kinerja ASN');
    expect(text).toContain('Kota Transparan');
    expect(text).toContain('oleh atasan langsung dan rekan kerja.');
    expect(text).toContain('Pasal 1 – Diubah');
    expect(text).toContain('Alasan: Pegawai meminta penilaian yang lebih menyeluruh.');
    expect(text).toContain('Dokumen: Notulen Forum Diskusi ASN 2026');
    // Signed-in readers see who made the input, as the consultation page shows it.
    expect(text).toContain('Masukan konsultasi: Akun pegawai: “Libatkan rekan kerja dalam penilaian.”');
    expect(text).toContain('PP 30/2019 tentang Penilaian Kinerja PNS');
    expect(text).toMatch(/Halaman 1 dari \d/);
    expect(text).toMatch(/Dibuat \d{1,2} \w+ \d{4}.* WIB/);
  });

  it('follows the language asked for', async () => {
    const response = await pegawai.get(`${pdfUrl(policy.id, policy.v2)}?lang=en`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('version-2.pdf');
    const text = pdfText(response.rawPayload);
    expect(text).toContain('Change log');
    expect(text).toContain('Reason: Pegawai meminta penilaian yang lebih menyeluruh.');
    expect(text).toMatch(/Page 1 of \d/);
  });

  it('lists the consultation windows of the version consulted on', async () => {
    const text = pdfText((await admin.get(pdfUrl(policy.id, policy.v1))).rawPayload);
    expect(text).toContain('diundang: pegawai');
  });

  it('shows a draft to reviewers only, marked as one', async () => {
    const draft = await pimpinan.get(pdfUrl(policy.id, policy.draft));
    expect(draft.statusCode).toBe(200);
    expect(pdfText(draft.rawPayload)).toContain('RANCANGAN');
    expect((await pegawai.get(pdfUrl(policy.id, policy.draft))).statusCode).toBe(404);
    expect((await pegawai.get(pdfUrl(policy.id, policy.v2))).statusCode).toBe(200);
  });

  it("answers 404 for another government's version", async () => {
    expect((await otherAdmin.get(pdfUrl(policy.id, policy.v2))).statusCode).toBe(404);
    expect((await admin.get(pdfUrl(policy.id, 999_999_999))).statusCode).toBe(404);
  });
});

describe('publishing a policy', () => {
  it('is for admins, needs an adopted version, and is audited both ways', async () => {
    const unadopted = await newPolicy('Kebijakan Belum Ditetapkan');
    const refused = await admin.post(`/api/v1/policies/${unadopted.id}/publication`, { public: true });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('ditetapkan');

    for (const api of [pegawai, pimpinan]) {
      expect((await api.post(`/api/v1/policies/${policy.id}/publication`, { public: true })).statusCode).toBe(
        403,
      );
    }
    expect(
      (await otherAdmin.post(`/api/v1/policies/${policy.id}/publication`, { public: true })).statusCode,
    ).toBe(404);

    const before = (await admin.get(`/api/v1/policies/${policy.id}`)).json();
    expect(before).toMatchObject({ publicSince: null, canPublish: true });
    expect((await pimpinan.get(`/api/v1/policies/${policy.id}`)).json().canPublish).toBe(false);

    const published = await admin.post(`/api/v1/policies/${policy.id}/publication`, { public: true });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({
      publicSince: clock.now().toISOString(),
      publicPage: `/kebijakan/${tenant.slug}`,
    });
    const withdrawn = await admin.post(`/api/v1/policies/${policy.id}/publication`, { public: false });
    expect(withdrawn.json()).toMatchObject({ publicSince: null, publicPage: null });
    // Publishing twice changes nothing and audits nothing more.
    await admin.post(`/api/v1/policies/${policy.id}/publication`, { public: true });
    await admin.post(`/api/v1/policies/${policy.id}/publication`, { public: true });

    const entries = await withTenant(ctx.db, tenant.id, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'actor_account_id'])
        .where('action', 'in', ['policy.published', 'policy.unpublished'])
        .orderBy('id')
        .execute(),
    );
    expect(entries.map((e) => e.action)).toEqual([
      'policy.published',
      'policy.unpublished',
      'policy.published',
    ]);
    expect(entries.every((e) => e.actor_account_id === admin.account.id)).toBe(true);
  });
});

describe("the government's transparency page", () => {
  it('lists published policies with the text in force, their dates and consultation windows', async () => {
    const hidden = await newPolicy('Kebijakan Tidak Diterbitkan');
    await addProvision(hidden.id, { label: 'Pasal 1', body: 'Tidak untuk umum.' });
    await transition(pimpinan, hidden.id, { transition: 'adopt' });

    const response = await anonymous(publicList(tenant.slug));
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json();
    expect(page.government).toEqual({ name: 'Kota Transparan', slug: tenant.slug });
    expect(page.policies.map((p: { title: string }) => p.title)).toEqual(['Kebijakan Penilaian Kinerja ASN']);
    const [shown] = page.policies;
    expect(shown).toMatchObject({
      id: policy.id,
      state: 'revising',
      version: { id: policy.v2, number: 2, inForce: true, effectiveFrom: expect.any(String) },
      consultations: [{ versionNumber: 1, audience: { employees: true, leaders: false, partners: false } }],
      pdfUrl: publicPdf(tenant.slug, policy.id, policy.v2),
    });
    expect(shown.version.provisions[0].body).toContain('dan rekan kerja');
    // Nothing of the draft, of the comments, of anyone's name.
    expect(response.body).not.toContain('Rahasia rancangan');
    expect(response.body).not.toContain('Libatkan rekan kerja');
    expect(response.body).not.toContain('Akun');
  });

  it('serves the PDF of adopted versions of published policies, without anyone’s name', async () => {
    const response = await anonymous(publicPdf(tenant.slug, policy.id, policy.v2), 'en');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = pdfText(response.rawPayload);
    expect(text).toContain('oleh atasan langsung dan rekan kerja.');
    expect(text).toContain('Reason: Pegawai meminta penilaian yang lebih menyeluruh.');
    expect(text).toContain('Consultation input: “Libatkan rekan kerja dalam penilaian.”');
    expect(text).not.toContain('Akun');
    expect((await anonymous(publicPdf(tenant.slug, policy.id, policy.v1))).statusCode).toBe(200);
  });

  it('answers 404 for drafts, unpublished policies, another government and unknown addresses', async () => {
    expect((await anonymous(publicPdf(tenant.slug, policy.id, policy.draft))).statusCode).toBe(404);
    expect((await anonymous(publicPdf(other.slug, policy.id, policy.v2))).statusCode).toBe(404);
    expect((await anonymous(publicList('no-such-government'))).statusCode).toBe(404);
    expect((await anonymous(publicList('NOT A SLUG'))).statusCode).toBe(400);
    const otherPage = await anonymous(publicList(other.slug));
    expect(otherPage.statusCode).toBe(200);
    expect(otherPage.json().policies).toEqual([]);

    // Withdrawn: gone from the page and its PDF with it.
    await admin.post(`/api/v1/policies/${policy.id}/publication`, { public: false });
    expect((await anonymous(publicList(tenant.slug))).json().policies).toEqual([]);
    expect((await anonymous(publicPdf(tenant.slug, policy.id, policy.v2))).statusCode).toBe(404);
    await admin.post(`/api/v1/policies/${policy.id}/publication`, { public: true });
    expect((await anonymous(publicPdf(tenant.slug, policy.id, policy.v2))).statusCode).toBe(200);
  });

  it('ignores a session: a signed-in reviewer gets the same public view', async () => {
    const response = await admin.get(publicList(tenant.slug));
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('Rahasia rancangan');
    expect((await admin.get(publicPdf(tenant.slug, policy.id, policy.draft))).statusCode).toBe(404);
  });
});
