import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkClose,
  checkCreate,
  checkMove,
  checkRename,
  defaultUnitKind,
  isClosed,
  movedPath,
  normalizeUnitName,
  sameUnitName,
  type TreeUnit,
} from './unit-tree.rules';

const TODAY = '2026-05-20';

/** A tree given as parent pointers: unit i (1-based) hangs under parents[i-1] (null = top). */
function treeOf(parents: readonly (number | null)[]): Map<number, TreeUnit> {
  const units = new Map<number, TreeUnit>();
  parents.forEach((parentId, index) => {
    const id = index + 1;
    const parentPath = parentId === null ? [] : (units.get(parentId)?.path ?? []);
    units.set(id, { id, parentId, path: [...parentPath, id], closedOn: null });
  });
  return units;
}

/** Random trees: each unit's parent is an earlier unit or none. */
const trees = fc
  .integer({ min: 1, max: 25 })
  .chain((size) =>
    fc.tuple(
      ...Array.from({ length: size }, (_, i) =>
        i === 0 ? fc.constant(null) : fc.option(fc.integer({ min: 1, max: i }), { nil: null }),
      ),
    ),
  )
  .map((parents) => treeOf(parents));

/** Paths recomputed from parent pointers alone: what every stored path must equal. */
function pathFromParents(units: Map<number, TreeUnit>, id: number): number[] {
  const path: number[] = [];
  for (let at: number | null = id; at !== null; at = units.get(at)?.parentId ?? null) {
    if (path.includes(at)) throw new Error('cycle');
    path.unshift(at);
  }
  return path;
}

/** Applies a move as the database does: one parent pointer, and movedPath over the subtree. */
function applyMove(units: Map<number, TreeUnit>, id: number, parentId: number | null) {
  const moved = units.get(id)!;
  const parentPath = parentId === null ? [] : units.get(parentId)!.path;
  const next = new Map<number, TreeUnit>();
  for (const unit of units.values()) {
    const inSubtree = unit.path.includes(id);
    next.set(unit.id, {
      ...unit,
      parentId: unit.id === id ? parentId : unit.parentId,
      path: inSubtree ? movedPath(unit.path, moved.path, parentPath) : unit.path,
    });
  }
  return next;
}

describe('moving a unit', () => {
  it('keeps every path equal to the chain of parents, for any tree and any allowed move', () => {
    fc.assert(
      fc.property(trees, fc.nat(), fc.nat(), (units, a, b) => {
        const ids = [...units.keys()];
        const unit = units.get(ids[a % ids.length]!)!;
        const target = b % (ids.length + 1) === ids.length ? null : units.get(ids[b % (ids.length + 1)]!)!;
        const check = checkMove(unit, target, TODAY);
        if (!check.ok) return;
        const after = applyMove(units, unit.id, target?.id ?? null);
        for (const moved of after.values()) expect(moved.path).toEqual(pathFromParents(after, moved.id));
      }),
    );
  });

  it('refuses every move into the unit itself or its subtree (a cycle)', () => {
    fc.assert(
      fc.property(trees, fc.nat(), fc.nat(), (units, a, b) => {
        const ids = [...units.keys()];
        const unit = units.get(ids[a % ids.length]!)!;
        const target = units.get(ids[b % ids.length]!)!;
        const check = checkMove(unit, target, TODAY);
        if (target.path.includes(unit.id)) expect(check).toEqual({ ok: false, code: 'unit.moveIntoItself' });
        else if (check.ok === false) expect(check.code).not.toBe('unit.moveIntoItself');
      }),
    );
  });

  it('moves a bidang to another dinas with its seksi', () => {
    const units = treeOf([null, 1, 2, null]);
    // 1 Dinas Pendidikan › 2 Bidang SD › 3 Seksi Kurikulum; 4 Dinas Kebudayaan
    const after = applyMove(units, 2, 4);
    expect(after.get(2)?.path).toEqual([4, 2]);
    expect(after.get(3)?.path).toEqual([4, 2, 3]);
    expect(after.get(1)?.path).toEqual([1]);
  });

  it('moves a unit to the top of the tree', () => {
    expect(movedPath([1, 2, 3], [1, 2], [])).toEqual([2, 3]);
  });

  it('refuses a move to where the unit already is, into a closed unit, or of a closed unit', () => {
    const units = treeOf([null, 1, null]);
    const closed = { ...units.get(3)!, closedOn: '2026-01-01' };
    expect(checkMove(units.get(2)!, units.get(1)!, TODAY)).toMatchObject({ code: 'unit.alreadyThere' });
    expect(checkMove(units.get(1)!, null, TODAY)).toMatchObject({ code: 'unit.alreadyThere' });
    expect(checkMove(units.get(2)!, closed, TODAY)).toMatchObject({ code: 'unit.parentClosed' });
    expect(checkMove(closed, units.get(1)!, TODAY)).toMatchObject({ code: 'unit.closed' });
    expect(checkMove(units.get(2)!, null, TODAY)).toEqual({ ok: true });
  });
});

