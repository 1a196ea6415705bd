import { randomBytes } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { pdfText } from '../../../test/pdf-text';
import { withTenant } from '../../db/database';
import { insertCertificate } from './certificate.repository';
import { siasnDate } from './siasn-export';

// A completed participant's certificate: its PDF (their own, or the agency's), its public
// verification by the code in the QR (valid, revoked and since when, or unknown), its revocation
// by the agency alone, and the program's completed participants in SIASN's shapes. Completion is
// written here as closing a batch writes it (a development record, the application completed, a
// certificate), so these tests do not wait on attendance.

let ctx: TestContext;
let tenant: { id: number; slug: string; name: string };
let other: { id: number; slug: string };
let admin: TestApi;
let scopedAdmin: TestApi;
let pimpinan: TestApi;
const people: { id: number; nip: string; name: string; api: TestApi }[] = [];

const v = '/api/v1';
let programId: number;
let batch: { id: number; startsOn: string; endsOn: string };
/** The certificates of the first two people, by person. */
const certificates: { id: number; number: string; code: string }[] = [];

const verify = (slug: string, code: string, locale?: 'id' | 'en') =>
  ctx.app.inject({
    method: 'GET',
    url: `${v}/public/governments/${slug}/certificates/${code}`,
    headers: locale ? { 'accept-language': locale } : {},
  });

const pdfUrl = (certificateId: number) => `${v}/programs/${programId}/certificates/${certificateId}/pdf`;
const revokeUrl = (certificateId: number) =>
  `${v}/programs/${programId}/certificates/${certificateId}/revoke`;

/** What closing the batch writes for a participant who met the rule (attendance.service.ts). */
async function complete(applicationId: number, employeeId: number) {
  const code = randomBytes(12).toString('base64url');
  return withTenant(ctx.db, tenant.id, async (tx) => {
    const id = (await insertCertificate(tx, tenant.id, programId, {
      applicationId,
      verificationCode: code,
      issuedOn: batch.endsOn,
      issuedBy: admin.account.id,
    }))!;
    const { number } = await tx
      .selectFrom('program_certificate')
      .select('number')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const record = await tx
      .insertInto('development_record')
      .values({
        tenant_id: tenant.id,
        employee_id: employeeId,
        kind: 'program',
        name: 'Pelatihan Kepemimpinan Pengawas',
        path_code: 'KL01',
        institution: null,
        certificate_number: number,
        started_on: batch.startsOn,
        ended_on: batch.endsOn,
        jp: '40',
        source: 'program',
        program_ref: `program:${programId}`,
        recorded_by: admin.account.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sql`update program_application set completion = 'completed', development_record_id = ${record.id},
      completed_at = now() where id = ${applicationId}`.execute(tx);
    return { id, number, code };
  });
}

beforeAll(async () => {
  ctx = await createTestContext();
  tenant = await createTenant(ctx, { name: 'Kota Sertifikat' });
  other = await createTenant(ctx);
  admin = await apiAs(ctx, 'admin', tenant.id);
  pimpinan = await apiAs(ctx, 'pimpinan', tenant.id);
  const opd = await createUnit(ctx, tenant.id, 'Dinas Komunikasi dan Informatika');
  scopedAdmin = await apiAs(ctx, 'admin', tenant.id, { scopeUnitId: opd.id });
  for (const [index, name] of ['Siti Aminah', 'Budi Santoso', 'Rina Wati'].entries()) {
    const employee = await buildEmployee(ctx, tenant.id, { unit: opd, name, sequence: 11 + index });
    people.push({
      id: employee.id,
      nip: employee.nip,
      name,
      api: await apiAs(ctx, 'pegawai', tenant.id, { employeeId: employee.id }),
    });
  }
  await withTenant(ctx.db, tenant.id, (tx) =>
    tx
      .updateTable('employee')
      .set({ front_title: 'Dr.', back_title: 'S.Kom., M.T.' })
      .where('id', '=', people[0]!.id)
      .execute(),
  );
  const settings = await admin.put(`${v}/settings/government`, {
    letterhead: {
      agency: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      address: 'Jl. Basuki Rahmat No. 1, Kota Sertifikat 29111',
      signerName: 'Ir. Hendra Gunawan, M.Si.',
      signerTitle: 'Kepala BKPSDM',
      signerNip: '197005121993031004',
    },
  });
  expect(settings.statusCode, settings.body).toBe(200);

  const created = await admin.post(`${v}/programs`, {
    title: 'Pelatihan Kepemimpinan Pengawas',
    pathCode: 'KL01',
    jp: 40,
    providerKind: 'lan',
    providerName: 'Lembaga Administrasi Negara',
  });
  expect(created.statusCode, created.body).toBe(201);
  programId = created.json().id;
  const withBatch = await admin.post(`${v}/programs/${programId}/batches`, {
    name: 'Angkatan I',
    startsOn: '2026-02-02',
    endsOn: '2026-02-06',
    capacity: 5,
  });
  expect(withBatch.statusCode, withBatch.body).toBe(200);
  batch = withBatch.json().batches[0];
  await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'open' });
  for (const person of people) {
    const applied = await person.api.post(`${v}/programs/${programId}/applications`, {
      preferences: [batch.id],
    });
    expect(applied.statusCode, applied.body).toBe(201);
  }
  await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'close' });
  expect((await admin.post(`${v}/programs/${programId}/selection`)).statusCode).toBe(200);
  const applications = (await admin.get(`${v}/programs/${programId}/applications`)).json().items as {
    id: number;
    employee: { id: number };
    state: string;
  }[];
  expect(applications.every((a) => a.state === 'selected')).toBe(true);
  // The first two completed; the third did not.
  for (const person of people.slice(0, 2)) {
    const application = applications.find((a) => a.employee.id === person.id)!;
    certificates.push(await complete(application.id, person.id));
  }
});
afterAll(() => ctx.close());

