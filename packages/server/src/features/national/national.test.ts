import { SKM_ELEMENTS } from '@jenjang/domain/surveys/instrument.contract';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { createAccount } from '../../../test/factories/account.factory';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';

// National viewers read figures across governments through the definer functions of migration
// 0014: never a person's record, every group under k hidden, and nobody else may read them.

const K = 3;

let ctx: TestContext;
let owner: pg.Client;
let nasional: TestApi;
let admin: TestApi;
let pegawai: TestApi;
let kotaA: { id: number; name: string };
let kotaB: { id: number; name: string };
let demo: { id: number; name: string };

/** Runs SQL as the table owner inside one government (row-level security lets its rows through). */
async function asOwner(tenantId: number, work: () => Promise<void>) {
  await owner.query('begin');
  await owner.query(`select set_config('jenjang.tenant_id', $1, true)`, [String(tenantId)]);
  try {
    await work();
    await owner.query('commit');
  } catch (error) {
    await owner.query('rollback');
    throw error;
  }
}

async function employees(tenantId: number, pns: number, pppk: number) {
  const ids: number[] = [];
  for (let i = 0; i < pns + pppk; i++) {
    const employee = await buildEmployee(ctx, tenantId, {
      name: `Rahasia ${tenantId}-${i}`,
      sequence: i + 1,
    });
    ids.push(employee.id);
  }
  await asOwner(tenantId, async () => {
    await owner.query(`update employee set employee_type = 'PPPK' where id = any($1)`, [ids.slice(pns)]);
  });
  return ids;
}

const SKM_DEFINITION = {
  kind: 'skm',
  title: { id: 'SKM', en: 'SKM' },
  sections: [
    {
      key: 'service',
      title: { id: 'Unsur', en: 'Elements' },
      questions: SKM_ELEMENTS.map((element) => ({
        key: element.toLowerCase(),
        type: 'likert',
        skmElement: element,
        text: { id: element, en: element },
        scale: { min: 1, max: 4, labels: [] },
      })),
    },
  ],
};

/** A published SKM wave whose stored answers give every element the scores in `scores`. */
async function skmWave(tenantId: number, title: string, scores: number[]) {
  let waveId = 0;
  await asOwner(tenantId, async () => {
    const instrument = await owner.query(
      `insert into instrument (tenant_id, kind, title) values ($1, 'skm', $2) returning id`,
      [tenantId, title],
    );
    const version = await owner.query(
      `insert into instrument_version (tenant_id, instrument_id, version, definition) values ($1, $2, 1, $3) returning id`,
      [tenantId, instrument.rows[0].id, JSON.stringify(SKM_DEFINITION)],
    );
    const survey = await owner.query(
      `insert into survey (tenant_id, instrument_id, title, mode, public_code, service_name, min_group_size)
       values ($1, $2, $3, 'public', $4, 'Loket KTP', 3) returning id`,
      [tenantId, instrument.rows[0].id, title, `kode${tenantId}x${Date.now().toString(36)}`],
    );
    const wave = await owner.query(
      `insert into survey_wave (tenant_id, survey_id, number, label, instrument_version_id, status, opens_at, closes_at)
       values ($1, $2, 1, 'Semester I 2026', $3, 'closed', '2026-01-05T01:00:00Z', '2026-06-30T16:00:00Z') returning id`,
      [tenantId, survey.rows[0].id, version.rows[0].id],
    );
    waveId = wave.rows[0].id;
    for (const score of scores) {
      const answers = Object.fromEntries(SKM_ELEMENTS.map((e) => [e.toLowerCase(), score]));
      await owner.query(
        `insert into survey_response (tenant_id, wave_id, answered_on, answers) values ($1, $2, '2026-02-01', $3)`,
        [tenantId, waveId, JSON.stringify(answers)],
      );
    }
  });
  return waveId;
}

