// The organisation tree of a government: perangkat daerah (OPD: dinas, badan, kecamatan…) with
// their bidang, seksi and UPT below (DOMAIN.md §2). Every unit stores `path`, the unit ids from
// the root down to itself, so a subtree is one indexed lookup; these rules keep paths, moves and
// closures consistent. They are pure: the service reads the units, asks here, then writes.

import { addYears } from '../shared/calendar-date';

/**
 * Kinds of unit. Permendagri 99/2018 names the perangkat daerah (sekretariat daerah and DPRD,
 * inspektorat, dinas, badan, kecamatan) and their inner units (bagian, subbagian, bidang, seksi,
 * UPT); kelurahan sit under a kecamatan; DKI Jakarta adds suku dinas and administrative cities.
 * 'opd' and 'unit' are what an import gives units it creates by name alone.
 */
export const UNIT_KINDS = [
  'opd',
  'sekretariat',
  'inspektorat',
  'dinas',
  'badan',
  'kecamatan',
  'kelurahan',
  'rsud',
  'sudin',
  'kota_administrasi',
  'kabupaten_administrasi',
  'bagian',
  'subbagian',
  'bidang',
  'seksi',
  'upt',
  'unit',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export function isUnitKind(value: unknown): value is UnitKind {
  return typeof value === 'string' && (UNIT_KINDS as readonly string[]).includes(value);
}

/** What an import calls a unit it creates from a name alone: OPD at the top, 'unit' below. */
export function defaultUnitKind(depth: number): UnitKind {
  return depth <= 1 ? 'opd' : 'unit';
}

export const UNIT_NAME_MAX = 150;

/** A unit name as stored: spaces collapsed and trimmed, so 'Dinas  Sosial ' equals 'Dinas Sosial'. */
export function normalizeUnitName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/** Names compare case-insensitively among siblings (the unit_name_per_parent index). */
export function sameUnitName(a: string, b: string): boolean {
  return normalizeUnitName(a).toLowerCase() === normalizeUnitName(b).toLowerCase();
}

export interface TreeUnit {
  id: number;
  parentId: number | null;
  /** Unit ids from the root down to this unit, itself last. */
  path: readonly number[];
  /** The day its closure took effect, or null while it is open. */
  closedOn: string | null;
}

/** Closed on `today` (a 'YYYY-MM-DD' in the government's zone) when its closure took effect by then. */
export function isClosed(unit: Pick<TreeUnit, 'closedOn'>, today: string): boolean {
  return unit.closedOn !== null && unit.closedOn <= today;
}

/** Whether `unit` lies in the subtree of `root` (itself included). */
export function isInSubtree(unit: Pick<TreeUnit, 'path'>, rootId: number): boolean {
  return unit.path.includes(rootId);
}

/**
 * A unit's path after its subtree moved: the moved unit's new parent path, then the part of the
 * old path from the moved unit down. The database applies the same formula to the whole subtree
 * in one statement (unit.repository.ts, moveSubtree).
 */
export function movedPath(
  oldPath: readonly number[],
  movedUnitPath: readonly number[],
  newParentPath: readonly number[],
): number[] {
  return [...newParentPath, ...oldPath.slice(movedUnitPath.length - 1)];
}

export type UnitRuleCode =
  | 'unit.closed'
  | 'unit.parentClosed'
  | 'unit.moveIntoItself'
  | 'unit.alreadyThere'
  | 'unit.alreadyClosed'
  | 'unit.closeInFuture'
  | 'unit.closeTooOld'
  | 'unit.hasEmployees'
  | 'unit.targetInSubtree'
  | 'unit.targetClosed';

export type UnitCheck =
  | { ok: true }
  | { ok: false; code: UnitRuleCode; params?: Record<string, string | number> };

const OK: UnitCheck = { ok: true };

/** A new unit goes under an open parent (or at the top). */
export function checkCreate(parent: TreeUnit | null, today: string): UnitCheck {
  return parent !== null && isClosed(parent, today) ? { ok: false, code: 'unit.parentClosed' } : OK;
}

/** A closed unit is history: it keeps the name it had. */
export function checkRename(unit: TreeUnit, today: string): UnitCheck {
  return isClosed(unit, today) ? { ok: false, code: 'unit.closed' } : OK;
}

/** A unit moves under an open parent outside its own subtree, or to the top (parent null). */
export function checkMove(unit: TreeUnit, newParent: TreeUnit | null, today: string): UnitCheck {
  if (isClosed(unit, today)) return { ok: false, code: 'unit.closed' };
  if (newParent !== null && isInSubtree(newParent, unit.id))
    return { ok: false, code: 'unit.moveIntoItself' };
  if ((newParent?.id ?? null) === unit.parentId) return { ok: false, code: 'unit.alreadyThere' };
  if (newParent !== null && isClosed(newParent, today)) return { ok: false, code: 'unit.parentClosed' };
  return OK;
}

/**
 * How far back a closure may be dated. Closing here records a reorganisation when the government
 * enters it, which may be months after its Perda/Perkada took effect; a date further back is far
 * more often a typo (1900, 2006 for 2026) than a late record, and would make every wave, invitation
 * and audit entry since then name a unit that was closed at the time. Older history belongs to the
 * registry (SIASN) and its import, not to a click.
 */
export const CLOSE_MAX_YEARS_BACK = 1;

export interface CloseRequest {
  unit: TreeUnit;
  /**
   * The day the closure takes effect: not after today (there is no scheduler to apply it later)
   * and at most CLOSE_MAX_YEARS_BACK before it.
   */
  closedOn: string;
  today: string;
  /** Employees in the unit's whole subtree now. */
  employees: number;
  /** Where those employees go; required when there are any. */
  target: TreeUnit | null;
}

/**
 * Closing closes the whole subtree: a bidang cannot outlive its dinas. Its employees move to one
 * open unit outside the subtree in the same transaction; with no such unit named, a unit that
 * still holds people is not closed, and the answer says how many.
 */
export function checkClose(request: CloseRequest): UnitCheck {
  const { unit, target } = request;
  if (isClosed(unit, request.today) || unit.closedOn !== null)
    return { ok: false, code: 'unit.alreadyClosed' };
  if (request.closedOn > request.today) {
    return { ok: false, code: 'unit.closeInFuture', params: { date: request.closedOn } };
  }
  const earliest = addYears(request.today, -CLOSE_MAX_YEARS_BACK);
  if (request.closedOn < earliest) {
    return { ok: false, code: 'unit.closeTooOld', params: { date: request.closedOn, earliest } };
  }
  if (target !== null) {
    if (isInSubtree(target, unit.id)) return { ok: false, code: 'unit.targetInSubtree' };
    if (isClosed(target, request.today)) return { ok: false, code: 'unit.targetClosed' };
  }
  if (request.employees > 0 && target === null) {
    return { ok: false, code: 'unit.hasEmployees', params: { count: request.employees } };
  }
  return OK;
}
