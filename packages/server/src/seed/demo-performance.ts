import { type Predikat, predikatOf, type Rating } from '@jenjang/domain/performance/predikat.rules';
import type { Actor } from '@jenjang/domain/shared/access';
import { type Db, withTenant } from '../db/database';
import { createAccount } from '../features/accounts/account.service';
import * as cycles from '../features/performance/cycle.service';
import * as records from '../features/performance/performance.repository';
import * as performance from '../features/performance/skp.service';
import { ProblemError } from '../http/problem';
import type { Clock } from '../platform/clock';
import { pick, type Random, seededRandom } from './demo-people';
import { demoActor } from './demo-surveys';

// Performance appraisal in each demo government (issue 13). The two past years' annual predikat of
// every active employee, as SIASN holds them (imported: source 'import'), by their direct supervisor
// — one supervisor rating all their staff Sangat Baik, which the leaders' distribution flags — and
// this year's appraisal run in Jenjang: the employee demo account's SKP and those of the supervisor
// demo account's direct reports (each given an account of their own, without a password: every ASN
// has one), planned in January, agreed, talked over in each quarter begun, appraised per quarter;
// in December, the year's appraisal stage, half of the reports already appraised for the year and
// the rest waiting for the supervisor, the employee's waiting for theirs.

const DAY = 86_400_000;
const HISTORY_YEARS = 2;
const TEAM = 8;
/** The appraiser of those at the top of the organisation (a JPT's is the regional head: not an ASN). */
const REGIONAL_HEAD = 'Kepala Daerah';

/** Ratings as a government's appraisals tend to fall: most meet expectations. */
function rating(random: Random, above: number, below: number): Rating {
  const r = random();
  return r < above ? 'above' : r < above + below ? 'below' : 'meets';
}

function drawn(random: Random) {
  const hasilKerja = rating(random, 0.16, 0.06);
  const perilakuKerja = rating(random, 0.2, 0.03);
  return { hasilKerja, perilakuKerja, predikat: predikatOf(hasilKerja, perilakuKerja) };
}

/** The past years' annual records of every active employee, with one lenient appraiser. */
async function seedHistory(db: Db, admin: Actor, year: number, random: Random) {
  await withTenant(db, admin.tenantId, async (tx) => {
    const people = await records.supervisorsOfAll(tx);
    const staffOf = new Map<number, number>();
    for (const p of people)
      if (p.supervisorId !== null) staffOf.set(p.supervisorId, (staffOf.get(p.supervisorId) ?? 0) + 1);
    // The supervisor with the most staff of at least six rates them all at the top.
    const lenient = [...staffOf.entries()]
      .filter(([, n]) => n >= 6)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
    const rows: records.HistoryRow[] = [];
    for (let y = year - HISTORY_YEARS; y < year; y++) {
      for (const p of people) {
        const ratings =
          p.supervisorId !== null && p.supervisorId === lenient
            ? {
                hasilKerja: 'above' as const,
                perilakuKerja: 'above' as const,
                predikat: 'sangat_baik' as Predikat,
              }
            : drawn(random);
        rows.push({ employeeId: p.employeeId, year: y, appraiserId: p.supervisorId, ...ratings });
      }
    }
    await records.insertHistory(tx, admin.tenantId, rows, REGIONAL_HEAD, admin.accountId);
  });
}

const RESULTS = [
  {
    text: 'Layanan administrasi kepegawaian selesai tepat waktu',
    indicator: 'Persentase layanan selesai sesuai SOP',
    target: '95%',
  },
  { text: 'Data pegawai di unit kerja mutakhir', indicator: 'Persentase data terverifikasi', target: '100%' },
  {
    text: 'Laporan kegiatan bulanan tersusun',
    indicator: 'Jumlah laporan tepat waktu',
    target: '12 laporan',
  },
  {
    text: 'Usulan pengembangan kompetensi pegawai tersampaikan',
    indicator: 'Persentase pegawai dengan IDP',
    target: '90%',
  },
  { text: 'Program kerja bidang terlaksana', indicator: 'Persentase kegiatan terlaksana', target: '90%' },
];
const EXPECTATIONS = [
  'Berorientasi pelayanan: menanggapi permintaan layanan paling lambat satu hari kerja.',
  'Kolaboratif: aktif berbagi data dengan bidang lain tanpa diminta.',
];
const FEEDBACK = {
  employee: [
    'Target triwulan ini tercapai; kendala pada data dari kecamatan.',
    'Mohon arahan untuk laporan triwulan berikutnya.',
  ],
  appraiser: ['Capaian baik, pertahankan ketepatan waktu.', 'Perlu perbaikan pada kelengkapan laporan.'],
};

/**
 * The actor of an employee of the story: their demo account, else a new account without a password
 * (as every ASN has one); null when they hold some other account already.
 */
async function actorFor(
  db: Db,
  admin: Actor,
  employeeId: number,
  known: readonly (Actor | null | undefined)[],
  slug: string,
  now: Date,
): Promise<Actor | null> {
  const demo = known.find((actor) => actor?.employeeId === employeeId);
  if (demo) return demo;
  const username = `asn${employeeId}.${slug}`;
  try {
    const { accountId } = await createAccount(
      db,
      admin,
      { username, displayName: username, role: 'pegawai', employeeId, scopeUnitId: null, email: null },
      'http://127.0.0.1',
      now,
    );
    return { accountId, tenantId: admin.tenantId, role: 'pegawai', scopeUnitId: null, employeeId };
  } catch (error) {
    if (error instanceof ProblemError && error.key === 'account.employeeTaken') return null;
    throw error;
  }
}

interface Team {
  appraiser: Actor;
  members: { actor: Actor; annual: boolean }[];
}

