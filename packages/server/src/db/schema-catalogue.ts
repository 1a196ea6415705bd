import type pg from 'pg';
import { APP_ROLE } from './bootstrap';

/** One column as the migrated database declares it. */
export interface CatalogueColumn {
  name: string;
  /** pg_type.typname of the column, or of its elements for an array (`int8` for bigint[]). */
  type: string;
  array: boolean;
  nullable: boolean;
  /** A default or an identity: inserts may leave it out. */
  defaulted: boolean;
  /** The values a single-column CHECK (col IN (…), optionally OR col IS NULL) allows. */
  allowed: (string | number)[] | null;
  comment: string | null;
}

export interface CatalogueTable {
  name: string;
  comment: string | null;
  columns: CatalogueColumn[];
}

/**
 * The tables the app role may read, with their columns in declaration order (what Kysely queries
 * reach); tables only the definer functions read (the survey inbox, ballots, devices) and the
 * migrations' own bookkeeping are left out, and listed in `hidden`.
 */
export async function readCatalogue(
  client: pg.Client,
): Promise<{ tables: CatalogueTable[]; hidden: string[] }> {
  const relations = await client.query<{ name: string; readable: boolean; comment: string | null }>(
    `select c.relname as name, has_table_privilege($1, c.oid, 'select') as readable,
            obj_description(c.oid, 'pg_class') as comment
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
     order by c.relname`,
    [APP_ROLE],
  );
  const columns = await client.query<CatalogueColumn & { table: string }>(
    `select c.relname as table, a.attname as name,
            coalesce(element.typname, t.typname) as type, element.oid is not null as array,
            not a.attnotnull as nullable, (a.atthasdef or a.attidentity <> '') as defaulted,
            col_description(c.oid, a.attnum) as comment, null as allowed
     from pg_class c
     join pg_namespace n on n.oid = c.relnamespace
     join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
     join pg_type t on t.oid = a.atttypid
     left join pg_type element on element.oid = t.typelem and t.typcategory = 'A'
     where n.nspname = 'public' and c.relkind in ('r', 'p')
     order by c.relname, a.attnum`,
  );
  const checks = await client.query<{ table: string; column: string; definition: string }>(
    `select c.relname as table, a.attname as column, pg_get_constraintdef(k.oid) as definition
     from pg_constraint k
     join pg_class c on c.oid = k.conrelid
     join pg_namespace n on n.oid = c.relnamespace
     join pg_attribute a on a.attrelid = c.oid and a.attnum = k.conkey[1]
     where n.nspname = 'public' and k.contype = 'c' and cardinality(k.conkey) = 1`,
  );
  const tables: CatalogueTable[] = [];
  for (const relation of relations.rows.filter((r) => r.readable)) {
    const own = columns.rows.filter((c) => c.table === relation.name);
    tables.push({
      name: relation.name,
      comment: relation.comment,
      columns: own.map(({ table: _table, ...column }) => ({
        ...column,
        allowed: allowedValues(
          column.name,
          checks.rows.filter((k) => k.table === relation.name && k.column === column.name),
        ),
      })),
    });
  }
  return { tables, hidden: relations.rows.filter((r) => !r.readable).map((r) => r.name) };
}

/**
 * The values of a check `col = ANY (ARRAY[…])` (how PostgreSQL prints `col in (…)`), alone or
 * `col IS NULL OR …`; several such checks intersect. Anything else leaves the column's base type.
 */
export function allowedValues(column: string, checks: { definition: string }[]): (string | number)[] | null {
  let allowed: (string | number)[] | null = null;
  const name = column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const inList = new RegExp(
    `^CHECK \\(+(?:${name} IS NULL\\) OR \\(+)?\\(?${name}(?:\\)?::text)? = ANY \\(+ARRAY\\[(.*)\\]\\)+$`,
  );
  for (const { definition } of checks) {
    const match = inList.exec(definition);
    if (!match?.[1]) continue;
    const values = match[1].split(', ').map((item) => {
      const text = /^\(?'((?:[^']|'')*)'::(?:text|bpchar|character varying)\)?$/.exec(item);
      if (text?.[1] !== undefined) return text[1].replaceAll("''", "'");
      const number = Number(item);
      return Number.isFinite(number) && item.trim() !== '' ? number : null;
    });
    if (values.some((value) => value === null)) continue;
    const found = values as (string | number)[];
    allowed = allowed === null ? found : allowed.filter((value) => found.includes(value));
  }
  return allowed;
}
