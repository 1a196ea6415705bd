import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTechnicalCode, NATIONAL_COMPETENCY_CODES, normaliseCompetencyCode } from './competency-dictionary';

describe('normaliseCompetencyCode', () => {
  it('reads the annex’s M.01 … M.08 as the dictionary’s M.1 … M.8', () => {
    expect(normaliseCompetencyCode('M.01')).toBe('M.1');
    expect(normaliseCompetencyCode('M.08')).toBe('M.8');
    expect(normaliseCompetencyCode('m1')).toBe('M.1');
    expect(normaliseCompetencyCode(' sk.01 ')).toBe('SK.1');
    expect(normaliseCompetencyCode('SK 1')).toBe('SK.1');
  });

  it('keeps every national code as it is', () => {
    for (const code of NATIONAL_COMPETENCY_CODES) expect(normaliseCompetencyCode(code)).toBe(code);
  });

  it('upper-cases a technical code and refuses what cannot be one', () => {
    expect(normaliseCompetencyCode('t.pd-01')).toBe('T.PD-01');
    expect(normaliseCompetencyCode('')).toBeNull();
    expect(normaliseCompetencyCode('.X')).toBeNull();
    expect(normaliseCompetencyCode('A B')).toBeNull();
    expect(normaliseCompetencyCode('X'.repeat(21))).toBeNull();
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), (raw) => {
        const once = normaliseCompetencyCode(raw);
        if (once !== null) expect(normaliseCompetencyCode(once)).toBe(once);
      }),
    );
  });
});

describe('isTechnicalCode', () => {
  it('keeps the dictionary’s namespace for the dictionary', () => {
    expect(isTechnicalCode('M.9')).toBe(false);
    expect(isTechnicalCode('SK.2')).toBe(false);
    expect(isTechnicalCode('M01')).toBe(false);
    expect(isTechnicalCode('T.01')).toBe(true);
    expect(isTechnicalCode('MK.1')).toBe(true);
  });
});