/** This year's SKP of one team, as far as the year has come. */
async function runYear(db: Db, admin: Actor, cycleId: number, team: Team, year: number, random: Random) {
  const at = (m: number, d = 10) => new Date(Date.UTC(year, m - 1, d, 2));
  const skps: { id: number; actor: Actor; annual: boolean }[] = [];
  for (const { actor, annual } of team.members) {
    const created = await performance.createSkp(
      db,
      admin,
      cycleId,
      { employeeId: actor.employeeId, appraiserEmployeeId: team.appraiser.employeeId },
      at(1, 5),
    );
    const results = [...RESULTS].sort(() => random() - 0.5).slice(0, 3);
    await performance.setResults(db, actor, created.id, { results }, at(1, 8));
    await performance.setExpectations(
      db,
      team.appraiser,
      created.id,
      { expectations: EXPECTATIONS.map((text) => ({ text })) },
      at(1, 9),
    );
    await performance.propose(db, actor, created.id, at(1, 10));
    await performance.agree(db, team.appraiser, created.id, at(1, 12));
    skps.push({ id: created.id, actor, annual });
  }
  return skps;
}

/** Feedback from both sides in each quarter begun by `now`, and each quarter over appraised. */
async function checkIns(db: Db, team: Team, skps: { id: number; actor: Actor }[], now: Date, random: Random) {
  const year = now.getUTCFullYear();
  const notAfterNow = (date: Date) => new Date(Math.min(date.getTime(), now.getTime()));
  for (const skp of skps) {
    for (let q = 1; q <= 4; q++) {
      const begins = new Date(Date.UTC(year, (q - 1) * 3, 1, 2));
      if (begins.getTime() >= now.getTime()) break;
      const talked = notAfterNow(new Date(begins.getTime() + 14 * DAY));
      await performance.giveFeedback(
        db,
        skp.actor,
        skp.id,
        { period: q, body: pick(random, FEEDBACK.employee) },
        talked,
      );
      await performance.giveFeedback(
        db,
        team.appraiser,
        skp.id,
        { period: q, body: pick(random, FEEDBACK.appraiser) },
        talked,
      );
      const over = new Date(Date.UTC(year, q * 3, 1, 2));
      if (over.getTime() < now.getTime()) {
        const appraised = notAfterNow(new Date(over.getTime() + 4 * DAY));
        await performance.appraise(
          db,
          team.appraiser,
          skp.id,
          { period: q, ...ratingsOf(random), followUp: null },
          appraised,
        );
      }
    }
  }
}

function ratingsOf(random: Random) {
  const { hasilKerja, perilakuKerja } = drawn(random);
  return { hasilKerja, perilakuKerja };
}

/**
 * The government's performance appraisal, for a government that has none yet. Returns the number
 * of SKP run in Jenjang this year.
 */
export async function ensureDemoPerformance(
  db: Db,
  tenant: { id: number; slug: string },
  options: { clock: Clock; seed: number },
): Promise<number> {
  const admin = await demoActor(db, tenant, 'admin');
  if (!admin) return 0;
  if ((await cycles.listCycles(db, admin)).items.length > 0) return 0;
  const random = seededRandom(options.seed);
  const now = options.clock.now();
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() + 1;
  await seedHistory(db, admin, year, random);
  const cycle = await cycles.createCycle(db, admin, { year, checkIns: 'quarterly' });
  const [atasan, pegawai, pimpinan] = await Promise.all(
    (['atasan', 'pegawai', 'pimpinan'] as const).map((role) => demoActor(db, tenant, role)),
  );
  const known = [atasan, pegawai, pimpinan];
  const teams: Team[] = [];
  if (atasan?.employeeId) {
    const reports = await withTenant(db, admin.tenantId, (tx) =>
      records.directReports(tx, atasan.employeeId!, TEAM),
    );
    const members = [];
    for (const [index, employeeId] of reports.filter((id) => id !== pegawai?.employeeId).entries()) {
      const actor = await actorFor(db, admin, employeeId, known, tenant.slug, now);
      if (actor) members.push({ actor, annual: index % 2 === 0 });
    }
    if (members.length > 0) teams.push({ appraiser: atasan, members });
  }
  if (pegawai?.employeeId) {
    const supervisor = await withTenant(db, admin.tenantId, (tx) =>
      records.directSupervisor(tx, pegawai.employeeId!),
    );
    const appraiser =
      supervisor === null ? null : await actorFor(db, admin, supervisor, known, tenant.slug, now);
    if (appraiser) teams.push({ appraiser, members: [{ actor: pegawai, annual: false }] });
  }
  const planned = [];
  for (const team of teams)
    planned.push({ team, skps: await runYear(db, admin, cycle.id, team, year, random) });
  if (month === 1) return planned.reduce((n, p) => n + p.skps.length, 0);
  await cycles.transitionCycle(db, admin, cycle.id, 'running', new Date(Date.UTC(year, 0, 31, 2)));
  for (const { team, skps } of planned) await checkIns(db, team, skps, now, random);
  if (month === 12) {
    const appraisalStage = new Date(Date.UTC(year, 11, 1, 2));
    await cycles.transitionCycle(db, admin, cycle.id, 'appraisal', appraisalStage);
    for (const { team, skps } of planned) {
      for (const skp of skps.filter((s) => s.annual)) {
        await performance.appraise(
          db,
          team.appraiser,
          skp.id,
          { period: 0, ...ratingsOf(random), followUp: null },
          new Date(Math.min(appraisalStage.getTime() + 2 * DAY, now.getTime())),
        );
      }
    }
  }
  return planned.reduce((n, p) => n + p.skps.length, 0);
}
