import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  documentOrder,
  type Lineage,
  type ProvisionComparison,
  type ProvisionSnapshot,
} from './provision-comparison.rules';

/** A provision of a version; its body defaults to its label's text so that each is distinct. */
function provision(
  provisionId: number,
  parentId: number | null,
  ordinal: number,
  label: string,
  body = `isi ${provisionId}`,
): ProvisionSnapshot {
  return { provisionId, parentId, ordinal, label, heading: null, body };
}

const noLineage: Lineage = new Map();

/** Each comparison as "id:kind", the shortest way to read the order and the kinds together. */
const kinds = (items: ProvisionComparison[]) => items.map((c) => `${c.provisionId}:${c.kind}`);
const find = (items: ProvisionComparison[], id: number) => items.find((c) => c.provisionId === id)!;

// A small regulation: Bab I with Pasal 1 and Pasal 2, and Pasal 2 with ayat (1) and (2).
const v1 = [
  provision(1, null, 1, 'Bab I', ''),
  provision(2, 1, 1, 'Pasal 1'),
  provision(3, 1, 2, 'Pasal 2'),
  provision(4, 3, 1, '(1)'),
  provision(5, 3, 2, '(2)'),
];

describe('documentOrder', () => {
  it('reads depth-first with siblings by ordinal, ties by id', () => {
    const shuffled = [v1[4]!, v1[2]!, v1[0]!, v1[3]!, v1[1]!, provision(6, 1, 2, 'Pasal 2A')];
    expect(documentOrder(shuffled).map((p) => [p.provision.provisionId, p.depth])).toEqual([
      [1, 0],
      [2, 1],
      [3, 1],
      [4, 2],
      [5, 2],
      [6, 1],
    ]);
  });

  it('shows a provision whose parent is missing at the top rather than dropping it', () => {
    const order = documentOrder([provision(1, null, 2, 'Bab II'), provision(7, 99, 1, 'Pasal 9')]);
    expect(order.map((p) => [p.provision.provisionId, p.depth])).toEqual([
      [7, 0],
      [1, 0],
    ]);
  });

  it('keeps every provision of a cycle of parents, and stops', () => {
    const order = documentOrder([
      provision(1, null, 1, 'Bab I'),
      provision(2, 3, 1, 'Pasal 1'),
      provision(3, 2, 2, 'Pasal 2'),
      provision(4, 4, 3, 'Pasal 3'),
    ]);
    expect(order.map((p) => [p.provision.provisionId, p.depth])).toEqual([
      [1, 0],
      [4, 0],
      [2, 0],
      [3, 1],
    ]);
  });
});

