import { formatNip } from '@jenjang/domain/people/nip.rules';
import { sql } from 'kysely';
import type { Tx } from '../../db/database';

/** What an audit entry is about: its kind and id as the entry names them. */
export interface SubjectRef {
  entity: string;
  entityId: string | null;
}

export interface Subject {
  /** The unit path of the thing (an account's scope unit, else its employee's unit); null: the whole government. */
  unitPath: number[] | null;
  /** How a person reads it: "Budi Santoso (budi.s)", "Dinas Pendidikan", a survey's title. */
  name: string | null;
}

export const subjectKey = (ref: SubjectRef) => `${ref.entity}:${ref.entityId ?? ''}`;

type Lookup = (tx: Tx, ids: number[]) => Promise<{ id: number; name: string; path: number[] | null }[]>;

const fullName = (e: { name: string; front_title: string | null; back_title: string | null }) =>
  [e.front_title, e.name].filter(Boolean).join(' ') + (e.back_title ? `, ${e.back_title}` : '');

// One query per kind for any number of ids. Survey answers (survey_response) are never looked up:
// an answer is not about anyone an entry may name. A questionnaire, survey or wave sits where its
// owner unit is (one made by an OPD-scoped admin, migration 0011), else with the whole government.
const LOOKUPS: Record<string, Lookup> = {
  account: async (tx, ids) =>
    (
      await tx
        .selectFrom('account as a')
        .leftJoin('unit as su', 'su.id', 'a.scope_unit_id')
        .leftJoin('employee as e', 'e.id', 'a.employee_id')
        .leftJoin('unit as eu', 'eu.id', 'e.unit_id')
        .select([
          'a.id',
          'a.display_name',
          'a.username',
          sql<number[] | null>`coalesce(su.path, eu.path)`.as('path'),
        ])
        .where('a.id', 'in', ids)
        .execute()
    ).map((r) => ({ id: r.id, name: `${r.display_name} (${r.username})`, path: r.path })),
  employee: async (tx, ids) =>
    (
      await tx
        .selectFrom('employee as e')
        .leftJoin('unit as u', 'u.id', 'e.unit_id')
        .select(['e.id', 'e.name', 'e.front_title', 'e.back_title', 'e.nip', 'u.path'])
        .where('e.id', 'in', ids)
        .execute()
    ).map((r) => ({ id: r.id, name: `${fullName(r)} · NIP ${formatNip(r.nip)}`, path: r.path })),
  unit: async (tx, ids) =>
    tx.selectFrom('unit').select(['id', 'name', 'path']).where('id', 'in', ids).execute(),
  position: async (tx, ids) =>
    (await tx.selectFrom('position').select(['id', 'name']).where('id', 'in', ids).execute()).map((r) => ({
      ...r,
      path: null,
    })),
  tenant: async (tx, ids) =>
    (await tx.selectFrom('tenant').select(['id', 'name']).where('id', 'in', ids).execute()).map((r) => ({
      ...r,
      path: null,
    })),
  instrument: async (tx, ids) =>
    (
      await tx
        .selectFrom('instrument as i')
        .leftJoin('unit as u', 'u.id', 'i.owner_unit_id')
        .select(['i.id', 'i.title', 'u.path'])
        .where('i.id', 'in', ids)
        .execute()
    ).map((r) => ({ id: r.id, name: r.title, path: r.path })),
  survey: async (tx, ids) =>
    (
      await tx
        .selectFrom('survey as s')
        .leftJoin('unit as u', 'u.id', 's.owner_unit_id')
        .select(['s.id', 's.title', 'u.path'])
        .where('s.id', 'in', ids)
        .execute()
    ).map((r) => ({ id: r.id, name: r.title, path: r.path })),
  survey_wave: async (tx, ids) =>
    (
      await tx
        .selectFrom('survey_wave as w')
        .innerJoin('survey as s', 's.id', 'w.survey_id')
        .leftJoin('unit as u', 'u.id', 's.owner_unit_id')
        .select(['w.id', 's.title', 'w.label', 'u.path'])
        .where('w.id', 'in', ids)
        .execute()
    ).map((r) => ({ id: r.id, name: `${r.title} — ${r.label}`, path: r.path })),
  // A policy is the whole government's, whichever unit owns it.
  policy: async (tx, ids) =>
    (await tx.selectFrom('policy').select(['id', 'title']).where('id', 'in', ids).execute()).map((r) => ({
      id: r.id,
      name: r.title,
      path: null,
    })),
  // The Forum Diskusi ASN is the whole government's event.
  forum: async (tx, ids) =>
    (await tx.selectFrom('forum').select(['id', 'title']).where('id', 'in', ids).execute()).map((r) => ({
      id: r.id,
      name: r.title,
      path: null,
    })),
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Jobs are named by their file (an import) or their kind; they belong to the whole government. */
async function describeJobs(tx: Tx, ids: string[]) {
  const rows = await tx
    .selectFrom('job')
    .select(['id', 'kind', sql<string | null>`input->>'name'`.as('file')])
    .where('id', 'in', ids)
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.file ?? r.kind, path: null }));
}

/**
 * Names and unit paths of the things entries are about, as they are now, by `subjectKey`. A thing
 * that no longer exists (or a kind nobody names) is missing from the map.
 */
export async function describeSubjects(tx: Tx, refs: readonly SubjectRef[]): Promise<Map<string, Subject>> {
  const found = new Map<string, Subject>();
  const byKind = new Map<string, Set<string>>();
  for (const ref of refs) {
    if (ref.entityId === null) continue;
    const ids = byKind.get(ref.entity) ?? new Set<string>();
    ids.add(ref.entityId);
    byKind.set(ref.entity, ids);
  }
  for (const [entity, idSet] of byKind) {
    const ids = [...idSet];
    let rows: { id: number | string; name: string; path: number[] | null }[] = [];
    if (entity === 'job') {
      const uuids = ids.filter((id) => UUID.test(id));
      if (uuids.length > 0) rows = await describeJobs(tx, uuids);
    } else {
      const lookup = LOOKUPS[entity];
      const numeric = ids.filter((id) => /^\d{1,15}$/.test(id)).map(Number);
      if (lookup && numeric.length > 0) rows = await lookup(tx, numeric);
    }
    for (const row of rows) {
      const unitPath = row.path && row.path.length > 0 ? row.path : null;
      found.set(subjectKey({ entity, entityId: String(row.id) }), { name: row.name, unitPath });
    }
  }
  return found;
}
