import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { IndicatorSourceParams } from '@jenjang/domain/policies/indicator.contract';
import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import { DEFAULT_PROMOTION_RULES, type PromotionRules } from '@jenjang/domain/talent/promotion.contract';
import {
  appraisalYears,
  promotionEligibility,
  promotionPeriods,
} from '@jenjang/domain/talent/promotion.rules';
import { sql } from 'kysely';
import { type Db, withTenant } from '../../packages/server/src/db/database';
import { withOwner } from '../../packages/server/src/db/owner';
import {
  candidateAt,
  loadPeople,
  weigh,
} from '../../packages/server/src/features/promotion/eligibility.service';
import * as repo from '../../packages/server/src/features/promotion/promotion.repository';
import { allIndicatorSources } from '../../packages/server/src/indicator-sources';
import {
  addAccounts,
  type BenchApp,
  benchTenant,
  count,
  draftPolicy,
  openCluster,
  signIn,
  startApp,
} from './bench-cluster';
import { ms, printReads, type TimedRead, timed, timedRead } from './bench-timing';

export const PROMOTION_HELP = `Usage: npm run bench -- promotion [--employees N] [--sanctions N] [--runs N]

Kenaikan pangkat at the scale of DKI Jakarta (about 263,000 employees in one government). Loads N
employees (default 263000; the employees benchmark's registry: 40 OPDs of 5 bidang, one in five a
PPPK), then draws for each PNS, every value on its own (seeded): a golongan (II/a to IV/c, most in
III), a TMT golongan on the first of a month 1–10 years before the next period (half of them 1 April
or 1 October, as most decrees date it), an education level (S-1 45%, SLTA 20%, D-III 15%, S-2 10%,
D-IV, SMP), a jenjang to each functional position, and two years of annual predikat (the two the
next period reads: Sangat Baik 10%, Baik 85%, the rest below); then --sanctions disciplinary
sanctions (default about 3,000, half of them still running), and, for the indicator, approved
promotions at the three period dates before it (the people promoted then hold the new TMT).

Times through the app (signed in as the government's admin, app.inject), the median of --runs
(default 3) after one cold read:
  - GET /promotion/eligibility page 1 of the next period (show=all, and show=eligible of one OPD);
  - GET …/promotion-rules/effect: a draft revision (3 years in rank, one predikat) against the
    defaults, for the same period, with the names of who gains and who loses;
  - GET /policies/:id/indicators with promotion.onTime, promotion.timeInRank and
    performance.predikatShare of the whole government;
and where the list's time goes (its query, the rules over everyone each alone and one of each group
of people with the same data), each indicator alone, and this process's peak RSS (after each read).
Limits: each read <= 2 s, peak RSS <= 500 MB; ratio and PASS/FAIL. Always exits 0.

Options:
  --employees N   employees of the government (default 263000)
  --sanctions N   disciplinary sanctions, at most (default 3000)
  --runs N        reads of each kind after the cold one, the median reported (default 3)
  --keep DIR      keep the loaded cluster in DIR and read it again on the next run with the same
                  DIR (the load takes about a minute); without it, a scratch cluster is removed
`;

const LIMIT_MS = 2_000;
const LIMIT_RSS_MB = 500;
const USERNAME = 'admin.promotion';

/**
 * What a promotion list reads, on top of the employees benchmark's registry: TMT golongan and
 * education, two annual predikat, sanctions, and the promotions of the three periods before
 * `period` (those people now hold the new golongan since that period). PostgreSQL generates it all.
 */
