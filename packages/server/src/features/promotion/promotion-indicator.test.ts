import { addMonths, addYears } from '@jenjang/domain/shared/calendar-date';
import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import { DEFAULT_PROMOTION_RULES } from '@jenjang/domain/talent/promotion.contract';
import { promotionPeriods } from '@jenjang/domain/talent/promotion.rules';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit, type UnitRef } from '../../../test/factories/organisation.factory';
import { policyBody } from '../../../test/factories/policy.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';

// Kenaikan pangkat as a policy's indicators: on each period date since the first promotion
// recorded, the share of those eligible whose promotion for it was approved (eligibility read on
// today's data, each approved promotion counted as eligible and promoted); and today's mean years
// in rank. Periods are counted back from the real today: indicators read the database's clock, and
// no policy rules, so the default periods (1 April, 1 October) hold throughout.

const TODAY = calendarDateIn(new Date(), 'Asia/Jakarta');
const [P1, P2, P3] = promotionPeriods(`${Number(TODAY.slice(0, 4)) - 2}-01-01`, 12, DEFAULT_PROMOTION_RULES)
  .filter((d) => d <= TODAY)
  .slice(-3) as [string, string, string];

let ctx: TestContext;
let tenantId: number;
let admin: TestApi;
let policyId: number;
let dinas: UnitRef;
let seksi: UnitRef;
let otherUnitId: number;
let otherTenant: number;
/** Each active PNS's TMT golongan: the expected mean years in rank. */
const tmts: string[] = [];

async function pns(
  unit: UnitRef,
  values: { golongan: string; tmt: string; status?: 'aktif' | 'nonaktif'; type?: 'PNS' | 'PPPK' },
  tenant = tenantId,
) {
  const employee = await buildEmployee(ctx, tenant, { unit, golongan: values.golongan });
  await withTenant(ctx.db, tenant, async (tx) => {
    await sql`update employee set tmt_golongan = ${values.tmt}, education_level = 'S-1',
        status = ${values.status ?? 'aktif'}, employee_type = ${values.type ?? 'PNS'}
      where id = ${employee.id}`.execute(tx);
    // Baik in every year any of the periods reads.
    for (let year = Number(P1.slice(0, 4)) - 2; year < Number(P3.slice(0, 4)); year++) {
      await sql`insert into performance_appraisal (tenant_id, employee_id, year, period, from_month, to_month,
          hasil_kerja, perilaku_kerja, predikat, appraiser_name, appraiser_status, source)
        values (${tenant}, ${employee.id}, ${year}, 'annual', 1, 12, 'meets', 'meets', 'baik', 'Wali Kota',
          'NON ASN', 'import')`.execute(tx);
    }
  });
  if (tenant === tenantId && (values.status ?? 'aktif') === 'aktif' && values.type !== 'PPPK') {
    tmts.push(values.tmt);
  }
  return employee.id;
}

/** A promotion recorded for `period`; approved, it gave the employee the golongan they hold now. */
async function promotion(
  employeeId: number,
  period: string,
  state: 'approved' | 'rejected' | 'proposed',
  from = 'III/a',
  to = 'III/b',
  tenant = tenantId,
) {
  await withTenant(ctx.db, tenant, (tx) =>
    sql`insert into promotion (tenant_id, employee_id, period, from_golongan, to_golongan, eligible, state,
        decree_number, decree_date, tmt, reason, decided_at)
      values (${tenant}, ${employeeId}, ${period}, ${from}, ${to}, true, ${state},
        ${state === 'approved' ? '823/1/BKPSDM' : null}, ${state === 'approved' ? period : null},
        ${state === 'approved' ? period : null}, ${state === 'rejected' ? 'Berkas belum lengkap.' : null},
        ${state === 'proposed' ? null : `${period}T03:00:00Z`})`.execute(tx),
  );
}

