import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import { EligibilityRulesSchema } from './program.contract';

const lookup = (catalog: unknown, key: string) =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);

describe('a program’s eligibility terms', () => {
  it('reads terms stored before talent boxes existed as open to every box', () => {
    const stored = {
      unitIds: [3],
      positionKinds: [],
      golonganRankMin: null,
      golonganRankMax: null,
      employeeTypes: ['PNS'],
      requiresGap: false,
      repeatAfterYears: null,
    };
    expect(EligibilityRulesSchema.parse(stored)).toEqual({ ...stored, talentBoxes: [] });
  });

  it('takes boxes 1 to 9, each once, and says why in both languages otherwise', () => {
    expect(EligibilityRulesSchema.parse({ talentBoxes: [7, 8, 9] }).talentBoxes).toEqual([7, 8, 9]);
    for (const talentBoxes of [[0], [10], [2.5]]) {
      expect(EligibilityRulesSchema.safeParse({ talentBoxes }).success, String(talentBoxes)).toBe(false);
    }
    const repeated = EligibilityRulesSchema.safeParse({ talentBoxes: [7, 7] });
    expect(repeated.success).toBe(false);
    const issue = repeated.error!.issues[0] as { path: PropertyKey[]; params?: { i18n?: string } };
    expect(issue.path).toEqual(['talentBoxes']);
    const key = issue.params?.i18n ?? '';
    expect(lookup(id, key)).toBe('Setiap kotak talenta hanya dapat dipilih sekali.');
    expect(lookup(en, key)).toBe('Each talent box may be chosen only once.');
  });
});