async function loadPromotionData(
  db: Db,
  ownerUrl: string,
  tenantId: number,
  period: string,
  past: readonly string[],
  sanctions: number,
) {
  const year = Number(period.slice(0, 4));
  await withTenant(db, tenantId, async (tx) => {
    // Each value drawn on its own (random(), seeded): no two fields move together, so people share
    // their data only as often as the marginal shares below make them.
    await sql`select setseed(0.42)`.execute(tx);
    const codes = sql`array['I/a','I/b','I/c','I/d','II/a','II/b','II/c','II/d','III/a','III/b','III/c','III/d',
      'IV/a','IV/b','IV/c','IV/d','IV/e']`;
    await sql`with drawn as (
        select id, (array['II/a','II/b','II/c','II/d','III/a','III/a','III/b','III/b','III/c','III/c','III/d',
          'III/d','IV/a','IV/a','IV/b','IV/c'])[1 + floor(random() * 16)::int] as golongan
        from employee where employee_type = 'PNS')
      update employee e set golongan = d.golongan, golongan_rank = array_position(${codes}, d.golongan)
      from drawn d where d.id = e.id`.execute(tx);
    await sql`update employee set
        tmt_golongan = make_date(${year}::int - 1 - floor(random() * 10)::int,
          case when random() < 0.5 then (array[4, 10])[1 + floor(random() * 2)::int]
            else 1 + floor(random() * 12)::int end, 1),
        education_level = (array['S-1','S-1','S-1','S-1','S-1','S-1','S-1','S-1','S-1','SLTA','SLTA','SLTA',
          'SLTA','D-III','D-III','D-III','S-2','S-2','D-IV','SMP'])[1 + floor(random() * 20)::int],
        position_level = case when position_kind = 'fungsional' then
          (array['ahli_pertama','ahli_muda','ahli_madya','terampil','mahir','penyelia'])[1 + floor(random() * 6)::int]
          end`.execute(tx);
    await sql`insert into performance_appraisal (tenant_id, employee_id, year, period, from_month, to_month,
        hasil_kerja, perilaku_kerja, predikat, appraiser_name, appraiser_status, source)
      select d.tenant_id, d.id, d.y, 'annual', 1, 12,
        case when d.r < 0.10 then 'above' when d.r < 0.95 then 'meets' when d.r < 0.98 then 'below'
          when d.r < 0.995 then 'meets' else 'below' end,
        case when d.r < 0.10 then 'above' when d.r < 0.98 then 'meets' else 'below' end,
        case when d.r < 0.10 then 'sangat_baik' when d.r < 0.95 then 'baik' when d.r < 0.98 then 'butuh_perbaikan'
          when d.r < 0.995 then 'kurang' else 'sangat_kurang' end,
        'Kepala OPD', 'NON ASN', 'import'
      from (select e.tenant_id, e.id, y, random() as r
        from employee e cross join unnest(array[${year - 2}, ${year - 1}]::int[]) y) d`.execute(tx);
    const every = Math.max(1, Math.floor((await count(tx, 'employee')) / sanctions));
    await sql`insert into disciplinary_sanction (tenant_id, employee_id, level, starts_on, ends_on, decree)
      select e.tenant_id, e.id, (array['ringan','sedang','berat'])[1 + e.id % 3],
        ${period}::date - (e.id % 700)::int,
        case when e.id % 2 = 0 then null else ${period}::date - (e.id % 700)::int + 365 end,
        '800/' || e.id || '/BKD'
      from employee e where e.id % ${every} = 0 order by e.id limit ${sanctions}`.execute(tx);
    for (const [i, date] of past.entries()) {
      await sql`update employee set tmt_golongan = ${date}
        where employee_type = 'PNS' and id % 40 = ${i + 1}`.execute(tx);
      await sql`insert into promotion (tenant_id, employee_id, period, from_golongan, to_golongan, eligible, state,
          decree_number, decree_date, tmt, decided_at)
        select e.tenant_id, e.id, ${date}, 'III/a', e.golongan, true, 'approved', '823/' || e.id || '/BKD',
          ${date}, ${date}, ${date}::timestamptz
        from employee e where e.employee_type = 'PNS' and e.id % 40 = ${i + 1}`.execute(tx);
    }
  });
  await withOwner({ ownerUrl, appUrl: null }, async (owner) => {
    for (const table of ['employee', 'unit', 'performance_appraisal', 'disciplinary_sanction', 'promotion']) {
      await sql`vacuum (analyze) ${sql.table(table)}`.execute(owner);
    }
  });
}

