import fc from 'fast-check';
import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  coverage,
  type MatchingResult,
  type MatchingRules,
  type MenteeProfile,
  type MentorProfile,
  matchMentors,
  pairBlock,
  supervises,
  type UnitRule,
} from './mentoring.rules';

// The proposal against an exact integer program (HiGHS): for random schemes with blocked pairs,
// fixed pairs and capacities, the total score must be the ILP's optimum, the spreading of mentees
// the best among those optima — and no capacity, block or fixed pair may be broken.

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

const buildMentor = (over: Partial<MentorProfile> & { employeeId: number }): MentorProfile => ({
  unitPath: [12, 50],
  positionKind: 'fungsional',
  levels: new Map(),
  capacity: 2,
  ...over,
});
const buildMentee = (over: Partial<MenteeProfile> & { employeeId: number }): MenteeProfile => ({
  unitPath: [12, 40, 41],
  needs: [],
  ...over,
});
const buildRules = (over: Partial<MatchingRules> = {}): MatchingRules => ({
  unit: 'any',
  allowSupervisor: false,
  competencies: null,
  exclusions: [],
  fixed: [],
  ...over,
});
const need = (competency: string, required: number, actual: number) => ({ competency, required, actual });
const levels = (entries: Record<string, number>) => new Map(Object.entries(entries));
const assigned = (result: MatchingResult) => result.pairs.map((p) => [p.mentorId, p.menteeId]);

describe('coverage', () => {
  it('counts a need only where the mentor reaches the required level, weighed by the gap it closes', () => {
    const mentee = buildMentee({ employeeId: 7, needs: [need('M.3', 3, 2), need('M.8', 4, 2)] });
    const mentor = buildMentor({ employeeId: 1, levels: levels({ 'M.3': 3, 'M.8': 3 }) });
    expect(coverage(mentor, mentee, null)).toEqual({
      score: 1,
      covered: [{ competency: 'M.3', actual: 2, required: 3, mentorLevel: 3 }],
    });
  });

  it('lists the largest gap first, ignores needs already met and keeps to the program’s competencies', () => {
    const mentee = buildMentee({
      employeeId: 7,
      needs: [need('M.1', 3, 2), need('M.8', 4, 1), need('M.3', 4, 3), need('S.2', 3, 3)],
    });
    const mentor = buildMentor({ employeeId: 1, levels: levels({ 'M.1': 5, 'M.3': 4, 'M.8': 4, 'S.2': 5 }) });
    expect(coverage(mentor, mentee, null).covered.map((n) => n.competency)).toEqual(['M.8', 'M.1', 'M.3']);
    expect(coverage(mentor, mentee, null).score).toBe(5);
    expect(coverage(mentor, mentee, ['M.1', 'S.2'])).toEqual({
      score: 1,
      covered: [{ competency: 'M.1', actual: 2, required: 3, mentorLevel: 5 }],
    });
  });

  it('refuses levels outside 1–5, fractional capacities and a competency needed twice', () => {
    const mentee = buildMentee({ employeeId: 7, needs: [need('M.3', 3, 2)] });
    const mentor = buildMentor({ employeeId: 1, levels: levels({ 'M.3': 3 }) });
    expect(() => coverage({ ...mentor, levels: levels({ 'M.3': 6 }) }, mentee, null)).toThrow(/1–5/);
    expect(() => coverage(mentor, { ...mentee, needs: [need('M.3', 3, 0)] }, null)).toThrow(/1–5/);
    expect(() => coverage({ ...mentor, capacity: 1.5 }, mentee, null)).toThrow(/capacity/);
    expect(() =>
      coverage(mentor, { ...mentee, needs: [need('M.3', 3, 2), need('M.3', 4, 1)] }, null),
    ).toThrow(/twice/);
  });
});

