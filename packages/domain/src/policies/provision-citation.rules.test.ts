import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citationOf, citationsOf } from './provision-citation.rules';

describe('citing a provision (UU 12/2011, Lampiran II)', () => {
  it('names an ayat, a huruf and an angka after the provision they belong to', () => {
    expect(citationOf('(1)', 'Pasal 5')).toBe('Pasal 5 ayat (1)');
    expect(citationOf('(2a)', 'Pasal 5')).toBe('Pasal 5 ayat (2a)');
    expect(citationOf('a.', 'Pasal 5 ayat (1)')).toBe('Pasal 5 ayat (1) huruf a');
    expect(citationOf('2.', 'Pasal 5 ayat (1) huruf a')).toBe('Pasal 5 ayat (1) huruf a angka 2');
    expect(citationOf('b)', 'Pasal 7')).toBe('Pasal 7 huruf b');
  });

  it('names a pasal, a bab or a bagian on its own, and a part at the top by its label', () => {
    expect(citationOf('Pasal 5', 'BAB II')).toBe('Pasal 5');
    expect(citationOf('Bagian Kesatu', 'BAB II')).toBe('Bagian Kesatu');
    expect(citationOf('BAB II', null)).toBe('BAB II');
    expect(citationOf('(1)', null)).toBe('(1)');
  });

  it('cites every provision of a text, in any order', () => {
    const text = [
      { provisionId: 4, parentId: 3, label: 'a.' },
      { provisionId: 3, parentId: 2, label: '(1)' },
      { provisionId: 2, parentId: 1, label: 'Pasal 5' },
      { provisionId: 1, parentId: null, label: 'BAB II' },
      { provisionId: 5, parentId: 9, label: '(2)' },
    ];
    expect(citationsOf(text)).toEqual(
      new Map([
        [4, 'Pasal 5 ayat (1) huruf a'],
        [3, 'Pasal 5 ayat (1)'],
        [2, 'Pasal 5'],
        [1, 'BAB II'],
        // Its parent is not in the text: the part stands on its own.
        [5, '(2)'],
      ]),
    );
  });

  const LABELS = ['BAB I', 'Pasal 3', '(1)', '(2)', 'a.', 'b.', '1.', 'Penjelasan'];
  const PART = /^(\(\d+\)|[a-z]\.|\d+\.)$/;

  it('names a part after its parent’s citation, and anything else by its own label', () => {
    // A tree: each provision's parent comes earlier.
    const tree = fc
      .array(fc.record({ parent: fc.nat(), hasParent: fc.boolean(), label: fc.constantFrom(...LABELS) }), {
        maxLength: 15,
      })
      .map((items) =>
        items.map((item, index) => ({
          provisionId: index + 1,
          parentId: item.hasParent && index > 0 ? (item.parent % index) + 1 : null,
          label: item.label,
        })),
      );
    fc.assert(
      fc.property(tree, (text) => {
        const cited = citationsOf(text);
        for (const p of text) {
          const citation = cited.get(p.provisionId)!;
          if (p.parentId !== null && PART.test(p.label)) {
            expect(citation.startsWith(`${cited.get(p.parentId)} `)).toBe(true);
          } else {
            expect(citation).toBe(p.label);
          }
        }
      }),
    );
  });

  it('cites every provision of a malformed text too, without looping', () => {
    const provision = fc.record({
      provisionId: fc.integer({ min: 1, max: 12 }),
      parentId: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
      label: fc.constantFrom(...LABELS),
    });
    fc.assert(
      fc.property(fc.uniqueArray(provision, { selector: (p) => p.provisionId }), (text) => {
        expect(citationsOf(text).size).toBe(text.length);
      }),
    );
  });
});
