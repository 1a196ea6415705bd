import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Actor } from '@jenjang/domain/shared/access';
import { sql } from 'kysely';
import { bootstrapDatabase } from '../../packages/server/src/db/bootstrap';
import {
  createDb,
  createPool,
  type Db,
  refreshRegistryStatistics,
  withTenant,
} from '../../packages/server/src/db/database';
import {
  clusterUrl,
  startEmbeddedPostgres,
  stopEmbeddedPostgres,
} from '../../packages/server/src/db/embedded-postgres';
import { migrate } from '../../packages/server/src/db/migrate';
import { withOwner } from '../../packages/server/src/db/owner';
import { listEmployees } from '../../packages/server/src/features/employees/employee.service';

export const EMPLOYEES_HELP = `Usage: npm run bench -- employees [--rows N] [--repeat N] [--limit-ms N]

Loads N employees (default 300000) into one tenant of a fresh embedded PostgreSQL, then times the
Pegawai list queries a user makes (first page, name search, NIP prefix, unit subtree, golongan sort,
a deep page, an atasan's scoped list) through the same service the API uses. Prints p50/p95 per
query against the limit (default 150 ms p95).
`;

/** Units and employees made in SQL: the data only has to be realistic in shape and size. */
export async function load(
  db: Db,
  ownerUrl: string,
  rows: number,
): Promise<{ tenantId: number; unitId: number }> {
  const tenant = await withOwner({ ownerUrl, appUrl: null }, (owner) =>
    owner
      .insertInto('tenant')
      .values({ code: '99.01', slug: 'bench', name: 'Provinsi Uji Beban', kind: 'provinsi' })
      .returning('id')
      .executeTakeFirstOrThrow(),
  );
  const tenantId = tenant.id;
  const unitId = await withTenant(db, tenantId, async (tx) => {
    await sql`insert into unit (tenant_id, parent_id, path, name, kind)
      select ${tenantId}, null, '{}', 'OPD ' || g, 'dinas' from generate_series(1, 40) g`.execute(tx);
    await sql`update unit set path = array[id] where parent_id is null`.execute(tx);
    await sql`insert into unit (tenant_id, parent_id, path, name, kind)
      select ${tenantId}, u.id, '{}', 'Bidang ' || g, 'bidang' from unit u, generate_series(1, 5) g where u.parent_id is null`.execute(
      tx,
    );
    await sql`update unit c set path = p.path || c.id from unit p where c.parent_id = p.id`.execute(tx);
    await sql`insert into employee (tenant_id, nip, employee_type, name, birth_date, sex, golongan, golongan_rank,
        position_kind, unit_id)
      select ${tenantId},
        to_char(date '1965-01-01' + (g % 12000), 'YYYYMMDD') || to_char(1990 + g % 30, 'FM0000') || lpad((1 + g % 12)::text, 2, '0')
          || (1 + g % 2)::text || lpad((g % 999 + 1)::text, 3, '0'),
        case when g % 5 = 0 then 'PPPK' else 'PNS' end,
        (array['Siti','Budi','Ahmad','Dewi','Rina','Hendra','Yusuf','Intan'])[1 + g % 8] || ' ' ||
          (array['Lubis','Siregar','Nasution','Pratama','Wijaya','Hidayat','Saputra','Tanjung','Harahap'])[1 + (g / 8) % 9] || ' ' || g,
        date '1965-01-01' + (g % 12000), case when g % 2 = 0 then 'F' else 'M' end,
        (array['II/c','III/a','III/b','III/c','III/d','IV/a'])[1 + g % 6], 7 + g % 6,
        (array['pelaksana','fungsional','pengawas','administrator'])[1 + g % 4],
        units.ids[1 + g % array_length(units.ids, 1)]
      from generate_series(1, ${rows}) g, (select array_agg(id order by id) as ids from unit) units
      on conflict do nothing`.execute(tx);
    return (
      await tx
        .selectFrom('unit')
        .select('id')
        .where('parent_id', 'is', null)
        .orderBy('id')
        .executeTakeFirstOrThrow()
    ).id;
  });
  await refreshRegistryStatistics(db);
  return { tenantId, unitId };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function runEmployeesBench(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      rows: { type: 'string', default: '300000' },
      repeat: { type: 'string', default: '30' },
      'limit-ms': { type: 'string', default: '150' },
    },
  });
  const rows = Number(values.rows);
  const repeat = Number(values.repeat);
  const limit = Number(values['limit-ms']);
  const dir = await mkdtemp(path.join(tmpdir(), 'jenjang-bench-employees-'));
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, 'postgres'), port: 0 });
  const urls = await bootstrapDatabase(clusterUrl(cluster), { database: 'bench', secret: cluster.password });
  await migrate(urls.ownerUrl);
  const db = createDb(createPool(urls, 4));
  try {
    const started = Date.now();
    const { tenantId, unitId } = await load(db, urls.ownerUrl, rows);
    console.log(
      `loaded ${rows.toLocaleString('en')} employees in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const admin: Actor = { accountId: 1, tenantId, role: 'admin', scopeUnitId: null, employeeId: null };
    const atasan: Actor = { ...admin, role: 'atasan', scopeUnitId: unitId };
    const page = { page: 1, pageSize: 25, sort: 'name' };
    const queries: [string, Actor, Parameters<typeof listEmployees>[2]][] = [
      ['first page, by name', admin, page],
      ['search a name', admin, { ...page, q: 'siti lubis 12' }],
      ['NIP prefix', admin, { ...page, q: '19700' }],
      ['unit subtree', admin, { ...page, unitId }],
      ['golongan, sorted', admin, { ...page, golongan: 'III/b', sort: '-golongan' }],
      ['page 400', admin, { ...page, page: 400 }],
      ['atasan scope', atasan, page],
      [
        'PPPK fungsional',
        admin,
        { ...page, employeeType: 'PPPK', positionKind: 'fungsional', sort: 'birthDate' },
      ],
    ];
    console.log(
      `\n${'query'.padEnd(22)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'total'.padStart(8)}  p95/limit`,
    );
    for (const [label, actor, query] of queries) {
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < repeat; i++) {
        const t0 = performance.now();
        total = (await listEmployees(db, actor, query)).total;
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const p95 = percentile(times, 95);
      const verdict = p95 <= limit ? 'PASS' : 'FAIL';
      console.log(
        `${label.padEnd(22)} ${percentile(times, 50).toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)} ${String(total).padStart(8)}  ${(p95 / limit).toFixed(2)} ${verdict}`,
      );
    }
  } finally {
    await db.destroy();
    await stopEmbeddedPostgres(cluster.dataDir);
    await rm(dir, { recursive: true, force: true });
  }
}