describe('pair blocks', () => {
  const mentee = buildMentee({ employeeId: 7, unitPath: [12, 40, 41], needs: [need('M.3', 3, 2)] });
  const skilled = { levels: levels({ 'M.3': 4 }) };

  it('sees the administrator of unit 40 as the supervisor of everybody in 40 and below', () => {
    const head = buildMentor({
      employeeId: 1,
      unitPath: [12, 40],
      positionKind: 'administrator',
      ...skilled,
    });
    expect(supervises(head, mentee)).toBe(true);
    expect(pairBlock(head, mentee, buildRules())).toBe('supervisor');
    expect(pairBlock(head, mentee, buildRules({ allowSupervisor: true }))).toBeNull();
    // Not a head: a fungsional in the same unit, a pengawas of a sibling unit, an unknown kind or unit.
    expect(supervises({ unitPath: [12, 40], positionKind: 'fungsional' }, mentee)).toBe(false);
    expect(supervises({ unitPath: [12, 40, 42], positionKind: 'pengawas' }, mentee)).toBe(false);
    expect(supervises({ unitPath: [12, 40], positionKind: null }, mentee)).toBe(false);
    expect(supervises({ unitPath: [12, 40], positionKind: 'kepala' }, mentee)).toBe(false);
    expect(supervises({ unitPath: [], positionKind: 'jpt_pratama' }, mentee)).toBe(false);
  });

  it('applies the unit rule by OPD, an unknown OPD never counting as the same one', () => {
    const sameOpd = buildMentor({ employeeId: 1, unitPath: [12, 50], ...skilled });
    const otherOpd = buildMentor({ employeeId: 2, unitPath: [13], ...skilled });
    const unknown = buildMentor({ employeeId: 3, unitPath: [], ...skilled });
    const other = buildRules({ unit: 'otherOpd' });
    const same = buildRules({ unit: 'sameOpd' });
    expect(pairBlock(sameOpd, mentee, other)).toBe('sameOpd');
    expect(pairBlock(otherOpd, mentee, other)).toBeNull();
    expect(pairBlock(unknown, mentee, other)).toBeNull();
    expect(pairBlock(sameOpd, mentee, same)).toBeNull();
    expect(pairBlock(otherOpd, mentee, same)).toBe('otherOpd');
    expect(pairBlock(unknown, mentee, same)).toBe('otherOpd');
    expect(pairBlock(otherOpd, mentee, buildRules())).toBeNull();
  });

  it('blocks oneself first, then a recorded conflict, then a pair that covers nothing', () => {
    const self = buildMentor({ employeeId: 7, ...skilled });
    const conflict = buildRules({ exclusions: [{ mentorId: 7, menteeId: 7 }] });
    expect(pairBlock(self, mentee, conflict)).toBe('self');
    const mentor = buildMentor({ employeeId: 1, ...skilled });
    expect(pairBlock(mentor, mentee, buildRules({ exclusions: [{ mentorId: 1, menteeId: 7 }] }))).toBe(
      'conflict',
    );
    expect(pairBlock({ ...mentor, levels: levels({ 'M.3': 2 }) }, mentee, buildRules())).toBe('noCoverage');
  });
});