describe('a certificate’s PDF', () => {
  it('carries the letterhead, the participant, the program, its days and JP, the signer and the verification address', async () => {
    const response = await admin.get(pdfUrl(certificates[0]!.id));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="sertifikat-.*\.pdf"$/);
    const bytes = response.rawPayload;
    // A4 in landscape: wider than high.
    expect(bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    const text = pdfText(bytes);
    expect(text).toContain('PEMERINTAH KOTA SERTIFIKAT');
    expect(text).toContain('BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA');
    expect(text).toContain('Jl. Basuki Rahmat No. 1, Kota Sertifikat 29111');
    expect(text).toContain('SERTIFIKAT');
    expect(text).toContain(`Nomor: ${certificates[0]!.number}`);
    expect(text).toContain('Dr. Siti Aminah, S.Kom., M.T.');
    const nip = people[0]!.nip;
    expect(text).toContain(
      `NIP ${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`,
    );
    expect(text).toContain('Pelatihan Kepemimpinan Pengawas');
    expect(text).toContain('Pelatihan Struktural Kepemimpinan (KL01)');
    expect(text).toContain('2 Februari 2026 s.d. 6 Februari 2026');
    expect(text).toContain('40 JP');
    expect(text).toContain('Kepala BKPSDM');
    expect(text).toContain('Ir. Hendra Gunawan, M.Si.');
    expect(text).toContain('NIP 19700512 199303 1 004');
    expect(text).toContain(`/verifikasi/${tenant.slug}/${certificates[0]!.code}`);
    expect(text).not.toContain('DICABUT');
  });

  it('draws the verification address as a QR code', async () => {
    const bytes = (await admin.get(pdfUrl(certificates[0]!.id))).rawPayload;
    // The QR's dark modules are filled rectangles in the page's content: well over a hundred.
    const raw = bytes.toString('latin1');
    let rectangles = 0;
    for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
      const from = match.index + match[0].indexOf('\n') + 1;
      try {
        const content = inflateSync(bytes.subarray(from, from + match[1]!.length)).toString('latin1');
        rectangles += (content.match(/ re\b/g) ?? []).length;
      } catch {
        // Not a compressed content stream.
      }
    }
    expect(rectangles).toBeGreaterThan(150);
  });

  it('is in English when asked', async () => {
    const text = pdfText((await admin.get(`${pdfUrl(certificates[0]!.id)}?lang=en`)).rawPayload);
    expect(text).toContain('CERTIFICATE');
    expect(text).toContain('GOVERNMENT OF KOTA SERTIFIKAT');
    expect(text).toContain('Structural leadership training (KL01)');
    expect(text).toContain('February 2, 2026 to February 6, 2026');
  });

  it('is its participant’s own: another participant is told it does not exist', async () => {
    const own = await people[0]!.api.get(pdfUrl(certificates[0]!.id));
    expect(own.statusCode).toBe(200);
    const foreign = await people[1]!.api.get(pdfUrl(certificates[0]!.id));
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().detail).toBe('Data yang diminta tidak ditemukan.');
    expect((await people[2]!.api.get(pdfUrl(certificates[1]!.id))).statusCode).toBe(404);
    // A leader reads applications, not other people's certificates.
    expect((await pimpinan.get(pdfUrl(certificates[0]!.id))).statusCode).toBe(404);
    const otherAdmin = await apiAs(ctx, 'admin', other.id);
    expect((await otherAdmin.get(pdfUrl(certificates[0]!.id))).statusCode).toBe(404);
  });

  it('is listed with its verification address, all of them to the agency, one’s own to a participant', async () => {
    const all = (await admin.get(`${v}/programs/${programId}/certificates`)).json();
    expect(all.total).toBe(2);
    expect(all.items[0]).toMatchObject({
      id: certificates[0]!.id,
      number: certificates[0]!.number,
      employee: { id: people[0]!.id, name: 'Dr. Siti Aminah, S.Kom., M.T.', nip: people[0]!.nip },
      batch: { id: batch.id, startsOn: '2026-02-02', endsOn: '2026-02-06' },
      revokedOn: null,
    });
    expect(all.items[0].verificationUrl).toMatch(
      new RegExp(`/verifikasi/${tenant.slug}/${certificates[0]!.code}$`),
    );
    const mine = (await people[1]!.api.get(`${v}/programs/${programId}/certificates`)).json();
    expect(mine.items.map((c: { id: number }) => c.id)).toEqual([certificates[1]!.id]);
    expect((await people[2]!.api.get(`${v}/programs/${programId}/certificates`)).json().total).toBe(0);
  });
});

