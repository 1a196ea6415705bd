import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CurriculumBody } from './curriculum.contract';
import { type CurriculumModule, curriculumDiff, curriculumJpMismatch, diffIsEmpty } from './curriculum.rules';

const mod = (
  title: string,
  jp: number,
  objectives = [`Memahami ${title.toLowerCase()}`],
): CurriculumModule => ({
  title,
  jp,
  objectives,
});

describe('the modules’ JP', () => {
  it('add up to the program’s JP exactly, in quarter hours and hundredths', () => {
    expect(curriculumJpMismatch([mod('A', 10.25), mod('B', 29.75)], 40)).toBeNull();
    // 0.1 + 0.2 is no 0.3 in binary; in hundredths it is.
    expect(curriculumJpMismatch([mod('A', 0.1), mod('B', 0.2)], 0.3)).toBeNull();
  });

  it('that do not add up are refused with both numbers', () => {
    expect(curriculumJpMismatch([mod('A', 12), mod('B', 20)], 40)).toEqual({ modulesJp: 32, programJp: 40 });
    expect(curriculumJpMismatch([mod('A', 40.01)], 40)).toEqual({ modulesJp: 40.01, programJp: 40 });
  });

  it('add up whatever the order of the modules', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 20_000 }), { minLength: 1, maxLength: 30 }), (cents) => {
        const modules = cents.map((c, i) => mod(`M${i}`, c / 100));
        const total = cents.reduce((a, b) => a + b, 0) / 100;
        expect(curriculumJpMismatch(modules, total)).toBeNull();
        expect(curriculumJpMismatch([...modules].reverse(), total)).toBeNull();
      }),
    );
  });
});

describe('the difference between two versions', () => {
  const v1 = [mod('Kepemimpinan', 16), mod('Komunikasi', 12), mod('Manajemen Kinerja', 12)];

  it('names the modules added, removed and changed, and the JP moved between them', () => {
    const v2 = [
      mod('Kepemimpinan', 12),
      mod('Manajemen Kinerja', 12, ['Menyusun SKP tim', 'Memberi umpan balik']),
      mod('Studi Kasus Sekolah', 16),
    ];
    const diff = curriculumDiff(v1, v2);
    expect(diff.added.map((m) => m.title)).toEqual(['Studi Kasus Sekolah']);
    expect(diff.removed.map((m) => m.title)).toEqual(['Komunikasi']);
    expect(diff.changed).toEqual([
      expect.objectContaining({ title: 'Kepemimpinan', jpFrom: 16, jpTo: 12, objectivesAdded: [] }),
      expect.objectContaining({
        title: 'Manajemen Kinerja',
        jpFrom: 12,
        jpTo: 12,
        objectivesAdded: ['Menyusun SKP tim', 'Memberi umpan balik'],
        objectivesRemoved: ['Memahami manajemen kinerja'],
        positionFrom: 3,
        positionTo: 2,
      }),
    ]);
    // Komunikasi's 12 and 4 of Kepemimpinan's went to the new module.
    expect(diff.jpMoved).toBe(16);
  });

  it('takes a title in other case or spacing for the same module', () => {
    const diff = curriculumDiff(v1, [mod('KEPEMIMPINAN', 16, ['Memahami kepemimpinan']), ...v1.slice(1)]);
    expect(diff.added).toEqual([]);
    expect(diff.changed).toEqual([
      expect.objectContaining({ title: 'KEPEMIMPINAN', previousTitle: 'Kepemimpinan' }),
    ]);
  });

  it('reads a reordering as a change, and nothing as nothing', () => {
    expect(diffIsEmpty(curriculumDiff(v1, v1))).toBe(true);
    const reordered = curriculumDiff(v1, [v1[1]!, v1[0]!, v1[2]!]);
    expect(diffIsEmpty(reordered)).toBe(false);
    expect(reordered.jpMoved).toBe(0);
  });

  it('moves as much JP out as in when both versions add up to the same total', () => {
    const arbitraryVersion = fc.uniqueArray(
      fc.record({
        title: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'),
        cents: fc.integer({ min: 1, max: 4000 }),
      }),
      { selector: (m) => m.title, minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(arbitraryVersion, arbitraryVersion, (a, b) => {
        const before = a.map((m) => mod(m.title, m.cents / 100));
        const after = b.map((m) => mod(m.title, m.cents / 100));
        const diff = curriculumDiff(before, after);
        const gained =
          diff.added.reduce((s, m) => s + Math.round(m.jp * 100), 0) +
          diff.changed.reduce(
            (s, c) => s + Math.max(0, Math.round(c.jpTo * 100) - Math.round(c.jpFrom * 100)),
            0,
          );
        const totalBefore = a.reduce((s, m) => s + m.cents, 0);
        const totalAfter = b.reduce((s, m) => s + m.cents, 0);
        // What was given up, plus any growth of the total, is what was gained.
        expect(Math.round(diff.jpMoved * 100) + (totalAfter - totalBefore)).toBe(gained);
      }),
    );
  });
});

describe('a revision', () => {
  const modules = [mod('Kepemimpinan', 40)];

  it('takes modules of 1–200 characters with 1–20 objectives and JP in hundredths', () => {
    expect(CurriculumBody.safeParse({ modules }).success).toBe(true);
    expect(CurriculumBody.safeParse({ modules: [mod('A'.repeat(201), 40)] }).success).toBe(false);
    expect(CurriculumBody.safeParse({ modules: [{ title: 'A', objectives: [], jp: 40 }] }).success).toBe(
      false,
    );
    expect(CurriculumBody.safeParse({ modules: [mod('A', 0)] }).success).toBe(false);
    expect(CurriculumBody.safeParse({ modules: [mod('A', 0.005)] }).success).toBe(false);
    expect(CurriculumBody.safeParse({ modules: [] }).success).toBe(false);
  });

  it('refuses the same module twice, and the same evidence batch twice', () => {
    expect(CurriculumBody.safeParse({ modules: [mod('A', 20), mod(' a ', 20)] }).success).toBe(false);
    expect(CurriculumBody.safeParse({ modules, evidenceBatchIds: [3, 3] }).success).toBe(false);
  });
});