describe('compareVersions: the kinds of change', () => {
  it('finds nothing changed between a version and itself', () => {
    const result = compareVersions(v1, v1, noLineage);
    expect(kinds(result)).toEqual([
      '1:unchanged',
      '2:unchanged',
      '3:unchanged',
      '4:unchanged',
      '5:unchanged',
    ]);
    expect(result.map((c) => c.depth)).toEqual([0, 1, 1, 2, 2]);
  });

  it('marks a provision whose text changed as modified', () => {
    const v2 = v1.map((p) => (p.provisionId === 4 ? { ...p, body: 'isi baru' } : p));
    const changed = find(compareVersions(v1, v2, noLineage), 4);
    expect(changed).toMatchObject({ kind: 'modified', textChanged: true, moved: false, renumbered: false });
    expect(changed.before!.body).toBe('isi 4');
    expect(changed.after!.body).toBe('isi baru');
  });

  it('marks a changed heading as a change of the text', () => {
    const v2 = v1.map((p) => (p.provisionId === 1 ? { ...p, heading: 'Ketentuan Umum' } : p));
    expect(find(compareVersions(v1, v2, noLineage), 1)).toMatchObject({
      kind: 'modified',
      textChanged: true,
    });
  });

  it('marks a new provision without lineage as added, where it stands in the new version', () => {
    const v2 = [...v1, provision(6, 3, 3, '(3)')];
    const result = compareVersions(v1, v2, noLineage);
    expect(kinds(result)).toEqual([
      '1:unchanged',
      '2:unchanged',
      '3:unchanged',
      '4:unchanged',
      '5:unchanged',
      '6:added',
    ]);
    expect(find(result, 6)).toMatchObject({ before: null, depth: 2, related: [] });
  });

  it('marks a provision gone without successors as deleted, shown from the old version', () => {
    const v2 = v1.filter((p) => p.provisionId !== 2);
    const result = compareVersions(v1, v2, noLineage);
    expect(kinds(result)).toEqual(['1:unchanged', '2:deleted', '3:unchanged', '4:unchanged', '5:unchanged']);
    expect(find(result, 2)).toMatchObject({ after: null, depth: 1, related: [] });
  });

  it('marks a split on both sides: the new provisions and the one they came from', () => {
    // Pasal 2 (3) becomes Pasal 2 (10) and Pasal 3 (11), each taking one of its ayat.
    const v2 = [
      provision(1, null, 1, 'Bab I', ''),
      provision(2, 1, 1, 'Pasal 1'),
      provision(10, 1, 2, 'Pasal 2'),
      provision(4, 10, 1, '(1)'),
      provision(11, 1, 3, 'Pasal 3'),
      provision(5, 11, 1, '(1)'),
    ];
    const lineage: Lineage = new Map([
      [10, [3]],
      [11, [3]],
    ]);
    const result = compareVersions(v1, v2, lineage);
    expect(kinds(result)).toEqual([
      '1:unchanged',
      '2:unchanged',
      '3:split',
      '10:split',
      '4:moved',
      '11:split',
      '5:moved',
    ]);
    expect(find(result, 3).related).toEqual([10, 11]);
    expect(find(result, 10).related).toEqual([3]);
    expect(find(result, 5)).toMatchObject({ moved: true, renumbered: true, textChanged: false });
  });

  it('marks a merge on both sides: the new provision and each it came from', () => {
    const v2 = [provision(1, null, 1, 'Bab I', ''), provision(12, 1, 1, 'Pasal 1')];
    const lineage: Lineage = new Map([[12, [3, 2]]]);
    const result = compareVersions(v1, v2, lineage);
    // All four are gone from under Bab I, so all follow it, in their old order, before the new article.
    expect(kinds(result)).toEqual([
      '1:unchanged',
      '2:merged',
      '3:merged',
      '4:deleted',
      '5:deleted',
      '12:merged',
    ]);
    expect(find(result, 12).related).toEqual([2, 3]);
    expect(find(result, 2).related).toEqual([12]);
    expect(find(result, 3).related).toEqual([12]);
  });

  it('calls an origin merged when any provision it went into has two origins', () => {
    // Pasal 1 is split in two; one half is merged with Pasal 2.
    const v2 = [
      provision(1, null, 1, 'Bab I', ''),
      provision(20, 1, 1, 'Pasal 1'),
      provision(21, 1, 2, 'Pasal 2'),
    ];
    const lineage: Lineage = new Map([
      [20, [2]],
      [21, [2, 3]],
    ]);
    const result = compareVersions(v1, v2, lineage);
    expect(find(result, 2)).toMatchObject({ kind: 'merged', related: [20, 21] });
    expect(find(result, 3)).toMatchObject({ kind: 'merged', related: [21] });
    expect(find(result, 20)).toMatchObject({ kind: 'split', related: [2] });
    expect(find(result, 21)).toMatchObject({ kind: 'merged', related: [2, 3] });
  });

  it('follows lineage through a version in between (v1 → v2 → v3)', () => {
    // v2 split Pasal 2 (3) into 30 and 31; v3 merged 31 with Pasal 1 (2) into 40 and kept 30.
    const v3 = [
      provision(1, null, 1, 'Bab I', ''),
      provision(30, 1, 1, 'Pasal 1'),
      provision(40, 1, 2, 'Pasal 2'),
      provision(4, 40, 1, '(1)'),
      provision(5, 40, 2, '(2)'),
    ];
    const lineage: Lineage = new Map([
      [30, [3]],
      [31, [3]],
      [40, [31, 2]],
    ]);
    const result = compareVersions(v1, v3, lineage);
    expect(find(result, 30)).toMatchObject({ kind: 'split', related: [3] });
    expect(find(result, 40)).toMatchObject({ kind: 'merged', related: [2, 3] });
    expect(find(result, 3)).toMatchObject({ kind: 'merged', related: [30, 40] });
    expect(find(result, 2)).toMatchObject({ kind: 'merged', related: [40] });
  });

  it('survives a cycle in the lineage', () => {
    const v2 = [...v1, provision(50, null, 2, 'Bab II'), provision(51, null, 3, 'Bab III')];
    const lineage: Lineage = new Map([
      [50, [51]],
      [51, [50, 2]],
    ]);
    const result = compareVersions(v1, v2, lineage);
    expect(find(result, 50)).toMatchObject({ kind: 'split', related: [2] });
    expect(find(result, 51)).toMatchObject({ kind: 'split', related: [2] });
  });
});

