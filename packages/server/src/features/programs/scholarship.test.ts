import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit, type UnitRef } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { form, pdf, png } from '../../../test/upload-files';
import { withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';

// A scholarship for degree study (tugas belajar), from the call to the end of the bond: the call is a
// program on the PEND path, applicants upload the documents it asks for (judged by their bytes)
// before applying, the programs' selection picks within the quota, the agency awards the selected,
// and each award is followed through its terms' reports, graduation, the return to work and the bond.

let ctx: TestContext;
const clock = new TestClock('2026-12-01T02:00:00Z');
let tenantId: number;
let admin: TestApi;
let otherAdmin: TestApi;
let unit: UnitRef;
const people: { id: number; api: TestApi }[] = [];
let programId: number;
let batchId: number;
const v = '/api/v1';

async function count(table: string) {
  return withTenant(ctx.db, tenantId, async (tx) => {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(tx);
    return rows[0]!.n;
  });
}

function upload(as: TestApi, kind: string, file: { name: string; content: Buffer }, program = programId) {
  const body = form({}, file);
  return ctx.app.inject({
    method: 'PUT',
    url: `${v}/programs/${program}/scholarship/documents/${kind}`,
    payload: body.payload,
    headers: { ...as.headers, ...body.headers },
  });
}

function report(as: TestApi, awardId: number, term: number, fields: Record<string, string>, file?: Buffer) {
  const body = form(fields, file ? { name: 'khs.pdf', content: file } : undefined);
  return ctx.app.inject({
    method: 'PUT',
    url: `${v}/scholarships/awards/${awardId}/reports/${term}`,
    payload: body.payload,
    headers: { ...as.headers, ...body.headers },
  });
}

beforeAll(async () => {
  ctx = await createTestContext({ sessionHours: 24 * 365 * 5 }, { clock });
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  otherAdmin = await apiAs(ctx, 'admin', (await createTenant(ctx)).id);
  unit = await createUnit(ctx, tenantId, 'Badan Perencanaan Pembangunan Daerah');
  for (let i = 0; i < 3; i++) {
    const employee = await buildEmployee(ctx, tenantId, { unit, name: `Calon Penerima ${i}` });
    people.push({ id: employee.id, api: await apiAs(ctx, 'pegawai', tenantId, { employeeId: employee.id }) });
  }
});
afterAll(() => ctx.close());

describe('a scholarship call', () => {
  it('is a program on the study path, earning no JP', async () => {
    const withJp = await admin.post(`${v}/programs`, {
      title: 'Tugas Belajar S2 Perencanaan Wilayah',
      pathCode: 'PEND',
      jp: 24,
      providerKind: 'partner',
    });
    expect(withJp.statusCode).toBe(400);
    expect(withJp.json().errors[0].message).toBe(
      'JP harus lebih dari 0; program pendidikan (tugas belajar) tidak memberi JP, jadi JP-nya 0.',
    );
    const created = await admin.post(`${v}/programs`, {
      title: 'Tugas Belajar S2 Perencanaan Wilayah',
      pathCode: 'PEND',
      jp: 0,
      providerKind: 'internal',
      applicationsCloseOn: '2026-12-10',
    });
    expect(created.statusCode, created.body).toBe(201);
    programId = created.json().id;
    const classroom = await admin.post(`${v}/programs`, {
      title: 'Bimtek',
      pathCode: 'KL10',
      jp: 0,
      providerKind: 'lan',
    });
    expect(classroom.statusCode).toBe(400);
  });

  it('does not open without its terms: nobody could ever apply', async () => {
    const bare = await admin.post(`${v}/programs`, {
      title: 'Tugas Belajar Tanpa Ketentuan',
      pathCode: 'PEND',
      jp: 0,
      providerKind: 'internal',
    });
    const id = bare.json().id;
    await admin.post(`${v}/programs/${id}/batches`, {
      name: 'Angkatan 2027',
      startsOn: '2027-02-01',
      endsOn: '2029-01-31',
      capacity: 1,
    });
    const opened = await admin.post(`${v}/programs/${id}/transitions`, { transition: 'open' });
    expect(opened.statusCode).toBe(409);
    expect(opened.json().detail).toBe('Program ini belum memiliki ketentuan beasiswa.');
  });

  it('publishes its terms and documents with the program, frozen once applications open', async () => {
    const call = await admin.put(`${v}/programs/${programId}/scholarship`, {
      degree: 'S2',
      fields: ['Perencanaan Wilayah dan Kota'],
      institution: 'Universitas Sumatera Utara',
      studyMonths: 24,
      documents: ['ijazah', 'rekomendasiAtasan'],
    });
    expect(call.statusCode, call.body).toBe(200);
    expect(call.json().call).toMatchObject({ bondFactor: 2, bondExtraMonths: 0, reportMonths: 6 });
    const added = await admin.post(`${v}/programs/${programId}/batches`, {
      name: 'Angkatan 2027',
      startsOn: '2027-02-01',
      endsOn: '2029-01-31',
      capacity: 1,
    });
    batchId = added.json().batches[0].id;
    expect(
      (await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'open' })).statusCode,
    ).toBe(200);
    const late = await admin.put(`${v}/programs/${programId}/scholarship`, {
      degree: 'S2',
      fields: ['Ekonomi Pembangunan'],
      institution: 'Universitas Sumatera Utara',
      studyMonths: 24,
    });
    expect(late.statusCode).toBe(409);
  });
});