const indicator = (source: string, unitId: number | null) => ({
  name: source,
  params: { source, unitId },
  direction: 'up',
  baseline: null,
  target: 0.8,
});

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  otherTenant = (await createTenant(ctx)).id;
  const otherUnit = await createUnit(ctx, otherTenant, 'Dinas Lain');
  otherUnitId = otherUnit.id;
  dinas = await createUnit(ctx, tenantId, 'Dinas Pendidikan');
  seksi = await createUnit(ctx, tenantId, 'Seksi Kurikulum', dinas);
  const bkpsdm = await createUnit(ctx, tenantId, 'BKPSDM');

  // Hana, promoted at P1 to III/b: her TMT is P1 now.
  const hana = await pns(bkpsdm, { golongan: 'III/b', tmt: P1 });
  await promotion(hana, P1, 'approved');
  // Adi (in the Seksi), promoted at P2 to III/c.
  const adi = await pns(seksi, { golongan: 'III/c', tmt: P2 });
  await promotion(adi, P2, 'approved', 'III/b', 'III/c');
  // Bayu, eligible at every period; his proposal for P2 was rejected.
  const bayu = await pns(dinas, { golongan: 'III/b', tmt: addYears(P1, -5) });
  await promotion(bayu, P2, 'rejected', 'III/b', 'III/c');
  // Cici completes four years in rank on P3 only.
  await pns(bkpsdm, { golongan: 'III/b', tmt: addMonths(P3, -48) });
  // Dedi, eligible at every period; his proposal for P3 is not decided yet.
  const dedi = await pns(bkpsdm, { golongan: 'III/b', tmt: addYears(P1, -6) });
  await promotion(dedi, P3, 'proposed', 'III/b', 'III/c');
  // Sari would be eligible, but a sanction has run since before P1.
  const sari = await pns(bkpsdm, { golongan: 'III/b', tmt: addYears(P1, -6) });
  await withTenant(ctx.db, tenantId, (tx) =>
    sql`insert into disciplinary_sanction (tenant_id, employee_id, level, starts_on, decree)
      values (${tenantId}, ${sari}, 'sedang', ${addMonths(P1, -2)}, '800/9/BKPSDM')`.execute(tx),
  );
  // Fajar left after his promotion at P1; Eka is a PPPK: neither is counted.
  const fajar = await pns(bkpsdm, { golongan: 'III/b', tmt: P1, status: 'nonaktif' });
  await promotion(fajar, P1, 'approved');
  await pns(bkpsdm, { golongan: 'IX', tmt: addYears(P1, -8), type: 'PPPK' });
  // Another government: a promotion at an earlier period, and people eligible throughout.
  const other = await pns(otherUnit, { golongan: 'III/b', tmt: addYears(P1, -6) }, otherTenant);
  await promotion(other, addMonths(P1, -6), 'approved', 'III/a', 'III/b', otherTenant);
  await pns(otherUnit, { golongan: 'II/a', tmt: '2000-01-01' }, otherTenant);

  admin = await apiAs(ctx, 'admin', tenantId);
  policyId = (
    await admin.post('/api/v1/policies', policyBody({ title: 'Kebijakan Kenaikan Pangkat' }))
  ).json().id;
});
afterAll(() => ctx.close());

