import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_JPM_THRESHOLDS } from '@jenjang/domain/competency/competency-gap.rules';
import { DEFAULT_TALENT_SETTINGS, type TalentSettings } from '@jenjang/domain/talent/nine-box.contract';
import { sql } from 'kysely';
import { type Db, withTenant } from '../../packages/server/src/db/database';
import { withOwner } from '../../packages/server/src/db/owner';
import { JobRunner } from '../../packages/server/src/features/jobs/job-runner';
import { placer, yearDates } from '../../packages/server/src/features/talent/placement';
import * as repo from '../../packages/server/src/features/talent/talent.repository';
import {
  addAccounts,
  type BenchApp,
  benchTenant,
  count,
  draftPolicy,
  openCluster,
  signIn,
  startApp,
  type Tx,
} from './bench-cluster';
import { ms, printReads, type TimedRead, timed, timedRead } from './bench-timing';

export const TALENT_HELP = `Usage: npm run bench -- talent [--employees N] [--runs N] [--keep DIR]

Talent mapping (nine-box, PermenPANRB 3/2020) at the scale of DKI Jakarta (about 263,000 employees
in one government). Loads N employees (default 263000; the employees benchmark's registry: 40 OPDs
of 5 bidang, one in five a PPPK), then draws for each PNS, every value on its own (seeded): the
year's annual predikat (Sangat Baik 10%, Baik 85%, the rest below, as the promotion benchmark), an
education level (S-1 45%, SLTA 20%, D-III 15%, S-2 10%, D-IV, SMP), a TMT CPNS 1-30 years before
the year's end, one of 200 positions whose standard asks level 3 of 5 competencies (of the 9
national and 20 technical ones), and current levels: every competency of the standard assessed for
7 in 10, 0-4 of them for the others (inserted into competency_assessment; migration 0043's trigger
settles competency_current); certificates of 10 programs (each PNS in each with chance 5%, issued
over the last three years), and about 3,000 people given component points (talent_score).

Times through the app (signed in as the government's admin, app.inject), one cold run then the
median of --runs (default 3):
  - POST /talent/years/:year/placements until its job has finished (the whole year placed; a
    background job with a progress bar): limit 60 s;
  - GET /talent/years/:year (the grid), …/placements?box=9 page 1, the same of one OPD,
    …/placements/:employeeId (one person's why), /talent/me as that employee's own account, and
    /policies/:id/versions/:versionId/talent-settings/effect of a draft stating cut-offs [30, 60]
    on both axes and of another that also counts trainings over three years (both read from the
    year's placements as placed, the second counting programs again), and the first's effect on
    the year before, which is not placed (read from everyone's data now): limit 2 s each;
and where the placement's time goes (its query, the rules over everyone, the inserts), and this
process's peak RSS (after each): limit 500 MB. Ratio and PASS/FAIL. Always exits 0.

Options:
  --employees N   employees of the government (default 263000)
  --runs N        runs of each kind after the cold one, the median reported (default 3)
  --keep DIR      keep the loaded cluster in DIR and read it again on the next run with the same
                  DIR (the load takes a few minutes); without it, a scratch cluster is removed
`;

const LIMIT_MS = 2_000;
const LIMIT_PLACE_MS = 60_000;
const LIMIT_RSS_MB = 500;
const USERNAME = 'admin.talent';
const EMPLOYEE_USERNAME = 'pegawai.talent';
const POSITIONS = 200;
const TECHNICAL = 20;
const PROGRAMS = 10;

/**
 * What a year's placement reads, on top of the employees benchmark's registry: the year's predikat,
 * education, TMT CPNS, positions with a standard and current levels, certificates and points.
 * PostgreSQL generates it all.
 */
