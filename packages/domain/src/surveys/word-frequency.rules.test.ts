import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordFrequencies } from './word-frequency.rules';

describe('wordFrequencies', () => {
  const texts = [
    'Pelayanan sangat cepat dan ramah!',
    'Petugasnya RAMAH, tapi antrean lama. Antrean panjang, antrean!!',
    'Antrean 2 jam di loket 3',
    'antrean lama',
    'AC mati; ruang tunggu panas.',
    'The staff were friendly and fast',
  ];

  it('counts words by the texts they appear in, most frequent first, ties alphabetical', () => {
    expect(wordFrequencies(texts)).toEqual([
      { word: 'antrean', count: 3 },
      { word: 'lama', count: 2 },
      { word: 'ramah', count: 2 },
      ...['ac', 'cepat', 'fast', 'friendly', 'jam', 'loket', 'mati', 'panas', 'panjang', 'pelayanan']
        .concat(['petugasnya', 'ruang', 'staff', 'tunggu'])
        .map((word) => ({ word, count: 1 })),
    ]);
  });

  it('keeps the most frequent words up to the limit', () => {
    expect(wordFrequencies(texts, { limit: 2 })).toEqual([
      { word: 'antrean', count: 3 },
      { word: 'lama', count: 2 },
    ]);
    expect(wordFrequencies(texts, { limit: 0 })).toEqual([]);
  });

  it('drops words shorter than the minimum length', () => {
    const words = wordFrequencies(texts, { minLength: 4 }).map((w) => w.word);
    expect(words).not.toContain('ac');
    expect(words).not.toContain('jam');
    expect(words).toContain('lama');
  });

  it('drops Indonesian and English stop words, typed abbreviations and extra words given', () => {
    const result = wordFrequencies(['Yg saya tdk suka itu antrean di Dukcapil', 'the queue is too long'], {
      extraStopWords: ['DUKCAPIL'],
    });
    expect(result.map((w) => w.word)).toEqual(['antrean', 'long', 'queue', 'suka']);
  });

  it('drops numbers but keeps words written with digits or hyphens', () => {
    const result = wordFrequencies(['Tahun 2024 banyak kupu-kupu, covid-19 reda; 10-12 orang']);
    expect(result.map((w) => w.word)).toEqual(['banyak', 'covid-19', 'kupu-kupu', 'orang', 'reda', 'tahun']);
  });

  it('reads curly apostrophes as straight ones, so English contractions are stop words', () => {
    expect(wordFrequencies(['Don’t wait, it’s slow'])).toEqual([
      { word: 'slow', count: 1 },
      { word: 'wait', count: 1 },
    ]);
  });

  it('gives nothing for no texts or only punctuation', () => {
    expect(wordFrequencies([])).toEqual([]);
    expect(wordFrequencies(['!!! ... ,,,', '   '])).toEqual([]);
  });

  it('counts no word more often than there are texts', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 20 }), (list) => {
        for (const { count } of wordFrequencies(list)) expect(count).toBeLessThanOrEqual(list.length);
      }),
    );
  });
});
