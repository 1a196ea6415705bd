import { PREDIKATS } from '@jenjang/domain/performance/predikat.rules';
import { DEFAULT_PROMOTION_RULES } from '@jenjang/domain/talent/promotion.contract';
import {
  PROMOTION_RULE_KEYS,
  type PromotionCandidate,
  promotionEligibility,
  summarizeEligibility,
} from '@jenjang/domain/talent/promotion.rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupByInputs, summaryOf, weigh } from './eligibility.service';

// A list weighs one person of each group with the same data (groupByInputs) and keeps which rules
// they fail (weigh): it must give everyone what promotionEligibility gives them alone, whoever
// shares what with whom, and the counts summarizeEligibility gives.

/** Few values of each, so that people share some and differ in others. */
const predikatList = fc.uniqueArray(
  fc.record({ year: fc.constantFrom(2024, 2025, 2026), predikat: fc.constantFrom(...PREDIKATS) }),
  { maxLength: 3, selector: (p) => p.year },
);
const sanctionList = fc.array(
  fc.record({
    from: fc.constantFrom('2026-01-01', '2027-01-01'),
    to: fc.constantFrom(null, '2027-03-31', '2027-06-30'),
  }),
  { maxLength: 2 },
);

/** People drawing their lists from a few (shared, as loadPeople shares them), or their own. */
const people = fc
  .record({
    predikats: fc.array(predikatList, { minLength: 1, maxLength: 4 }),
    sanctions: fc.array(sanctionList, { minLength: 1, maxLength: 3 }),
  })
  .chain((lists) =>
    fc.array(
      fc.record({
        employeeType: fc.constantFrom('PNS' as const, 'PPPK' as const),
        golongan: fc.constantFrom(null, 'III/a', 'III/b', '3b', 'IV/e', 'null', ''),
        tmtGolongan: fc.constantFrom(null, '2019-04-01', '2023-10-01', '2024-04-01', 'null'),
        educationText: fc.constantFrom(null, 'S-1', 'D-III', 'SLTA', 'S1 Teknik', 'null'),
        predikats: fc.oneof(fc.constantFrom(...lists.predikats), predikatList),
        sanctions: fc.oneof(fc.constantFrom(...lists.sanctions), sanctionList),
      }),
      { maxLength: 60 },
    ),
  ) as fc.Arbitrary<PromotionCandidate[]>;

describe('weighing a list', () => {
  it('gives everyone what promotionEligibility gives them alone, and the same counts', () => {
    fc.assert(
      fc.property(
        people,
        fc.constantFrom('2027-04-01', '2027-10-01'),
        fc.record({
          appraisalsConsidered: fc.integer({ min: 0, max: 3 }),
          minYearsInRank: fc.integer({ min: 0, max: 5 }),
        }),
        (list, period, changed) => {
          const rules = { ...DEFAULT_PROMOTION_RULES, ...changed };
          const alone = list.map((p) => promotionEligibility(p, rules, period));
          const grouped = groupByInputs(list);
          const failing = weigh(grouped, rules, period);
          expect([...failing].map((mask) => PROMOTION_RULE_KEYS.filter((_, b) => mask & (1 << b)))).toEqual(
            alone.map((r) => r.checks.filter((c) => !c.met).map((c) => c.rule)),
          );
          expect([...failing].map((mask) => mask === 0)).toEqual(alone.map((r) => r.eligible));
          expect(summaryOf(failing)).toEqual(summarizeEligibility(alone));
          // Two people share a group exactly when they have the same data and the same lists.
          const same = (a: PromotionCandidate, b: PromotionCandidate) =>
            a.employeeType === b.employeeType &&
            a.golongan === b.golongan &&
            a.tmtGolongan === b.tmtGolongan &&
            a.educationText === b.educationText &&
            a.predikats === b.predikats &&
            a.sanctions === b.sanctions;
          for (const [i, a] of list.entries()) {
            for (const [j, b] of list.entries()) {
              expect(grouped.groupOf[i] === grouped.groupOf[j]).toBe(same(a, b));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
