import { describe, expect, it } from 'vitest';
import { KEY_PATTERN, keyFromText, uniqueKey } from './editor-keys';

describe('keyFromText', () => {
  it('joins the words of the Indonesian text with underscores', () => {
    expect(keyFromText('Seberapa puas Anda dengan layanan kami?', 'pertanyaan')).toBe(
      'seberapa_puas_anda_dengan_layanan_kami',
    );
  });

  it('drops accents and keeps whole words within 40 characters', () => {
    const key = keyFromText('Apakah Anda pernah mengikuti pelatihan teknis dalam setahun terakhir?', 'q');
    expect(key).toBe('apakah_anda_pernah_mengikuti_pelatihan');
    expect(key.length).toBeLessThanOrEqual(40);
    expect(keyFromText('Café société', 'q')).toBe('cafe_societe');
  });

  it('starts with a letter, and falls back when the text has no letters or digits', () => {
    expect(keyFromText('2 tahun terakhir', 'pertanyaan')).toBe('pertanyaan_2_tahun_terakhir');
    expect(keyFromText('  ?! ', 'pilihan')).toBe('pilihan');
  });

  it('always gives a valid key', () => {
    for (const text of ['Ya', 'Tidak', '100%', 'x'.repeat(90), 'Sangat   puas!!']) {
      expect(keyFromText(text, 'pilihan')).toMatch(KEY_PATTERN);
    }
  });
});

describe('uniqueKey', () => {
  it('keeps a free key and numbers a taken one', () => {
    expect(uniqueKey('usia', new Set(['sex']))).toBe('usia');
    expect(uniqueKey('usia', new Set(['usia', 'usia_2']))).toBe('usia_3');
  });

  it('stays within 40 characters when numbering', () => {
    const base = 'a'.repeat(40);
    expect(uniqueKey(base, new Set([base]))).toBe(`${'a'.repeat(38)}_2`);
  });
});
