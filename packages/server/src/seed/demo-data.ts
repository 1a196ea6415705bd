import { golonganRank } from '@jenjang/domain/people/golongan';
import type { FungsionalLevel, PositionKind } from '@jenjang/domain/people/position';
import type { UnitKind } from '@jenjang/domain/people/unit-tree.rules';
import { ROLES, type Role } from '@jenjang/domain/shared/access';
import { type Insertable, sql } from 'kysely';
import type { OpenDatabase } from '../db/connect';
import { refreshRegistryStatistics, type Tx, withTenant } from '../db/database';
import { withOwner } from '../db/owner';
import type { EmployeeTable } from '../db/schema';
import { publish } from '../events';
import { DEMO_PASSWORD } from '../features/auth/demo-password';
import { hashPassword } from '../features/auth/passwords';
import { type Clock, systemClock } from '../platform/clock';
import { ensureDemoNationalAccount } from './demo-national';
import { pick, type Random, seededRandom } from './demo-people';
import { DEMO_REGIONS, type DemoRegion, type DemoUnit } from './demo-regions';
import { ensureDemoSurveys } from './demo-surveys';
import { believablePerson } from './people/believable-person';

/** Printed at start; demo data is for trying Jenjang out, never for production. */
export { DEMO_PASSWORD };

/** Every role has an account in each demo government but nasional, which has one for all of them. */
const GOVERNMENT_ROLES = ROLES.filter((role) => role !== 'nasional');

export interface DemoAccount {
  username: string;
  role: Role;
  tenantName: string;
}

interface PlacedUnit {
  id: number;
  name: string;
  kind: UnitKind;
  depth: number;
  top: PlacedUnit | null;
  weight: number;
}

type Field = 'pendidikan' | 'kesehatan' | 'umum';

const fieldOf = (unit: PlacedUnit): Field => {
  const name = (unit.top ?? unit).name;
  if (name.includes('Pendidikan')) return 'pendidikan';
  if (name.includes('Kesehatan') || name.includes('Rumah Sakit')) return 'kesehatan';
  return 'umum';
};