async function loadTalentData(db: Db, ownerUrl: string, tenantId: number, year: number) {
  const step = async (label: string, work: (tx: Tx) => Promise<unknown>) => {
    const started = performance.now();
    await withTenant(db, tenantId, async (tx) => {
      await sql`select setseed(${(label.length % 97) / 100})`.execute(tx);
      await work(tx);
    });
    console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  // Each value drawn on its own (random(), seeded): no two fields move together.
  await step('education, TMT CPNS', (tx) =>
    sql`update employee set
        education_level = (array['S-1','S-1','S-1','S-1','S-1','S-1','S-1','S-1','S-1','SLTA','SLTA','SLTA',
          'SLTA','D-III','D-III','D-III','S-2','S-2','D-IV','SMP'])[1 + floor(random() * 20)::int],
        tmt_cpns = make_date(${year}::int - 1 - floor(random() * 30)::int, 1 + floor(random() * 12)::int, 1)
      where employee_type = 'PNS'`.execute(tx),
  );
  await step(`positions (${POSITIONS}) and their standards`, async (tx) => {
    await sql`insert into competency (tenant_id, code, type, name)
      select ${tenantId}, 'T.UJI' || lpad(g::text, 2, '0'), 'teknis', 'Kompetensi Teknis Uji ' || g
      from generate_series(1, ${TECHNICAL}) g`.execute(tx);
    await sql`insert into position (tenant_id, name, kind)
      select ${tenantId}, 'Jabatan Uji ' || g,
        (array['pelaksana','fungsional','pengawas','administrator'])[1 + g % 4]
      from generate_series(1, ${POSITIONS}) g`.execute(tx);
    // Five distinct competencies of the 29 for each position (k, k+6, …, k+24 modulo 29), level 3.
    await sql`insert into position_competency (tenant_id, position_id, competency_id, required_level)
      select ${tenantId}, p.id, c.ids[1 + (p.n + j * 6) % array_length(c.ids, 1)], 3
      from (select id, row_number() over (order by id) as n from position) p,
        (select array_agg(id order by id) as ids from competency) c, generate_series(0, 4) j`.execute(tx);
    await sql`update employee e set position_id = p.ids[1 + floor(random() * array_length(p.ids, 1))::int]
      from (select array_agg(id order by id) as ids from position) p`.execute(tx);
  });
  await step('annual predikat', (tx) =>
    sql`insert into performance_appraisal (tenant_id, employee_id, year, period, from_month, to_month,
        hasil_kerja, perilaku_kerja, predikat, appraiser_name, appraiser_status, source)
      select d.tenant_id, d.id, ${year}, 'annual', 1, 12,
        case when d.r < 0.10 then 'above' when d.r < 0.95 then 'meets' when d.r < 0.98 then 'below'
          when d.r < 0.995 then 'meets' else 'below' end,
        case when d.r < 0.10 then 'above' when d.r < 0.98 then 'meets' else 'below' end,
        case when d.r < 0.10 then 'sangat_baik' when d.r < 0.95 then 'baik' when d.r < 0.98 then 'butuh_perbaikan'
          when d.r < 0.995 then 'kurang' else 'sangat_kurang' end,
        'Kepala OPD', 'NON ASN', 'import'
      from (select e.tenant_id, e.id, random() as r from employee e where e.employee_type = 'PNS') d`.execute(
      tx,
    ),
  );
  await step('competency assessments (current levels settled by the trigger)', (tx) =>
    // All five of the standard for 7 in 10, 0-4 of them for the others; levels 1-5 around 2.7.
    sql`with std as (
        select position_id, competency_id, row_number() over (partition by position_id order by competency_id) as n
        from position_competency),
      people as (
        select id, tenant_id, position_id,
          case when random() < 0.7 then 5 else floor(random() * 5)::int end as k
        from employee where employee_type = 'PNS')
      insert into competency_assessment (tenant_id, employee_id, competency_id, level, assessed_on, method)
      select e.tenant_id, e.id, s.competency_id, (array[1,2,2,2,3,3,3,3,4,4,5])[1 + floor(random() * 11)::int],
        make_date(${year}::int, 1 + floor(random() * 12)::int, 1), 'assessmentCentre'
      from people e join std s on s.position_id = e.position_id and s.n <= e.k`.execute(tx),
  );
  await step(`program certificates (${PROGRAMS} programs)`, async (tx) => {
    await sql`insert into program (tenant_id, title, path_code, jp, provider_kind, state, eligibility, weights)
      select ${tenantId}, 'Pelatihan Uji ' || g, 'KL10', 24, 'internal', 'completed', '{}'::jsonb, '{}'::jsonb
      from generate_series(1, ${PROGRAMS}) g`.execute(tx);
    await sql`insert into program_application (tenant_id, program_id, employee_id, preferences, source)
      select e.tenant_id, p.id, e.id, '{1}', 'nomination'
      from employee e cross join program p where e.employee_type = 'PNS' and random() < 0.05`.execute(tx);
    await sql`insert into program_certificate (tenant_id, application_id, number, verification_code, issued_on)
      select a.tenant_id, a.id, a.program_id || '/' || a.id || '/BKD', 'benchcertificate' || lpad(a.id::text, 10, '0'),
        make_date(${year}::int - floor(random() * 3)::int, 1 + floor(random() * 12)::int, 1 + floor(random() * 28)::int)
      from program_application a`.execute(tx);
  });
  await step('component points (talent_score)', (tx) =>
    sql`insert into talent_score (tenant_id, year, employee_id, axis, component, points, note)
      select e.tenant_id, ${year}, e.id, 'performance', c.component, round((1 + random() * (c.max - 1))::numeric, 2),
        'Uji beban'
      from (select tenant_id, id from employee where employee_type = 'PNS' and random() < 0.015) e,
        (values ('innovation', 10), ('achievements', 10), ('discipline', 20)) c (component, max)
      where random() < case c.component when 'discipline' then 0.15 else 0.6 end`.execute(tx),
  );
  await withOwner({ ownerUrl, appUrl: null }, async (owner) => {
    for (const table of [
      'employee',
      'position',
      'position_competency',
      'performance_appraisal',
      'competency_assessment',
      'competency_current',
      'program_application',
      'program_certificate',
      'talent_score',
    ]) {
      await sql`analyze ${sql.table(table)}`.execute(owner);
    }
  });
}

const n = (value: number) => value.toLocaleString('en');

/** Thrown to roll back the measured placement of "where the time goes". */
class RolledBack extends Error {}

export async function runTalentBench(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      employees: { type: 'string', default: '263000' },
      runs: { type: 'string', default: '3' },
      keep: { type: 'string' },
    },
  });
  const employees = Number(values.employees);
  const runs = Number(values.runs);
  // The year before this one: its predikat are in, as they are when a government maps its talent.
  const year = new Date().getUTCFullYear() - 1;
  const bench = await openCluster('talent', values.keep);
  const { dir, urls, db } = bench;
  let app: BenchApp | undefined;
  try {
    const started = performance.now();
    const { tenantId, kept } = await benchTenant(bench, employees, async (loaded) => {
      console.log(`  employees: ${((performance.now() - started) / 1000).toFixed(1)} s`);
      await loadTalentData(db, urls.ownerUrl, loaded, year);
    });
    const { unitId, employeeId } = await withTenant(db, tenantId, async (tx) => {
      const first = tx.selectFrom('unit').select('id').where('parent_id', 'is', null).orderBy('id');
      // Someone with a complete JPM, so that their "why" has every line.
      const { rows } = await sql<{ id: number }>`select e.id::int as id from employee e
        where e.employee_type = 'PNS' and e.status = 'aktif'
          and (select count(*) from competency_current c where c.employee_id = e.id) = 5
        order by e.id limit 1`.execute(tx);
      return { unitId: (await first.executeTakeFirstOrThrow()).id, employeeId: rows[0]!.id };
    });
    const counts = await withTenant(db, tenantId, async (tx) => ({
      employees: await count(tx, 'employee'),
      appraisals: await count(tx, 'performance_appraisal'),
      assessments: await count(tx, 'competency_assessment'),
      current: await count(tx, 'competency_current'),
      certificates: await count(tx, 'program_certificate'),
      scores: await count(tx, 'talent_score'),
    }));
    console.log(
      `loaded ${n(counts.employees)} employees, ${n(counts.appraisals)} annual predikat (${year}), ` +
        `${n(counts.assessments)} competency assessments (${n(counts.current)} current levels), ` +
        `${n(counts.certificates)} program certificates, ${n(counts.scores)} component points ` +
        `${kept ? `kept in ${dir}` : `in ${ms(performance.now() - started)}`}`,
    );
    await addAccounts(db, tenantId, [
      { username: USERNAME, displayName: 'Admin Uji Beban', role: 'admin', employeeId: null },
      { username: EMPLOYEE_USERNAME, displayName: 'Pegawai Uji Beban', role: 'pegawai', employeeId },
    ]);
    // No queue: the job runs in this process (as on a single server), and its memory counts here.
    const jobs = new JobRunner(db);
    app = await startApp(dir, db, jobs);
    const call = await signIn(app, USERNAME);
    const asEmployee = await signIn(app, EMPLOYEE_USERNAME);

    // A talent policy in drafting whose settings cut both axes at [30, 60] instead of [40, 70].
    const { policyId, versionId } = await draftPolicy(call, 'Kebijakan Manajemen Talenta (uji beban)');
    const revised: TalentSettings = {
      ...DEFAULT_TALENT_SETTINGS,
      performance: { ...DEFAULT_TALENT_SETTINGS.performance, cutoffs: [30, 60] },
      potential: { ...DEFAULT_TALENT_SETTINGS.potential, cutoffs: [30, 60] },
    };
    await call('PUT', `/policies/${policyId}/versions/${versionId}/talent-settings`, { settings: revised });
    // Another whose trainings count over three years instead of two: its effect reads the data now.
    const wider = await draftPolicy(call, 'Kebijakan Manajemen Talenta (uji beban, tiga tahun pelatihan)');
    const training = {
      ...revised.potential.training,
      windowYears: revised.potential.training.windowYears + 1,
    };
    await call('PUT', `/policies/${wider.policyId}/versions/${wider.versionId}/talent-settings`, {
      settings: { ...revised, potential: { ...revised.potential, training } },
    });

    const rssBefore = process.resourceUsage().maxRSS / 1024;
    const rows: TimedRead[] = [];
    const place = await timed(runs, async () => {
      const { jobId } = (await call('POST', `/talent/years/${year}/placements`)).json as { jobId: string };
      await jobs.idle();
      const job = await call('GET', `/jobs/${jobId}`);
      if (job.json.status !== 'succeeded') throw new Error(`placement job: ${JSON.stringify(job.json)}`);
      return job;
    });
    const overview = (await call('GET', '/talent')).json as {
      years: { year: number; considered: number; placed: number }[];
    };
    const mapped = overview.years.find((y) => y.year === year)!;
    rows.push(
      timedRead(
        'place the year (job, POST → finished)',
        place,
        LIMIT_PLACE_MS,
        `${n(mapped.considered)} considered, ${n(mapped.placed)} placed`,
      ),
    );
    const list = `/talent/years/${year}/placements?page=1&pageSize=25`;
    const reads = [
      { read: 'the grid (nine boxes)', url: `/talent/years/${year}` },
      { read: 'placements, box 9, page 1', url: `${list}&box=9` },
      { read: 'placements, box 9, one OPD', url: `${list}&box=9&unitId=${unitId}` },
      { read: "one person's why", url: `/talent/years/${year}/placements/${employeeId}` },
      { read: 'my talent (the employee)', url: '/talent/me', employee: true },
      {
        read: 'settings effect, cut-offs [30, 60]',
        url: `/policies/${policyId}/versions/${versionId}/talent-settings/effect?year=${year}`,
      },
      {
        read: 'settings effect, also a wider training window',
        url: `/policies/${wider.policyId}/versions/${wider.versionId}/talent-settings/effect?year=${year}`,
      },
      {
        read: 'settings effect, a year not placed',
        url: `/policies/${policyId}/versions/${versionId}/talent-settings/effect?year=${year - 1}`,
      },
    ];
    for (const { read, url, employee } of reads) {
      const t = await timed(runs, () => (employee ? asEmployee : call)('GET', url));
      const body = t.result.json;
      const note =
        'cells' in body
          ? `${n(body.considered)} considered; box 9 ${n(body.cells.find((c: { box: number }) => c.box === 9).count)}; ` +
            `unplaced ${n(body.unplaced.total)} (no JPM ${n(body.unplaced.noJpm)})`
          : 'moved' in body
            ? `${body.basis}: ${n(body.considered)} considered, ${n(body.moved)} move; box 9 ${n(body.before.boxes['9'])} → ${n(body.after.boxes['9'])}`
            : 'total' in body
              ? `${n(body.total)} in the list`
              : 'items' in body
                ? `${body.items.length} year(s), box ${body.items[0]?.box ?? '–'}`
                : `box ${body.box ?? '–'}, ${body.performance.lines.length + body.potential.lines.length} lines`;
      rows.push(timedRead(read, t, LIMIT_MS, note));
    }
    const peakRss = process.resourceUsage().maxRSS / 1024;

    // Where the placement's time goes: its parts as placeYear does them, in a transaction rolled back.
    const parts: Record<string, number> = {};
    let inputRows = 0;
    const part = async <T>(name: string, work: () => Promise<T>) => {
      const t0 = performance.now();
      const value = await work();
      parts[name] = (parts[name] ?? 0) + performance.now() - t0;
      return value;
    };
    try {
      await withTenant(db, tenantId, async (tx) => {
        const settings = DEFAULT_TALENT_SETTINGS;
        const dates = yearDates(year, `${year + 1}-01-01`, settings);
        await part('replace', () =>
          repo.replaceMapping(tx, {
            tenantId,
            year,
            settings,
            settingsVersionId: null,
            considered: 0,
            placed: 0,
            placedBy: null,
            jobId: null,
          }),
        );
        // As placeYear: batches of 2,000 from the cursor; reading is the time outside the batches.
        const t0 = performance.now();
        let inBatches = 0;
        const place = placer(settings, DEFAULT_JPM_THRESHOLDS, dates.reference);
        await repo.eachTalentInputBatch(tx, year, dates.trainingWindow, 2_000, async (batch) => {
          const t1 = performance.now();
          inputRows += batch.length;
          const placed = await part('rules', async () => batch.map(place));
          await part('insert', () => repo.insertPlacements(tx, tenantId, year, placed));
          inBatches += performance.now() - t1;
        });
        parts.inputs = performance.now() - t0 - inBatches;
        await part('recount', () => repo.recountPlaced(tx, year));
        throw new RolledBack();
      });
    } catch (error) {
      if (!(error instanceof RolledBack)) throw error;
    }

    const [one, five, fifteen] = loadavg();
    console.log(
      `\nmachine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}, ` +
        `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average ${one!.toFixed(2)} ${five!.toFixed(2)} ${fifteen!.toFixed(2)}`,
    );
    console.log(
      `where the placement's time goes (one placement, in process, rolled back): what it reads of everyone ` +
        `(eachTalentInputBatch, by cursor) ${ms(parts.inputs!)} (${n(inputRows)} rows); the rules over everyone ` +
        `(placer) ${ms(parts.rules!)}; the year's ` +
        `earlier placements deleted ${ms(parts.replace!)}; the placements inserted in batches of 2,000 ` +
        `${ms(parts.insert!)}; the counts ${ms(parts.recount!)}`,
    );
    console.log(
      `peak RSS before the placement ${Math.round(rssBefore)} MB, after all reads ${Math.round(peakRss)} MB\n`,
    );
    printReads(rows, peakRss, LIMIT_RSS_MB);
  } finally {
    await app?.close();
    await bench.close();
  }
}
