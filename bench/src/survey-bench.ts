import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import { templateByKey } from '@jenjang/domain/surveys/survey-templates';
import { sql } from 'kysely';
import { bootstrapDatabase, type DatabaseUrls } from '../../packages/server/src/db/bootstrap';
import { createDb, createPool, type Db, withTenant } from '../../packages/server/src/db/database';
import {
  clusterUrl,
  startEmbeddedPostgres,
  stopEmbeddedPostgres,
} from '../../packages/server/src/db/embedded-postgres';
import { migrate } from '../../packages/server/src/db/migrate';
import { synthesizeAnswers } from '../../packages/server/src/seed/demo-answers';
import { seededRandom } from '../../packages/server/src/seed/demo-people';
import { openPublicSkmWave } from './public-skm-wave';
import { startServer, stopServer } from './server-process';

export const SURVEY_HELP = `Usage: npm run bench -- survey [--seconds N] [--clients N] [--addresses N]

Public SKM answers from concurrent clients on loopback, against the real server in a process of
its own on a fresh embedded PostgreSQL. Each answer comes from a new device (its own cookie) and
the clients spread over many loopback addresses (127.x.y.z), as citizens at many counters would,
so the per-address rate limit applies as configured, unchanged. After the run it closes the wave
(its waiting answers, from as many networks as addresses, are released then, or withheld) and
compares released plus withheld with the accepted answers (nothing lost, nothing doubled).

Prints sustained responses/s and latency percentiles against the targets: >= 1000 responses/s
with p99 <= 50 ms. Always exits 0.

Options:
  --seconds N    measured duration after a 3 s warm-up (default 20)
  --clients N    concurrent clients, each with one request in flight (default 32)
  --addresses N  loopback source addresses to spread over (default 2000)
`;

const TARGET_RATE = 1000;
const TARGET_P99_MS = 50;
const WARMUP_MS = 3_000;

async function prepare(db: Db, urls: DatabaseUrls) {
  const { tenantId, waveId, code } = await openPublicSkmWave(db, urls, {
    tenant: { code: '61.71', slug: 'bench-skm', name: 'Kota Uji SKM', kind: 'kota' },
    unitName: 'Dinas Kependudukan dan Pencatatan Sipil',
    waveLabel: 'Beban uji',
    population: 100_000,
  });
  return { tenantId, waveId, code };
}

/** The i-th of `count` loopback addresses: 127.1.0.1, 127.1.0.2, … */
function address(i: number): string {
  const n = 65_536 + i + 1;
  return `127.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

interface Tally {
  accepted: number;
  statuses: Map<number, number>;
  latencies: number[];
  measuredAccepted: number;
}

function post(agent: http.Agent, port: number, pathName: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathName,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          // A new device each time: a different citizen.
          cookie: `jenjang_device=${randomBytes(18).toString('base64url')}`,
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function load(
  port: number,
  code: string,
  options: { seconds: number; clients: number; addresses: number },
) {
  const definition = InstrumentDefinition.parse(templateByKey('skm')!.definition);
  const random = seededRandom(99);
  const bodies = Array.from({ length: 2_000 }, () =>
    JSON.stringify({ answers: synthesizeAnswers(definition, random, { level: 0.75, skipOptional: 0.1 }) }),
  );
  const agents = Array.from(
    { length: options.addresses },
    (_, i) => new http.Agent({ keepAlive: true, maxSockets: 1, localAddress: address(i) }),
  );
  const tally: Tally = { accepted: 0, statuses: new Map(), latencies: [], measuredAccepted: 0 };
  const start = performance.now();
  const measureFrom = start + WARMUP_MS;
  const end = measureFrom + options.seconds * 1000;
  let next = 0;
  const pathName = `/api/v1/public/surveys/${code}/responses`;
  const client = async () => {
    while (performance.now() < end) {
      const i = next++;
      const sent = performance.now();
      const status = await post(agents[i % agents.length]!, port, pathName, bodies[i % bodies.length]!);
      const done = performance.now();
      tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
      if (status === 201) tally.accepted++;
      if (sent >= measureFrom) {
        tally.latencies.push(done - sent);
        if (status === 201) tally.measuredAccepted++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  for (const agent of agents) agent.destroy();
  return { tally, measuredSeconds: options.seconds };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export async function runSurveyBench(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      seconds: { type: 'string', default: '20' },
      clients: { type: 'string', default: '32' },
      addresses: { type: 'string', default: '2000' },
    },
  });
  const options = {
    seconds: Number(values.seconds),
    clients: Number(values.clients),
    addresses: Number(values.addresses),
  };
  const dir = await mkdtemp(path.join(tmpdir(), 'jenjang-bench-survey-'));
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, 'postgres'), port: 0 });
  let server: ChildProcess | undefined;
  const urls = await bootstrapDatabase(clusterUrl(cluster), { database: 'bench', secret: cluster.password });
  await migrate(urls.ownerUrl);
  const db = createDb(createPool(urls, 4));
  try {
    const { tenantId, waveId, code } = await prepare(db, urls);
    const started = await startServer(urls);
    server = started.child;
    console.log(
      `server on 127.0.0.1:${started.port}; ${options.clients} clients over ${options.addresses} addresses, 3 s warm-up, ${options.seconds} s measured`,
    );
    const { tally, measuredSeconds } = await load(started.port, code, options);
    // Public answers wait for their scheduled release (migration 0017): the close releases them
    // (k distinct networks), or withholds them; either way each accepted answer is counted once.
    const stored = await withTenant(db, tenantId, async (tx) => {
      const withheld = (
        await sql<{ n: number }>`select survey_finalize(${waveId}::bigint, true) as n`.execute(tx)
      ).rows[0]!.n;
      const released = (
        await sql<{
          n: number;
        }>`select count(*)::int as n from survey_response where wave_id = ${waveId}`.execute(tx)
      ).rows[0]!.n;
      return released + withheld;
    });
    report(tally, measuredSeconds, stored);
  } finally {
    await stopServer(server);
    await db.destroy();
    await stopEmbeddedPostgres(cluster.dataDir);
    await rm(dir, { recursive: true, force: true });
  }
}

function report(tally: Tally, seconds: number, stored: number) {
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  const rate = tally.measuredAccepted / seconds;
  const p99 = percentile(sorted, 99);
  const statuses = [...tally.statuses].map(([status, count]) => `${status}: ${count}`).join(', ');
  console.log(
    `\nmachine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
  );
  console.log(`responses by status: ${statuses}`);
  console.log(
    `latency ms: p50 ${percentile(sorted, 50).toFixed(1)}, p95 ${percentile(sorted, 95).toFixed(1)}, p99 ${p99.toFixed(1)}, max ${sorted.at(-1)?.toFixed(1)}`,
  );
  const rows = [
    ['target', 'measured', 'limit', 'ratio', 'verdict'],
    [
      'accepted responses/s',
      rate.toFixed(0),
      `>= ${TARGET_RATE}`,
      (rate / TARGET_RATE).toFixed(2),
      rate >= TARGET_RATE ? 'PASS' : 'FAIL',
    ],
    [
      'p99 latency',
      `${p99.toFixed(1)} ms`,
      `<= ${TARGET_P99_MS} ms`,
      (p99 / TARGET_P99_MS).toFixed(2),
      p99 <= TARGET_P99_MS ? 'PASS' : 'FAIL',
    ],
    [
      'stored = accepted',
      `${stored} = ${tally.accepted}`,
      'equal',
      '',
      stored === tally.accepted ? 'PASS' : 'FAIL',
    ],
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) console.log(`| ${row.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`);
}
