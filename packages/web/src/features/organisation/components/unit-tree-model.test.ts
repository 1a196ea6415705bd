import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../api/types';
import { buildUnitTree, expandableIds, openDescendants, subtreeIds, visibleRows } from './unit-tree-model';

const collator = new Intl.Collator('id');
const TODAY = '2026-05-20';

function unit(
  id: number,
  name: string,
  parentId: number | null,
  employeeCount: number | null = 0,
  closedOn: string | null = null,
): Unit {
  return { id, name, parentId, kind: 'unit', employeeCount, closedOn };
}

const units = [
  unit(1, 'Dinas Pendidikan', null, 5),
  unit(2, 'Bidang SD', 1, 20),
  unit(3, 'Seksi Kurikulum', 2, 3),
  unit(4, 'Bidang PAUD', 1, 0, '2026-01-01'),
  unit(5, 'Badan Kepegawaian', null, 7),
];

describe('buildUnitTree', () => {
  it('counts the employees of each whole subtree and orders siblings by name', () => {
    const forest = buildUnitTree(units, collator, { today: TODAY, showClosed: false });
    expect(forest.map((n) => [n.unit.name, n.subtreeEmployees, n.descendants])).toEqual([
      ['Badan Kepegawaian', 7, 0],
      ['Dinas Pendidikan', 28, 2],
    ]);
  });

  it('gives no subtree headcount (null) where the reader gets none', () => {
    const namesOnly = units.map((u) => ({ ...u, employeeCount: null }));
    const forest = buildUnitTree(namesOnly, collator, { today: TODAY, showClosed: false });
    expect(forest.map((n) => [n.unit.name, n.subtreeEmployees])).toEqual([
      ['Badan Kepegawaian', null],
      ['Dinas Pendidikan', null],
    ]);
  });

  it('shows closed units only when asked, marked closed', () => {
    const forest = buildUnitTree(units, collator, { today: TODAY, showClosed: true });
    const dinas = forest[1]!;
    expect(dinas.children.map((n) => [n.unit.name, n.closed])).toEqual([
      ['Bidang PAUD', true],
      ['Bidang SD', false],
    ]);
    expect(openDescendants(dinas)).toBe(2);
    expect([...subtreeIds(dinas)].sort()).toEqual([1, 2, 3, 4]);
  });

  it('shows children only under expanded units, at their depth', () => {
    const forest = buildUnitTree(units, collator, { today: TODAY, showClosed: false });
    expect(visibleRows(forest, new Set()).map((n) => n.unit.name)).toEqual([
      'Badan Kepegawaian',
      'Dinas Pendidikan',
    ]);
    const all = visibleRows(forest, new Set(expandableIds(forest)));
    expect(all.map((n) => `${n.depth}:${n.unit.name}`)).toEqual([
      '0:Badan Kepegawaian',
      '0:Dinas Pendidikan',
      '1:Bidang SD',
      '2:Seksi Kurikulum',
    ]);
  });
});