describe('compareVersions: numbers and places', () => {
  it('keeps a provision whose number alone changed as unchanged, flagged renumbered', () => {
    const v2 = v1.map((p) => (p.provisionId === 3 ? { ...p, label: 'Pasal 4' } : p));
    expect(find(compareVersions(v1, v2, noLineage), 3)).toMatchObject({
      kind: 'unchanged',
      renumbered: true,
      moved: false,
      textChanged: false,
    });
  });

  it('marks an ayat moved to another article as moved', () => {
    const v2 = v1.map((p) => (p.provisionId === 5 ? { ...p, parentId: 2, ordinal: 1, label: '(1)' } : p));
    const result = compareVersions(v1, v2, noLineage);
    expect(kinds(result)).toEqual(['1:unchanged', '2:unchanged', '5:moved', '3:unchanged', '4:unchanged']);
    expect(find(result, 5)).toMatchObject({ moved: true, renumbered: true, depth: 2 });
  });

  it('does not count an insertion before a sibling, with new ordinals and numbers, as a move', () => {
    const v2 = [
      provision(1, null, 1, 'Bab I', ''),
      provision(60, 1, 1, 'Pasal 1'),
      provision(2, 1, 2, 'Pasal 2'),
      provision(3, 1, 3, 'Pasal 3'),
      provision(4, 3, 1, '(1)'),
      provision(5, 3, 2, '(2)'),
    ];
    const result = compareVersions(v1, v2, noLineage);
    expect(kinds(result)).toEqual([
      '1:unchanged',
      '60:added',
      '2:unchanged',
      '3:unchanged',
      '4:unchanged',
      '5:unchanged',
    ]);
    expect(find(result, 2).renumbered).toBe(true);
    expect(result.some((c) => c.moved)).toBe(false);
  });

  it('does not count the removal of an earlier sibling as a move', () => {
    const v2 = v1.filter((p) => p.provisionId !== 4);
    expect(find(compareVersions(v1, v2, noLineage), 5)).toMatchObject({ kind: 'unchanged', moved: false });
  });

  it('marks only the article taken from first to last among its siblings as moved', () => {
    const before = [1, 2, 3, 4, 5].map((id) => provision(id, null, id, `Pasal ${id}`));
    const after = before.map((p) => (p.provisionId === 1 ? { ...p, ordinal: 9 } : p));
    const result = compareVersions(before, after, noLineage);
    expect(kinds(result)).toEqual(['2:unchanged', '3:unchanged', '4:unchanged', '5:unchanged', '1:moved']);
  });

  it('keeps the move flag on a modified provision', () => {
    const v2 = v1.map((p) =>
      p.provisionId === 4 ? { ...p, parentId: 2, body: 'isi baru', label: '(1)' } : p,
    );
    expect(find(compareVersions(v1, v2, noLineage), 4)).toMatchObject({
      kind: 'modified',
      textChanged: true,
      moved: true,
    });
  });
});

