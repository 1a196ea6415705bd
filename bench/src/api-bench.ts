import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import { templateByKey } from '@jenjang/domain/surveys/survey-templates';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { buildApp } from '../../packages/server/src/app';
import { loadConfig } from '../../packages/server/src/config';
import { bootstrapDatabase, type DatabaseUrls } from '../../packages/server/src/db/bootstrap';
import { createPool, type Db, withTenant } from '../../packages/server/src/db/database';
import {
  clusterUrl,
  startEmbeddedPostgres,
  stopEmbeddedPostgres,
} from '../../packages/server/src/db/embedded-postgres';
import { migrate } from '../../packages/server/src/db/migrate';
import type { Database } from '../../packages/server/src/db/schema';
import { hashPassword } from '../../packages/server/src/features/auth/passwords';
import { synthesizeAnswers } from '../../packages/server/src/seed/demo-answers';
import { seededRandom } from '../../packages/server/src/seed/demo-people';
import { load as loadEmployees } from './employees-bench';
import { startServer, stopServer } from './server-process';

export const API_HELP = `Usage: npm run bench -- api [--seconds N] [--rounds N] [--clients N] [--employees N] [--responses N]

What the platform costs per request. The full app (session cookie, CSRF guard, permission, a
transaction with the tenant set for row-level security, zod validation and serialisation) serves
two reads an admin makes, from a process of its own on a fresh embedded PostgreSQL: the Pegawai list
(first page of 25 among N employees) and one public SKM wave's results (R answers). Next to it, in
the same run, a bare Fastify + pg server (bare-server.ts) answers the same URLs by running the same
SQL statements, recorded from the full app's own request, as the superuser, sending their rows as
JSON. Both get the same pool size and the same load: C clients on keep-alive connections, each with
one request in flight; per endpoint, rounds of bare then full (so what else the machine does falls
on both alike), each a 2 s warm-up then N s measured.

Prints requests/s and latency percentiles of both, and the ratios against the targets: full >= 50%
of bare throughput, full p99 <= 3x bare p99. Always exits 0.

Options:
  --seconds N    measured duration of each round, per server and endpoint (default 5)
  --rounds N     rounds per endpoint (default 3)
  --clients N    concurrent clients (default 50)
  --employees N  employees in the government (default 20000)
  --responses N  answers in the wave whose results are read (default 2000)

Environment:
  BENCH_SERVER_NODE_ARGS  flags for the servers' Node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
                          (a CPU profile of each server, written when it stops)
`;

const TARGET_THROUGHPUT = 0.5;
const TARGET_P99 = 3;
const WARMUP_MS = 2_000;
const POOL = 20;
const USERNAME = 'admin.bench';
const PASSWORD = 'bench-password-123';

interface Statement {
  sql: string;
  parameters: unknown[];
}

/**
 * The request's own statements among those a GET ran: the platform's are left to the full app —
 * transaction control, the tenant of a transaction (row-level security), and the transaction that
 * finds the session (the access plugin's, before the route runs).
 */