describe('matching mentors', () => {
  const komunikasi = [need('M.3', 3, 2)];

  it('never proposes an excluded pair: the mentee goes to another mentor, or unmatched', () => {
    const mentors = [
      buildMentor({ employeeId: 1, levels: levels({ 'M.3': 5 }) }),
      buildMentor({ employeeId: 2, levels: levels({ 'M.3': 3 }) }),
    ];
    const mentees = [buildMentee({ employeeId: 7, needs: komunikasi })];
    const one = matchMentors(mentors, mentees, buildRules({ exclusions: [{ mentorId: 1, menteeId: 7 }] }));
    expect(assigned(one)).toEqual([[2, 7]]);
    const both = matchMentors(
      mentors,
      mentees,
      buildRules({
        exclusions: [
          { mentorId: 1, menteeId: 7 },
          { mentorId: 2, menteeId: 7 },
        ],
      }),
    );
    expect(both).toEqual({ pairs: [], unmatched: [{ menteeId: 7, reason: 'noCoverage' }], totalScore: 0 });
  });

  it('keeps a fixed pair even when a rule blocks it, within the mentor’s capacity', () => {
    const head = buildMentor({
      employeeId: 1,
      unitPath: [12, 40],
      positionKind: 'administrator',
      levels: levels({ 'M.3': 5 }),
      capacity: 1,
    });
    const mentees = [
      buildMentee({ employeeId: 7, needs: komunikasi }),
      buildMentee({ employeeId: 8, unitPath: [12, 60], needs: komunikasi }),
    ];
    const result = matchMentors([head], mentees, buildRules({ fixed: [{ mentorId: 1, menteeId: 7 }] }));
    expect(result.pairs).toEqual([
      {
        mentorId: 1,
        menteeId: 7,
        score: 1,
        covered: [{ competency: 'M.3', actual: 2, required: 3, mentorLevel: 5 }],
        fixed: true,
        bestAlone: 1,
      },
    ]);
    expect(result.unmatched).toEqual([{ menteeId: 8, reason: 'capacity' }]);
    expect(() =>
      matchMentors(
        [head],
        mentees,
        buildRules({
          fixed: [
            { mentorId: 1, menteeId: 7 },
            { mentorId: 1, menteeId: 8 },
          ],
        }),
      ),
    ).toThrow(/more fixed mentees than capacity/);
  });

  it('gives nobody to a mentor of capacity 0, and says the mentee lacked a place, not a match', () => {
    const mentors = [buildMentor({ employeeId: 1, levels: levels({ 'M.3': 5 }), capacity: 0 })];
    const result = matchMentors(mentors, [buildMentee({ employeeId: 7, needs: komunikasi })], buildRules());
    expect(result).toEqual({ pairs: [], unmatched: [{ menteeId: 7, reason: 'capacity' }], totalScore: 0 });
  });

  it('spreads mentees over equally good mentors, counting the fixed ones', () => {
    const mentors = [1, 2].map((employeeId) =>
      buildMentor({ employeeId, levels: levels({ 'M.3': 4 }), capacity: 2 }),
    );
    const mentees = [7, 8, 9].map((employeeId) => buildMentee({ employeeId, needs: komunikasi }));
    const alone = matchMentors(mentors, mentees.slice(0, 2), buildRules());
    expect(alone.pairs.map((p) => p.mentorId).sort()).toEqual([1, 2]);
    // A mentor who already has a fixed mentee is the dearer one, whichever it is.
    const oneFree = [mentees[0]!, mentees[2]!];
    for (const [busy, free] of [
      [1, 2],
      [2, 1],
    ]) {
      const result = matchMentors(
        mentors,
        oneFree,
        buildRules({ fixed: [{ mentorId: busy!, menteeId: 9 }] }),
      );
      expect(assigned(result).sort()).toEqual(
        [
          [busy, 9],
          [free, 7],
        ].sort(),
      );
    }
  });

  it('maximises the total, and explains what a mentee gave up for it', () => {
    // Mentor 1 serves mentee 7 best (3) but is the only one for mentee 8: 1→8 and 2→7 make 4, not 3.
    const mentors = [
      buildMentor({ employeeId: 1, levels: levels({ 'M.1': 4, 'M.3': 5 }), capacity: 1 }),
      buildMentor({ employeeId: 2, levels: levels({ 'M.1': 4 }), capacity: 1 }),
    ];
    const mentees = [
      buildMentee({ employeeId: 7, needs: [need('M.1', 4, 2), need('M.3', 3, 2)] }),
      buildMentee({ employeeId: 8, needs: [need('M.3', 5, 3)] }),
    ];
    const result = matchMentors(mentors, mentees, buildRules());
    expect(result.totalScore).toBe(4);
    expect(
      result.pairs.map(({ mentorId, menteeId, score, bestAlone }) => [mentorId, menteeId, score, bestAlone]),
    ).toEqual([
      [1, 8, 2, 2],
      [2, 7, 2, 3],
    ]);
  });

  it('refuses what is not a scheme: repeated people and fixed pairs of people not listed', () => {
    const mentor = buildMentor({ employeeId: 1 });
    const mentee = buildMentee({ employeeId: 7 });
    expect(() => matchMentors([mentor, mentor], [mentee], buildRules())).toThrow(/twice/);
    expect(() => matchMentors([mentor], [mentee, mentee], buildRules())).toThrow(/twice/);
    expect(() =>
      matchMentors([mentor], [mentee], buildRules({ fixed: [{ mentorId: 2, menteeId: 7 }] })),
    ).toThrow(/unknown mentor/);
  });

  it('matches 1,000 mentees with 300 mentors, every pair allowed', () => {
    const codes = ['M.1', 'M.2', 'M.3', 'M.4', 'M.5', 'S.1', 'S.2', 'T.1'];
    let seed = 20260101;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const mentors = Array.from({ length: 300 }, (_, i) =>
      buildMentor({
        employeeId: 5000 + i,
        levels: new Map(codes.map((c) => [c, 3 + random(3)])),
        capacity: 1 + random(4),
      }),
    );
    const mentees = Array.from({ length: 1000 }, (_, j) =>
      buildMentee({
        employeeId: 10 + j,
        needs: codes.filter(() => random(2) === 0).map((c) => need(c, 3 + random(3), 1 + random(2))),
      }),
    );
    const result = matchMentors(mentors, mentees, buildRules());
    expect(result.pairs.length + result.unmatched.length).toBe(1000);
    const load = new Map<number, number>();
    for (const pair of result.pairs) load.set(pair.mentorId, (load.get(pair.mentorId) ?? 0) + 1);
    for (const mentor of mentors)
      expect(load.get(mentor.employeeId) ?? 0).toBeLessThanOrEqual(mentor.capacity);
    expect(new Set(result.pairs.map((p) => p.menteeId)).size).toBe(result.pairs.length);
  }, 30_000);
});

