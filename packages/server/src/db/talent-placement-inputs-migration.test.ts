import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_TALENT_SETTINGS, type TalentSettings } from '@jenjang/domain/talent/nine-box.contract';
import { type NineBoxInput, placeInNineBox } from '@jenjang/domain/talent/nine-box.rules';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { TEST_SECRET } from '../../test/global-setup';
import { whyOf } from '../features/talent/placement';
import { bootstrapDatabase } from './bootstrap';
import { migrate } from './migrate';

// Migration 0063 replaces the lines a placement kept (talent_placement.detail) by the inputs that
// placed the person and the JPM shown beside them, the lines being derived on read (placement.ts whyOf). A placement made before
// must read exactly as it did: the same lines, points, reasons, label and shown inputs, and the same
// box when placed again from its inputs under its year's settings.

const database = `jenjang_m0063_${process.pid}`;
afterAll(async () => {
  const client = new pg.Client({ connectionString: inject('adminUrl') });
  await client.connect();
  await client.query(`drop database if exists ${client.escapeIdentifier(database)} with (force)`);
  await client.end();
});

/** The defaults with a potential penalty and a box label: every kind of line has points to keep. */
const SETTINGS: TalentSettings = {
  ...DEFAULT_TALENT_SETTINGS,
  potential: {
    ...DEFAULT_TALENT_SETTINGS.potential,
    components: [{ key: 'integrity', label: 'Catatan integritas', maxPoints: 15, kind: 'penalty' }],
  },
  boxLabels: { '9': 'Bintang', '1': 'Perlu perhatian' },
};

/** What placed a person, and the JPM the old detail showed beside its category. */
type Placed = NineBoxInput & { jpm: number | null };

const input = (values: Partial<Placed>): Placed => ({
  predikat: null,
  components: {},
  jpm: null,
  jpmCategory: null,
  educationLevel: null,
  serviceYears: 0,
  completedPrograms: 0,
  potentialComponents: {},
  ...values,
});

/** What placed each person before 0063; the points above a component's maximum are clamped. */
const PLACED: Placed[] = [
  input({
    predikat: 'sangat_baik',
    components: { innovation: 7.5, achievements: 25, discipline: 5 },
    jpm: 91.5,
    jpmCategory: 'memenuhi',
    educationLevel: 'S2',
    serviceYears: 16,
    completedPrograms: 2,
    potentialComponents: { integrity: 10 },
  }),
  input({ jpm: 100, jpmCategory: 'memenuhi', educationLevel: 'S1', serviceYears: 3 }),
  input({
    predikat: 'baik',
    components: { discipline: 30 },
    educationLevel: 'D3',
    serviceYears: 25,
    completedPrograms: 7,
  }),
  input({}),
  input({
    predikat: 'kurang',
    components: { innovation: 0 },
    jpm: 70,
    jpmCategory: 'masihMemenuhi',
    educationLevel: 'SLTA',
    serviceYears: 1,
    completedPrograms: 1,
    potentialComponents: { integrity: 20 },
  }),
  // Points on a component the settings do not name place no one and had no line.
  input({
    predikat: 'butuh_perbaikan',
    components: { speaking: 5 },
    jpm: 55.25,
    jpmCategory: 'kurangMemenuhi',
    educationLevel: 'S3',
    serviceYears: 8,
  }),
];

/** The detail the placing code stored before 0063 (placement.ts at the time). */
function oldDetail(placed: Placed) {
  const { jpm, ...nineBox } = placed;
  const box = placeInNineBox(nineBox, SETTINGS);
  return {
    box,
    detail: {
      performance: box.performance,
      potential: box.potential,
      reasons: box.reasons,
      label: box.label,
      inputs: {
        predikat: placed.predikat,
        jpm,
        jpmCategory: placed.jpmCategory,
        educationLevel: placed.educationLevel,
        serviceYears: placed.serviceYears,
        completedPrograms: placed.completedPrograms,
      },
    },
  };
}

