import { golonganRank } from '@jenjang/domain/people/golongan';
import { type Actor, ROLES, type Role } from '@jenjang/domain/shared/access';
import type { Insertable } from 'kysely';
import type { OpenDatabase } from '../db/connect';
import { type Db, refreshRegistryStatistics, withTenant } from '../db/database';
import { insertTenant, tenantsWithCodeOrSlug, withOwnerTransaction } from '../db/owner';
import type { EmployeeTable } from '../db/schema';
import { publish } from '../events';
import { insertAccount } from '../features/accounts/account.repository';
import { createAccount } from '../features/accounts/account.service';
import { updatePassword } from '../features/auth/auth.repository';
import { DEMO_PASSWORD } from '../features/auth/demo-password';
import { hashPassword } from '../features/auth/passwords';
import { insertEmployees } from '../features/employees/employee.repository';
import { type Clock, systemClock, TestClock } from '../platform/clock';
import { ensureDemoCompetencies } from './demo-competencies';
import { ensureDemoMentoring } from './demo-mentoring';
import { ensureDemoNationalAccount } from './demo-national';
import { type Job, type PlacedUnit, placeUnits, positionCatalogue } from './demo-organisation';
import { pick, type Random, seededRandom } from './demo-people';
import { ensureDemoPerformance } from './demo-performance';
import { ensureDemoPolicies } from './demo-policies';
import { ensureDemoPrograms } from './demo-programs';
import { ensureDemoPromotions } from './demo-promotions';
import { DEMO_REGIONS, type DemoRegion } from './demo-regions';
import { ensureDemoScholarships } from './demo-scholarships';
import { ensureDemoSurveys } from './demo-surveys';
import { ensureDemoTalent } from './demo-talent';
import { believablePerson } from './people/believable-person';

/** Printed at start; demo data is for trying Jenjang out, never for production. */
export { DEMO_PASSWORD };

/** Every role has an account in each demo government but nasional, which has one for all of them. */
const GOVERNMENT_ROLES = ROLES.filter((role) => role !== 'nasional');

/** The organisation is set up this long before the story's today, ahead of its first survey. */
const ORGANISATION_DAYS_BEFORE = 400;
const DAY = 86_400_000;
/** Where the one-time links createAccount issues would point; the demo sets passwords instead. */
const DEMO_BASE_URL = 'http://localhost';

export interface DemoAccount {
  username: string;
  role: Role;
  tenantName: string;
}

type Field = 'pendidikan' | 'kesehatan' | 'umum';

const fieldOf = (unit: PlacedUnit): Field => {
  const name = (unit.top ?? unit).name;
  if (name.includes('Pendidikan')) return 'pendidikan';
  if (name.includes('Kesehatan') || name.includes('Rumah Sakit')) return 'kesehatan';
  return 'umum';
};

const STAFF: Record<Field, Job[]> = {
  pendidikan: [
    ['Guru Ahli Pertama', 'fungsional', 'ahli_pertama'],
    ['Guru Ahli Muda', 'fungsional', 'ahli_muda'],
    ['Guru Ahli Madya', 'fungsional', 'ahli_madya'],
    ['Pengadministrasi Perkantoran', 'pelaksana', null],
  ],
  kesehatan: [
    ['Perawat Terampil', 'fungsional', 'terampil'],
    ['Perawat Mahir', 'fungsional', 'mahir'],
    ['Perawat Ahli Pertama', 'fungsional', 'ahli_pertama'],
    ['Bidan Terampil', 'fungsional', 'terampil'],
    ['Dokter Ahli Pertama', 'fungsional', 'ahli_pertama'],
    ['Penata Layanan Operasional', 'pelaksana', null],
  ],
  umum: [
    ['Pengadministrasi Perkantoran', 'pelaksana', null],
    ['Penata Layanan Operasional', 'pelaksana', null],
    ['Pengelola Layanan Operasional', 'pelaksana', null],
    ['Operator Layanan Operasional', 'pelaksana', null],
    ['Analis Kebijakan Ahli Muda', 'fungsional', 'ahli_muda'],
    ['Pranata Komputer Ahli Pertama', 'fungsional', 'ahli_pertama'],
    ['Analis Sumber Daya Manusia Aparatur Ahli Pertama', 'fungsional', 'ahli_pertama'],
  ],
};