describe('the public verification', () => {
  it('tells anyone that a certificate stands, for whom and for what, and nothing more', async () => {
    const response = await verify(tenant.slug, certificates[0]!.code);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      status: 'valid',
      revokedOn: null,
      government: 'Kota Sertifikat',
      participant: 'Dr. Siti Aminah, S.Kom., M.T.',
      program: 'Pelatihan Kepemimpinan Pengawas',
      startsOn: '2026-02-02',
      endsOn: '2026-02-06',
      jp: 40,
    });
    expect(response.body).not.toContain(people[0]!.nip);
    expect(response.body).not.toContain('Dinas');
  });

  it('answers an unknown code, a malformed one and another government’s slug alike: 404, in words', async () => {
    const unknown = await verify(tenant.slug, randomBytes(12).toString('base64url'));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe(
      'Sertifikat dengan kode ini tidak ditemukan. Periksa kembali alamat atau kode QR pada sertifikat.',
    );
    const english = await verify(tenant.slug, 'short', 'en');
    expect(english.statusCode).toBe(404);
    expect(english.json().detail).toBe(
      'No certificate with this code was found. Check the address or the QR code on the certificate.',
    );
    const elsewhere = await verify(other.slug, certificates[0]!.code);
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json()).toEqual(unknown.json());
    expect((await verify('no-such-government', certificates[0]!.code)).json()).toEqual(unknown.json());
  });

  it('needs no session and ignores one', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `${v}/public/governments/${tenant.slug}/certificates/${certificates[1]!.code}`,
      headers: people[2]!.api.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().participant).toBe('Budi Santoso');
  });
});

