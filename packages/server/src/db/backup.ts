import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

/**
 * A logical backup of one database: every table of the public schema as COPY text, read in one
 * REPEATABLE READ transaction (a consistent snapshot while the app keeps running), gzip-framed
 * as `header line, then per table: a JSON line and its COPY data`. Text COPY is independent of
 * the PostgreSQL version and the machine, so the file restores on a new machine.
 */
export interface BackupHeader {
  format: 'jenjang-backup';
  version: 1;
  createdAt: string;
  migrations: string[];
  tables: string[];
}

export async function tablesInOrder(client: pg.Client): Promise<string[]> {
  // Parents before children, following foreign keys, so a restore can load in this order.
  const result = await client.query<{ table_name: string }>(`
    with recursive deps as (
      select c.oid, c.relname::text as table_name, 0 as depth
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
      union all
      select con.conrelid, cl.relname::text, d.depth + 1
      from deps d join pg_constraint con on con.confrelid = d.oid and con.contype = 'f' and con.conrelid <> d.oid
      join pg_class cl on cl.oid = con.conrelid
    )
    select table_name from deps group by table_name order by max(depth), table_name`);
  return result.rows.map((r) => r.table_name);
}

export async function backupDatabase(superuserUrl: string, file: string): Promise<BackupHeader> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  const gzip = createGzip();
  const output = pipeline(gzip, createWriteStream(file, { mode: 0o600 }));
  try {
    await client.query('begin isolation level repeatable read read only');
    const tables = (await tablesInOrder(client)).filter((t) => t !== 'schema_migration');
    const migrations = (
      await client.query<{ name: string }>('select name from schema_migration order by name')
    ).rows;
    const header: BackupHeader = {
      format: 'jenjang-backup',
      version: 1,
      createdAt: new Date().toISOString(),
      migrations: migrations.map((m) => m.name),
      tables,
    };
    gzip.write(`H ${JSON.stringify(header)}\n`);
    for (const table of tables) {
      gzip.write(`T ${JSON.stringify({ table })}\n`);
      const stream = client.query(copyTo(`copy ${client.escapeIdentifier(table)} to stdout`));
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        gzip.write(`D ${chunk.length}\n`);
        if (!gzip.write(chunk)) await once(gzip, 'drain');
      }
      gzip.write('E\n');
    }
    await client.query('commit');
    gzip.end();
    await output;
    return header;
  } catch (error) {
    gzip.destroy();
    throw error;
  } finally {
    await client.end();
  }
}

type Section =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'table'; table: string }
  | { kind: 'data'; data: Buffer }
  | { kind: 'end' };

/** Reads the frames back: `H json`, then per table `T json`, `D length` + bytes (repeated), `E`. */
async function* readSections(file: string): AsyncGenerator<Section> {
  let buffer: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(file).pipe(createGunzip())) {
    buffer = buffer.length === 0 ? (chunk as Buffer) : Buffer.concat([buffer, chunk as Buffer]);
    for (;;) {
      const newline = buffer.indexOf(10);
      if (newline < 0) break;
      const line = buffer.subarray(0, newline).toString('utf8');
      const kind = line[0];
      if (kind === 'D') {
        const length = Number(line.slice(2));
        if (buffer.length < newline + 1 + length) break;
        yield { kind: 'data', data: buffer.subarray(newline + 1, newline + 1 + length) };
        buffer = buffer.subarray(newline + 1 + length);
        continue;
      }
      buffer = buffer.subarray(newline + 1);
      if (kind === 'H') yield { kind: 'header', header: JSON.parse(line.slice(2)) as BackupHeader };
      else if (kind === 'T')
        yield { kind: 'table', table: (JSON.parse(line.slice(2)) as { table: string }).table };
      else if (kind === 'E') yield { kind: 'end' };
      else throw new Error('Not a Jenjang backup file');
    }
  }
}

export async function readBackupHeader(file: string): Promise<BackupHeader> {
  for await (const section of readSections(file)) {
    if (section.kind === 'header' && section.header.format === 'jenjang-backup') return section.header;
    break;
  }
  throw new Error('Not a Jenjang backup file');
}

/**
 * Loads a backup into an empty, freshly migrated database (same migrations as the backup); the rows
 * migrations wrote there are replaced by the backup's.
 * Runs as a superuser with triggers and foreign-key checks deferred (session_replication_role),
 * then moves every identity sequence past the restored ids.
 */
export async function restoreDatabase(superuserUrl: string, file: string): Promise<BackupHeader> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  let header: BackupHeader | null = null;
  let copy: ReturnType<typeof copyFrom> | null = null;
  let finished: Promise<unknown> | null = null;
  try {
    await client.query('begin');
    await client.query("set local session_replication_role = 'replica'");
    for await (const section of readSections(file)) {
      if (section.kind === 'header') {
        header = section.header;
        if (header.format !== 'jenjang-backup' || header.version !== 1)
          throw new Error('Not a Jenjang backup file');
        const applied = (
          await client.query<{ name: string }>('select name from schema_migration order by name')
        ).rows;
        if (applied.map((m) => m.name).join() !== header.migrations.join()) {
          throw new Error("The target database is not at the backup's migration level");
        }
      } else if (section.kind === 'table') {
        // What the migrations themselves wrote (reference data such as the competency dictionary)
        // is in the backup too: the backup's rows replace it.
        await client.query(`delete from ${client.escapeIdentifier(section.table)}`);
        copy = client.query(copyFrom(`copy ${client.escapeIdentifier(section.table)} from stdin`));
        finished = once(copy, 'finish');
      } else if (section.kind === 'data' && copy) {
        if (!copy.write(section.data)) await once(copy, 'drain');
      } else if (section.kind === 'end' && copy) {
        copy.end();
        await finished;
        copy = null;
      }
    }
    if (!header) throw new Error('Empty backup file');
    await client.query(`
      do $$ declare r record; begin
        for r in select c.relname as tbl, a.attname as col, pg_get_serial_sequence(quote_ident(c.relname), a.attname) as seq
                 from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and a.attidentity <> '' loop
          execute format('select setval(%L, coalesce((select max(%I) from %I), 0) + 1, false)', r.seq, r.col, r.tbl);
        end loop;
      end $$`);
    await client.query('commit');
    return header;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