const COMPETENCIES = ['M.1', 'M.3', 'S.2'] as const;
const PATHS: readonly (readonly number[])[] = [
  [],
  [1],
  [1, 10],
  [1, 10, 11],
  [1, 12],
  [2],
  [2, 20],
  [2, 20, 21],
];
const KINDS = [null, 'jpt_pratama', 'administrator', 'pengawas', 'fungsional', 'pelaksana', 'kepala'];
const level = fc.integer({ min: 1, max: 5 });

const scheme = fc
  .record({
    mentors: fc.array(
      fc.record({
        path: fc.nat(PATHS.length - 1),
        kind: fc.constantFrom(...KINDS),
        levels: fc.array(fc.option(level, { nil: undefined }), { minLength: 3, maxLength: 3 }),
        capacity: fc.integer({ min: 0, max: 3 }),
      }),
      { maxLength: 5 },
    ),
    mentees: fc.array(
      fc.record({
        path: fc.nat(PATHS.length - 1),
        needs: fc.array(fc.option(fc.tuple(level, level), { nil: undefined }), {
          minLength: 3,
          maxLength: 3,
        }),
      }),
      { maxLength: 8 },
    ),
    unit: fc.constantFrom<UnitRule>('any', 'sameOpd', 'otherOpd'),
    allowSupervisor: fc.boolean(),
    competencies: fc.option(fc.subarray([...COMPETENCIES]), { nil: null }),
    exclusions: fc.array(fc.tuple(fc.nat(4), fc.nat(7)), { maxLength: 4 }),
    fixed: fc.array(fc.tuple(fc.nat(4), fc.nat(7)), { maxLength: 3 }),
  })
  .map((x) => {
    const mentors: MentorProfile[] = x.mentors.map((m, i) => ({
      employeeId: i + 1,
      unitPath: PATHS[m.path]!,
      positionKind: m.kind,
      levels: new Map(m.levels.flatMap((l, c) => (l === undefined ? [] : [[COMPETENCIES[c]!, l] as const]))),
      capacity: m.capacity,
    }));
    // Mentees are employees 4 to 11: employees 4 and 5 may be on both lists.
    const mentees: MenteeProfile[] = x.mentees.map((m, j) => ({
      employeeId: j + 4,
      unitPath: PATHS[m.path]!,
      needs: m.needs.flatMap((n, c) =>
        n === undefined ? [] : [{ competency: COMPETENCIES[c]!, required: n[0], actual: n[1] }],
      ),
    }));
    const pair = ([i, j]: [number, number]) =>
      mentors.length === 0 || mentees.length === 0
        ? []
        : [
            {
              mentorId: mentors[i % mentors.length]!.employeeId,
              menteeId: mentees[j % mentees.length]!.employeeId,
            },
          ];
    // Fixed pairs as the service keeps them: a mentee once, a mentor within capacity.
    const fixed: MatchingRules['fixed'][number][] = [];
    for (const p of x.fixed.flatMap(pair)) {
      const mentor = mentors.find((m) => m.employeeId === p.mentorId)!;
      const taken = fixed.filter((f) => f.mentorId === p.mentorId).length;
      if (!fixed.some((f) => f.menteeId === p.menteeId) && taken < mentor.capacity) fixed.push(p);
    }
    const rules: MatchingRules = {
      unit: x.unit,
      allowSupervisor: x.allowSupervisor,
      competencies: x.competencies,
      exclusions: x.exclusions.flatMap(pair),
      fixed,
    };
    return { mentors, mentees, rules };
  });

