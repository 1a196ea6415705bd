import type { Unit } from '../../../api/types';
import { isClosedOn } from '../../../lib/unit-tree';

// The organisation page's tree: each unit with its depth, its children, and the employees of its
// whole subtree (the list from the API counts each unit's own employees only).

export interface TreeNode {
  unit: Unit;
  depth: number;
  children: TreeNode[];
  /** Employees in this unit and every unit below it; null when the reader gets no headcounts. */
  subtreeEmployees: number | null;
  /** Units below it, at any depth. */
  descendants: number;
  closed: boolean;
}

/**
 * Builds the forest, siblings by name. Closed units (by `today`) are left out with their subtree
 * unless `showClosed`. A unit whose parent is out of sight (a scoped admin's view) is a root.
 */
export function buildUnitTree(
  units: readonly Unit[],
  collator: Intl.Collator,
  options: { today: string; showClosed: boolean },
): TreeNode[] {
  const shown = options.showClosed ? units : units.filter((unit) => !isClosedOn(unit, options.today));
  const ids = new Set(shown.map((unit) => unit.id));
  const byParent = new Map<number | null, Unit[]>();
  for (const unit of shown) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), unit]);
  }
  const seen = new Set<number>();
  const build = (parent: number | null, depth: number): TreeNode[] =>
    (byParent.get(parent) ?? [])
      .sort((a, b) => collator.compare(a.name, b.name))
      .filter((unit) => !seen.has(unit.id) && seen.add(unit.id))
      .map((unit) => {
        const children = build(unit.id, depth + 1);
        return {
          unit,
          depth,
          children,
          subtreeEmployees: children.reduce<number | null>(
            (sum, child) =>
              sum === null || child.subtreeEmployees === null ? null : sum + child.subtreeEmployees,
            unit.employeeCount,
          ),
          descendants: children.reduce((sum, child) => sum + 1 + child.descendants, 0),
          closed: isClosedOn(unit, options.today),
        };
      });
  return build(null, 0);
}

/** The rows a reader sees: a node's children only while it is expanded. */
export function visibleRows(forest: readonly TreeNode[], expanded: ReadonlySet<number>): TreeNode[] {
  const rows: TreeNode[] = [];
  const visit = (nodes: readonly TreeNode[]) => {
    for (const node of nodes) {
      rows.push(node);
      if (expanded.has(node.unit.id)) visit(node.children);
    }
  };
  visit(forest);
  return rows;
}

/** Ids of every node with children: what "expand all" opens. */
export function expandableIds(forest: readonly TreeNode[]): number[] {
  const ids: number[] = [];
  const visit = (nodes: readonly TreeNode[]) => {
    for (const node of nodes) {
      if (node.children.length > 0) ids.push(node.unit.id);
      visit(node.children);
    }
  };
  visit(forest);
  return ids;
}

/** The ids of a unit and everything below it (never a valid new parent for it). */
export function subtreeIds(node: TreeNode): Set<number> {
  const ids = new Set<number>();
  const visit = (n: TreeNode) => {
    ids.add(n.unit.id);
    for (const child of n.children) visit(child);
  };
  visit(node);
  return ids;
}

/** Open units below the node (a closure closes them too). */
export function openDescendants(node: TreeNode): number {
  return node.children.reduce((sum, child) => sum + (child.closed ? 0 : 1) + openDescendants(child), 0);
}