export function requestStatements(recorded: Statement[]): Statement[] {
  const transactions: Statement[][] = [[]];
  for (const statement of recorded) {
    const text = statement.sql.trim().toLowerCase();
    if (text === 'begin' || text === 'commit' || text === 'rollback') transactions.push([]);
    else if (!text.includes("set_config('jenjang.tenant_id'")) transactions.at(-1)!.push(statement);
  }
  const session = /\bfrom "?session"?|auth_resolve_session\(/i;
  return transactions.filter((t) => !t.some((s) => session.test(s.sql))).flat();
}

/** An admin of the benchmark's government who can sign in, and a public SKM wave with its answers. */
async function prepare(db: Db, urls: DatabaseUrls, employees: number) {
  const { tenantId, unitId } = await loadEmployees(db, urls.ownerUrl, employees);
  const passwordHash = await hashPassword(PASSWORD);
  await withTenant(db, tenantId, (tx) =>
    tx
      .insertInto('account')
      .values({
        tenant_id: tenantId,
        username: USERNAME,
        display_name: 'Admin Uji Beban',
        role: 'admin',
        scope_unit_id: null,
        employee_id: null,
        password_hash: passwordHash,
        password_changed_at: null,
      })
      .execute(),
  );
  return { tenantId, unitId };
}

/** The app in this process on a database whose every statement is recorded: the probe. */
async function probeApp(urls: DatabaseUrls) {
  let recording: Statement[] | null = null;
  const db: Db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: createPool(urls, 4) }),
    log: (event) => {
      if (recording && event.level === 'query')
        recording.push({ sql: event.query.sql, parameters: [...event.query.parameters] });
    },
  });
  const config = { ...loadConfig({ JENJANG_WEB_DIST: '/nonexistent' }), logLevel: 'warn' };
  const app = await buildApp({ config, db });
  await app.ready();
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: USERNAME, password: PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`sign-in failed: ${login.body}`);
  const cookie = `jenjang_session=${login.cookies.find((c) => c.name === 'jenjang_session')!.value}`;
  const headers = { cookie, 'x-csrf-token': login.json().csrfToken as string };
  return {
    async post(url: string, payload?: object) {
      const response = await app.inject({ method: 'POST', url, headers, payload });
      if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
      return response.json();
    },
    /** The statements of one GET, the second time it is asked (caches warm, as under load). */
    async statementsOf(url: string): Promise<Statement[]> {
      await app.inject({ method: 'GET', url, headers });
      recording = [];
      const response = await app.inject({ method: 'GET', url, headers });
      const statements = recording;
      recording = null;
      if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
      return requestStatements(statements);
    },
    async close() {
      await app.close();
      await db.destroy();
    },
  };
}

type Probe = Awaited<ReturnType<typeof probeApp>>;

/** A public SKM wave of `count` answers, closed; its results URL. */
async function skmWave(probe: Probe, superuserUrl: string, tenantId: number, unitId: number, count: number) {
  const instrument = await probe.post('/api/v1/instruments', { templateKey: 'skm' });
  const survey = await probe.post('/api/v1/surveys', {
    instrumentId: instrument.id,
    title: 'SKM Pelayanan Administrasi Kependudukan',
    mode: 'public',
    serviceUnitId: unitId,
    serviceName: 'Pelayanan Administrasi Kependudukan',
  });
  const detail = await probe.post(`/api/v1/surveys/${survey.id}/waves`, {
    label: 'Semester I',
    opensAt: new Date(Date.now() - 86_400_000).toISOString(),
    closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    population: 100_000,
  });
  const waveId = detail.waves[0].id as number;
  await probe.post(`/api/v1/survey-waves/${waveId}/open`);
  // Bulk synthetic answers, released as a batch would be: written directly, as the demo's are.
  const definition = InstrumentDefinition.parse(templateByKey('skm')!.definition);
  const random = seededRandom(8);
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    const answers = Array.from({ length: count }, () =>
      JSON.stringify(synthesizeAnswers(definition, random, { level: 0.75, skipOptional: 0.1 })),
    );
    await client.query(
      `insert into survey_response (tenant_id, wave_id, employee_id, unit_id, answered_on, answers)
       select $1, $2, null, $3, current_date, a::jsonb from unnest($4::text[]) a`,
      [tenantId, waveId, unitId, answers],
    );
  } finally {
    await client.end();
  }
  await probe.post(`/api/v1/survey-waves/${waveId}/close`);
  return `/api/v1/survey-waves/${waveId}/results`;
}

interface Run {
  requests: number;
  errors: number;
  seconds: number;
  latencies: number[];
}

function get(agent: http.Agent, port: number, url: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      { host: '127.0.0.1', port, path: url, agent, headers: { cookie } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
  });
}

const emptyRun = (): Run => ({ requests: 0, errors: 0, seconds: 0, latencies: [] });

/** `clients` loops, each with one request in flight on a keep-alive connection; adds to `run`. */
async function hammer(run: Run, port: number, url: string, cookie: string, clients: number, seconds: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  run.seconds += seconds;
  const measureFrom = performance.now() + WARMUP_MS;
  const end = measureFrom + seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const sent = performance.now();
      const status = await get(agent, port, url, cookie);
      if (sent < measureFrom) continue;
      run.requests++;
      if (status !== 200) run.errors++;
      run.latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  agent.destroy();
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

function summary(run: Run) {
  const sorted = [...run.latencies].sort((a, b) => a - b);
  return {
    rate: run.requests / run.seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    errors: run.errors,
  };
}

function table(rows: string[][]) {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) console.log(`| ${row.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`);
}

