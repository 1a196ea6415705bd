import { FUNGSIONAL_LEVELS } from '@jenjang/domain/people/position';
import { PREDIKATS } from '@jenjang/domain/performance/predikat.rules';
import { EDUCATION_LEVELS } from '@jenjang/domain/talent/education-level';
import { PROMOTION_CHECK_CODES, PROMOTION_RULE_KEYS } from '@jenjang/domain/talent/promotion.rules';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/locales/en/promotion.json';
import id from '../../i18n/locales/id/promotion.json';
import { type CheckWords, checkMessage } from './check-message';

type Messages = { [key: string]: string | Messages };

/** The message at a dotted key, if there is one. */
function messageAt(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/**
 * The params each code's message says, as promotion.rules.ts names them beside each code; below's
 * `missing` (years not recorded, often none) is said by its variant belowAndMissing.
 */
const PARAMS: Record<(typeof PROMOTION_CHECK_CODES)[number], string[]> = {
  'promotion.pns.met': ['employeeType'],
  'promotion.pns.pppk': ['employeeType'],
  'promotion.topRank.met': ['golongan', 'target'],
  'promotion.topRank.top': ['golongan'],
  'promotion.topRank.golonganUnknown': ['value'],
  'promotion.yearsInRank.met': ['years', 'months', 'required'],
  'promotion.yearsInRank.short': ['years', 'months', 'required', 'reachedOn'],
  'promotion.yearsInRank.tmtUnknown': ['required'],
  'promotion.appraisals.met': ['years', 'minimum'],
  'promotion.appraisals.notConsidered': [],
  'promotion.appraisals.below': ['years', 'minimum'],
  'promotion.appraisals.missing': ['years', 'minimum'],
  'promotion.sanction.met': [],
  'promotion.sanction.notConsidered': [],
  'promotion.sanction.active': ['from', 'until'],
  'promotion.sanction.activeOpen': ['from'],
  'promotion.educationCeiling.met': ['level', 'ceiling', 'target'],
  'promotion.educationCeiling.above': ['level', 'ceiling', 'target'],
  'promotion.educationCeiling.educationUnknown': ['value'],
  'promotion.educationCeiling.ceilingUnknown': ['level'],
  'promotion.educationCeiling.noTarget': [],
  'promotion.positionCeiling.met': ['level', 'ceiling', 'target'],
  'promotion.positionCeiling.above': ['level', 'ceiling', 'target'],
  'promotion.positionCeiling.notBound': [],
};

const placeholders = (message: string) => [...message.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

const words: CheckWords = {
  date: (value) => `date(${value})`,
  predikat: (value) => `predikat(${value})`,
  education: (value) => `education(${value})`,
  positionLevel: (value) => `position(${value})`,
  unknown: 'unknown',
};

describe('the kenaikan pangkat check messages', () => {
  for (const [language, messages] of [
    ['id', id],
    ['en', en],
  ] as const) {
    it(`say every check outcome in ${language}, with the params of its code`, () => {
      for (const code of PROMOTION_CHECK_CODES) {
        const message = messageAt(messages, code);
        expect(message, `${language}: ${code}`).toBeTruthy();
        expect(placeholders(message ?? ''), `${language}: ${code}`).toEqual([...PARAMS[code]].sort());
      }
      const both = messageAt(messages, 'promotion.appraisals.belowAndMissing');
      expect(placeholders(both ?? '')).toEqual(['minimum', 'missing', 'years']);
      expect(messageAt(messages, 'promotion.topRank.golonganMissing')).toBeTruthy();
      expect(messageAt(messages, 'promotion.educationCeiling.educationMissing')).toBeTruthy();
    });

    it(`name every rule, predikat and education level in ${language}`, () => {
      for (const rule of PROMOTION_RULE_KEYS) expect(messages.rule[rule], rule).toBeTruthy();
      for (const predikat of PREDIKATS) expect(messages.predikat[predikat], predikat).toBeTruthy();
      for (const level of EDUCATION_LEVELS) expect(messages.education[level], level).toBeTruthy();
      for (const level of FUNGSIONAL_LEVELS) expect(messages.positionLevel[level], level).toBeTruthy();
    });
  }

  it('lists the params of every code there is', () => {
    expect(Object.keys(PARAMS).sort()).toEqual([...PROMOTION_CHECK_CODES].sort());
  });
});

describe('a check in words', () => {
  it('puts dates, predikat and education levels in words and keeps golongan as written', () => {
    expect(
      checkMessage(
        {
          code: 'promotion.yearsInRank.short',
          params: { years: 3, months: 5, required: 4, reachedOn: '2026-11-01' },
        },
        words,
      ),
    ).toEqual({
      key: 'promotion.yearsInRank.short',
      params: { years: 3, months: 5, required: 4, reachedOn: 'date(2026-11-01)' },
    });
    expect(
      checkMessage(
        {
          code: 'promotion.educationCeiling.above',
          params: { level: 'S1', ceiling: 'III/d', target: 'IV/a' },
        },
        words,
      ).params,
    ).toEqual({ level: 'education(S1)', ceiling: 'III/d', target: 'IV/a' });
    expect(
      checkMessage(
        { code: 'promotion.appraisals.met', params: { years: '2024, 2025', minimum: 'baik' } },
        words,
      ).params,
    ).toEqual({ years: '2024, 2025', minimum: 'predikat(baik)' });
    expect(
      checkMessage(
        { code: 'promotion.sanction.active', params: { from: '2025-01-02', until: '2026-01-01' } },
        words,
      ).params,
    ).toEqual({ from: 'date(2025-01-02)', until: 'date(2026-01-01)' });
  });

  it('says a value the record leaves empty is not recorded', () => {
    expect(
      checkMessage({ code: 'promotion.topRank.golonganUnknown', params: { value: '' } }, words).params,
    ).toEqual({ value: 'unknown' });
    expect(
      checkMessage(
        { code: 'promotion.educationCeiling.educationUnknown', params: { value: 'Kursus' } },
        words,
      ).params,
    ).toEqual({ value: 'Kursus' });
  });

  it('tells of the years still missing beside the years below the minimum, when there are any', () => {
    const below = (missing: string) =>
      checkMessage(
        { code: 'promotion.appraisals.below', params: { years: '2024', missing, minimum: 'baik' } },
        words,
      ).key;
    expect(below('')).toBe('promotion.appraisals.below');
    expect(below('2025')).toBe('promotion.appraisals.belowAndMissing');
  });
});