describe('revoking a certificate', () => {
  it('is the agency’s alone: a participant, a leader and an OPD’s admin are refused and nothing changes', async () => {
    const body = { reason: 'Peserta tidak memenuhi syarat kehadiran.' };
    const own = await people[1]!.api.post(revokeUrl(certificates[1]!.id), body);
    expect(own.statusCode).toBe(403);
    expect((await pimpinan.post(revokeUrl(certificates[1]!.id), body)).statusCode).toBe(403);
    const scoped = await scopedAdmin.post(revokeUrl(certificates[1]!.id), body);
    expect(scoped.statusCode).toBe(403);
    expect(scoped.json().detail).toBe(
      'Hanya pengelola program pemerintah daerah yang dapat mencabut sertifikat atau mengunduh ekspor SIASN.',
    );
    expect((await verify(tenant.slug, certificates[1]!.code)).json().status).toBe('valid');
  });

  it('needs a reason of at most 1000 characters, said in the reader’s language', async () => {
    const empty = await admin.post(revokeUrl(certificates[1]!.id), { reason: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([{ path: 'body/reason', message: 'Wajib diisi.' }]);
    const long = await admin.post(
      revokeUrl(certificates[1]!.id),
      { reason: 'x'.repeat(1001) },
      { locale: 'en' },
    );
    expect(long.statusCode).toBe(400);
    expect(long.json().errors[0].message).toMatch(/1000|1,000/);
    expect((await admin.post(revokeUrl(certificates[1]!.id), {})).statusCode).toBe(400);
  });

  it('makes the verification say it was revoked and since when, audited with the reason', async () => {
    const reason = 'Peserta tidak memenuhi syarat kehadiran.';
    const response = await admin.post(revokeUrl(certificates[1]!.id), { reason });
    expect(response.statusCode, response.body).toBe(200);
    const today = calendarDateIn(new Date(), 'Asia/Jakarta');
    expect(response.json()).toMatchObject({
      id: certificates[1]!.id,
      revokedOn: today,
      revokedReason: reason,
    });
    const verified = (await verify(tenant.slug, certificates[1]!.code)).json();
    expect(verified).toMatchObject({ status: 'revoked', revokedOn: today, participant: 'Budi Santoso' });
    expect(JSON.stringify(verified)).not.toContain(reason);
    const again = await admin.post(revokeUrl(certificates[1]!.id), { reason });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('Sertifikat ini sudah dicabut.');
    const entries = await withTenant(ctx.db, tenant.id, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['entity', 'entity_id', 'data'])
        .where('action', '=', 'program.certificateRevoked')
        .execute(),
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entity: 'program', entity_id: String(programId) });
    expect(entries[0]!.data).toMatchObject({ certificateId: certificates[1]!.id, reason });
    const text = pdfText((await people[1]!.api.get(pdfUrl(certificates[1]!.id))).rawPayload);
    expect(text).toContain('SERTIFIKAT INI TELAH DICABUT');
  });
});

describe('the SIASN export', () => {
  it('lists the completed participants whose certificates stand, in SIASN’s kursus and diklat shapes', async () => {
    const response = await admin.get(`${v}/programs/${programId}/siasn.xlsx`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain('siasn-pelatihan-kepemimpinan-pengawas.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['kursus', 'diklat']);
    const [kursus, diklat] = book.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(kursus.getRow(1).values).toEqual([
      undefined,
      'nip_baru',
      'jenisDiklatId',
      'jenisKursus',
      'namaKursus',
      'jumlahJam',
      'institusiPenyelenggara',
      'nomorSertipikat',
      'tahunKursus',
      'tanggalKursus',
      'tanggalSelesaiKursus',
    ]);
    // Only Siti: Budi's certificate was revoked, Rina did not complete.
    expect(kursus.rowCount).toBe(2);
    const row = kursus.getRow(2);
    expect(row.getCell(1).value).toBe(people[0]!.nip);
    expect(row.getCell(1).numFmt).toBe('@');
    expect(row.getCell(2).value).toBeNull();
    expect(row.getCell(4).value).toBe('Pelatihan Kepemimpinan Pengawas');
    expect(row.getCell(5).value).toBe(40);
    expect(row.getCell(6).value).toBe('Lembaga Administrasi Negara');
    expect(row.getCell(7).value).toBe(certificates[0]!.number);
    expect(row.getCell(8).value).toBe(2026);
    expect(row.getCell(9).value).toBe('02-02-2026');
    expect(row.getCell(10).value).toBe('06-02-2026');
    expect(diklat.getRow(1).getCell(4).value).toBe('latihanStrukturalId');
    expect(diklat.getRow(2).getCell(1).value).toBe(people[0]!.nip);
    expect(diklat.getRow(2).getCell(6).value).toBe(certificates[0]!.number);
    expect(diklat.getRow(2).getCell(9).value).toBe('06-02-2026');
  });

  it('is the agency’s: a participant, a leader and an OPD’s admin are refused', async () => {
    expect((await people[0]!.api.get(`${v}/programs/${programId}/siasn.xlsx`)).statusCode).toBe(403);
    expect((await pimpinan.get(`${v}/programs/${programId}/siasn.xlsx`)).statusCode).toBe(403);
    expect((await scopedAdmin.get(`${v}/programs/${programId}/siasn.xlsx`)).statusCode).toBe(403);
    expect((await admin.get(`${v}/programs/999999/siasn.xlsx`)).statusCode).toBe(404);
  });

  it('writes days as SIASN does', () => {
    expect(siasnDate('2027-03-01')).toBe('01-03-2027');
  });
});
