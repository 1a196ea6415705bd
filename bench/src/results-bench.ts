import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { questionsOf } from '@jenjang/domain/surveys/instrument.rules';
import type { BreakdownBy } from '@jenjang/domain/surveys/survey-report';
import { SKM_ELEMENT_KEYS } from '@jenjang/domain/surveys/survey-templates/skm.template';
import { sql } from 'kysely';
import { bootstrapDatabase, type DatabaseUrls } from '../../packages/server/src/db/bootstrap';
import { createDb, createPool, type Db, withTenant } from '../../packages/server/src/db/database';
import {
  clusterUrl,
  startEmbeddedPostgres,
  stopEmbeddedPostgres,
} from '../../packages/server/src/db/embedded-postgres';
import { migrate } from '../../packages/server/src/db/migrate';
import { withOwner } from '../../packages/server/src/db/owner';
import {
  getWaveResults,
  TEXTS_LISTED,
} from '../../packages/server/src/features/surveys/results/result.service';
import {
  listedTexts,
  waveTallies,
} from '../../packages/server/src/features/surveys/results/result-tally.repository';
import { closeWave } from '../../packages/server/src/features/surveys/surveys/survey.service';
import { systemClock } from '../../packages/server/src/platform/clock';
import { openPublicSkmWave } from './public-skm-wave';

export const RESULTS_HELP = `Usage: npm run bench -- results [--responses N] [--runs N]

A province's public SKM at scale: one wave of the SKM template (nine elements, four profile
questions, a suggestions text) with N released answers, inserted in bulk by PostgreSQL itself
(synthetic, skewed towards satisfied; about one in five writes a suggestion; exactly two name
the occupation "other", so the breakdown by occupation hides that group, covered by the one in
twenty who give no occupation); the database counts them into the wave's tallies as they are
inserted, as it does at every release (migration 0025: this takes a few minutes for a million).
The wave is closed, then the results figures are read through the service the results route
uses (getWaveResults: counts, means, distributions, IKM, profile counts, texts and their words),
whole and with breakdowns by education and by occupation; next to them, one hand-written SQL
aggregate of the same figures (every answer counted per question and value, whole and per group).

Prints the median time of each read, this process's peak RSS, and ratios against the targets:
each read <= 3 s, peak RSS <= 500 MB, each read <= 2x the hand-written SQL. Always exits 0.

Options:
  --responses N  released answers in the wave (default 1000000)
  --runs N       reads of each kind, the median reported (default 3)
`;

const TARGET_MS = 3_000;
const TARGET_RSS_MB = 500;
const TARGET_RATIO = 2;

async function prepare(db: Db, urls: DatabaseUrls) {
  return openPublicSkmWave(db, urls, {
    tenant: { code: '31.00', slug: 'bench-results', name: 'Provinsi Uji', kind: 'provinsi' },
    unitName: 'Dinas Dukcapil',
    waveLabel: 'Semester I',
    population: 10_000_000,
  });
}

const ELEMENTS = SKM_ELEMENT_KEYS;

/**
 * N synthetic answers straight into survey_response, as PostgreSQL generates them (so this process
 * never holds them): ratings mostly 3 and 4, profiles spread unevenly, texts from a small pool.
 */
async function insertAnswers(
  urls: DatabaseUrls,
  ids: { tenantId: number; unitId: number; waveId: number },
  n: number,
) {
  const rating = sql`(array[1,2,2,3,3,3,3,3,4,4,4,4])[1 + floor(random() * 12)::int]`;
  const ratings = ELEMENTS.map((key) => sql`${key}::text, ${rating}`);
  const batch = 250_000;
  await withOwner(urls, async (owner) => {
    for (let from = 1; from <= n; from += batch) {
      const to = Math.min(n, from + batch - 1);
      await owner.transaction().execute(async (tx) => {
        await sql`select set_config('jenjang.tenant_id', ${String(ids.tenantId)}, true)`.execute(tx);
        await sql`
          insert into survey_response (tenant_id, wave_id, unit_id, answered_on, answers)
          select ${ids.tenantId}, ${ids.waveId}, ${ids.unitId}, current_date, jsonb_strip_nulls(jsonb_build_object(
            'sex', (array['male','female'])[1 + floor(random() * 2)::int],
            'age_band', (array['under_20','age_20_29','age_30_39','age_40_49','age_50_59','age_60_over'])[1 + floor(random() * 6)::int],
            'education', (array['primary_or_less','junior_secondary','senior_secondary','senior_secondary','diploma','bachelor','bachelor','postgraduate'])[1 + floor(random() * 8)::int],
            'occupation', case when i <= 2 then 'other'
              when random() < 0.05 then null
              else (array['civil_servant','private_employee','self_employed','student'])[1 + floor(random() * 4)::int] end,
            ${sql.join(ratings)},
            'suggestions', case when random() < 0.2 then
              (array['Antrean terlalu lama di loket','Petugas ramah dan cepat','Ruang tunggu panas, mohon AC',
                     'Persyaratan kurang jelas di website','Pelayanan sudah baik','Biaya tidak transparan',
                     'Perlu lebih banyak kursi','Sistem antrean online sering error'])[1 + floor(random() * 8)::int]
              || ' (' || i::text || ')' end
          ))
          from generate_series(${from}::int, ${to}::int) as i`.execute(tx);
      });
    }
    await sql`analyze survey_response`.execute(owner);
  });
}