describe('closing a unit', () => {
  const units = treeOf([null, 1, 2, null]);
  const dinas = units.get(1)!;
  const request = { unit: dinas, closedOn: TODAY, today: TODAY, employees: 0, target: null };

  it('closes an empty unit on a past or present date', () => {
    expect(checkClose(request)).toEqual({ ok: true });
    expect(checkClose({ ...request, closedOn: '2026-01-01' })).toEqual({ ok: true });
  });

  it('blocks a unit that still holds employees, saying how many, unless they are moved', () => {
    expect(checkClose({ ...request, employees: 12 })).toEqual({
      ok: false,
      code: 'unit.hasEmployees',
      params: { count: 12 },
    });
    expect(checkClose({ ...request, employees: 12, target: units.get(4)! })).toEqual({ ok: true });
  });

  it('refuses to move the employees into the closing subtree or into a closed unit', () => {
    expect(checkClose({ ...request, employees: 3, target: units.get(3)! })).toMatchObject({
      code: 'unit.targetInSubtree',
    });
    const closed = { ...units.get(4)!, closedOn: '2026-02-01' };
    expect(checkClose({ ...request, employees: 3, target: closed })).toMatchObject({
      code: 'unit.targetClosed',
    });
  });

  it('refuses a date more than a year back (1900-01-01 is a typo, not a late record), naming the earliest', () => {
    expect(checkClose({ ...request, closedOn: '2025-05-20' })).toEqual({ ok: true });
    expect(checkClose({ ...request, closedOn: '2025-05-19' })).toEqual({
      ok: false,
      code: 'unit.closeTooOld',
      params: { date: '2025-05-19', earliest: '2025-05-20' },
    });
    expect(checkClose({ ...request, closedOn: '1900-01-01' })).toMatchObject({ code: 'unit.closeTooOld' });
  });

  it('refuses a future date and a unit closed already', () => {
    expect(checkClose({ ...request, closedOn: '2026-05-21' })).toMatchObject({ code: 'unit.closeInFuture' });
    expect(checkClose({ ...request, unit: { ...dinas, closedOn: '2026-01-01' } })).toMatchObject({
      code: 'unit.alreadyClosed',
    });
  });

  it('counts a unit as closed from its effective date on', () => {
    const unit = { closedOn: '2026-05-20' };
    expect(isClosed(unit, '2026-05-19')).toBe(false);
    expect(isClosed(unit, '2026-05-20')).toBe(true);
    expect(isClosed({ closedOn: null }, TODAY)).toBe(false);
  });

  it('lets nothing be created under or renamed in a closed unit', () => {
    const closed = { ...dinas, closedOn: '2026-01-01' };
    expect(checkCreate(closed, TODAY)).toMatchObject({ code: 'unit.parentClosed' });
    expect(checkCreate(null, TODAY)).toEqual({ ok: true });
    expect(checkRename(closed, TODAY)).toMatchObject({ code: 'unit.closed' });
    expect(checkRename(dinas, TODAY)).toEqual({ ok: true });
  });
});

describe('unit names and kinds', () => {
  it('compares names as the unique index does: spaces collapsed, case ignored', () => {
    expect(normalizeUnitName('  Dinas   Sosial ')).toBe('Dinas Sosial');
    expect(sameUnitName('DINAS SOSIAL', 'dinas  sosial')).toBe(true);
    expect(sameUnitName('Dinas Sosial', 'Dinas Sosial 2')).toBe(false);
  });

  it('names units created from a path alone OPD at the top and unit below', () => {
    expect(defaultUnitKind(1)).toBe('opd');
    expect(defaultUnitKind(3)).toBe('unit');
  });
});