function headPosition(unit: PlacedUnit): Job {
  if (unit.kind === 'kecamatan')
    return [`Camat ${unit.name.replace('Kecamatan ', '')}`, 'administrator', null];
  if (unit.kind === 'kelurahan') return [`Lurah ${unit.name.replace('Kelurahan ', '')}`, 'pengawas', null];
  if (unit.depth === 0) {
    const title = unit.kind === 'sekretariat' ? 'Sekretaris' : unit.kind === 'rsud' ? 'Direktur' : 'Kepala';
    return [`${title} ${unit.name.replace(/^Sekretariat /, '')}`, 'jpt_pratama', null];
  }
  if (unit.kind === 'upt') return [`Kepala ${unit.name}`, 'pengawas', null];
  return [`Kepala ${unit.name}`, 'administrator', null];
}

/**
 * The government's people, made by the believable-person generator and stored in bulk through the
 * employee repository. Not through the registry import the BKPSDM uses: that takes a file, a job
 * and its report per government, and at 24,000 people (Jakarta) would make the start minutes slower
 * for no rule of its own that the demo needs (the generator makes only valid NIPs and golongan).
 * Returns each unit's head (the first person placed in it) and the employees by unit.
 */
async function seedEmployees(
  db: Db,
  admin: Actor,
  region: DemoRegion,
  units: PlacedUnit[],
  random: Random,
  today: string,
) {
  const position = positionCatalogue(db, admin);
  const totalWeight = units.reduce((sum, u) => sum + u.weight, 0);
  const rows: Insertable<EmployeeTable>[] = [];
  const headNips = new Map<number, string>();
  const firstStaffNips = new Map<number, string>();
  const names = new Map<string, string>();
  let sequence = 0;
  for (const unit of units) {
    const count = Math.max(1, Math.round((region.employees * unit.weight) / totalWeight));
    const field = fieldOf(unit);
    for (let i = 0; i < count; i++) {
      const job = i === 0 ? headPosition(unit) : pick(random, STAFF[field]);
      // A NIP is birth date, TMT CPNS, sex and a number: two people alike in all four draw again.
      let who: ReturnType<typeof believablePerson>;
      do {
        who = believablePerson(
          random,
          { name: job[0], kind: job[1], level: job[2] },
          { today, sequence: sequence++, pppkShare: 0.2 },
        );
      } while (names.has(who.nip));
      if (i === 0) headNips.set(unit.id, who.nip);
      if (i === 1) firstStaffNips.set(unit.id, who.nip);
      names.set(who.nip, who.name);
      rows.push({
        tenant_id: admin.tenantId,
        nip: who.nip,
        employee_type: who.employeeType,
        pns_id: null,
        nip_lama: null,
        name: who.name,
        front_title: who.frontTitle,
        back_title: who.backTitle,
        birth_date: who.birthDate,
        sex: who.sex,
        nik: null,
        legal_status: 'Aktif',
        golongan: who.golongan,
        golongan_rank: golonganRank(who.golongan),
        golongan_initial: null,
        tmt_cpns: who.tmtCpns,
        tmt_pns: who.tmtPns,
        tmt_golongan: who.tmtGolongan,
        tmt_jabatan: null,
        service_years: null,
        service_months: null,
        position_id: await position(job),
        position_kind: job[1],
        position_level: job[2],
        education_level: who.educationLevel,
        education: null,
        unit_id: unit.id,
      });
    }
  }
  const inserted = await withTenant(db, admin.tenantId, (tx) => insertEmployees(tx, rows));
  const idOf = new Map(inserted.map((row) => [row.nip, row.id]));
  const byUnit = (nips: Map<number, string>) =>
    new Map([...nips].map(([unit, nip]) => [unit, idOf.get(nip)!]));
  const nameOf = new Map(inserted.map((row) => [row.id, names.get(row.nip)!]));
  return { heads: byUnit(headNips), firstStaff: byUnit(firstStaffNips), nameOf };
}

/**
 * The government's accounts but its admin: created by the admin through the account service (the
 * scope and employee rules apply), then given the published demo password, which the service
 * refuses for real accounts (auth.service refuseDemoPassword).
 */