/**
 * The same figures in one hand-written statement: every answer of the wave counted per question and
 * value, over the whole wave and per group of the breakdown, and the suggestions counted.
 */
async function handWritten(db: Db, tenantId: number, waveId: number, by: BreakdownBy | null) {
  return withTenant(db, tenantId, async (tx) => {
    const group = by === null ? sql`null::text` : sql`r.answers ->> ${by === 'ageBand' ? 'age_band' : by}`;
    return (
      await sql`
        select grouping(grp.g) as whole, grp.g, e.key, e.value, count(*)::int as n
        from survey_response r cross join lateral (select ${group} as g) grp
          cross join lateral jsonb_each(r.answers) e
        where r.wave_id = ${waveId} and e.key <> 'suggestions'
        group by grouping sets ((e.key, e.value), (grp.g, e.key, e.value))
        union all
        select 1, null, 'suggestions', null, count(*)::int from survey_response
        where wave_id = ${waveId} and answers ? 'suggestions'`.execute(tx)
    ).rows.length;
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times);
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const ms = (value: number) => `${Math.round(value)} ms`;

export async function runResultsBench(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { responses: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '3' } },
  });
  const responses = Number(values.responses);
  const runs = Number(values.runs);
  const dir = await mkdtemp(path.join(tmpdir(), 'jenjang-bench-results-'));
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, 'postgres'), port: 0 });
  const urls = await bootstrapDatabase(clusterUrl(cluster), { database: 'bench', secret: cluster.password });
  await migrate(urls.ownerUrl);
  const db = createDb(createPool(urls, 4));
  try {
    const { actor, tenantId, unitId, waveId } = await prepare(db, urls);
    let started = performance.now();
    await insertAnswers(urls, { tenantId, unitId, waveId }, responses);
    console.log(`${responses} answers inserted in ${ms(performance.now() - started)}`);
    await closeWave(db, actor, waveId, systemClock.now());
    const rssBefore = process.resourceUsage().maxRSS / 1024;
    started = performance.now();
    const first = await getWaveResults(db, actor, waveId, undefined, systemClock.now());
    console.log(`first read (cold): ${ms(performance.now() - started)}; ${first.report.responses} responses`);
    const rows: { read: string; service: number; sql: number }[] = [];
    for (const by of [null, 'education', 'occupation'] as const) {
      const service = await timed(runs, () =>
        getWaveResults(db, actor, waveId, by ?? undefined, systemClock.now()),
      );
      const hand = await timed(runs, () => handWritten(db, tenantId, waveId, by));
      rows.push({ read: by === null ? 'whole wave' : `breakdown by ${by}`, service, sql: hand });
    }
    const questions = questionsOf(first.definition);
    const parts = {
      counts: await timed(runs, () => withTenant(db, tenantId, (tx) => waveTallies(tx, waveId, questions))),
      texts: await timed(runs, () =>
        withTenant(db, tenantId, (tx) => listedTexts(tx, waveId, 'suggestions', TEXTS_LISTED)),
      ),
    };
    console.log(
      `where the time goes (whole wave): counting ${ms(parts.counts)}, listing ${TEXTS_LISTED} texts ${ms(parts.texts)}`,
    );
    const check = await getWaveResults(db, actor, waveId, 'occupation', systemClock.now());
    const peakRss = process.resourceUsage().maxRSS / 1024;
    console.log(
      `\nmachine: ${cpus().length} cores (${cpus()[0]?.model.split(' ')[0] ?? '?'}), node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
    );
    console.log(
      `wave: ${check.report.responses} responses, IKM ${check.report.ikm?.ikm ?? '–'}, occupation groups shown ${check.report.breakdown?.groups.length ?? 0}, hidden ${check.report.breakdown?.hiddenGroups ?? 0}`,
    );
    console.log(`peak RSS before the reads ${Math.round(rssBefore)} MB, after ${Math.round(peakRss)} MB`);
    console.log(
      '| read                     | service  | hand-written SQL | time limit | ratio to SQL | verdict |',
    );
    for (const row of rows) {
      const ratio = row.service / row.sql;
      console.log(
        `| ${row.read.padEnd(24)} | ${ms(row.service).padStart(8)} | ${ms(row.sql).padStart(16)} | <= 3000 ms | ${ratio.toFixed(3).padStart(12)} | ${verdict(row.service <= TARGET_MS && ratio <= TARGET_RATIO)}    |`,
      );
    }
    console.log(
      `| peak RSS                 | ${`${Math.round(peakRss)} MB`.padStart(8)} |                  | <= ${TARGET_RSS_MB} MB  | ${(peakRss / TARGET_RSS_MB).toFixed(2).padStart(12)} | ${verdict(peakRss <= TARGET_RSS_MB)}    |`,
    );
  } finally {
    await db.destroy();
    await stopEmbeddedPostgres(cluster.dataDir);
    await rm(dir, { recursive: true, force: true });
  }
}