export async function runApiBench(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      seconds: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '3' },
      clients: { type: 'string', default: '50' },
      employees: { type: 'string', default: '20000' },
      responses: { type: 'string', default: '2000' },
    },
  });
  const seconds = Number(values.seconds);
  const rounds = Number(values.rounds);
  const clients = Number(values.clients);
  const dir = await mkdtemp(path.join(tmpdir(), 'jenjang-bench-api-'));
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, 'postgres'), port: 0 });
  const superuserUrl = clusterUrl(cluster, 'bench');
  const urls = await bootstrapDatabase(clusterUrl(cluster), { database: 'bench', secret: cluster.password });
  await migrate(urls.ownerUrl);
  const servers: (ChildProcess | undefined)[] = [];
  const setup = new Kysely<Database>({ dialect: new PostgresDialect({ pool: createPool(urls, 4) }) });
  let probe: Probe | undefined;
  try {
    const { tenantId, unitId } = await prepare(setup, urls, Number(values.employees));
    probe = await probeApp(urls);
    const endpoints = {
      'employee list': '/api/v1/employees?page=1&pageSize=25&sort=name',
      'survey results': await skmWave(probe, superuserUrl, tenantId, unitId, Number(values.responses)),
    };
    const statements: Record<string, Statement[]> = {};
    for (const url of Object.values(endpoints)) statements[url] = await probe.statementsOf(url);
    await probe.close();
    probe = undefined;

    const full = await startServer(urls, { BENCH_POOL: String(POOL) });
    servers.push(full.child);
    const bare = await startServer(
      urls,
      {
        BENCH_ROUTES: JSON.stringify(statements),
        BENCH_SUPERUSER_URL: superuserUrl,
        BENCH_POOL: String(POOL),
      },
      'bare-server.ts',
    );
    servers.push(bare.child);
    const cookie = await signIn(full.port);

    console.log(
      `\nmachine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
    );
    console.log(
      `${Number(values.employees).toLocaleString('en')} employees, ${Number(values.responses).toLocaleString('en')} answers; ${clients} clients, pool ${POOL}; ${rounds} rounds of bare then full, each a ${WARMUP_MS / 1000} s warm-up and ${seconds} s measured`,
    );
    const rows = [
      ['endpoint', 'server', 'req/s', 'p50 ms', 'p99 ms', 'non-200', 'ratio', 'target', 'verdict'],
    ];
    for (const [name, url] of Object.entries(endpoints)) {
      console.log(`\n${name}: ${url}, bare runs ${statements[url]!.length} statement(s):`);
      for (const s of statements[url]!) console.log(`  ${s.sql.replace(/\s+/g, ' ').slice(0, 160)}`);
      // Alternated, so a change in what else the machine runs falls on both alike.
      const runs = { bare: emptyRun(), full: emptyRun() };
      for (let round = 0; round < rounds; round++) {
        await hammer(runs.bare, bare.port, url, '', clients, seconds);
        await hammer(runs.full, full.port, url, cookie, clients, seconds);
      }
      const b = summary(runs.bare);
      const f = summary(runs.full);
      const throughput = f.rate / b.rate;
      const tail = f.p99 / b.p99;
      const figures = (s: ReturnType<typeof summary>) => [
        s.rate.toFixed(0),
        s.p50.toFixed(1),
        s.p99.toFixed(1),
        String(s.errors),
      ];
      rows.push([name, 'bare', ...figures(b), '', '', '']);
      rows.push([
        name,
        'full',
        ...figures(f),
        `${(throughput * 100).toFixed(0)}% of req/s`,
        `>= ${TARGET_THROUGHPUT * 100}%`,
        throughput >= TARGET_THROUGHPUT ? 'PASS' : 'FAIL',
      ]);
      rows.push([
        name,
        'full',
        '',
        '',
        '',
        '',
        `${tail.toFixed(2)}x p99`,
        `<= ${TARGET_P99}x`,
        tail <= TARGET_P99 && f.errors === 0 ? 'PASS' : 'FAIL',
      ]);
    }
    console.log('');
    table(rows);
  } finally {
    await probe?.close();
    for (const server of servers) await stopServer(server);
    await setup.destroy();
    await stopEmbeddedPostgres(cluster.dataDir);
    await rm(dir, { recursive: true, force: true });
  }
}

async function signIn(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: USERNAME, password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  return response.headers.get('set-cookie')!.split(';')[0]!;
}