const STAFF: Record<Field, [string, PositionKind, FungsionalLevel | null][]> = {
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

type Job = [string, PositionKind, FungsionalLevel | null];

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

async function placeUnits(tx: Tx, tenantId: number, units: DemoUnit[]): Promise<PlacedUnit[]> {
  const placed: PlacedUnit[] = [];
  const visit = async (
    list: DemoUnit[],
    parent: { id: number; path: number[] } | null,
    top: PlacedUnit | null,
    depth: number,
  ) => {
    for (const unit of list) {
      const row = await tx
        .insertInto('unit')
        .values({
          tenant_id: tenantId,
          parent_id: parent?.id ?? null,
          name: unit.name,
          kind: unit.kind,
          path: [],
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const path = [...(parent?.path ?? []), row.id];
      await tx.updateTable('unit').set({ path }).where('id', '=', row.id).execute();
      const childWeight = (unit.children ?? []).reduce((sum, c) => sum + c.weight, 0);
      const own: PlacedUnit = { id: row.id, name: unit.name, kind: unit.kind, depth, top, weight: 0 };
      // The OPD office itself keeps a share next to its bidang and UPT.
      own.weight =
        (top === null ? unit.weight : unit.weight * (top.weight / 10)) * (childWeight > 0 ? 0.3 : 1);
      placed.push(own);
      if (unit.children) await visit(unit.children, { id: row.id, path }, top ?? own, depth + 1);
    }
  };
  await visit(units, null, null, 0);
  return placed;
}

async function positionIds(tx: Tx, tenantId: number) {
  const cache = new Map<string, number>();
  return async ([name, kind, level]: Job) => {
    const known = cache.get(name);
    if (known) return known;
    const row = await tx
      .insertInto('position')
      .values({ tenant_id: tenantId, name, kind, level })
      .returning('id')
      .executeTakeFirstOrThrow();
    cache.set(name, row.id);
    return row.id;
  };
}

async function seedEmployees(
  tx: Tx,
  tenantId: number,
  region: DemoRegion,
  units: PlacedUnit[],
  random: Random,
  today: string,
) {
  const position = await positionIds(tx, tenantId);
  const totalWeight = units.reduce((sum, u) => sum + u.weight, 0);
  const heads = new Map<number, number>();
  let batch: Insertable<EmployeeTable>[] = [];
  const flush = async () => {
    if (batch.length === 0) return [];
    const rows = await tx.insertInto('employee').values(batch).returning(['id', 'unit_id']).execute();
    batch = [];
    return rows;
  };
  let sequence = 0;
  for (const unit of units) {
    const count = Math.max(1, Math.round((region.employees * unit.weight) / totalWeight));
    const field = fieldOf(unit);
    for (let i = 0; i < count; i++) {
      const job = i === 0 ? headPosition(unit) : pick(random, STAFF[field]);
      const who = believablePerson(
        random,
        { name: job[0], kind: job[1], level: job[2] },
        { today, sequence: sequence++, pppkShare: 0.2 },
      );
      batch.push({
        tenant_id: tenantId,
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
        tmt_golongan: null,
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
      if (batch.length >= 1000) await flush();
      if (i === 0) heads.set(unit.id, -1);
    }
  }
  await flush();
  // Heads are the first employee placed in each unit: find them back by unit.
  const firstByUnit = await tx
    .selectFrom('employee')
    .select(['unit_id', (eb) => eb.fn.min('id').as('id')])
    .groupBy('unit_id')
    .execute();
  for (const row of firstByUnit) if (row.unit_id) heads.set(row.unit_id, Number(row.id));
  return heads;
}

async function seedAccounts(
  tx: Tx,
  tenantId: number,
  region: DemoRegion,
  units: PlacedUnit[],
  heads: Map<number, number>,
) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const education = units.find((u) => u.depth === 0 && u.name.includes('Pendidikan'))!;
  const personnel = units.find((u) => u.depth === 0 && /Kepegawaian/.test(u.name))!;
  const secretariat = units.find((u) => u.depth === 0 && u.kind === 'sekretariat')!;
  // A staff member of the personnel agency, or anyone who heads nothing when the data is tiny.
  const headIds = [...heads.values()];
  const staff = await tx
    .selectFrom('employee')
    .select(['id', 'name'])
    .where('id', 'not in', headIds.length > 0 ? headIds : [0])
    .orderBy(sql`unit_id = ${personnel.id}`, 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
  const links: Partial<
    Record<Role, { employeeId: number | null; scopeUnitId: number | null; name: string }>
  > = {
    admin: { employeeId: null, scopeUnitId: null, name: `Admin ${personnel.name}` },
    pimpinan: { employeeId: heads.get(secretariat.id) ?? null, scopeUnitId: null, name: 'Pimpinan Daerah' },
    atasan: {
      employeeId: heads.get(education.id) ?? null,
      scopeUnitId: education.id,
      name: `Atasan ${education.name}`,
    },
    pegawai: { employeeId: staff.id, scopeUnitId: null, name: staff.name },
    mitra: { employeeId: null, scopeUnitId: null, name: 'Mitra Pelatihan Universitas' },
    auditor: { employeeId: null, scopeUnitId: null, name: 'Auditor Inspektorat' },
  };
  const created: DemoAccount[] = [];
  for (const role of GOVERNMENT_ROLES) {
    const link = links[role]!;
    const username = `${role}.${region.slug}`;
    await tx
      .insertInto('account')
      .values({
        tenant_id: tenantId,
        username,
        display_name: link.name,
        role,
        scope_unit_id: link.scopeUnitId,
        employee_id: link.employeeId,
        password_hash: passwordHash,
        password_changed_at: null,
      })
      .execute();
    created.push({ username, role, tenantName: region.name });
  }
  return created;
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
  const clock = options.clock ?? systemClock;
  // The governments' today (WIB): people's ages and years of service are counted to it.
  const today = new Date(clock.now().getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  // A story's smoke test loads its own government only (`only`: region slugs).
  const regions = DEMO_REGIONS.filter((region) => !options.only || options.only.includes(region.slug));
  for (const region of regions) {
    const index = DEMO_REGIONS.indexOf(region);
    const tenant = await withOwner(database.urls, async (owner) => {
      const existing = await owner
        .selectFrom('tenant')
        .select(['id', 'demo'])
        .where((eb) => eb.or([eb('slug', '=', region.slug), eb('code', '=', region.code)]))
        .executeTakeFirst();
      if (existing) return { id: existing.id, created: false, real: !existing.demo };
      const row = await owner
        .insertInto('tenant')
        .values({ code: region.code, slug: region.slug, name: region.name, kind: region.kind, demo: true })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: row.id, created: true, real: false };
    });
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
    const created = await withTenant(database.db, tenant.id, async (tx) => {
      const random = seededRandom(1000 + index);
      const units = await placeUnits(tx, tenant.id, region.units);
      const heads = await seedEmployees(tx, tenant.id, scaled, units, random, today);
      const made = await seedAccounts(tx, tenant.id, region, units, heads);
      await publish(tx, tenant.id, {
        type: 'demo.loaded',
        actorAccountId: null,
        payload: { tenantId: tenant.id },
      });
      return made;
    });
    accounts.push(...created);
    loaded = true;
  }
  if (loaded) await refreshRegistryStatistics(database.db);
  const national = await ensureDemoNationalAccount(database, await hashPassword(DEMO_PASSWORD));
  if (national) accounts.push(national);
  // Surveys come after every government exists, also for data loaded before surveys did.
  const tenants = await withOwner(database.urls, (owner) =>
    owner.selectFrom('tenant').select(['id', 'slug']).where('demo', '=', true).execute(),
  );
  for (const region of regions) {
    const index = DEMO_REGIONS.indexOf(region);
    const tenant = tenants.find((t) => t.slug === region.slug);
    if (!tenant) continue;
    const created = await ensureDemoSurveys(database.db, tenant, {
      scale: options.scale ?? 1,
      seed: 5000 + index,
      clock,
    });
    if (created > 0) log(`loading demo surveys: ${region.name} (${created})`);
  }
  return accounts;
}