/** A published wave of an identified survey: `invited` employees asked, the first `responded` answered. */
async function identifiedWave(tenantId: number, invited: number[], responded: number) {
  await asOwner(tenantId, async () => {
    const instrument = await owner.query(
      `insert into instrument (tenant_id, kind, title) values ($1, 'custom', 'Kebutuhan') returning id`,
      [tenantId],
    );
    const version = await owner.query(
      `insert into instrument_version (tenant_id, instrument_id, version, definition) values ($1, $2, 1, '{}') returning id`,
      [tenantId, instrument.rows[0].id],
    );
    const survey = await owner.query(
      `insert into survey (tenant_id, instrument_id, title, mode, min_group_size)
       values ($1, $2, 'Kebutuhan Pelatihan 2026', 'identified', 3) returning id`,
      [tenantId, instrument.rows[0].id],
    );
    const wave = await owner.query(
      `insert into survey_wave (tenant_id, survey_id, number, label, instrument_version_id, status, opens_at, closes_at, invited)
       values ($1, $2, 1, 'Gelombang 1', $3, 'closed', '2026-03-01T01:00:00Z', '2026-03-15T16:00:00Z', $4) returning id`,
      [tenantId, survey.rows[0].id, version.rows[0].id, invited.length],
    );
    for (const [i, employeeId] of invited.entries()) {
      await owner.query(
        `insert into survey_invitation (tenant_id, wave_id, employee_id, responded) values ($1, $2, $3, $4)`,
        [tenantId, wave.rows[0].id, employeeId, i < responded],
      );
    }
  });
}

beforeAll(async () => {
  ctx = await createTestContext({ surveyMinGroupSize: K, demoData: false });
  owner = new pg.Client({ connectionString: ctx.urls.ownerUrl });
  await owner.connect();
  kotaA = await createTenant(ctx, { name: 'Kota Alfa' });
  kotaB = await createTenant(ctx, { name: 'Kota Beta' });
  demo = await createTenant(ctx, { name: 'Kota Demo' });
  await owner.query('update tenant set demo = true where id = $1', [demo.id]);
  await owner.query(`update tenant set time_zone = 'Asia/Makassar' where id = $1`, [kotaB.id]);
  // Beta compares with its past reports: each NRR × 0.111, NRR tertimbang to 3 decimals.
  await owner.query(`update tenant set ikm_weight = '0.111', ikm_round_decimals = 3 where id = $1`, [
    kotaB.id,
  ]);
  const national = await createTenant(ctx, { kind: 'nasional', name: 'Nasional' });

  const staffA = await employees(kotaA.id, 6, 2); // 2 PPPK: under k
  const staffB = await employees(kotaB.id, 10, 4);
  await employees(demo.id, 3, 3);
  await skmWave(kotaA.id, 'SKM Disdukcapil', [4, 4, 3, 3]); // 4 answers ≥ k: IKM (4+4+3+3)/4 × 25
  await skmWave(kotaB.id, 'SKM Puskesmas', [2, 4]); // 2 answers: hidden
  await skmWave(kotaB.id, 'SKM RSUD', [4, 4, 4, 4]); // nine 4s each: 99.9 by 0.111, not 100
  await identifiedWave(kotaA.id, staffA.slice(0, 8), 6); // 6 of 8: 2 did not answer (< k)
  await identifiedWave(kotaB.id, staffB.slice(0, 10), 5); // 5 of 10

  nasional = await apiAs(ctx, 'nasional', national.id);
  admin = await apiAs(ctx, 'admin', kotaA.id);
  pegawai = await apiAs(ctx, 'pegawai', kotaA.id);
});
afterAll(async () => {
  await owner.end();
  await ctx.close();
});