const add = async (source: string, unitId: number | null) => {
  const response = await admin.post(`/api/v1/policies/${policyId}/indicators`, indicator(source, unitId), {
    locale: 'en',
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const valuesOf = (points: { at: string; value: number | null; provisional: boolean }[]) =>
  points.map((p) => [p.at.slice(0, 10), p.value, p.provisional]);

describe('promotion on time', () => {
  it('gives per period since the first promotion recorded the share of the eligible promoted at it', async () => {
    const body = await add('promotion.onTime', null);
    expect(body.sourceLabel).toBe(
      'Share of the PNS of the whole government eligible for promotion in rank on each period date whose promotion for that period was approved (eligibility read on today’s data)',
    );
    // P1: Hana promoted; Bayu and Dedi eligible and not. P2: Adi promoted; Bayu (rejected) and Dedi
    // not. P3: Bayu, Cici and Dedi (undecided) eligible, none promoted yet; the latest, provisional.
    expect(valuesOf(body.points)).toEqual([
      [P1, 1 / 3, false],
      [P2, 1 / 3, false],
      [P3, 0, true],
    ]);
    expect(body.points[0].label).toBe(
      new Intl.DateTimeFormat('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${P1}T00:00:00Z`)),
    );
  });

  it('keeps to a unit with the units under it, with no value where nobody was eligible', async () => {
    expect(valuesOf((await add('promotion.onTime', dinas.id)).points)).toEqual([
      [P1, 0, false],
      [P2, 1 / 2, false],
      [P3, 0, true],
    ]);
    // Adi alone: not eligible at P1 on today's data (his TMT is P2), promoted at P2, not yet again at P3.
    expect(valuesOf((await add('promotion.onTime', seksi.id)).points)).toEqual([
      [P1, null, false],
      [P2, 1, false],
      [P3, null, true],
    ]);
  });
});

describe('years in rank', () => {
  it('is the mean years in the current golongan of the active PNS today, provisional', async () => {
    const days = (tmt: string) => Math.max(0, (Date.parse(TODAY) - Date.parse(tmt)) / 86_400_000);
    const expected = tmts.reduce((sum, tmt) => sum + days(tmt) / 365.25, 0) / tmts.length;
    const body = await add('promotion.timeInRank', null);
    expect(body.sourceLabel).toBe(
      'Mean years in the current golongan (since TMT golongan) of the active PNS of the whole government, now',
    );
    expect(body.points).toHaveLength(1);
    expect(body.points[0]).toMatchObject({ label: 'Now', provisional: true });
    expect(body.points[0].value).toBeCloseTo(expected, 6);
    const seksiOnly = await add('promotion.timeInRank', seksi.id);
    expect(seksiOnly.points[0].value).toBeCloseTo(days(P2) / 365.25, 6);
  });
});

describe('another government', () => {
  it('has its units refused like units that do not exist, for either source, and nothing stored', async () => {
    const before = (await admin.get(`/api/v1/policies/${policyId}/indicators`)).json().items.length;
    for (const source of ['promotion.onTime', 'promotion.timeInRank']) {
      for (const unitId of [otherUnitId, 987_654]) {
        const refused = await admin.post(
          `/api/v1/policies/${policyId}/indicators`,
          indicator(source, unitId),
          {
            locale: 'en',
          },
        );
        expect(refused.statusCode).toBe(400);
        expect(refused.json().detail).toBe("The indicator's unit was not found in this government.");
      }
    }
    expect((await admin.get(`/api/v1/policies/${policyId}/indicators`)).json().items).toHaveLength(before);
  });

  it('sees nothing of this one: its own promotions set its periods and its shares', async () => {
    const otherAdmin = await apiAs(ctx, 'admin', otherTenant);
    const own = (await otherAdmin.post('/api/v1/policies', policyBody({ title: 'Kebijakan Lain' }))).json()
      .id;
    const response = await otherAdmin.post(
      `/api/v1/policies/${own}/indicators`,
      indicator('promotion.onTime', null),
    );
    expect(response.statusCode, response.body).toBe(200);
    // Its one promotion, half a year before P1, and its two people eligible throughout.
    expect(valuesOf(response.json().points)).toEqual([
      [addMonths(P1, -6), 1 / 2, false],
      [P1, 0, false],
      [P2, 0, false],
      [P3, 0, true],
    ]);
  });

  it('with no promotion recorded has no period to show', async () => {
    const emptyAdmin = await apiAs(ctx, 'admin', (await createTenant(ctx)).id);
    const own = (await emptyAdmin.post('/api/v1/policies', policyBody({ title: 'Kebijakan Baru' }))).json()
      .id;
    const response = await emptyAdmin.post(
      `/api/v1/policies/${own}/indicators`,
      indicator('promotion.onTime', null),
    );
    expect(response.json()).toMatchObject({ points: [], latest: null, met: null });
  });
});
