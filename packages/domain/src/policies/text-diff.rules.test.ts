import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords, MAX_EDIT_TOKENS, type TextSegment, tokenise } from './text-diff.rules';

const side = (segments: TextSegment[], op: 'added' | 'removed') =>
  segments
    .filter((s) => s.op === 'same' || s.op === op)
    .map((s) => s.text)
    .join('');

const changedCharacters = (segments: TextSegment[]) =>
  segments.filter((s) => s.op !== 'same').reduce((sum, s) => sum + s.text.length, 0);

/** Tokens struck out and written in: each change segment is a run of whole tokens of its text. */
const changedTokens = (segments: TextSegment[]) =>
  segments.filter((s) => s.op !== 'same').reduce((sum, s) => sum + tokenise(s.text).length, 0);

/** The length of a longest common subsequence of two token lists, by the textbook table. */
function lcsLength(a: string[], b: string[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const token of a) {
    const next = [0];
    b.forEach((other, j) => {
      next.push(token === other ? row[j]! + 1 : Math.max(row[j + 1]!, next[j]!));
    });
    row = next;
  }
  return row[b.length]!;
}

describe('diffWords on the wording of a regulation', () => {
  it('marks only the number that changed in a reference', () => {
    expect(diffWords('sebagaimana dimaksud pada ayat (2)', 'sebagaimana dimaksud pada ayat (3)')).toEqual([
      { op: 'same', text: 'sebagaimana dimaksud pada ayat (' },
      { op: 'removed', text: '2' },
      { op: 'added', text: '3' },
      { op: 'same', text: ')' },
    ]);
  });

  it('shows inserted words as one added segment', () => {
    expect(
      diffWords('Pegawai wajib mengikuti pelatihan.', 'Pegawai wajib mengikuti pelatihan teknis.'),
    ).toEqual([
      { op: 'same', text: 'Pegawai wajib mengikuti pelatihan' },
      { op: 'added', text: ' teknis' },
      { op: 'same', text: '.' },
    ]);
  });

  it('shows removed words as one removed segment', () => {
    expect(diffWords('paling lama 30 (tiga puluh) hari kerja', 'paling lama 30 hari kerja')).toEqual([
      { op: 'same', text: 'paling lama 30 ' },
      { op: 'removed', text: '(tiga puluh) ' },
      { op: 'same', text: 'hari kerja' },
    ]);
  });

  it('puts what was struck out before what was written in', () => {
    expect(diffWords('Bupati menetapkan', 'Wali Kota menetapkan')).toEqual([
      { op: 'removed', text: 'Bupati' },
      { op: 'added', text: 'Wali Kota' },
      { op: 'same', text: ' menetapkan' },
    ]);
  });

  it('gives one same segment for equal texts, and nothing for two empty ones', () => {
    expect(diffWords('Pasal 3', 'Pasal 3')).toEqual([{ op: 'same', text: 'Pasal 3' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('gives a single segment when one side is empty', () => {
    expect(diffWords('', 'Cukup jelas.')).toEqual([{ op: 'added', text: 'Cukup jelas.' }]);
    expect(diffWords('Cukup jelas.', '')).toEqual([{ op: 'removed', text: 'Cukup jelas.' }]);
  });

  it('keeps words with diacritics and combining marks whole', () => {
    expect(diffWords('café crème', 'cafe\u0301 crème')).toEqual([
      { op: 'removed', text: 'café' },
      { op: 'added', text: 'cafe\u0301' },
      { op: 'same', text: ' crème' },
    ]);
  });
});

describe('diffWords on long texts', () => {
  const words = Array.from({ length: 6000 }, (_, i) => `kata${(i * 7919) % 1000}`);

  it('finds the few amended words of a text of thousands of words quickly', () => {
    const amended = [...words];
    amended[100] = 'diubah';
    amended[3000] = 'diganti';
    amended.splice(5000, 0, 'baru');
    const started = performance.now();
    const segments = diffWords(words.join(' '), amended.join(' '));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(segments.filter((s) => s.op !== 'same')).toEqual([
      { op: 'removed', text: words[100] },
      { op: 'added', text: 'diubah' },
      { op: 'removed', text: words[3000] },
      { op: 'added', text: 'diganti' },
      { op: 'added', text: ' baru' },
    ]);
  });

  it('gives up on two long texts that share little: one removed and one added block', () => {
    const other = words.map((w) => `${w}x`);
    const before = `Menimbang: ${words.join(' ')}.`;
    const after = `Menimbang: ${other.join(' ')}.`;
    const started = performance.now();
    const segments = diffWords(before, after);
    expect(performance.now() - started).toBeLessThan(2000);
    // Each word differs, so the script would need 12,000 edits: over MAX_EDIT_TOKENS.
    expect(words.length * 2).toBeGreaterThan(MAX_EDIT_TOKENS);
    expect(segments.map((s) => s.op)).toEqual(['same', 'removed', 'added', 'same']);
    expect(side(segments, 'removed')).toBe(before);
    expect(side(segments, 'added')).toBe(after);
  });
});

describe('diffWords properties', () => {
  // Texts of a few words from a small vocabulary, so that they share much and differ a little.
  const wordy = fc
    .tuple(
      fc.array(
        fc.constantFrom('Pasal', 'ayat', '(1)', '(2)', 'pegawai', 'wajib', 'dan', ',', '.', ' ', '\n'),
        {
          maxLength: 40,
        },
      ),
      fc.constantFrom(' ', ''),
    )
    .map(([parts, between]) => parts.join(between));
  const anyText = fc.oneof(
    wordy,
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.string({ maxLength: 60 }),
  );

  it('gives back each text exactly from its segments', () => {
    fc.assert(
      fc.property(anyText, anyText, (before, after) => {
        const segments = diffWords(before, after);
        expect(side(segments, 'removed')).toBe(before);
        expect(side(segments, 'added')).toBe(after);
      }),
      { numRuns: 500 },
    );
  });

  it('has no empty segments and never two of the same op in a row', () => {
    fc.assert(
      fc.property(anyText, anyText, (before, after) => {
        const segments = diffWords(before, after);
        for (const [i, s] of segments.entries()) {
          expect(s.text).not.toBe('');
          if (i > 0) expect(segments[i - 1]!.op).not.toBe(s.op);
        }
      }),
    );
  });

  it('gives only same segments for equal texts', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(diffWords(text, text).every((s) => s.op === 'same')).toBe(true);
      }),
    );
  });

  it('never changes more characters than replacing the whole text', () => {
    fc.assert(
      fc.property(anyText, anyText, (before, after) => {
        expect(changedCharacters(diffWords(before, after))).toBeLessThanOrEqual(before.length + after.length);
      }),
    );
  });

  it('changes the fewest tokens possible (n + m − 2 · LCS)', () => {
    fc.assert(
      fc.property(wordy, wordy, (before, after) => {
        const a = tokenise(before);
        const b = tokenise(after);
        expect(changedTokens(diffWords(before, after))).toBe(a.length + b.length - 2 * lcsLength(a, b));
      }),
      { numRuns: 500 },
    );
  });
});