describe('national figures', () => {
  it('gives a national viewer employees per government and type, small groups and what reveals them hidden', async () => {
    const response = await nasional.get('/api/v1/national/employees');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.k).toBe(K);
    const rows = Object.fromEntries(
      body.governments.map((r: { government: { name: string } }) => [r.government.name, r]),
    );
    expect(Object.keys(rows).sort()).toEqual(['Kota Alfa', 'Kota Beta']);
    // Alfa's 2 PPPK are hidden; its PNS too (8 − PNS would tell), and Beta's pair so that the
    // national PNS and PPPK totals cannot give Alfa's away.
    expect(rows['Kota Alfa']).toMatchObject({ pns: null, pppk: null, total: 8 });
    expect(rows['Kota Beta']).toMatchObject({ pns: null, pppk: null, total: 14 });
    expect(body.totals).toEqual({ pns: 16, pppk: 6, total: 22 });
    expect(rows['Kota Beta'].government.timeZone).toBe('Asia/Makassar');
  });

  it('leaves demo governments out of national figures outside demo mode', async () => {
    const body = (await nasional.get('/api/v1/national/employees')).json();
    expect(JSON.stringify(body)).not.toContain('Kota Demo');
  });

  it('gives the IKM of a wave with at least k answers and hides a wave under k', async () => {
    const response = await nasional.get('/api/v1/national/ikm');
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as {
      government: { name: string };
      responses: number | null;
      surveyTitle: string;
      ikm: { ikm: number; category: { mutu: string }; convention: unknown } | null;
      convention: unknown;
    }[];
    const alfa = items.find((i) => i.government.name === 'Kota Alfa')!;
    expect(alfa.responses).toBe(4);
    expect(alfa.ikm?.ikm).toBe(87.5);
    expect(alfa.ikm?.category.mutu).toBe('B');
    expect(alfa.convention).toEqual({ weight: 'exact', roundDecimals: null });
    const beta = items.find((i) => i.government.name === 'Kota Beta' && i.surveyTitle === 'SKM Puskesmas')!;
    expect(beta).toMatchObject({ responses: null, ikm: null });
  });

  it('computes each government’s IKM in its own convention and says so on its row', async () => {
    const items = (await nasional.get('/api/v1/national/ikm')).json().items as {
      surveyTitle: string;
      ikm: { ikm: number; convention: unknown } | null;
      convention: unknown;
    }[];
    const practice = { weight: '0.111', roundDecimals: 3 };
    const rsud = items.find((i) => i.surveyTitle === 'SKM RSUD')!;
    expect(rsud.ikm?.ikm).toBe(99.9);
    expect(rsud.convention).toEqual(practice);
    expect(rsud.ikm?.convention).toEqual(practice);
    // Hidden rows say it too: a reader knows how the government counts before it has a figure.
    expect(items.find((i) => i.surveyTitle === 'SKM Puskesmas')!.convention).toEqual(practice);
  });

  it('gives participation per wave, hiding both counts where fewer than k did (not) answer', async () => {
    const response = await nasional.get('/api/v1/national/participation');
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as {
      government: { name: string };
      invited: number | null;
      responded: number | null;
      rate: number | null;
      wave: { status: string };
    }[];
    expect(items.find((i) => i.government.name === 'Kota Alfa')).toMatchObject({
      invited: 8,
      responded: null,
      rate: null,
    });
    expect(items.find((i) => i.government.name === 'Kota Beta')).toMatchObject({
      invited: 10,
      responded: 5,
      rate: 0.5,
      wave: { status: 'closed' },
    });
  });

  it('never returns a row about a person: no name, NIP or employee id in any answer', async () => {
    for (const url of [
      '/api/v1/national/employees',
      '/api/v1/national/ikm',
      '/api/v1/national/participation',
    ]) {
      const text = (await nasional.get(url)).body;
      expect(text).not.toMatch(/Rahasia|"nip"|employeeId|19850312/);
    }
  });

  it('refuses everyone but national viewers: 403 for a government admin and a pegawai', async () => {
    for (const url of [
      '/api/v1/national/employees',
      '/api/v1/national/ikm',
      '/api/v1/national/participation',
    ]) {
      expect((await admin.get(url)).statusCode, url).toBe(403);
      expect((await pegawai.get(url)).statusCode, url).toBe(403);
    }
  });
});

describe('the national rule in the database', () => {
  it('refuses a nasional account inside a government and a government role in the national tenant', async () => {
    await expect(createAccount(ctx, kotaA.id, 'nasional')).rejects.toThrow(/nasional/);
    const national = await createTenant(ctx, { kind: 'nasional', name: 'Nasional Dua' });
    await expect(createAccount(ctx, national.id, 'admin')).rejects.toThrow(/admin/);
  });

  it('lets the app role run the national functions and PUBLIC none of them', async () => {
    const { rows } = await owner.query<{ name: string; app: boolean; anyone: boolean }>(`
      select p.oid::regprocedure::text as name,
             has_function_privilege('jenjang_app', p.oid, 'execute') as app,
             has_function_privilege('public', p.oid, 'execute') as anyone
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public' and (p.proname like 'national_%' or p.proname = 'instance_has_accounts')`);
    expect(rows.length).toBe(6);
    for (const row of rows) expect(row, row.name).toMatchObject({ app: true, anyone: false });
  });

  it('puts the caller’s tenant back after visiting every government', async () => {
    await owner.query('begin');
    try {
      await owner.query('set local role jenjang_app');
      await owner.query(`select set_config('jenjang.tenant_id', $1, true)`, [String(kotaB.id)]);
      await owner.query('select * from national_employee_counts()');
      const { rows } = await owner.query(`select current_setting('jenjang.tenant_id') as tenant`);
      expect(rows[0].tenant).toBe(String(kotaB.id));
    } finally {
      await owner.query('rollback');
    }
  });
});