describe('an application', () => {
  it('needs every document asked for first', async () => {
    const [first] = people;
    const bare = await first!.api.post(`${v}/programs/${programId}/applications`, { preferences: [batchId] });
    expect(bare.statusCode).toBe(409);
    expect(bare.json().detail).toBe(
      'Unggah dulu berkas yang diminta: Ijazah terakhir, Surat rekomendasi atasan.',
    );
    expect(await count('program_application')).toBe(0);
  });

  it('takes PDF, PNG or JPEG by their bytes only, of the kinds asked for', async () => {
    const [first] = people;
    const html = await upload(first!.api, 'ijazah', {
      name: 'ijazah.pdf',
      content: Buffer.from('<html><script>alert(1)</script></html>'.padEnd(64, ' ')),
    });
    expect(html.statusCode).toBe(400);
    expect(html.json().detail).toBe(
      'Berkas “ijazah.pdf” harus PDF, PNG atau JPEG yang utuh. Tidak ada yang disimpan.',
    );
    const unasked = await upload(first!.api, 'loa', { name: 'loa.pdf', content: pdf() });
    expect(unasked.statusCode).toBe(400);
    expect(await count('scholarship_document')).toBe(0);
    expect((await upload(first!.api, 'ijazah', { name: 'ijazah.pdf', content: pdf() })).statusCode).toBe(200);
    const letter = await upload(first!.api, 'rekomendasiAtasan', { name: 'rekomendasi.png', content: png() });
    expect(letter.json().myDocuments.map((d: { kind: string }) => d.kind)).toEqual([
      'ijazah',
      'rekomendasiAtasan',
    ]);
    const applied = await first!.api.post(`${v}/programs/${programId}/applications`, {
      preferences: [batchId],
    });
    expect(applied.statusCode, applied.body).toBe(201);
    // Applied: the documents are what the selection reads, and stay as they are.
    const replaced = await upload(first!.api, 'ijazah', { name: 'ijazah-baru.pdf', content: pdf(300) });
    expect(replaced.statusCode).toBe(409);
  });

  it('is read by its applicant and the agency only, downloaded and never shown inline', async () => {
    const [first, second] = people;
    expect(
      (await second!.api.get(`${v}/programs/${programId}/scholarship/documents/ijazah`)).statusCode,
    ).toBe(404);
    const own = await first!.api.get(`${v}/programs/${programId}/scholarship/documents/ijazah`);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-disposition']).toMatch(/^attachment;/);
    expect(own.headers['x-content-type-options']).toBe('nosniff');
    const overview = (await admin.get(`${v}/programs/${programId}/scholarship`)).json();
    const applicationId = overview.applicants[0].applicationId;
    expect(overview.applicants[0].documents).toHaveLength(2);
    const byAgency = await admin.get(
      `${v}/programs/${programId}/scholarship/applications/${applicationId}/documents/rekomendasiAtasan`,
    );
    expect(byAgency.headers['content-type']).toBe('image/png');
    expect((await otherAdmin.get(`${v}/programs/${programId}/scholarship`)).statusCode).toBe(404);
    // Only the agency lists the applicants.
    expect((await second!.api.get(`${v}/programs/${programId}/scholarship`)).json().applicants).toEqual([]);
  });

  it('after the deadline is refused, over the quota waits', async () => {
    const [, second, third] = people;
    for (const person of [second!, third!]) {
      await upload(person.api, 'ijazah', { name: 'ijazah.pdf', content: pdf() });
      await upload(person.api, 'rekomendasiAtasan', { name: 'rekomendasi.pdf', content: pdf() });
    }
    expect(
      (await second!.api.post(`${v}/programs/${programId}/applications`, { preferences: [batchId] }))
        .statusCode,
    ).toBe(201);
    clock.advance({ days: 10 });
    const late = await third!.api.post(`${v}/programs/${programId}/applications`, { preferences: [batchId] });
    expect(late.statusCode).toBe(409);
    expect(
      (await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'close' })).statusCode,
    ).toBe(200);
    const selection = await admin.post(`${v}/programs/${programId}/selection`, {});
    expect(selection.statusCode, selection.body).toBe(200);
    const states = (await admin.get(`${v}/programs/${programId}/scholarship`))
      .json()
      .applicants.map((a: { state: string }) => a.state);
    expect(states.sort()).toEqual(['selected', 'waitlisted']);
  });
});