export async function runPromotionBench(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      employees: { type: 'string', default: '263000' },
      sanctions: { type: 'string', default: '3000' },
      runs: { type: 'string', default: '3' },
      keep: { type: 'string' },
    },
  });
  const employees = Number(values.employees);
  const runs = Number(values.runs);
  const today = calendarDateIn(new Date(), 'Asia/Jakarta');
  const period = promotionPeriods(today, 1, DEFAULT_PROMOTION_RULES)[0]!;
  const past = promotionPeriods(`${Number(period.slice(0, 4)) - 2}-01-01`, 8, DEFAULT_PROMOTION_RULES)
    .filter((d) => d < period)
    .slice(-3);
  const bench = await openCluster('promotion', values.keep);
  const { dir, urls, db } = bench;
  let app: BenchApp | undefined;
  try {
    const started = performance.now();
    const { tenantId, kept } = await benchTenant(bench, employees, (loaded) =>
      loadPromotionData(db, urls.ownerUrl, loaded, period, past, Number(values.sanctions)),
    );
    const unitId = await withTenant(db, tenantId, async (tx) => {
      const first = tx.selectFrom('unit').select('id').where('parent_id', 'is', null).orderBy('id');
      return (await first.executeTakeFirstOrThrow()).id;
    });
    const counts = await withTenant(db, tenantId, async (tx) => ({
      employees: await count(tx, 'employee'),
      appraisals: await count(tx, 'performance_appraisal'),
      sanctions: await count(tx, 'disciplinary_sanction'),
      promotions: await count(tx, 'promotion'),
    }));
    console.log(
      `loaded ${counts.employees.toLocaleString('en')} employees, ${counts.appraisals.toLocaleString('en')} annual ` +
        `predikat, ${counts.sanctions.toLocaleString('en')} sanctions, ${counts.promotions.toLocaleString('en')} ` +
        `approved promotions (${past.join(', ')}) ${kept ? `kept in ${dir}` : `in ${ms(performance.now() - started)}`}; period ${period}`,
    );
    await addAccounts(db, tenantId, [
      { username: USERNAME, displayName: 'Admin Uji Beban', role: 'admin', employeeId: null },
    ]);
    app = await startApp(dir, db);
    const call = await signIn(app, USERNAME);

    // A promotion policy in drafting whose rules ask 3 years in rank and one predikat.
    const { policyId, versionId } = await draftPolicy(call, 'Kebijakan Kenaikan Pangkat (uji beban)');
    const revised: PromotionRules = {
      ...DEFAULT_PROMOTION_RULES,
      minYearsInRank: 3,
      appraisalsConsidered: 1,
    };
    await call('PUT', `/policies/${policyId}/versions/${versionId}/promotion-rules`, { rules: revised });
    const list = `/promotion/eligibility?period=${period}&page=1&pageSize=25`;
    const reads = [
      { read: 'eligibility list, page 1 (all)', url: `${list}&show=all` },
      { read: 'eligibility list, one OPD, eligible', url: `${list}&show=eligible&unitId=${unitId}` },
      {
        read: 'rules effect, with names',
        url: `/policies/${policyId}/versions/${versionId}/promotion-rules/effect?period=${period}`,
      },
      {
        read: 'indicators (3 sources)',
        url: `/policies/${policyId}/indicators`,
        // Added (and so measured once each) just before they are read.
        prepare: async () => {
          for (const source of ['promotion.onTime', 'promotion.timeInRank', 'performance.predikatShare']) {
            await call('POST', `/policies/${policyId}/indicators`, {
              name: source,
              params: { source, unitId: null },
              direction: 'up',
              baseline: null,
              target: 0.8,
            });
          }
        },
      },
    ];
    const rssBefore = process.resourceUsage().maxRSS / 1024;
    const rows: TimedRead[] = [];
    for (const { read, url, prepare } of reads) {
      await prepare?.();
      const t = await timed(runs, () => call('GET', url));
      const body = t.result.json;
      const note =
        'summary' in body
          ? `${body.summary.considered.toLocaleString('en')} weighed, ${body.summary.eligible.toLocaleString('en')} eligible, ${body.total.toLocaleString('en')} shown`
          : 'gainedCount' in body
            ? `${body.before.eligible.toLocaleString('en')} → ${body.after.eligible.toLocaleString('en')} eligible; +${body.gainedCount.toLocaleString('en')} −${body.lostCount.toLocaleString('en')}`
            : body.items
                .map(
                  (i: { params: { source: string }; latest: number | null; points: unknown[] }) =>
                    `${i.params.source.split('.')[1]} ${i.latest === null ? '–' : i.latest.toFixed(3)} (${i.points.length} pts)`,
                )
                .join(', ');
      rows.push(timedRead(read, t, LIMIT_MS, note));
    }
    const peakRss = process.resourceUsage().maxRSS / 1024;

    // Where the list's time goes: its reads and its rules, as eligibilityList does them.
    const parts = await withTenant(db, tenantId, async (tx) => {
      const part = async <T>(work: () => Promise<T>) => {
        const t0 = performance.now();
        const value = await work();
        return { value, ms: performance.now() - t0 };
      };
      const years = appraisalYears(period, DEFAULT_PROMOTION_RULES).sort((a, b) => a - b);
      const weighed = await part(async () => {
        let rows = 0;
        await repo.eachWeighedBatch(tx, years, {}, 50_000, (batch) => {
          rows += batch.length;
        });
        return rows;
      });
      const sanctions = await part(() => repo.sanctionsSince(tx, period, null));
      const people = await part(() => loadPeople(tx, period, [DEFAULT_PROMOTION_RULES]));
      const alone = await part(async () =>
        people.value.ids.map((_, i) =>
          promotionEligibility(candidateAt(people.value, i), DEFAULT_PROMOTION_RULES, period).eligible
            ? 0
            : 1,
        ),
      );
      const shared = await part(async () => weigh(people.value, DEFAULT_PROMOTION_RULES, period));
      const distinct = people.value.distinct.length;
      const page = await part(() => repo.candidates(tx, { page: { offset: 0, limit: 25 } }));
      return { weighed, sanctions, people, alone, shared, distinct, page };
    });
    // Each indicator source alone, as the policy page computes it.
    const sources = allIndicatorSources();
    const indicatorTimes: string[] = [];
    for (const source of ['promotion.onTime', 'promotion.timeInRank', 'performance.predikatShare'] as const) {
      const params = IndicatorSourceParams.parse({ source, unitId: null });
      const t0 = performance.now();
      await withTenant(db, tenantId, (tx) =>
        sources.of(params).measure(tx, params, 'id', { id: 0, policyId }),
      );
      indicatorTimes.push(`${source} ${ms(performance.now() - t0)}`);
    }

    console.log(
      `\nmachine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
    );
    console.log(
      `where the list's time goes (one read, in process): the active PNS with their predikat, through ` +
        `the cursor ${ms(parts.weighed.ms)} (${parts.weighed.value.toLocaleString('en')} rows), sanctions ` +
        `${ms(parts.sanctions.ms)} (${parts.sanctions.value.length.toLocaleString('en')}), both read and ` +
        `grouped by their inputs (loadPeople) ${ms(parts.people.ms)}, into ` +
        `${parts.distinct.toLocaleString('en')} groups; the rules over everyone, each alone ` +
        `${ms(parts.alone.ms)}, one of each group (weigh, promotionFailures) ${ms(parts.shared.ms)}; the ` +
        `page's 25 rows by name ${ms(parts.page.ms)}`,
    );
    console.log(`each indicator alone: ${indicatorTimes.join(', ')}`);
    console.log(
      `peak RSS before the reads ${Math.round(rssBefore)} MB, after the reads ${Math.round(peakRss)} MB\n`,
    );
    printReads(rows, peakRss, LIMIT_RSS_MB);
  } finally {
    await app?.close();
    await bench.close();
  }
}
