import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';

// A batch's days in Tanjungbalai's time zone (WIB): participants check in with the day's QR code on
// that day only, the trainer marks the rest by hand and records scores, and closing the batch on its
// last day decides completion by the program's rule: JP credited to the year, certificates issued,
// failures recorded with the rule not met, nothing changeable after.

let ctx: TestContext;
const clock = new TestClock('2027-03-01T02:00:00Z');
let tenantId: number;
let admin: TestApi;
const people: { id: number; api: TestApi }[] = [];
let programId: number;
let batchId: number;
const v = '/api/v1';

beforeAll(async () => {
  // Sessions outlive the days the clock moves through.
  ctx = await createTestContext({ sessionHours: 24 * 30 }, { clock });
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  const opd = await createUnit(ctx, tenantId, 'Badan Kepegawaian dan Pengembangan SDM');
  for (let i = 0; i < 4; i++) {
    const e = await buildEmployee(ctx, tenantId, { unit: opd, name: `Peserta ${i}` });
    people.push({ id: e.id, api: await apiAs(ctx, 'pegawai', tenantId, { employeeId: e.id }) });
  }
  const created = await admin.post(`${v}/programs`, {
    title: 'Sosialisasi Sistem Penilaian Kinerja Baru',
    pathCode: 'KL11',
    jp: 12,
    providerKind: 'internal',
    minAttendancePercent: 100,
    passingScore: 70,
  });
  programId = created.json().id;
  const withBatch = await admin.post(`${v}/programs/${programId}/batches`, {
    name: 'Angkatan I',
    startsOn: '2027-03-02',
    endsOn: '2027-03-03',
    capacity: 3,
  });
  batchId = withBatch.json().batches[0].id;
  await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'open' });
  for (const person of people) {
    await person.api.post(`${v}/programs/${programId}/applications`, { preferences: [batchId] });
  }
  await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'close' });
  const selection = await admin.post(`${v}/programs/${programId}/selection`);
  expect(selection.json()).toMatchObject({ selected: 3, waitlisted: 1 });
});
afterAll(() => ctx.close());

interface RosterBody {
  days: string[];
  participants: {
    applicationId: number;
    employee: { id: number };
    attended: string[];
    completion: string | null;
    completionFailure: string | null;
    certificateId: number | null;
  }[];
}

const roster = async () =>
  (await admin.get(`${v}/programs/${programId}/batches/${batchId}/roster`)).json() as RosterBody;

describe('the batch’s calendar', () => {
  it('is its participants’ own, as one all-day event over its days', async () => {
    const participant = (await roster()).participants[0]!;
    const person = people.find((p) => p.id === participant.employee.id)!;
    const ics = await person.api.get(`${v}/programs/${programId}/batches/${batchId}/calendar.ics`);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    const lines = ics.body.split('\r\n');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270302');
    expect(lines).toContain('DTEND;VALUE=DATE:20270304');
    expect(lines.find((l) => l.startsWith('SUMMARY:'))).toBe(
      'SUMMARY:Sosialisasi Sistem Penilaian Kinerja Baru — Angkatan I',
    );
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const waiting = await waitingPerson();
    expect(
      (await waiting.api.get(`${v}/programs/${programId}/batches/${batchId}/calendar.ics`)).statusCode,
    ).toBe(404);
  });
});

describe('attendance', () => {
  it('lists the participants and the session days', async () => {
    const body = await roster();
    expect(body.days).toEqual(['2027-03-02', '2027-03-03']);
    expect(body.participants).toHaveLength(3);
  });

  it('takes a check-in with the day’s code, on that day only', async () => {
    const participant = (await roster()).participants[0]!;
    const person = people.find((p) => p.id === participant.employee.id)!;
    // Before the first day there is no code to show.
    expect((await admin.get(`${v}/programs/${programId}/batches/${batchId}/check-in`)).statusCode).toBe(400);
    clock.set('2027-03-02T01:00:00Z');
    const shown = await admin.get(`${v}/programs/${programId}/batches/${batchId}/check-in`);
    expect(shown.statusCode, shown.body).toBe(200);
    const { url, svg, day } = shown.json();
    expect(day).toBe('2027-03-02');
    expect(svg).toContain('<svg');
    const code = new URL(url).searchParams.get('code')!;
    const wrong = await person.api.post(`${v}/programs/${programId}/check-in`, {
      batchId,
      day,
      code: 'x'.repeat(16),
    });
    expect(wrong.json().detail).toBe(
      'Kode presensi tidak sah. Pindai kembali kode QR yang ditampilkan pengajar.',
    );
    const checked = await person.api.post(`${v}/programs/${programId}/check-in`, { batchId, day, code });
    expect(checked.statusCode, checked.body).toBe(200);
    expect(checked.json()).toEqual({ batch: 'Angkatan I', day, attended: 1, of: 2 });
    // Checking in twice counts once.
    expect(
      (await person.api.post(`${v}/programs/${programId}/check-in`, { batchId, day, code })).json().attended,
    ).toBe(1);
    // Someone on the waiting list holds no seat: the same code does not make them a participant.
    const waiting = await waitingPerson();
    const refused = await waiting.api.post(`${v}/programs/${programId}/check-in`, { batchId, day, code });
    expect(refused.json().detail).toBe('Pegawai ini bukan peserta angkatan ini.');
    // Yesterday's code on the next day is refused.
    clock.set('2027-03-03T01:00:00Z');
    const late = await person.api.post(`${v}/programs/${programId}/check-in`, { batchId, day, code });
    expect(late.json().detail).toBe('Kode presensi 2027-03-02 hanya berlaku pada hari itu.');
  });

  it('is marked by hand for participants only, never ahead of today', async () => {
    const [a, b, c] = (await roster()).participants;
    const put = (applicationId: number, day: string, present = true) =>
      admin.put(`${v}/programs/${programId}/batches/${batchId}/attendance`, { applicationId, day, present });
    expect((await put(a!.applicationId, '2027-03-03')).statusCode).toBe(200);
    expect((await put(b!.applicationId, '2027-03-02')).statusCode).toBe(200);
    expect((await put(b!.applicationId, '2027-03-03')).statusCode).toBe(200);
    expect((await put(c!.applicationId, '2027-03-02')).statusCode).toBe(200);
    expect((await put(c!.applicationId, '2027-03-04')).json().detail).toBe(
      '2027-03-04 bukan hari pelaksanaan angkatan ini.',
    );
    const waiting = await waitingApplication();
    expect((await put(waiting, '2027-03-02')).json().detail).toBe('Pegawai ini bukan peserta angkatan ini.');
    const pegawai = people[0]!.api;
    expect(
      (
        await pegawai.put(`${v}/programs/${programId}/batches/${batchId}/attendance`, {
          applicationId: a!.applicationId,
          day: '2027-03-02',
          present: false,
        })
      ).statusCode,
    ).toBe(403);
    const after = await roster();
    expect(after.participants.map((p) => p.attended.length)).toEqual([2, 2, 1]);
  });
});

