// What changed between two versions of a policy, provision by provision. A provision keeps its
// work-level identity (provisionId) across versions while its displayed number (label) may change:
// "Pasal 3 ayat (2)" can become "Pasal 4" and still be the same provision with the same history, as
// Akoma Ntoso separates the work from its versions. So provisions are matched by id, never by label
// or by position, and a new number alone is a flag (renumbered), not a change of the text.
//
// A provision created by splitting or merging earlier ones records its origins once (the lineage, at
// the work level). Comparing two versions that are not consecutive, an origin may itself have lived
// only in a version in between; the lineage is then followed back until it reaches provisions of the
// earlier version being compared.

/** One provision as a version states it. */
export interface ProvisionSnapshot {
  /** Work-level identity, stable across versions. */
  provisionId: number;
  /** Work-level id of its parent provision in the same version; null at the top. */
  parentId: number | null;
  /** Order among its siblings in this version (any integers; sorted ascending). */
  ordinal: number;
  /** The displayed number, e.g. "Pasal 3", "(2)". */
  label: string;
  heading: string | null;
  /** The provision's own text ('' for a pure heading or section). */
  body: string;
}

/** Work-level lineage: the provisions a provision was created from by a split or a merge. */
export type Lineage = ReadonlyMap<number, readonly number[]>;

export const PROVISION_CHANGE_KINDS = [
  'unchanged',
  'added',
  'modified',
  'moved',
  'split',
  'merged',
  'deleted',
] as const;
export type ProvisionChangeKind = (typeof PROVISION_CHANGE_KINDS)[number];

export interface ProvisionComparison {
  kind: ProvisionChangeKind;
  /** The id in `after`, or in `before` for a provision absent from `after`. */
  provisionId: number;
  /** Null when absent from `before`. */
  before: ProvisionSnapshot | null;
  /** Null when absent from `after`. */
  after: ProvisionSnapshot | null;
  /** Depth in the tree of the version it is shown from (after, else before); 0 at the top. */
  depth: number;
  /** Both present and the heading or the body differ. */
  textChanged: boolean;
  /** Both present and its parent changed, or its order among the siblings common to both changed. */
  moved: boolean;
  /** Both present and the label differs. */
  renumbered: boolean;
  /**
   * Split or merged: the origins in `before` of a provision of `after`, or what a provision of
   * `before` that is gone became. Otherwise []. Sorted ascending.
   */
  related: number[];
}

interface Placed {
  provision: ProvisionSnapshot;
  depth: number;
  /** The parent it was placed under: null at the top, also when its stated parent is missing. */
  parent: number | null;
}

interface IndexedVersion {
  order: Placed[];
  byId: Map<number, Placed>;
}

const bySiblingOrder = (x: ProvisionSnapshot, y: ProvisionSnapshot) =>
  x.ordinal - y.ordinal || x.provisionId - y.provisionId;

/**
 * Flattens a version's provisions into reading order (depth-first, siblings by ordinal, ties by
 * provisionId) with depths. Provisions whose parent is missing are treated as top-level (never
 * dropped). Cycle-safe.
 */
export function documentOrder(
  provisions: readonly ProvisionSnapshot[],
): { provision: ProvisionSnapshot; depth: number }[] {
  return place(provisions).map(({ provision, depth }) => ({ provision, depth }));
}

/**
 * Reading order with each provision's depth and effective parent. Ids are taken as unique within a
 * version; should one repeat, its first statement is the one kept. Provisions in a cycle of parents
 * never reach the top, so after the tree is walked, each cycle is entered at its first provision by
 * sibling order, which is shown at the top — bad data stays visible instead of vanishing.
 */
function place(provisions: readonly ProvisionSnapshot[]): Placed[] {
  const byId = new Map<number, ProvisionSnapshot>();
  for (const p of provisions) if (!byId.has(p.provisionId)) byId.set(p.provisionId, p);
  const children = new Map<number | null, ProvisionSnapshot[]>();
  for (const p of byId.values()) {
    const parent =
      p.parentId !== null && p.parentId !== p.provisionId && byId.has(p.parentId) ? p.parentId : null;
    const list = children.get(parent);
    if (list) list.push(p);
    else children.set(parent, [p]);
  }
  for (const list of children.values()) list.sort(bySiblingOrder);
  const out: Placed[] = [];
  const visited = new Set<number>();
  // An explicit stack rather than recursion: a deep (or corrupt) tree cannot overflow the call stack.
  const walkFrom = (root: ProvisionSnapshot) => {
    const stack: Placed[] = [{ provision: root, depth: 0, parent: null }];
    while (stack.length > 0) {
      const item = stack.pop()!;
      const id = item.provision.provisionId;
      if (visited.has(id)) continue;
      visited.add(id);
      out.push(item);
      const below = children.get(id) ?? [];
      for (let i = below.length - 1; i >= 0; i--) {
        stack.push({ provision: below[i]!, depth: item.depth + 1, parent: id });
      }
    }
  };
  for (const root of children.get(null) ?? []) walkFrom(root);
  if (out.length < byId.size) {
    const stranded = [...byId.values()].filter((p) => !visited.has(p.provisionId)).sort(bySiblingOrder);
    for (const p of stranded) walkFrom(p);
  }
  return out;
}

function indexVersion(provisions: readonly ProvisionSnapshot[]): IndexedVersion {
  const order = place(provisions);
  return { order, byId: new Map(order.map((p) => [p.provision.provisionId, p])) };
}