async function seedAccounts(
  db: Db,
  admin: Actor,
  region: DemoRegion,
  units: PlacedUnit[],
  people: { heads: Map<number, number>; firstStaff: Map<number, number>; nameOf: Map<number, string> },
  passwordHash: string,
  clock: Clock,
) {
  const education = units.find((u) => u.depth === 0 && u.name.includes('Pendidikan'))!;
  const personnel = units.find((u) => u.depth === 0 && /Kepegawaian/.test(u.name))!;
  const secretariat = units.find((u) => u.depth === 0 && u.kind === 'sekretariat')!;
  // A staff member of the personnel agency, or of any unit when the data is tiny.
  const staffId = people.firstStaff.get(personnel.id) ?? [...people.firstStaff.values()][0]!;
  const links: Record<
    Exclude<Role, 'admin' | 'nasional'>,
    { employeeId: number | null; scopeUnitId: number | null; name: string }
  > = {
    pimpinan: {
      employeeId: people.heads.get(secretariat.id) ?? null,
      scopeUnitId: null,
      name: 'Pimpinan Daerah',
    },
    atasan: {
      employeeId: people.heads.get(education.id) ?? null,
      scopeUnitId: education.id,
      name: `Atasan ${education.name}`,
    },
    pegawai: { employeeId: staffId, scopeUnitId: null, name: people.nameOf.get(staffId)! },
    mitra: { employeeId: null, scopeUnitId: null, name: 'Mitra Pelatihan Universitas' },
    auditor: { employeeId: null, scopeUnitId: null, name: 'Auditor Inspektorat' },
  };
  const created: DemoAccount[] = [
    { username: `admin.${region.slug}`, role: 'admin', tenantName: region.name },
  ];
  for (const role of GOVERNMENT_ROLES) {
    if (role === 'admin') continue;
    const link = links[role];
    const username = `${role}.${region.slug}`;
    const { accountId } = await createAccount(
      db,
      admin,
      {
        username,
        displayName: link.name,
        role,
        employeeId: link.employeeId,
        scopeUnitId: link.scopeUnitId,
        email: null,
      },
      DEMO_BASE_URL,
      clock.now(),
    );
    await withTenant(db, admin.tenantId, (tx) => updatePassword(tx, accountId, passwordHash));
    created.push({ username, role, tenantName: region.name });
  }
  return created;
}

/** The demo government of a region, if it exists and is demo. */
async function demoTenantOf(database: Pick<OpenDatabase, 'urls'>, region: DemoRegion) {
  const found = await withOwnerTransaction(database.urls, (tx) =>
    tenantsWithCodeOrSlug(tx, region.code, region.slug),
  );
  const tenant = found.find((t) => t.slug === region.slug && t.demo);
  return tenant ? { id: tenant.id, slug: tenant.slug } : null;
}

type DemoTenant = { id: number; created: boolean; real: boolean; adminId: number | null };

/**
 * The government's tenant and its first admin (admin.<slug>, with the demo password), made as
 * `jenjang tenant create` makes a real one; a government already present is left as it is.
 */
async function ensureDemoTenant(
  database: Pick<OpenDatabase, 'urls'>,
  region: DemoRegion,
  passwordHash: string,
): Promise<DemoTenant> {
  return withOwnerTransaction(database.urls, async (tx) => {
    const existing = (await tenantsWithCodeOrSlug(tx, region.code, region.slug))[0];
    if (existing) return { id: existing.id, created: false, real: !existing.demo, adminId: null };
    const tenant = await insertTenant(tx, {
      code: region.code,
      slug: region.slug,
      name: region.name,
      kind: region.kind,
      timeZone: 'Asia/Jakarta',
      demo: true,
    });
    const admin = await insertAccount(tx, {
      tenantId: tenant.id,
      username: `admin.${region.slug}`,
      // The personnel agency's admin (demo-regions.ts names it in each government).
      displayName: `Admin ${region.units.find((u) => /Kepegawaian/.test(u.name))?.name ?? region.name}`,
      role: 'admin',
      employeeId: null,
      scopeUnitId: null,
      email: null,
    });
    await updatePassword(tx, admin.id, passwordHash);
    await publish(tx, tenant.id, {
      type: 'account.created',
      actorAccountId: null,
      payload: { accountId: admin.id, username: `admin.${region.slug}`, role: 'admin' },
    });
    return { id: tenant.id, created: true, real: false, adminId: admin.id };
  });
}

/**
 * Loads the five seed governments on first run (a government already present is left
 * alone), deterministically: the same NIPs and names on every machine. They are marked demo, and
 * one national viewer (`nasional`) reads across all of them from the national tenant.
 */