describe('compareVersions: where a provision that is gone is shown', () => {
  it('places each right after the provision it followed in the old version', () => {
    const before = [1, 2, 3, 4, 5].map((id) => provision(id, null, id, `Pasal ${id}`));
    const after = [
      provision(1, null, 1, 'Pasal 1'),
      provision(4, null, 2, 'Pasal 2'),
      provision(5, null, 3, 'Pasal 3'),
    ];
    expect(kinds(compareVersions(before, after, noLineage))).toEqual([
      '1:unchanged',
      '2:deleted',
      '3:deleted',
      '4:unchanged',
      '5:unchanged',
    ]);
  });

  it('places one that led the old version at the very start', () => {
    const before = [provision(1, null, 1, 'Pasal 1'), provision(2, null, 2, 'Pasal 2')];
    const after = [provision(3, null, 1, 'Pasal 1'), provision(2, null, 2, 'Pasal 2')];
    expect(kinds(compareVersions(before, after, noLineage))).toEqual(['1:deleted', '3:added', '2:unchanged']);
  });

  it('places one after the provision it followed, wherever that provision now stands', () => {
    // Pasal 2 (3) is deleted and its ayat become articles before Pasal 1 (2), now Pasal 3; in v1
    // Pasal 2 followed Pasal 1, so it is shown after Pasal 1 in its new place, at the end.
    const v2 = [
      provision(1, null, 1, 'Bab I', ''),
      provision(4, 1, 1, 'Pasal 1'),
      provision(5, 1, 2, 'Pasal 2'),
      provision(2, 1, 3, 'Pasal 3'),
    ];
    expect(kinds(compareVersions(v1, v2, noLineage))).toEqual([
      '1:unchanged',
      '4:moved',
      '5:moved',
      '2:unchanged',
      '3:deleted',
    ]);
  });

  it('keeps a deleted article and its ayat together, at their old depths', () => {
    const v2 = v1.filter((p) => p.provisionId < 3);
    const result = compareVersions(v1, v2, noLineage);
    expect(kinds(result)).toEqual(['1:unchanged', '2:unchanged', '3:deleted', '4:deleted', '5:deleted']);
    expect(result.map((c) => c.depth)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('compareVersions properties', () => {
  const id = fc.integer({ min: 1, max: 25 });
  const version = fc.uniqueArray(
    fc.record({
      provisionId: id,
      parentId: fc.option(id, { nil: null }),
      ordinal: fc.integer({ min: -3, max: 3 }),
      label: fc.constantFrom('Pasal 1', 'Pasal 2', '(1)'),
      heading: fc.option(fc.constantFrom('Umum', 'Tujuan'), { nil: null }),
      body: fc.constantFrom('', 'isi', 'isi lain'),
    }),
    { selector: (p) => p.provisionId, maxLength: 20 },
  );
  const lineage = fc
    .array(fc.tuple(id, fc.array(id, { maxLength: 3 })), { maxLength: 10 })
    .map((entries): Lineage => new Map(entries));

  it('shows every provision of either version exactly once', () => {
    fc.assert(
      fc.property(version, version, lineage, (before, after, links) => {
        const shown = compareVersions(before, after, links).map((c) => c.provisionId);
        const all = new Set([...before, ...after].map((p) => p.provisionId));
        expect(shown.length).toBe(all.size);
        expect(new Set(shown)).toEqual(all);
      }),
      { numRuns: 300 },
    );
  });

  it('shows the new version in its reading order, each provision gone after the one it followed', () => {
    fc.assert(
      fc.property(version, version, lineage, (before, after, links) => {
        const result = compareVersions(before, after, links);
        const fromAfter = result.filter((c) => c.after).map((c) => c.provisionId);
        expect(fromAfter).toEqual(documentOrder(after).map((p) => p.provision.provisionId));
        // The nearest earlier provision of `before` that is still present: a gone one is shown after it.
        const present = new Set(after.map((p) => p.provisionId));
        const anchors = new Map<number, number | null>();
        let anchor: number | null = null;
        for (const { provision: p } of documentOrder(before)) {
          if (present.has(p.provisionId)) anchor = p.provisionId;
          else anchors.set(p.provisionId, anchor);
        }
        let lastPresent: number | null = null;
        for (const c of result) {
          if (c.after) lastPresent = c.provisionId;
          else expect(anchors.get(c.provisionId)).toBe(lastPresent);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds every provision unchanged when a version is compared with itself', () => {
    fc.assert(
      fc.property(version, lineage, (provisions, links) => {
        const result = compareVersions(provisions, provisions, links);
        expect(result.every((c) => c.kind === 'unchanged' && !c.moved && !c.renumbered)).toBe(true);
        expect(result.every((c) => c.related.length === 0)).toBe(true);
      }),
    );
  });

  it('gives a kind that agrees with where the provision is present', () => {
    fc.assert(
      fc.property(version, version, lineage, (before, after, links) => {
        for (const c of compareVersions(before, after, links)) {
          if (c.before && c.after) expect(['unchanged', 'modified', 'moved']).toContain(c.kind);
          else if (c.after) expect(['added', 'split', 'merged']).toContain(c.kind);
          else expect(['deleted', 'split', 'merged']).toContain(c.kind);
          expect(c.related).toEqual([...c.related].sort((x, y) => x - y));
        }
      }),
    );
  });
});
