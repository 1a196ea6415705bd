import type { Unit } from '../api/types';

export interface UnitOption {
  value: string;
  label: string;
  depth: number;
  /**
   * Employees in the unit and every unit below it, closed ones included: what the employee list
   * shows when filtered by the unit (it filters by subtree). Null when the reader gets no
   * headcounts (an employee's forms: names only).
   */
  employeeCount: number | null;
  /** Closed on the day given: offered only because a record still refers to it. */
  closed: boolean;
}

export interface UnitOptionsFilter {
  /** The government's date: units closed by then are left out… */
  today?: string;
  /** …except these (ids as text), which the record being edited or filtered refers to. */
  keep?: readonly string[];
}

/** Closed on `today` when its closure took effect by then (see domain unit-tree.rules.ts). */
export function isClosedOn(unit: Pick<Unit, 'closedOn'>, today: string): boolean {
  return unit.closedOn !== null && unit.closedOn <= today;
}

/**
 * Orders a flat unit list depth-first (children under their parent, by name) for an indented
 * select. Units whose parent is not in the list (a scoped user sees only a subtree) are roots.
 * With `today`, closed units are left out (with their subtree) unless `keep` names them.
 */
export function unitOptions(
  units: readonly Unit[],
  collator: Intl.Collator,
  filter: UnitOptionsFilter = {},
): UnitOption[] {
  const headcounts = subtreeCounts(units);
  const keep = new Set(filter.keep ?? []);
  const today = filter.today;
  const shown =
    today === undefined ? units : units.filter((u) => !isClosedOn(u, today) || keep.has(String(u.id)));
  const ids = new Set(shown.map((unit) => unit.id));
  const children = new Map<number | null, Unit[]>();
  for (const unit of shown) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    const siblings = children.get(parent) ?? [];
    siblings.push(unit);
    children.set(parent, siblings);
  }
  for (const siblings of children.values()) siblings.sort((a, b) => collator.compare(a.name, b.name));

  const result: UnitOption[] = [];
  const seen = new Set<number>();
  const visit = (parent: number | null, depth: number) => {
    for (const unit of children.get(parent) ?? []) {
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      result.push({
        value: String(unit.id),
        label: unit.name,
        depth,
        employeeCount: headcounts.has(unit.id) ? (headcounts.get(unit.id) ?? null) : unit.employeeCount,
        closed: today !== undefined && isClosedOn(unit, today),
      });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return result;
}

/**
 * Each unit's employees plus those of every unit below it. The API counts a unit's own employees;
 * a unit's people are also everyone under it, and a unit that is hidden (closed) still counts
 * towards its parent until its people are moved. A unit the API gave no count for (null: the
 * reader sees no workforce figures) leaves its own total and every ancestor's unknown (null)
 * rather than too small.
 */
export function subtreeCounts(
  units: readonly Pick<Unit, 'id' | 'parentId' | 'employeeCount'>[],
): Map<number, number | null> {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const totals = new Map<number, number | null>(units.map((unit) => [unit.id, 0]));
  for (const unit of units) {
    // Up the parent chain; a cycle in bad data stops at the first unit seen twice.
    const seen = new Set<number>();
    for (let at: typeof unit | undefined = unit; at && !seen.has(at.id); ) {
      seen.add(at.id);
      const total = totals.get(at.id) ?? 0;
      totals.set(at.id, total === null || unit.employeeCount === null ? null : total + unit.employeeCount);
      at = at.parentId === null ? undefined : byId.get(at.parentId);
    }
  }
  return totals;
}
