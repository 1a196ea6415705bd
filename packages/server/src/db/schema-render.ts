import type { CatalogueColumn, CatalogueTable } from './schema-catalogue';

/** What the database cannot say about a column: a JSON shape, a narrower TypeScript type, a note. */
export interface ColumnNote {
  /** The whole Kysely column type, used as written. */
  type?: string;
  /** The shape a jsonb column reads as (it is written as a JSON string). */
  json?: string;
  doc?: string;
}

export interface SchemaNotes {
  /** Import lines the notes' types need. */
  imports: string[];
  /** Keyed `table.column`. */
  columns: Record<string, ColumnNote>;
  /** Keyed by table. */
  tables: Record<string, string>;
}

const BASE_TYPES: Record<string, string> = {
  int2: 'number',
  int4: 'number',
  // database.ts parses bigint (and bigint[]) as numbers.
  int8: 'number',
  float4: 'number',
  float8: 'number',
  numeric: 'string',
  text: 'string',
  varchar: 'string',
  bpchar: 'string',
  uuid: 'string',
  bool: 'boolean',
  bytea: 'Buffer',
  // database.ts leaves DATE as its 'YYYY-MM-DD' text.
  date: 'CalendarDate',
};

const pascal = (name: string) => name.replace(/(^|_)([a-z])/g, (_m, _s, c: string) => c.toUpperCase());

function literal(value: string | number): string {
  return typeof value === 'number'
    ? String(value)
    : `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

function columnType(table: string, column: CatalogueColumn, note: ColumnNote | undefined): string {
  if (note?.type) return note.type;
  const orNull = column.nullable ? ' | null' : '';
  if (column.type === 'jsonb' || column.type === 'json') {
    const shape = `${note?.json ?? 'Record<string, unknown>'}${orNull}`;
    const write = `string${orNull}`;
    return `ColumnType<${shape}, ${column.defaulted ? `${write} | undefined` : write}, ${write}>`;
  }
  if (column.type === 'timestamptz' || column.type === 'timestamp') {
    return column.defaulted ? `Generated<Date${orNull}>` : `Timestamp${orNull}`;
  }
  const base = column.allowed ? column.allowed.map(literal).join(' | ') : BASE_TYPES[column.type];
  if (!base)
    throw new Error(`${table}.${column.name}: no TypeScript type for PostgreSQL type ${column.type}`);
  const value = `${column.array ? (column.allowed ? `(${base})[]` : `${base}[]`) : base}${orNull}`;
  return column.defaulted ? `Generated<${value}>` : value;
}

function docComment(text: string, indent: string): string[] {
  const words = text.trim().split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && indent.length + 3 + line.length + word.length + 1 > 100) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  if (lines.length === 1) return [`${indent}/** ${lines[0]} */`];
  return [`${indent}/**`, ...lines.map((l) => `${indent} * ${l}`), `${indent} */`];
}

/** db/schema.ts for the catalogue: one interface per table, and `Database`. */
export function renderSchema(
  catalogue: { tables: CatalogueTable[]; hidden: string[] },
  notes: SchemaNotes,
): string {
  const out = [
    '// Generated from the migrated database by `npm run schema:gen -w @jenjang/server`: do not edit.',
    '// What the database cannot say (JSON shapes, notes) is written in db/schema-notes.ts.',
    ...notes.imports,
    "import type { ColumnType, Generated } from 'kysely';",
    '',
    "/** Calendar dates travel as 'YYYY-MM-DD' strings (see database.ts: DATE is never a JS Date). */",
    'type CalendarDate = string;',
    'type Timestamp = ColumnType<Date, Date | string, Date | string>;',
    '',
  ];
  const used = new Set(Object.keys(notes.columns));
  for (const table of catalogue.tables) {
    const doc = notes.tables[table.name] ?? table.comment;
    if (doc) out.push(...docComment(doc, ''));
    out.push(`export interface ${pascal(table.name)}Table {`);
    for (const column of table.columns) {
      const key = `${table.name}.${column.name}`;
      const note = notes.columns[key];
      used.delete(key);
      const columnDoc = note?.doc ?? column.comment;
      if (columnDoc) out.push(...docComment(columnDoc, '  '));
      out.push(`  ${column.name}: ${columnType(table.name, column, note)};`);
    }
    out.push('}', '');
  }
  if (used.size > 0)
    throw new Error(`schema-notes.ts names columns the database lacks: ${[...used].join(', ')}`);
  out.push(
    ...docComment(
      `Tables the app role cannot read are not here: ${catalogue.hidden.join(', ')} ` +
        '(reached only through their SQL functions, or the migrations’ own).',
      '',
    ),
    'export interface Database {',
    ...catalogue.tables.map((table) => `  ${table.name}: ${pascal(table.name)}Table;`),
    '}',
    '',
  );
  return out.join('\n');
}
