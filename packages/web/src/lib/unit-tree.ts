import type { Unit } from '../api/types';

export interface UnitOption {
  value: string;
  label: string;
  depth: number;
  employeeCount: number;
}

/**
 * Orders a flat unit list depth-first (children under their parent, by name) for an indented
 * select. Units whose parent is not in the list (a scoped user sees only a subtree) are roots.
 */
export function unitOptions(units: readonly Unit[], collator: Intl.Collator): UnitOption[] {
  const ids = new Set(units.map((unit) => unit.id));
  const children = new Map<number | null, Unit[]>();
  for (const unit of units) {
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
      result.push({ value: String(unit.id), label: unit.name, depth, employeeCount: unit.employeeCount });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return result;
}
