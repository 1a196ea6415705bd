import { DEFAULT_PROMOTION_RULES, PromotionRules } from '@jenjang/domain/talent/promotion.contract';
import { describe, expect, it } from 'vitest';
import { checkRules, formValuesOf, rulesOf } from './promotion-rules-values';

const defaults = formValuesOf(DEFAULT_PROMOTION_RULES);

describe('the promotion rules form', () => {
  it('gives back the rules it was filled with, valid under the contract', () => {
    const rules = rulesOf(defaults);
    expect(rules).toEqual(DEFAULT_PROMOTION_RULES);
    expect(PromotionRules.parse(rules)).toEqual(DEFAULT_PROMOTION_RULES);
  });

  it('leaves every level without a ceiling unset and holds the others as the form shows them', () => {
    expect(defaults.educationCeilings).toMatchObject({ SD: '', SMP: '', D1: '', D2: '', SLTA: 'III/b' });
    expect(defaults.periods).toEqual(['4', '10']);
  });

  it('turns text inputs, checked months in any order and chosen ceilings into valid rules', () => {
    const values = {
      ...defaults,
      minYearsInRank: '3',
      appraisalsConsidered: 1,
      minimumPredikat: 'butuh_perbaikan' as const,
      requireNoActiveSanction: false,
      educationCeilings: { ...defaults.educationCeilings, SMP: 'II/a', SLTA: '' },
      positionCeilings: { ...defaults.positionCeilings, ahli_utama: '', pemula: 'II/b' },
      periods: ['10', '1', '4'],
      proposalLeadMonths: '0',
    };
    const checked = checkRules(values);
    expect(checked.ok).toBe(true);
    const rules = rulesOf(values);
    expect(PromotionRules.safeParse(rules).success).toBe(true);
    expect(rules).toEqual({
      minYearsInRank: 3,
      appraisalsConsidered: 1,
      minimumPredikat: 'butuh_perbaikan',
      requireNoActiveSanction: false,
      educationCeilings: { SMP: 'II/a', D3: 'III/c', D4: 'III/d', S1: 'III/d', S2: 'IV/a', S3: 'IV/b' },
      positionCeilings: {
        ahli_pertama: 'III/b',
        ahli_muda: 'III/d',
        ahli_madya: 'IV/c',
        pemula: 'II/b',
        terampil: 'II/d',
        mahir: 'III/b',
        penyelia: 'III/d',
      },
      periods: [1, 4, 10],
      proposalLeadMonths: 0,
    });
  });

  it('says which field is out of range, with the range', () => {
    const checked = checkRules({ ...defaults, minYearsInRank: 11, proposalLeadMonths: '' });
    expect(checked).toEqual({
      ok: false,
      issues: {
        minYearsInRank: { key: 'range', params: { min: 0, max: 10 } },
        proposalLeadMonths: { key: 'range', params: { min: 0, max: 12 } },
      },
    });
  });

  it('asks for a period month, and refuses a higher education with a lower ceiling', () => {
    expect(checkRules({ ...defaults, periods: [] })).toMatchObject({
      ok: false,
      issues: { periods: { key: 'periodsNone' } },
    });
    const slip = { ...defaults.educationCeilings, S2: 'III/a' };
    expect(checkRules({ ...defaults, educationCeilings: slip })).toMatchObject({
      ok: false,
      issues: { educationCeilings: { key: 'ceilingOrder' } },
    });
  });
});
