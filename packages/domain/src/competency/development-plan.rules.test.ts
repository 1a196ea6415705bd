import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type GapEvidence,
  nextPlanState,
  PLAN_STATES,
  PLAN_TRANSITIONS,
  planTotals,
  proposePlanItems,
} from './development-plan.rules';

const gap = (
  code: string,
  below: number,
  shortfall: number,
  extra: Partial<GapEvidence> = {},
): GapEvidence => ({
  competencyId: Number(code.replace(/\D/g, '')),
  code,
  type: 'manajerial',
  assessed: 100,
  below,
  shortfall,
  statedGap: null,
  agreement: null,
  ...extra,
});

describe('the plan’s lifecycle', () => {
  it('goes draft → proposed → consolidated for an OPD, and draft → approved for the government', () => {
    expect(nextPlanState('draft', 'opd', 'propose')).toBe('proposed');
    expect(nextPlanState('proposed', 'opd', 'return')).toBe('draft');
    expect(nextPlanState('proposed', 'opd', 'consolidate')).toBe('consolidated');
    expect(nextPlanState('draft', 'government', 'approve')).toBe('approved');
  });

  it('refuses every other move', () => {
    expect(nextPlanState('draft', 'opd', 'consolidate')).toBeNull();
    expect(nextPlanState('draft', 'opd', 'approve')).toBeNull();
    expect(nextPlanState('draft', 'government', 'propose')).toBeNull();
    expect(nextPlanState('approved', 'government', 'approve')).toBeNull();
    expect(nextPlanState('consolidated', 'opd', 'return')).toBeNull();
  });

  it('never leaves an approved or consolidated plan', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLAN_TRANSITIONS),
        fc.constantFrom('opd', 'government' as const),
        (t, scope) => {
          expect(nextPlanState('approved', scope, t)).toBeNull();
          expect(nextPlanState('consolidated', scope, t)).toBeNull();
        },
      ),
    );
    expect(PLAN_STATES).toContain('consolidated');
  });
});

describe('proposePlanItems', () => {
  const defaults = { jp: 24, costPerParticipant: 1_500_000 };

  it('ranks gaps by levels short, a third at each priority, and costs each by its participants', () => {
    const items = proposePlanItems(
      [gap('M.1', 30, 40), gap('M.2', 10, 12), gap('M.3', 20, 25), gap('M.4', 0, 0)],
      [],
      defaults,
    );
    expect(
      items.map((i) => [i.competencyId, i.priority, i.participants, i.estimatedCost, i.pathCode]),
    ).toEqual([
      [1, 1, 30, 45_000_000, 'KL02'],
      [3, 2, 20, 30_000_000, 'KL02'],
      [2, 3, 10, 15_000_000, 'KL02'],
    ]);
  });

  it('raises a need staff also stated to high priority and adds what only staff asked for', () => {
    const items = proposePlanItems(
      [
        gap('M.1', 30, 40),
        gap('M.2', 1, 1, { agreement: 'both', statedGap: 1.5 }),
        gap('M.3', 5, 5),
        gap('M.4', 0, 0, { agreement: 'statedOnly', statedGap: 1.2 }),
      ],
      [],
      defaults,
    );
    expect(items.find((i) => i.competencyId === 2)?.priority).toBe(1);
    expect(items.find((i) => i.competencyId === 4)).toMatchObject({
      basis: 'stated',
      participants: 0,
      priority: 3,
    });
  });

  it('turns wishes for uncoded statements in the upper half into technical training items', () => {
    const items = proposePlanItems(
      [gap('M.1', 0, 0, { statedGap: 0.2, agreement: 'neither' })],
      [],
      defaults,
      [
        { statement: 'technical.information_systems', statedGap: 1.6 },
        { statement: 'technical.data_analysis', statedGap: 1.4 },
        { statement: 'technical.procurement', statedGap: 0.1 },
      ],
    );
    expect(items.map((i) => [i.statement, i.basis, i.pathCode, i.priority, i.participants])).toEqual([
      ['technical.information_systems', 'stated', 'KL03', 2, 0],
      ['technical.data_analysis', 'stated', 'KL03', 2, 0],
    ]);
  });

  it('routes talent beyond the standard to training, technical competencies first', () => {
    const items = proposePlanItems(
      [],
      [
        { competencyId: 1, code: 'M.1', type: 'manajerial', people: 9 },
        { competencyId: 20, code: 'T.TIK', type: 'teknis', people: 4 },
      ],
      defaults,
    );
    expect(items.map((i) => [i.competencyId, i.basis, i.pathCode])).toEqual([
      [20, 'talent', 'KL03'],
      [1, 'talent', 'KL02'],
    ]);
  });

  it('proposes one item per competency with people below standard, never with a negative count or cost', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 12 }),
        fc.array(fc.nat(50), { minLength: 12, maxLength: 12 }),
        (ids, belows) => {
          const gaps = ids.map((id, i) => gap(`M.${id}`, belows[i]!, belows[i]! * 2));
          const items = proposePlanItems(gaps, [], defaults);
          expect(items).toHaveLength(gaps.filter((g) => g.below > 0).length);
          for (const i of items) {
            expect(i.participants).toBeGreaterThan(0);
            expect(i.estimatedCost).toBe(i.participants * defaults.costPerParticipant);
          }
          const totals = planTotals(items, 0);
          expect(totals.remaining).toBe(0 - totals.estimatedCost);
        },
      ),
    );
  });
});