describe('closing a batch', () => {
  it('waits for its last day, then decides completion, credits JP and issues certificates', async () => {
    const [a, b, c] = (await roster()).participants;
    const score = (applicationId: number, finalScore: number | null) =>
      admin.put(`${v}/programs/${programId}/batches/${batchId}/scores`, { applicationId, finalScore });
    expect((await score(a!.applicationId, 85)).statusCode).toBe(200);
    expect((await score(b!.applicationId, 60)).statusCode).toBe(200);
    expect((await score(c!.applicationId, 101)).statusCode).toBe(400);
    clock.set('2027-03-02T10:00:00Z');
    expect((await admin.post(`${v}/programs/${programId}/batches/${batchId}/close`)).json().detail).toBe(
      'Angkatan dapat ditutup mulai hari terakhirnya (2027-03-03).',
    );
    clock.set('2027-03-03T09:00:00Z');
    const closed = await admin.post(`${v}/programs/${programId}/batches/${batchId}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    const outcome = (closed.json() as RosterBody).participants.map((p) => [
      p.applicationId,
      p.completion,
      p.completionFailure,
    ]);
    expect(outcome).toEqual([
      [a!.applicationId, 'completed', null],
      [b!.applicationId, 'failed', 'score'],
      [c!.applicationId, 'failed', 'both'],
    ]);
    const certified = (closed.json() as RosterBody).participants.filter((p) => p.certificateId !== null);
    expect(certified.map((p) => p.applicationId)).toEqual([a!.applicationId]);
    // The completed participant's year now counts the program's JP, in their own development page.
    const own = people.find((p) => p.id === a!.employee.id)!;
    const development = (await own.api.get(`${v}/employees/${own.id}/development?year=2027`)).json();
    expect(
      development.records.map((r: { name: string; jp: number; kind: string }) => [r.name, r.jp, r.kind]),
    ).toEqual([['Sosialisasi Sistem Penilaian Kinerja Baru', 12, 'program']]);
    const numbers = await withTenant(ctx.db, tenantId, async (tx) => {
      const { rows } = await sql<{ number: string; certificate_number: string | null }>`
        select c.number, d.certificate_number from program_certificate c
        join program_application a on a.id = c.application_id
        join development_record d on d.id = a.development_record_id`.execute(tx);
      return rows;
    });
    expect(numbers).toEqual([{ number: `${programId}/1/2027`, certificate_number: `${programId}/1/2027` }]);
  });

  it('is final: no attendance, scores or second closing after', async () => {
    const [a] = (await roster()).participants;
    const put = await admin.put(`${v}/programs/${programId}/batches/${batchId}/attendance`, {
      applicationId: a!.applicationId,
      day: '2027-03-02',
      present: false,
    });
    expect(put.json().detail).toBe(
      'Angkatan ini sudah ditutup; kehadiran dan nilai tidak dapat diubah lagi.',
    );
    expect((await admin.post(`${v}/programs/${programId}/batches/${batchId}/close`)).statusCode).toBe(409);
    const records = await withTenant(ctx.db, tenantId, async (tx) => {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from development_record`.execute(
        tx,
      );
      return rows[0]!.n;
    });
    expect(records).toBe(1);
  });
});

async function waitingApplication() {
  const list = (await admin.get(`${v}/programs/${programId}/applications?state=waitlisted`)).json();
  return list.items[0].id as number;
}

async function waitingPerson() {
  const list = (await admin.get(`${v}/programs/${programId}/applications?state=waitlisted`)).json();
  return people.find((p) => p.id === list.items[0].employee.id)!;
}
