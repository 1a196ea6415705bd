import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IDP_STATES, IDP_TRANSITIONS, nextIdpState, recommendIdp } from './idp.rules';

describe('the IDP’s lifecycle', () => {
  it('goes draft → agreed → in progress → done, and back to a draft to change what was agreed', () => {
    expect(nextIdpState('draft', 'agree')).toBe('agreed');
    expect(nextIdpState('agreed', 'start')).toBe('inProgress');
    expect(nextIdpState('inProgress', 'complete')).toBe('done');
    expect(nextIdpState('inProgress', 'reopen')).toBe('draft');
    expect(nextIdpState('draft', 'complete')).toBeNull();
  });

  it('keeps a finished plan finished', () => {
    for (const t of IDP_TRANSITIONS) expect(nextIdpState('done', t)).toBeNull();
    expect(IDP_STATES).toHaveLength(4);
  });
});

describe('recommendIdp', () => {
  const need = (competency: string, gap: number | null, type: 'manajerial' | 'teknis' = 'manajerial') => ({
    competencyId: Number(competency.replace(/\D/g, '')) || 99,
    competency,
    type,
    required: 3,
    actual: gap === null ? null : 3 + gap,
    gap,
  });

  it('takes the largest gaps first, 8 JP a level, on the path of each competency’s type', () => {
    expect(
      recommendIdp([
        need('M.1', -1),
        need('M.4', -2),
        need('M.2', 0),
        need('T.TIK', -1, 'teknis'),
        need('M.8', null),
      ]),
    ).toEqual([
      { competencyId: 4, pathCode: 'KL02', jp: 16, gap: -2 },
      { competencyId: 1, pathCode: 'KL02', jp: 8, gap: -1 },
      { competencyId: 99, pathCode: 'KL03', jp: 8, gap: -1 },
    ]);
  });

  it('recommends only for needs, at most the limit, never more than 40 JP', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -4, max: 2 }), { maxLength: 10 }),
        fc.integer({ min: 1, max: 5 }),
        (gaps, limit) => {
          const result = recommendIdp(
            gaps.map((g, i) => need(`M.${i + 1}`, g)),
            limit,
          );
          expect(result.length).toBe(Math.min(limit, gaps.filter((g) => g < 0).length));
          for (const r of result) {
            expect(r.gap).toBeLessThan(0);
            expect(r.jp).toBeGreaterThan(0);
            expect(r.jp).toBeLessThanOrEqual(40);
          }
        },
      ),
    );
  });
});
