import { PREDIKATS, type Predikat } from '@jenjang/domain/performance/predikat.rules';
import { DEFAULT_PROMOTION_RULES } from '@jenjang/domain/talent/promotion.contract';
import {
  PROMOTION_RULE_KEYS,
  type PromotionCandidate,
  promotionEligibility,
  summarizeEligibility,
} from '@jenjang/domain/talent/promotion.rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  candidateAt,
  fungsionalLevel,
  PeopleGrouping,
  positionsOf,
  summaryOf,
  weigh,
} from './eligibility.service';
import { inputsOf } from './promotion.repository';

// A list groups people with the same data as their rows come (PeopleGrouping), weighs one person of
// each group (weigh, with promotionFailures) and keeps which rules they fail: it must give everyone
// what promotionEligibility gives them alone, read from their own row, whoever shares what with
// whom, and the counts summarizeEligibility gives.

const YEARS = [2025, 2026];

/** A value as PostgreSQL's quote_nullable writes it. */
const literal = (value: string | null) =>
  value === null
    ? 'NULL'
    : value.includes('\\')
      ? `E'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`
      : `'${value.replaceAll("'", "''")}'`;

interface Row {
  employeeId: number;
  golongan: string | null;
  tmtGolongan: string | null;
  education: string | null;
  positionLevel: string | null;
  predikats: string;
}

/** A row as the repository hands it over. */
const weighed = (row: Row) => ({
  employeeId: row.employeeId,
  inputs: [row.golongan, row.tmtGolongan, row.education, row.positionLevel, row.predikats]
    .map(literal)
    .join(','),
});

/** Few values of each, so that people share some and differ in others. */
const rowArb = fc.record({
  golongan: fc.constantFrom(null, 'III/a', 'III/b', '3b', 'IV/e', 'null', 'NULL', ''),
  tmtGolongan: fc.constantFrom(null, '2019-04-01', '2023-10-01', '2024-04-01', 'null'),
  education: fc.constantFrom(null, 'S-1', 'D-III', 'SLTA', "S-1 'Sarjana'", 'S-1\\Teknik', "''\\'"),
  positionLevel: fc.constantFrom(null, 'ahli_pertama', 'terampil', 'mahir', 'pelaksana'),
  predikats: fc
    .tuple(fc.constantFrom('', ...PREDIKATS), fc.constantFrom('', 'baik', ...PREDIKATS))
    .map((each) => each.join(',')),
});
const sanctionList = fc.array(
  fc.record({
    from: fc.constantFrom('2026-01-01', '2027-01-01'),
    to: fc.constantFrom(null, '2027-03-31', '2027-06-30'),
  }),
  { minLength: 1, maxLength: 2 },
);
const listArb = fc
  .array(fc.record({ row: rowArb, sanctions: fc.option(sanctionList, { freq: 4 }) }), { maxLength: 60 })
  .map((drawn) =>
    drawn.map(({ row, sanctions }, i) => ({ row: { employeeId: 1000 + i, ...row }, sanctions })),
  );

/** What promotionEligibility reads of a row, made anew for each person. */
function candidateOf(row: Row, sanctions: PromotionCandidate['sanctions'] | null): PromotionCandidate {
  const each = row.predikats.split(',');
  return {
    employeeType: 'PNS',
    golongan: row.golongan,
    tmtGolongan: row.tmtGolongan,
    educationText: row.education,
    positionLevel: fungsionalLevel(row.positionLevel),
    predikats: YEARS.flatMap((year, i) => (each[i] ? [{ year, predikat: each[i] as Predikat }] : [])),
    sanctions: sanctions ?? [],
  };
}

describe('weighing a list', () => {
  it('gives everyone what promotionEligibility gives them alone, and the same counts', () => {
    fc.assert(
      fc.property(
        listArb,
        fc.constantFrom('2027-04-01', '2027-10-01'),
        fc.record({
          appraisalsConsidered: fc.integer({ min: 0, max: 2 }),
          minYearsInRank: fc.integer({ min: 0, max: 5 }),
        }),
        (list, period, changed) => {
          const rules = {
            ...DEFAULT_PROMOTION_RULES,
            ...changed,
            positionCeilings: { ahli_pertama: 'III/d', terampil: 'III/b' } as const,
          };
          const sanctionsOf = new Map(
            list.flatMap((p) => (p.sanctions ? [[p.row.employeeId, p.sanctions]] : [])),
          );
          const grouping = new PeopleGrouping(YEARS, sanctionsOf, false);
          for (const { row } of list) grouping.add(weighed(row));
          const people = grouping.done();
          expect([...people.ids]).toEqual(list.map((p) => p.row.employeeId));

          const alone = list.map((p) => promotionEligibility(candidateOf(p.row, p.sanctions), rules, period));
          const failing = weigh(people, rules, period);
          expect([...failing].map((mask) => PROMOTION_RULE_KEYS.filter((_, b) => mask & (1 << b)))).toEqual(
            alone.map((r) => r.checks.filter((c) => !c.met).map((c) => c.rule)),
          );
          expect([...failing].map((mask) => mask === 0)).toEqual(alone.map((r) => r.eligible));
          expect(summaryOf(failing)).toEqual(summarizeEligibility(alone));
          list.forEach((p, i) => {
            expect(candidateAt(people, i)).toEqual(candidateOf(p.row, p.sanctions));
          });

          // Two people share a group exactly when they have the same data and no sanction.
          const same = (a: (typeof list)[number], b: (typeof list)[number]) =>
            a.row.golongan === b.row.golongan &&
            a.row.tmtGolongan === b.row.tmtGolongan &&
            a.row.education === b.row.education &&
            fungsionalLevel(a.row.positionLevel) === fungsionalLevel(b.row.positionLevel) &&
            a.row.predikats === b.row.predikats &&
            ((a.sanctions === null && b.sanctions === null) || a === b);
          for (const [i, a] of list.entries()) {
            for (const [j, b] of list.entries()) {
              expect(people.groupOf[i] === people.groupOf[j]).toBe(same(a, b));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads back every value of a row, quotes and backslashes included', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.string({ unit: 'binary' }), { freq: 3 })), (values) => {
        expect(inputsOf(values.map(literal).join(','))).toEqual(values);
      }),
    );
    expect(inputsOf(String.raw`NULL,'III/a''NULL',E'a\\b','',''''`)).toEqual([
      null,
      "III/a'NULL",
      'a\\b',
      '',
      "'",
    ]);
  });

  it('finds where employees are, and leaves out those it does not hold', () => {
    const grouping = new PeopleGrouping(YEARS, new Map(), true);
    const many = Array.from({ length: 3000 }, (_, i) => 10 + i);
    for (const employeeId of [7, 3, 9, ...many]) {
      const row = { employeeId, golongan: 'III/a', tmtGolongan: null, education: null, positionLevel: null };
      grouping.add({ ...weighed({ ...row, predikats: ',' }), name: `N${employeeId}`, nip: `${employeeId}` });
    }
    const people = grouping.done();
    expect([...positionsOf(people, [9, 7, 4])]).toEqual([
      [7, 0],
      [9, 2],
    ]);
    expect(people.names?.slice(0, 3)).toEqual(['N7', 'N3', 'N9']);
    expect([...people.ids]).toEqual([7, 3, 9, ...many]);
    expect(people.distinct).toHaveLength(1);
  });
});