let awardId: number;

describe('an award', () => {
  it('is made for those selected, once', async () => {
    const overview = (await admin.get(`${v}/programs/${programId}/scholarship`)).json();
    const selected = overview.applicants.find((a: { state: string }) => a.state === 'selected');
    const waiting = overview.applicants.find((a: { state: string }) => a.state === 'waitlisted');
    const body = { startsOn: '2027-02-01', expectedEndOn: '2029-01-31' };
    const wrong = await admin.post(`${v}/programs/${programId}/scholarship/awards`, {
      ...body,
      applicationIds: [selected.applicationId, waiting.applicationId],
    });
    expect(wrong.statusCode).toBe(409);
    expect(await count('scholarship_award')).toBe(0);
    const made = await admin.post(`${v}/programs/${programId}/scholarship/awards`, {
      ...body,
      applicationIds: [selected.applicationId],
    });
    expect(made.statusCode, made.body).toBe(200);
    awardId = made.json().awards[0].id;
    expect(made.json().awards[0]).toMatchObject({
      status: 'studying',
      fieldOfStudy: 'Perencanaan Wilayah dan Kota',
    });
    const twice = await admin.post(`${v}/programs/${programId}/scholarship/awards`, {
      ...body,
      applicationIds: [selected.applicationId],
    });
    expect(twice.statusCode).toBe(409);
    // A study is no batch to close: no JP and no certificate come from it.
    const close = await admin.post(`${v}/programs/${programId}/batches/${batchId}/close`, {});
    expect(close.statusCode).toBe(409);
  });

  it('is followed term by term: reports, a revision asked for, the awardee’s alone', async () => {
    const detail = (await admin.get(`${v}/scholarships/awards/${awardId}`)).json();
    const mine = people.find((p) => p.id === detail.employee.id)!;
    expect(detail.terms.map((t: { endsOn: string }) => t.endsOn)).toEqual([
      '2027-07-31',
      '2028-01-31',
      '2028-07-31',
      '2029-01-31',
    ]);
    const early = await report(mine.api, awardId, 1, { summary: 'Kuliah berjalan.' });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toBe('Laporan semester ini dapat disampaikan mulai 2027-07-17.');
    clock.set('2027-07-20T02:00:00Z');
    const other = people.find((p) => p.id !== mine.id)!;
    const byOther = await report(other.api, awardId, 1, { summary: 'Bukan laporan saya.' });
    expect([403, 404]).toContain(byOther.statusCode);
    const badGpa = await report(mine.api, awardId, 1, { summary: 'Semester I selesai.', gpa: '4.5' });
    expect(badGpa.statusCode).toBe(400);
    const sent = await report(
      mine.api,
      awardId,
      1,
      { summary: 'Semester I selesai.', gpa: '3.62', credits: '18' },
      pdf(),
    );
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().terms[0].report).toMatchObject({ gpa: 3.62, credits: 18, fileName: 'khs.pdf' });
    expect((await report(mine.api, awardId, 1, { summary: 'Lagi.' })).statusCode).toBe(409);
    const revise = await admin.post(`${v}/scholarships/awards/${awardId}/reports/1/review`, {
      review: 'revise',
      note: 'Lampirkan KHS yang ditandatangani.',
    });
    expect(revise.statusCode, revise.body).toBe(200);
    expect(
      (
        await report(
          mine.api,
          awardId,
          1,
          { summary: 'Semester I selesai, KHS resmi.', gpa: '3.62' },
          pdf(400),
        )
      ).statusCode,
    ).toBe(200);
    expect(
      (await admin.post(`${v}/scholarships/awards/${awardId}/reports/1/review`, { review: 'accepted' }))
        .statusCode,
    ).toBe(200);
    // Term 2 unreported once it is over: owed.
    clock.set('2028-02-10T02:00:00Z');
    expect((await mine.api.get(`${v}/scholarships/awards`)).json().items[0].reportsOverdue).toBe(1);
  });

  it('moves through leave and graduation, then the return starts the bond by the call’s rule', async () => {
    const status = (body: object) => admin.post(`${v}/scholarships/awards/${awardId}/status`, body);
    const noReason = await status({ status: 'onLeave', on: '2028-02-01' });
    expect(noReason.statusCode).toBe(400);
    expect(
      (await status({ status: 'onLeave', on: '2028-02-01', reason: 'Cuti melahirkan' })).statusCode,
    ).toBe(200);
    expect((await status({ status: 'graduated', on: '2028-02-05' })).statusCode).toBe(409);
    expect((await status({ status: 'studying', on: '2028-02-08' })).statusCode).toBe(200);
    const broken = await status({ status: 'bondBroken', on: '2028-02-09', reason: 'Pindah instansi' });
    expect(broken.statusCode).toBe(409);
    clock.set('2029-03-01T02:00:00Z');
    expect((await status({ status: 'graduated', on: '2029-01-20' })).statusCode).toBe(200);
    const placement = await createUnit(ctx, tenantId, 'Bidang Perencanaan Wilayah', unit);
    const returned = await admin.post(`${v}/scholarships/awards/${awardId}/return`, {
      returnedOn: '2029-02-01',
      placementUnitId: placement.id,
      placementPosition: 'Perencana Ahli Muda',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    // 2027-02-01 to 2029-01-20: 24 months begun; twice that in service, from the return.
    expect(returned.json()).toMatchObject({
      bondMonths: 48,
      bondEndsOn: '2033-01-31',
      placementUnit: 'Bidang Perencanaan Wilayah',
    });
    expect(returned.json().history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      'studying',
      'onLeave',
      'studying',
      'graduated',
    ]);
    const left = await status({
      status: 'bondBroken',
      on: '2029-02-20',
      reason: 'Mengundurkan diri dari ASN',
    });
    expect(left.statusCode, left.body).toBe(200);
    expect(left.json().nextStatuses).toEqual([]);
  });
});
