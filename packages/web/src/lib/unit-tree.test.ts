import { describe, expect, it } from 'vitest';
import type { Unit } from '../api/types';
import { subtreeCounts, unitOptions } from './unit-tree';

const collator = new Intl.Collator('id');

function unit(
  id: number,
  name: string,
  parentId: number | null,
  employeeCount: number | null = 0,
  closedOn: string | null = null,
): Unit {
  return { id, name, parentId, kind: 'unit', employeeCount, closedOn };
}

const labels = (units: Unit[]) =>
  unitOptions(units, collator).map((option) => `${'  '.repeat(option.depth)}${option.label}`);

describe('unitOptions', () => {
  it('puts every unit under its parent, siblings in alphabetical order', () => {
    const units = [
      unit(3, 'Dinas Pendidikan', 1),
      unit(4, 'Bidang SD', 3),
      unit(1, 'Pemerintah Kota', null),
      unit(2, 'BKPSDM', 1),
      unit(5, 'Bidang PAUD', 3),
    ];
    expect(labels(units)).toEqual([
      'Pemerintah Kota',
      '  BKPSDM',
      '  Dinas Pendidikan',
      '    Bidang PAUD',
      '    Bidang SD',
    ]);
  });

  it('treats a unit whose parent is out of sight as a root', () => {
    // A user scoped to one OPD receives that subtree only.
    const units = [unit(4, 'Bidang SD', 3), unit(3, 'Dinas Pendidikan', 1)];
    expect(labels(units)).toEqual(['Dinas Pendidikan', '  Bidang SD']);
  });

  it('carries the id as text and the headcount for each option', () => {
    expect(unitOptions([unit(9, 'Inspektorat', null, 42)], collator)).toEqual([
      { value: '9', label: 'Inspektorat', depth: 0, employeeCount: 42, closed: false },
    ]);
  });

  it('leaves out units caught in a parent cycle instead of looping forever', () => {
    const units = [unit(1, 'A', 2), unit(2, 'B', 1), unit(3, 'C', null)];
    expect(labels(units)).toEqual(['C']);
  });

  it('gives an empty list for no units', () => {
    expect(unitOptions([], collator)).toEqual([]);
  });

  it('leaves out units closed by today, with their subtree, but keeps one a record refers to', () => {
    const units = [
      unit(1, 'Dinas Lama', null, 0, '2026-01-01'),
      unit(2, 'Bidang Lama', 1, 0, '2026-01-01'),
      unit(3, 'Dinas Baru', null),
      unit(4, 'Dinas Tutup Besok', null, 0, '2026-05-21'),
    ];
    const filtered = (keep: string[] = []) =>
      unitOptions(units, collator, { today: '2026-05-20', keep }).map(
        (o) => `${o.label}${o.closed ? ' (closed)' : ''}`,
      );
    expect(filtered()).toEqual(['Dinas Baru', 'Dinas Tutup Besok']);
    expect(filtered(['2'])).toEqual(['Bidang Lama (closed)', 'Dinas Baru', 'Dinas Tutup Besok']);
  });
});

describe('headcounts of the options', () => {
  const units = [
    unit(1, 'Dinas Pendidikan', null, 13),
    unit(2, 'Bidang SD', 1, 170),
    unit(3, 'SD Negeri 1', 2, 30),
    unit(4, 'Bidang PAUD', 1, 160),
    unit(5, 'Bidang Lama', 1, 10, '2026-01-01'),
    unit(6, 'Inspektorat', null, 20),
  ];

  it('count everyone in a unit and below it, as the list filtered by it shows', () => {
    // The defect: the filter said 13 where the list of Dinas Pendidikan showed 383.
    const options = unitOptions(units, collator, { today: '2026-05-20' });
    const count = (label: string) => options.find((o) => o.label === label)?.employeeCount;
    expect(count('Dinas Pendidikan')).toBe(383);
    expect(count('Bidang SD')).toBe(200);
    expect(count('SD Negeri 1')).toBe(30);
    expect(count('Inspektorat')).toBe(20);
  });

  it('count a closed unit’s people under its parent while they are still there', () => {
    expect(subtreeCounts(units).get(1)).toBe(383);
    expect(subtreeCounts(units.filter((u) => u.id !== 5)).get(1)).toBe(373);
  });

  it('are left out (null) for a reader who gets no headcounts, never shown as 0', () => {
    // An employee's GET /units: names only.
    const namesOnly = units.map((u) => ({ ...u, employeeCount: null }));
    const options = unitOptions(namesOnly, collator, { today: '2026-05-20' });
    expect(options.map((o) => o.employeeCount)).toEqual([null, null, null, null, null]);
  });

  it('leave a total unknown when any unit below it has no count, rather than too small', () => {
    const counts = subtreeCounts([
      unit(1, 'Dinas', null, 5),
      unit(2, 'Bidang', 1, null),
      unit(3, 'UPT', null, 4),
    ]);
    expect(counts.get(1)).toBeNull();
    expect(counts.get(2)).toBeNull();
    expect(counts.get(3)).toBe(4);
  });

  it('stop at a parent cycle instead of looping forever', () => {
    const counts = subtreeCounts([unit(1, 'A', 2, 1), unit(2, 'B', 1, 2)]);
    expect(counts.get(1)).toBe(3);
    expect(counts.get(2)).toBe(3);
  });
});
