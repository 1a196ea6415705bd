import { PREDIKATS } from '@jenjang/domain/performance/predikat.rules';
import { TALENT_RECOMMENDATIONS } from '@jenjang/domain/talent/nine-box.contract';
import {
  PERFORMANCE_BANDS,
  POTENTIAL_BANDS,
  TALENT_LINE_CODES,
  TALENT_REASON_CODES,
} from '@jenjang/domain/talent/nine-box.rules';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/locales/en/talent.json';
import id from '../../i18n/locales/id/talent.json';
import { signedPoints, type TalentLineWords, talentLineMessage } from './talent-line';

type Messages = { [key: string]: string | Messages };

/** The message at a dotted key, if there is one. */
function messageAt(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** The params each line's message says, as nine-box.rules.ts names them beside each code. */
const PARAMS: Record<(typeof TALENT_LINE_CODES)[number], string[]> = {
  'talent.line.predikat': ['predikat'],
  'talent.line.predikatMissing': [],
  'talent.line.component': ['label', 'given', 'max'],
  'talent.line.jpm': ['category'],
  'talent.line.jpmMissing': [],
  'talent.line.qualification': ['level'],
  'talent.line.qualificationOther': ['level'],
  'talent.line.qualificationUnknown': [],
  'talent.line.serviceYears': ['years', 'pointsPerYear', 'cap'],
  'talent.line.training': ['programs', 'windowYears', 'pointsPerProgram', 'cap'],
};

const placeholders = (message: string) =>
  [...new Set([...message.matchAll(/{{(\w+)}}/g)].map((m) => m[1]))].sort();

const words: TalentLineWords = {
  predikat: (value) => `predikat(${value})`,
  jpm: (value) => `jpm(${value})`,
  education: (value) => `education(${value})`,
  number: (value) => `n(${value})`,
};

describe('the talent messages', () => {
  for (const [language, messages] of [
    ['id', id],
    ['en', en],
  ] as const) {
    it(`say every score line in ${language}, with the params of its code`, () => {
      for (const code of TALENT_LINE_CODES) {
        const message = messageAt(messages, code);
        expect(message, `${language}: ${code}`).toBeTruthy();
        expect(placeholders(message ?? ''), `${language}: ${code}`).toEqual([...PARAMS[code]].sort());
      }
    });

    it(`say why someone has no box, and name every recommendation and band in ${language}`, () => {
      for (const code of TALENT_REASON_CODES) expect(messageAt(messages, code), code).toBeTruthy();
      for (const value of TALENT_RECOMMENDATIONS) {
        expect(messageAt(messages, `recommendation.${value}`), value).toBeTruthy();
      }
      for (const band of PERFORMANCE_BANDS)
        expect(messageAt(messages, `band.performance.${band}`)).toBeTruthy();
      for (const band of POTENTIAL_BANDS) expect(messageAt(messages, `band.potential.${band}`)).toBeTruthy();
    });
  }

  it('lists the params of every line code there is', () => {
    expect(Object.keys(PARAMS).sort()).toEqual([...TALENT_LINE_CODES].sort());
  });
});

describe('a score line in words', () => {
  it('names the predikat, the JPM category and the education level, and writes numbers as numbers', () => {
    for (const predikat of PREDIKATS) {
      expect(talentLineMessage({ code: 'talent.line.predikat', params: { predikat } }, words).params).toEqual(
        {
          predikat: `predikat(${predikat})`,
        },
      );
    }
    expect(
      talentLineMessage({ code: 'talent.line.jpm', params: { category: 'masihMemenuhi' } }, words).params,
    ).toEqual({ category: 'jpm(masihMemenuhi)' });
    expect(
      talentLineMessage({ code: 'talent.line.qualification', params: { level: 'D3' } }, words).params,
    ).toEqual({ level: 'education(D3)' });
    expect(
      talentLineMessage(
        { code: 'talent.line.serviceYears', params: { years: 12, pointsPerYear: 1, cap: 10 } },
        words,
      ),
    ).toEqual({
      key: 'talent.line.serviceYears',
      params: { years: 'n(12)', pointsPerYear: 'n(1)', cap: 'n(10)' },
    });
  });

  it('keeps a component’s label as the government wrote it', () => {
    expect(
      talentLineMessage(
        { code: 'talent.line.component', params: { label: 'Inovasi', given: 7.5, max: 10 } },
        words,
      ).params,
    ).toEqual({ label: 'Inovasi', given: 'n(7.5)', max: 'n(10)' });
  });

  it('signs the points a line adds, a penalty with a minus', () => {
    const number = (value: number) => String(value);
    expect(signedPoints(10, number)).toBe('+10');
    expect(signedPoints(-20, number)).toBe('−20');
    expect(signedPoints(0, number)).toBe('0');
  });
});