type Scheme = { mentors: MentorProfile[]; mentees: MenteeProfile[]; rules: MatchingRules };

/** The pairs an ILP may choose: allowed, the mentee not fixed, the mentor with a place left. */
function choices({ mentors, mentees, rules }: Scheme) {
  const fixedCount = (id: number) => rules.fixed.filter((f) => f.mentorId === id).length;
  return mentees
    .filter((e) => !rules.fixed.some((f) => f.menteeId === e.employeeId))
    .flatMap((e) =>
      mentors
        .filter((m) => m.capacity > fixedCount(m.employeeId) && pairBlock(m, e, rules) === null)
        .map((m) => ({
          mentor: m.employeeId,
          mentee: e.employeeId,
          x: `x_${m.employeeId}_${e.employeeId}`,
          score: coverage(m, e, rules.competencies).score,
        })),
    );
}

/** Maximum Σ score; then, with it held, minimum Σ over mentors of the n-th mentee's n − 1. */
function optima(input: Scheme): { score: number; spread: number } {
  const pairs = choices(input);
  if (pairs.length === 0) return { score: 0, spread: 0 };
  const rows: string[] = [];
  for (const e of new Set(pairs.map((p) => p.mentee))) {
    rows.push(
      `${pairs
        .filter((p) => p.mentee === e)
        .map((p) => `+ ${p.x}`)
        .join(' ')} <= 1`,
    );
  }
  const places: { y: string; cost: number }[] = [];
  for (const m of input.mentors) {
    const own = pairs.filter((p) => p.mentor === m.employeeId);
    if (own.length === 0) continue;
    const fixed = input.rules.fixed.filter((f) => f.mentorId === m.employeeId).length;
    const mine = Array.from({ length: m.capacity - fixed }, (_, k) => ({
      y: `y_${m.employeeId}_${k}`,
      cost: fixed + k,
    }));
    places.push(...mine);
    rows.push(`${own.map((p) => `+ ${p.x}`).join(' ')} <= ${m.capacity - fixed}`);
    rows.push(`${mine.map((p) => `+ ${p.y}`).join(' ')} ${own.map((p) => `- ${p.x}`).join(' ')} = 0`);
  }
  const scoreTerm = pairs.map((p) => `+ ${p.score} ${p.x}`).join(' ');
  const vars = [...pairs.map((p) => p.x), ...places.map((p) => p.y)];
  const lp = (objective: string, extra: string[]) =>
    [
      objective,
      'Subject To',
      ...[...rows, ...extra].map((r, i) => ` c${i}: ${r}`),
      'Bounds',
      ...vars.map((v) => ` 0 <= ${v} <= 1`),
      'Generals',
      ` ${vars.join(' ')}`,
      'End',
    ].join('\n');
  const score = optimum(lp(`Maximize\n obj: ${scoreTerm}`, []));
  const spread = optimum(
    lp(`Minimize\n obj: ${places.map((p) => `+ ${p.cost} ${p.y}`).join(' ')}`, [`${scoreTerm} >= ${score}`]),
  );
  return { score, spread };
}