/** Runs `work` in one transaction as the given government (every tenant table forces row security). */
async function asTenant<T>(client: pg.Client, tenantId: number, work: () => Promise<T>): Promise<T> {
  await client.query('begin');
  try {
    await client.query(`select set_config('jenjang.tenant_id', $1, true)`, [String(tenantId)]);
    const result = await work();
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

describe('migration 0063 on years placed with the lines kept', () => {
  it('keeps each placement’s inputs, from which its why reads exactly as before', async () => {
    const urls = await bootstrapDatabase(inject('adminUrl'), { database, secret: TEST_SECRET });
    const names = (await readdir(path.join(import.meta.dirname, 'migrations'))).filter((f) =>
      f.endsWith('.sql'),
    );
    await migrate(urls.ownerUrl, () => {}, { only: names.filter((name) => name < '0063') });
    const owner = new pg.Client({ connectionString: urls.ownerUrl });
    await owner.connect();
    /** Per government: each employee's old placement (null: the empty detail of an older fixture). */
    const placed = new Map<number, Map<number, ReturnType<typeof oldDetail> | null>>();
    try {
      // Two governments: the migration must reach every government's placements, not one.
      for (const [t, code] of ['99.01', '99.02'].entries()) {
        const tenant = await owner.query(
          `insert into tenant (code, slug, name, kind) values ($1, $2, $3, 'kota') returning id`,
          [code, `uji-${t}`, `Kota Uji ${t + 1}`],
        );
        const tenantId = tenant.rows[0].id as number;
        const rows = new Map<number, ReturnType<typeof oldDetail> | null>();
        placed.set(tenantId, rows);
        await asTenant(owner, tenantId, async () => {
          await owner.query(
            `insert into talent_mapping (tenant_id, year, settings, considered, placed) values ($1, 2025, $2, 0, 0)`,
            [tenantId, JSON.stringify(SETTINGS)],
          );
          // The second government: its first person as the first's, and one with an empty detail.
          const olds = t === 0 ? PLACED.map(oldDetail) : [oldDetail(PLACED[0]!), null];
          for (const [i, old] of olds.entries()) {
            const employee = await owner.query(
              `insert into employee (tenant_id, nip, employee_type, name, birth_date, sex)
               values ($1, $2, 'PNS', $3, '1985-03-12', 'M') returning id::int as id`,
              [tenantId, `19850312201001100${i + 1}`, `Pegawai ${i + 1}`],
            );
            const id = employee.rows[0].id as number;
            rows.set(id, old);
            await owner.query(
              `insert into talent_placement (tenant_id, year, employee_id, box, performance_band, potential_band,
                 performance_score, potential_score, recommendation, detail)
               values ($1, 2025, $2, $3, $4, $5, $6, $7, $8, $9)`,
              [
                tenantId,
                id,
                old?.box.box ?? null,
                old?.box.performance.band ?? null,
                old?.box.potential.band ?? null,
                old?.box.performance.score ?? 0,
                old?.box.potential.score ?? 0,
                old?.box.recommendation ?? null,
                JSON.stringify(old?.detail ?? {}),
              ],
            );
          }
        });
      }
    } finally {
      await owner.end();
    }
    // The variety the migration must keep: missing measures, no box, a label.
    const olds = [...(placed.values().next().value?.values() ?? [])];
    expect(olds.map((o) => o?.box.box)).toContain(null);
    expect(olds.some((o) => o?.box.label === 'Bintang')).toBe(true);
    expect(olds.flatMap((o) => o?.box.reasons ?? [])).toEqual(
      expect.arrayContaining(['talent.noPredikat', 'talent.noJpm']),
    );

    await migrate(urls.ownerUrl, () => {}, { only: ['0063_talent_placement_inputs.sql'] });

    const check = new pg.Client({ connectionString: urls.ownerUrl });
    await check.connect();
    try {
      const columns = await check.query(
        `select column_name from information_schema.columns where table_name = 'talent_placement'`,
      );
      expect(columns.rows.map((r) => r.column_name)).toEqual(expect.arrayContaining(['inputs', 'jpm']));
      expect(columns.rows.map((r) => r.column_name)).not.toContain('detail');
      for (const [tenantId, expected] of placed) {
        const { rows } = await asTenant(check, tenantId, () =>
          check.query<{ id: number; box: number | null; inputs: NineBoxInput; jpm: number | null }>(
            `select employee_id::int as id, box::int as box, inputs, jpm::float8 as jpm
             from talent_placement order by employee_id`,
          ),
        );
        expect(rows.map((r) => r.id)).toEqual([...expected.keys()]);
        for (const row of rows) {
          const old = expected.get(row.id);
          if (!old) {
            const { jpm, ...none } = input({});
            expect({ inputs: row.inputs, jpm: row.jpm }).toEqual({ inputs: none, jpm });
            continue;
          }
          expect(whyOf(row.inputs, row.jpm, SETTINGS), `employee ${row.id}`).toEqual(old.detail);
          expect(placeInNineBox(row.inputs, SETTINGS).box).toBe(row.box);
        }
        // The points kept are those each line was given: within the maximum, of configured components.
        expect(rows[0]?.inputs).toMatchObject({
          components: { innovation: 7.5, achievements: 10, discipline: 5 },
          potentialComponents: { integrity: 10 },
        });
      }
    } finally {
      await check.end();
    }
  });
});
