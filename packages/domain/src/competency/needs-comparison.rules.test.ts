import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNeeds, NEED_AGREEMENTS } from './needs-comparison.rules';

describe('compareNeeds', () => {
  it('sees agreement where assessments and staff both put a competency in the upper half', () => {
    const result = compareNeeds(
      [
        { code: 'M.1', assessed: 100, below: 40 },
        { code: 'M.2', assessed: 100, below: 10 },
        { code: 'M.3', assessed: 100, below: 35 },
        { code: 'M.4', assessed: 100, below: 5 },
      ],
      [
        { code: 'M.1', gap: 1.2 },
        { code: 'M.2', gap: 0.9 },
        { code: 'M.3', gap: 0.1 },
        { code: 'M.4', gap: -0.2 },
      ],
    );
    expect(Object.fromEntries(result)).toEqual({
      'M.1': 'both',
      'M.2': 'statedOnly',
      'M.3': 'measuredOnly',
      'M.4': 'neither',
    });
  });

  it('calls nothing large that nobody falls short in or asks for', () => {
    const result = compareNeeds(
      [
        { code: 'M.1', assessed: 10, below: 0 },
        { code: 'M.2', assessed: 10, below: 0 },
      ],
      [
        { code: 'M.1', gap: -0.5 },
        { code: 'M.2', gap: 0 },
      ],
    );
    expect([...result.values()]).toEqual(['neither', 'neither']);
  });

  it('says unknown where a source has no figure', () => {
    const result = compareNeeds(
      [
        { code: 'M.1', assessed: 0, below: 0 },
        { code: 'M.2', assessed: 5, below: 2 },
      ],
      [
        { code: 'M.1', gap: 1 },
        { code: 'M.2', gap: null },
        { code: 'SK.1', gap: 0.5 },
      ],
    );
    expect(Object.fromEntries(result)).toEqual({ 'M.1': 'unknown', 'M.2': 'unknown', 'SK.1': 'unknown' });
  });

  it('answers for every competency either source names, and swapping the sources swaps the one-sided verdicts', () => {
    const code = fc.constantFrom('M.1', 'M.2', 'M.3', 'M.4', 'SK.1');
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            code,
            assessed: fc.integer({ min: 1, max: 50 }),
            below: fc.integer({ min: 0, max: 50 }),
          }),
          {
            selector: (m) => m.code,
          },
        ),
        fc.uniqueArray(fc.record({ code, gap: fc.integer({ min: -4, max: 4 }) }), {
          selector: (s) => s.code,
        }),
        (measuredRaw, stated) => {
          const measured = measuredRaw.map((m) => ({ ...m, below: Math.min(m.below, m.assessed) }));
          const result = compareNeeds(measured, stated);
          const codes = new Set([...measured.map((m) => m.code), ...stated.map((s) => s.code)]);
          expect(new Set(result.keys())).toEqual(codes);
          for (const value of result.values()) expect(NEED_AGREEMENTS).toContain(value);
          // The same figures in the other role: a share below of k/n as a gap, and back.
          const asMeasured = stated.map((s) => ({
            code: s.code,
            assessed: 1000,
            below: Math.max(0, s.gap) * 100,
          }));
          const asStated = measured.map((m) => ({ code: m.code, gap: (m.below / m.assessed) * 10 }));
          const swapped = compareNeeds(asMeasured, asStated);
          const flip = { measuredOnly: 'statedOnly', statedOnly: 'measuredOnly' } as Record<string, string>;
          for (const [c, verdict] of result) {
            if (verdict === 'unknown') continue;
            const other = swapped.get(c)!;
            if (verdict in flip && stated.every((s) => s.gap >= 0)) expect(other).toBe(flip[verdict]);
          }
        },
      ),
    );
  });
});
