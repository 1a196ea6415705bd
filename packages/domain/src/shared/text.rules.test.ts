import { describe, expect, it } from 'vitest';
import { forbiddenCharacter } from './text.rules';

describe('forbiddenCharacter', () => {
  it('lets ordinary names through, Indonesian, Arabic, emoji and all', () => {
    for (const text of [
      'Dinas Pendidikan dan Kebudayaan',
      'Dr. Siti Nurhaliza, S.Pd., M.Si.',
      'RSUD Dr. Soedarso — Poli Anak (Lt. 2)',
      'مدرسة',
      'Pelatihan 🎓 2026',
      'Kepala Sub-Bagian Umum & Kepegawaian',
    ]) {
      expect(forbiddenCharacter(text)).toBeNull();
    }
  });

  it('names the first control character, DEL or C1 control', () => {
    expect(forbiddenCharacter('Unit\u0000')).toBe('U+0000');
    expect(forbiddenCharacter('Unit\tA')).toBe('U+0009');
    expect(forbiddenCharacter('Unit\u001bA')).toBe('U+001B');
    expect(forbiddenCharacter('Unit\u007fA')).toBe('U+007F');
    expect(forbiddenCharacter('Unit\u0085A')).toBe('U+0085');
    expect(forbiddenCharacter('Unit\u009fA')).toBe('U+009F');
  });

  it('refuses a newline in a line, allows it in a text of several lines, never a carriage return', () => {
    expect(forbiddenCharacter('Baris satu\nbaris dua')).toBe('U+000A');
    expect(forbiddenCharacter('Baris satu\nbaris dua', { multiline: true })).toBeNull();
    expect(forbiddenCharacter('Baris satu\r\nbaris dua', { multiline: true })).toBe('U+000D');
    expect(forbiddenCharacter('a\u0085b', { multiline: true })).toBe('U+0085');
  });

  it('refuses every bidi embedding, override and isolate (Trojan Source)', () => {
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      const mark = String.fromCodePoint(code);
      expect(forbiddenCharacter(`Unit${mark}evil`)).toBe(`U+${code.toString(16).toUpperCase()}`);
      expect(forbiddenCharacter(`Unit${mark}evil`, { multiline: true })).not.toBeNull();
    }
    // Marks that only set a direction (LRM, RLM) embed nothing and stay allowed.
    expect(forbiddenCharacter('abc\u200edef\u200f')).toBeNull();
  });

  it('refuses lone surrogates, high or low, but not a pair', () => {
    expect(forbiddenCharacter('a\ud83cb')).toBe('U+D83C');
    expect(forbiddenCharacter('a\udf93b')).toBe('U+DF93');
    expect(forbiddenCharacter('a\ud83c')).toBe('U+D83C');
    expect(forbiddenCharacter('\udf93')).toBe('U+DF93');
    expect(forbiddenCharacter('a\ud83c\udf93b')).toBeNull();
  });
});