/**
 * The provisions that changed place among the siblings they keep in both versions. When one of ten
 * articles moves from first to last, every other one's order relative to it changed too, yet only
 * the one was moved: so the siblings in the longest run that kept its order stay in place and only
 * the others are marked. Siblings inserted or removed around a provision do not count.
 */
function reorderedAmongSiblings(before: IndexedVersion, after: IndexedVersion): Set<number> {
  const rankInBefore = new Map(before.order.map((p, i) => [p.provision.provisionId, i]));
  const groups = new Map<number | null, { id: number; rank: number }[]>();
  for (const placed of after.order) {
    const id = placed.provision.provisionId;
    const earlier = before.byId.get(id);
    if (!earlier || earlier.parent !== placed.parent) continue;
    const member = { id, rank: rankInBefore.get(id)! };
    const group = groups.get(placed.parent);
    if (group) group.push(member);
    else groups.set(placed.parent, [member]);
  }
  const reordered = new Set<number>();
  for (const group of groups.values()) {
    const kept = longestIncreasingRun(group.map((m) => m.rank));
    group.forEach((m, i) => {
      if (!kept.has(i)) reordered.add(m.id);
    });
  }
  return reordered;
}

/** The positions of one longest strictly increasing subsequence (patience sorting, O(n log n)). */
function longestIncreasingRun(values: readonly number[]): Set<number> {
  const tails: number[] = []; // tails[l]: position of the smallest last value of a run of length l + 1
  const previous: number[] = new Array(values.length).fill(-1);
  values.forEach((value, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (values[tails[mid]!]! < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1]!;
    tails[low] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}

/**
 * The origins in `before` of a provision absent from it: its lineage, followed through every origin
 * that is itself absent from `before` (a provision of a version in between). Cycle-safe.
 */
function originsIn(before: IndexedVersion, lineage: Lineage, provisionId: number): number[] {
  const found = new Set<number>();
  const seen = new Set<number>([provisionId]);
  const pending = [...(lineage.get(provisionId) ?? [])];
  while (pending.length > 0) {
    const origin = pending.pop()!;
    if (seen.has(origin)) continue;
    seen.add(origin);
    if (before.byId.has(origin)) found.add(origin);
    else pending.push(...(lineage.get(origin) ?? []));
  }
  return [...found].sort((x, y) => x - y);
}

function bothPresent(earlier: Placed, later: Placed, reordered: Set<number>): ProvisionComparison {
  const b = earlier.provision;
  const a = later.provision;
  const textChanged = b.heading !== a.heading || b.body !== a.body;
  const moved = earlier.parent !== later.parent || reordered.has(a.provisionId);
  return {
    kind: textChanged ? 'modified' : moved ? 'moved' : 'unchanged',
    provisionId: a.provisionId,
    before: b,
    after: a,
    depth: later.depth,
    textChanged,
    moved,
    renumbered: b.label !== a.label,
    related: [],
  };
}

function oneSide(
  kind: ProvisionChangeKind,
  placed: Placed,
  side: 'before' | 'after',
  related: number[],
): ProvisionComparison {
  return {
    kind,
    provisionId: placed.provision.provisionId,
    before: side === 'before' ? placed.provision : null,
    after: side === 'after' ? placed.provision : null,
    depth: placed.depth,
    textChanged: false,
    moved: false,
    renumbered: false,
    related,
  };
}

/**
 * Compares two versions provision by provision, in the reading order of `after`; a provision gone
 * from `after` is shown right after the one it followed in `before` (or the nearest earlier one that
 * is still there), so a deleted article appears where a reader of the old text would look for it.
 */
export function compareVersions(
  before: readonly ProvisionSnapshot[],
  after: readonly ProvisionSnapshot[],
  lineage: Lineage,
): ProvisionComparison[] {
  const earlier = indexVersion(before);
  const later = indexVersion(after);
  const reordered = reorderedAmongSiblings(earlier, later);
  const origins = new Map<number, number[]>();
  const descendants = new Map<number, number[]>();
  for (const placed of later.order) {
    const id = placed.provision.provisionId;
    if (earlier.byId.has(id)) continue;
    const found = originsIn(earlier, lineage, id);
    origins.set(id, found);
    for (const origin of found) {
      const list = descendants.get(origin);
      if (list) list.push(id);
      else descendants.set(origin, [id]);
    }
  }
  // Provisions gone from `after`, grouped under the nearest earlier provision of `before` still
  // present (null: before everything).
  const gone = new Map<number | null, ProvisionComparison[]>();
  let anchor: number | null = null;
  for (const placed of earlier.order) {
    const id = placed.provision.provisionId;
    if (later.byId.has(id)) {
      anchor = id;
      continue;
    }
    const became = (descendants.get(id) ?? []).sort((x, y) => x - y);
    const merged = became.some((d) => origins.get(d)!.length >= 2);
    const kind = became.length === 0 ? 'deleted' : merged ? 'merged' : 'split';
    const list = gone.get(anchor) ?? [];
    list.push(oneSide(kind, placed, 'before', became));
    gone.set(anchor, list);
  }
  const out: ProvisionComparison[] = [...(gone.get(null) ?? [])];
  for (const placed of later.order) {
    const id = placed.provision.provisionId;
    const previous = earlier.byId.get(id);
    if (previous) out.push(bothPresent(previous, placed, reordered));
    else {
      const from = origins.get(id)!;
      const kind = from.length >= 2 ? 'merged' : from.length === 1 ? 'split' : 'added';
      out.push(oneSide(kind, placed, 'after', from));
    }
    out.push(...(gone.get(id) ?? []));
  }
  return out;
}
