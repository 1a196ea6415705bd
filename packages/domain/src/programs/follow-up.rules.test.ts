import { describe, expect, it } from 'vitest';
import { followUpDay, serviceImpact } from './follow-up.rules';

describe('a batch’s behaviour follow-up', () => {
  it('falls due three months after its last day by default, or as the program plans', () => {
    expect(followUpDay('2026-05-14')).toBe('2026-08-14');
    expect(followUpDay('2026-11-30', 3)).toBe('2027-02-28');
    expect(followUpDay('2026-05-14', 6)).toBe('2026-11-14');
    expect(() => followUpDay('2026-05-14', 0)).toThrow(RangeError);
  });
});

describe('a service’s IKM around a training', () => {
  const points = [
    { label: 'Semester I 2025', opensOn: '2025-01-01', closesOn: '2025-06-30', value: 72.4, final: true },
    { label: 'Semester II 2025', opensOn: '2025-07-01', closesOn: '2025-12-31', value: 74.1, final: true },
    { label: 'Semester I 2026', opensOn: '2026-01-01', closesOn: '2026-06-30', value: 76.5, final: true },
    { label: 'Semester II 2026', opensOn: '2026-07-01', closesOn: '2026-12-31', value: 81.25, final: false },
  ];

  it('compares the last wave closed before the training with the last opened after it', () => {
    const impact = serviceImpact(points, '2026-02-10', '2026-02-14');
    expect(impact.points.map((p) => p.timing)).toEqual(['before', 'before', 'during', 'after']);
    expect(impact).toMatchObject({ before: 74.1, after: 81.25, afterFinal: false, change: 7.15 });
  });

  it('says nothing of a change without a wave on both sides, nor from a withheld one', () => {
    expect(serviceImpact(points, '2024-06-01', '2024-06-03')).toMatchObject({ before: null, change: null });
    const withheld = points.map((p, i) => (i === 3 ? { ...p, value: null } : p));
    expect(serviceImpact(withheld, '2026-02-10', '2026-02-14')).toMatchObject({ after: null, change: null });
  });
});