export async function ensureDemoData(
  database: Pick<OpenDatabase, 'db' | 'urls'>,
  log: (message: string) => void = () => {},
  options: { scale?: number; clock?: Clock; only?: readonly string[] } = {},
): Promise<DemoAccount[]> {
  const accounts: DemoAccount[] = [];
  let loaded = false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const clock = options.clock ?? systemClock;
  // The governments' today (WIB): people's ages and years of service are counted to it.
  const today = new Date(clock.now().getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  // A story's smoke test loads its own government only (`only`: region slugs).
  const regions = DEMO_REGIONS.filter((region) => !options.only || options.only.includes(region.slug));
  for (const region of regions) {
    const index = DEMO_REGIONS.indexOf(region);
    const tenant = await ensureDemoTenant(database, region, passwordHash);
    // A real government set up with this code or short name keeps it: no demo data goes into it.
    if (tenant.real) {
      log(`demo government ${region.name} left out: its code or short name belongs to a real government`);
      continue;
    }
    if (!tenant.created) {
      accounts.push(
        ...GOVERNMENT_ROLES.map((role) => ({
          username: `${role}.${region.slug}`,
          role,
          tenantName: region.name,
        })),
      );
      continue;
    }
    const scaled = {
      ...region,
      employees: Math.max(50, Math.round(region.employees * (options.scale ?? 1))),
    };
    log(`loading demo data: ${region.name} (${scaled.employees} ASN)`);
    const admin: Actor = {
      accountId: tenant.adminId!,
      tenantId: tenant.id,
      role: 'admin',
      scopeUnitId: null,
      employeeId: null,
    };
    // The organisation and its people date from well before the story's first survey.
    const setUp = new TestClock(new Date(clock.now().getTime() - ORGANISATION_DAYS_BEFORE * DAY));
    const random = seededRandom(1000 + index);
    const units = await placeUnits(database.db, admin, region.units, setUp);
    const people = await seedEmployees(database.db, admin, scaled, units, random, today);
    const created = await seedAccounts(database.db, admin, region, units, people, passwordHash, setUp);
    await withTenant(database.db, tenant.id, (tx) =>
      publish(tx, tenant.id, { type: 'demo.loaded', actorAccountId: null, payload: { tenantId: tenant.id } }),
    );
    accounts.push(...created);
    loaded = true;
  }
  if (loaded) await refreshRegistryStatistics(database.db);
  const national = await ensureDemoNationalAccount(database, passwordHash);
  if (national) accounts.push(national);
  // Surveys come after every government exists, also for data loaded before surveys did.
  for (const region of regions) {
    const index = DEMO_REGIONS.indexOf(region);
    const tenant = await demoTenantOf(database, region);
    if (!tenant) continue;
    const created = await ensureDemoSurveys(database.db, tenant, {
      scale: options.scale ?? 1,
      seed: 5000 + index,
      clock,
    });
    if (created > 0) log(`loading demo surveys: ${region.name} (${created})`);
  }
  // Competency maps: standards and assessment rounds, also for data loaded before they existed.
  for (const region of regions) {
    const index = DEMO_REGIONS.indexOf(region);
    const tenant = await demoTenantOf(database, region);
    if (!tenant) continue;
    const created = await ensureDemoCompetencies(database.db, tenant, { clock, seed: 7000 + index });
    if (created > 0) log(`loading demo competency assessments: ${region.name} (${created})`);
  }
  // Policies cite the surveys' waves, so they follow them, also for data loaded before policies did.
  for (const region of regions) {
    const tenant = await demoTenantOf(database, region);
    if (!tenant) continue;
    const created = await ensureDemoPolicies(database.db, tenant, { clock });
    if (created > 0) log(`loading demo policies: ${region.name} (${created})`);
  }
  // Programs carry the policies out and fulfil the plans' items, so they come last.
  for (const region of regions) {
    const index = DEMO_REGIONS.indexOf(region);
    const tenant = await demoTenantOf(database, region);
    if (!tenant) continue;
    const created = await ensureDemoPrograms(database.db, tenant, {
      clock,
      scale: options.scale ?? 1,
      seed: 9000 + index,
    });
    if (created > 0) log(`loading demo programs: ${region.name} (${created})`);
    const schemes = await ensureDemoMentoring(database.db, tenant, {
      clock,
      scale: options.scale ?? 1,
      seed: 9500 + index,
    });
    if (schemes > 0) log(`loading demo mentoring: ${region.name} (${schemes})`);
    const calls = await ensureDemoScholarships(database.db, tenant, { clock, seed: 9700 + index });
    if (calls > 0) log(`loading demo scholarships: ${region.name} (${calls})`);
  }
  // Performance appraisal: past years' predikat of everyone, this year's SKP of the demo accounts' teams.
  for (const region of regions) {
    const index = DEMO_REGIONS.indexOf(region);
    const tenant = await demoTenantOf(database, region);
    if (!tenant) continue;
    const skps = await ensureDemoPerformance(database.db, tenant, { clock, seed: 9900 + index });
    if (skps > 0) log(`loading demo performance appraisal: ${region.name} (${skps})`);
    // Kenaikan pangkat reads the annual predikat, so it follows them.
    const periods = await ensureDemoPromotions(database.db, tenant, { clock, seed: 9950 + index });
    if (periods > 0) log(`loading demo promotions: ${region.name} (${periods} periods)`);
    // The nine-box reads the annual predikat, the competency assessments and the certificates.
    const mapped = await ensureDemoTalent(database.db, tenant, { clock, seed: 9980 + index });
    if (mapped > 0) log(`loading demo talent mapping: ${region.name} (${mapped} years)`);
  }
  return accounts;
}
