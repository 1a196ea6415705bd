import { describe, expect, it } from 'vitest';
import { golonganFromSiasnId, PNS_GOLONGAN } from '../people/golongan';
import { PREDIKAT_WORDS, PREDIKATS, RATING_WORDS, RATINGS } from './predikat.rules';
import {
  golonganToSiasnId,
  parseAssessorStatus,
  parsePeriodik,
  parsePredikat,
  parseRating,
} from './skp-siasn';

describe('SIASN’s SKP values', () => {
  it('reads every rating and predikat back from its word, in any case', () => {
    for (const r of RATINGS) expect(parseRating(RATING_WORDS[r].toUpperCase())).toBe(r);
    for (const p of PREDIKATS) expect(parsePredikat(PREDIKAT_WORDS[p].toLowerCase())).toBe(p);
  });

  it('reads no rating from a predikat word or a word without Ekspektasi', () => {
    expect(parseRating('Baik')).toBeNull();
    expect(parseRating('Di Atas')).toBeNull();
    expect(parsePredikat('Cukup')).toBeNull();
  });

  it('numbers every PNS golongan as SIASN does, 11 for I/a to 45 for IV/e', () => {
    expect(golonganToSiasnId('I/a')).toBe('11');
    expect(golonganToSiasnId('III/b')).toBe('32');
    expect(golonganToSiasnId('IV/e')).toBe('45');
    for (const { code } of PNS_GOLONGAN) expect(golonganFromSiasnId(golonganToSiasnId(code))).toBe(code);
  });

  it.each([
    ['ASN', 'ASN'],
    [' asn ', 'ASN'],
    ['NON ASN', 'NON ASN'],
    ['Non-ASN', 'NON ASN'],
    ['nonasn', 'NON ASN'],
    ['PNS', null],
  ])('reads the assessor status %j as %j', (text, status) => {
    expect(parseAssessorStatus(text)).toBe(status);
  });

  it.each([
    ['Bulanan', 'monthly'],
    ['TRIWULAN', 'quarterly'],
    ['semesteran', 'semester'],
    ['tahunan', null],
  ])('reads periodik %j as %j', (text, frequency) => {
    expect(parsePeriodik(text)).toBe(frequency);
  });
});