function optimum(text: string): number {
  const result = highs.solve(text, { output_flag: false });
  expect(result.Status).toBe('Optimal');
  return Math.round(result.ObjectiveValue);
}

describe('matching mentors, against an exact ILP', () => {
  it('breaks no rule, reaches the best total score and then the best spread, and gives the right reasons', () => {
    fc.assert(
      fc.property(scheme, (input) => {
        const { mentors, mentees, rules } = input;
        const result = matchMentors(mentors, mentees, rules);
        const byMentor = new Map<number, number>();
        const isFixed = (p: { mentorId: number; menteeId: number }) =>
          rules.fixed.some((f) => f.mentorId === p.mentorId && f.menteeId === p.menteeId);
        for (const p of result.pairs) {
          byMentor.set(p.mentorId, (byMentor.get(p.mentorId) ?? 0) + 1);
          const mentor = mentors.find((m) => m.employeeId === p.mentorId)!;
          const mentee = mentees.find((e) => e.employeeId === p.menteeId)!;
          expect(p.fixed).toBe(isFixed(p));
          if (!p.fixed) expect(pairBlock(mentor, mentee, rules)).toBeNull();
          expect(p.score).toBe(coverage(mentor, mentee, rules.competencies).score);
          expect(p.bestAlone).toBeGreaterThanOrEqual(p.score);
        }
        // (a) Capacities, one mentor per mentee, every fixed pair kept, everybody accounted for once.
        for (const m of mentors) expect(byMentor.get(m.employeeId) ?? 0).toBeLessThanOrEqual(m.capacity);
        const everybody = [
          ...result.pairs.map((p) => p.menteeId),
          ...result.unmatched.map((u) => u.menteeId),
        ];
        expect(everybody.sort((a, b) => a - b)).toEqual(mentees.map((e) => e.employeeId));
        for (const f of rules.fixed)
          expect(result.pairs.filter(isFixed)).toContainEqual(expect.objectContaining(f));
        // (b) The total score, then the spread: Σ over mentors of the n-th mentee's n − 1, the fixed first.
        const fixedScore = result.pairs.filter((p) => p.fixed).reduce((sum, p) => sum + p.score, 0);
        const best = optima(input);
        expect(result.totalScore).toBe(best.score + fixedScore);
        const spread = mentors.reduce((sum, m) => {
          const fixed = rules.fixed.filter((f) => f.mentorId === m.employeeId).length;
          const total = byMentor.get(m.employeeId) ?? 0;
          return sum + (total * (total - 1)) / 2 - (fixed * (fixed - 1)) / 2;
        }, 0);
        expect(spread).toBe(best.spread);
        // (c) Unmatched for want of an allowed mentor, or because every allowed one is full.
        for (const { menteeId, reason } of result.unmatched) {
          const mentee = mentees.find((e) => e.employeeId === menteeId)!;
          const allowed = mentors.filter((m) => pairBlock(m, mentee, rules) === null);
          expect(reason).toBe(allowed.length === 0 ? 'noCoverage' : 'capacity');
          for (const m of allowed) expect(byMentor.get(m.employeeId) ?? 0).toBe(m.capacity);
        }
      }),
      { numRuns: 300, seed: 102018 },
    );
    // A few hundred HiGHS solves: seconds on a busy machine (a guard against hangs, not a speed target).
  }, 30_000);

  it('gives the same answer whatever order the mentors and mentees are listed in', () => {
    fc.assert(
      fc.property(scheme, fc.integer(), (input, seed) => {
        const shuffle = <T extends { employeeId: number }>(list: T[]) =>
          [...list].sort(
            (a, b) => ((a.employeeId * 7919 + seed) % 101) - ((b.employeeId * 7919 + seed) % 101),
          );
        const first = matchMentors(input.mentors, input.mentees, input.rules);
        const second = matchMentors(shuffle(input.mentors), shuffle(input.mentees), input.rules);
        expect(second).toEqual(first);
      }),
      { numRuns: 150, seed: 2 },
    );
  });
});
