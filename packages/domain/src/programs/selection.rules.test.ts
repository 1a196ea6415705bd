import fc from 'fast-check';
import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type SelectionInput, selectParticipants } from './selection.rules';

// The selection against an exact integer program (HiGHS): for random programs with ties, quotas and
// preferences, each step of the published rule must reach the optimum an ILP finds for it with the
// steps before held at their optima — and no seat, cap or preference may be broken.

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

const GROUPS = ['A', 'B', 'C'] as const;
const AFFIRMATIVE = ['W', 'R'] as const;

const program = fc
  .record({
    capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }),
    applicants: fc.array(
      fc.record({
        score: fc.integer({ min: 0, max: 12 }),
        wants: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
        group: fc.option(fc.constantFrom(...GROUPS), { nil: null }),
        order: fc.integer({ min: 0, max: 50 }),
        // Some belong to both groups: their seat counts for the first the batch reserves for.
        affirmative: fc.subarray([...AFFIRMATIVE]),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    // Per batch, the seats reserved for W and R (cut down to the batch's capacity below).
    reserved: fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 1 })), {
      minLength: 4,
      maxLength: 4,
    }),
    quotas: fc.array(
      fc.record({
        group: fc.constantFrom(...GROUPS),
        max: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        min: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      }),
      { maxLength: 3 },
    ),
  })
  .map(({ capacities, applicants, quotas, reserved }): SelectionInput => {
    const batches = capacities.map((capacity, i) => {
      const [w, r] = reserved[i]!;
      const women = Math.min(w, capacity);
      return { id: 100 + i, capacity, reserved: { W: women, R: Math.min(r, capacity - women) } };
    });
    return {
      batches,
      applicants: applicants.map((a, i) => ({
        id: i + 1,
        score: a.score,
        preferences: [...new Set(a.wants.map((w) => batches[w % batches.length]!.id))],
        group: a.group,
        order: a.order,
        affirmative: a.affirmative,
      })),
      // One quota per group.
      quotas: [...new Map(quotas.map((q) => [q.group, q])).values()],
    };
  });

/** The program as an ILP: x_a_b binary per (applicant, batch asked for), y_g the minimum met. */
function ilp(input: SelectionInput, objective: string, fixed: string[]): string {
  const x = (a: number, b: number) => `x_${a}_${b}`;
  const rows: string[] = [];
  for (const a of input.applicants) {
    rows.push(`${a.preferences.map((b) => `+ ${x(a.id, b)}`).join(' ')} <= 1`);
  }
  for (const b of input.batches) {
    const terms = input.applicants
      .filter((a) => a.preferences.includes(b.id))
      .map((a) => `+ ${x(a.id, b.id)}`);
    if (terms.length > 0) rows.push(`${terms.join(' ')} <= ${b.capacity}`);
  }
  for (const q of input.quotas) {
    const terms = input.applicants
      .filter((a) => a.group === q.group)
      .flatMap((a) => a.preferences.map((b) => `+ ${x(a.id, b)}`));
    if (q.max !== undefined && terms.length > 0) rows.push(`${terms.join(' ')} <= ${q.max}`);
    const min = Math.min(q.min ?? 0, q.max ?? Infinity);
    rows.push(`y_${q.group} <= ${min}`);
    rows.push(
      terms.length > 0
        ? `y_${q.group} ${terms.map((t) => t.replace('+', '-')).join(' ')} <= 0`
        : `y_${q.group} <= 0`,
    );
  }
  // z_g_b: the seats of batch b reserved for group g that its members took (a member counts for the
  // first of their groups the batch reserves seats for).
  for (const b of input.batches) {
    for (const [g, seats] of Object.entries(b.reserved ?? {})) {
      const terms = input.applicants
        .filter((a) => countsFor(a, b) === g && a.preferences.includes(b.id))
        .map((a) => `- ${x(a.id, b.id)}`);
      rows.push(`z_${g}_${b.id} <= ${seats}`);
      rows.push(terms.length > 0 ? `z_${g}_${b.id} ${terms.join(' ')} <= 0` : `z_${g}_${b.id} <= 0`);
    }
  }
  rows.push(...fixed);
  const vars = input.applicants.flatMap((a) => a.preferences.map((b) => x(a.id, b)));
  const reservedVars = reservedTerms(input);
  return [
    objective,
    'Subject To',
    ...rows.map((r, i) => ` c${i}: ${r}`),
    'Bounds',
    ...vars.map((v) => ` 0 <= ${v} <= 1`),
    ...input.quotas.map((q) => ` 0 <= y_${q.group} <= 100`),
    ...reservedVars.map((z) => ` 0 <= ${z} <= 100`),
    'Generals',
    ` ${[...vars, ...input.quotas.map((q) => `y_${q.group}`), ...reservedVars].join(' ')}`,
    'End',
  ].join('\n');
}

const countsFor = (a: SelectionInput['applicants'][number], b: SelectionInput['batches'][number]) =>
  a.affirmative?.find((g) => (b.reserved?.[g] ?? 0) > 0) ?? null;
const reservedTerms = (input: SelectionInput) =>
  input.batches.flatMap((b) => Object.keys(b.reserved ?? {}).map((g) => `z_${g}_${b.id}`));
const minimumTerm = (input: SelectionInput) =>
  [...input.quotas.map((q) => `+ y_${q.group}`), ...reservedTerms(input).map((z) => `+ ${z}`)].join(' ') ||
  '0 dummy';
const scoreTerm = (input: SelectionInput) =>
  input.applicants.flatMap((a) => a.preferences.map((b) => `+ ${a.score} x_${a.id}_${b}`)).join(' ');
const seatTerm = (input: SelectionInput) =>
  input.applicants.flatMap((a) => a.preferences.map((b) => `+ x_${a.id}_${b}`)).join(' ');
const rankTerm = (input: SelectionInput) =>
  input.applicants.flatMap((a) => a.preferences.map((b, rank) => `+ ${rank} x_${a.id}_${b}`)).join(' ');

function optimum(text: string): number {
  const result = highs.solve(text, { output_flag: false });
  expect(result.Status).toBe('Optimal');
  return Math.round(result.ObjectiveValue);
}

describe('selecting participants', () => {
  it('meets the minimums, then the best total score, the best-ranked batches and the earliest applications, as an exact ILP does', () => {
    fc.assert(
      fc.property(program, (input) => {
        const result = selectParticipants(input);
        // Nothing broken: a seat per selected applicant in a batch they asked for, capacities, caps.
        const perBatch = new Map<number, number>();
        const perGroup = new Map<string, number>();
        for (const [id, batch] of result.assigned) {
          const applicant = input.applicants.find((a) => a.id === id)!;
          expect(applicant.preferences).toContain(batch);
          perBatch.set(batch, (perBatch.get(batch) ?? 0) + 1);
          if (applicant.group) perGroup.set(applicant.group, (perGroup.get(applicant.group) ?? 0) + 1);
        }
        for (const b of input.batches) expect(perBatch.get(b.id) ?? 0).toBeLessThanOrEqual(b.capacity);
        for (const q of input.quotas) {
          if (q.max !== undefined) expect(perGroup.get(q.group) ?? 0).toBeLessThanOrEqual(q.max);
        }
        // Step 1, the minimums met and the reserved seats taken by their groups' members.
        const hasQuotas = input.quotas.length > 0 || reservedTerms(input).length > 0;
        const minimums = hasQuotas ? optimum(ilp(input, `Maximize\n obj: ${minimumTerm(input)}`, [])) : 0;
        const members = new Map<string, number>();
        for (const [id, batch] of result.assigned) {
          const applicant = input.applicants.find((a) => a.id === id)!;
          const key = `${countsFor(applicant, input.batches.find((b) => b.id === batch)!)}@${batch}`;
          members.set(key, (members.get(key) ?? 0) + 1);
        }
        const reservedTaken = input.batches.reduce(
          (sum, b) =>
            sum +
            Object.entries(b.reserved ?? {}).reduce(
              (inner, [g, seats]) => inner + Math.min(seats, members.get(`${g}@${b.id}`) ?? 0),
              0,
            ),
          0,
        );
        const met = input.quotas.reduce(
          (sum, q) => sum + Math.min(perGroup.get(q.group) ?? 0, Math.min(q.min ?? 0, q.max ?? Infinity)),
          reservedTaken,
        );
        expect(met).toBe(minimums);
        for (const b of input.batches) {
          for (const [g, seats] of Object.entries(b.reserved ?? {})) {
            expect(result.reservedMet.get(b.id)?.get(g) ?? 0).toBe(
              Math.min(seats, members.get(`${g}@${b.id}`) ?? 0),
            );
          }
        }
        const keepMinimums = hasQuotas ? [`${minimumTerm(input)} >= ${minimums}`] : [];
        // Step 2, the total score.
        const best = optimum(ilp(input, `Maximize\n obj: ${scoreTerm(input)}`, keepMinimums));
        expect(result.totalScore).toBe(best);
        // Step 3, the seats filled.
        const filled = optimum(
          ilp(input, `Maximize\n obj: ${seatTerm(input)}`, [
            ...keepMinimums,
            `${scoreTerm(input)} >= ${best}`,
          ]),
        );
        expect(result.assigned.size).toBe(filled);
        const keepSeats = `${seatTerm(input)} >= ${filled}`;
        // Step 4, the batches' ranks.
        const ranks = optimum(
          ilp(input, `Minimize\n obj: ${rankTerm(input)}`, [
            ...keepMinimums,
            `${scoreTerm(input)} >= ${best}`,
            keepSeats,
          ]),
        );
        const ours = [...result.assigned].reduce((sum, [id, batch]) => {
          const applicant = input.applicants.find((a) => a.id === id)!;
          return sum + applicant.preferences.indexOf(batch);
        }, 0);
        expect(ours).toBe(ranks);
        // Step 5, the earlier applications: Σ place in the published order of those selected.
        const place = new Map(
          [...input.applicants].sort((a, b) => a.order - b.order || a.id - b.id).map((a, i) => [a.id, i]),
        );
        const orderTerm = input.applicants
          .flatMap((a) => a.preferences.map((b) => `+ ${place.get(a.id)} x_${a.id}_${b}`))
          .join(' ');
        const earliest = optimum(
          ilp(input, `Minimize\n obj: ${orderTerm}`, [
            ...keepMinimums,
            `${scoreTerm(input)} >= ${best}`,
            keepSeats,
            `${rankTerm(input)} <= ${ranks}`,
          ]),
        );
        expect([...result.assigned.keys()].reduce((sum, id) => sum + place.get(id)!, 0)).toBe(earliest);
      }),
      { numRuns: 250, seed: 31122026 },
    );
    // About 1,000 HiGHS solves: seconds on a busy machine (a guard against hangs, not a speed target).
  }, 30_000);

  it('gives the same answer whatever order the applicants are listed in', () => {
    fc.assert(
      fc.property(program, fc.integer(), (input, seed) => {
        const shuffled = [...input.applicants].sort(
          (a, b) => ((a.id * 7919 + seed) % 101) - ((b.id * 7919 + seed) % 101),
        );
        const first = selectParticipants(input);
        const second = selectParticipants({ ...input, applicants: shuffled });
        expect([...second.assigned].sort()).toEqual([...first.assigned].sort());
      }),
      { numRuns: 150, seed: 2 },
    );
  });

  it('fills a seat with an applicant whose score is 0 rather than leave it empty', () => {
    const result = selectParticipants({
      batches: [{ id: 1, capacity: 2 }],
      applicants: [
        { id: 10, score: 0, preferences: [1], group: null, order: 2 },
        { id: 11, score: 100, preferences: [1], group: null, order: 1 },
        { id: 12, score: 0, preferences: [1], group: null, order: 3 },
      ],
      quotas: [],
    });
    expect([...result.assigned].sort()).toEqual([
      [10, 1],
      [11, 1],
    ]);
  });

  it('gives reserved seats to the group members before higher scores, and frees those nobody of the group wants', () => {
    const applicants = [
      { id: 10, score: 90, preferences: [1], group: null, order: 1 },
      { id: 11, score: 80, preferences: [1], group: null, order: 2 },
      { id: 12, score: 40, preferences: [1], group: null, order: 3, affirmative: ['W'] },
      { id: 13, score: 30, preferences: [1], group: null, order: 4, affirmative: ['W'] },
    ];
    const reserved = selectParticipants({
      batches: [{ id: 1, capacity: 2, reserved: { W: 1 } }],
      applicants,
      quotas: [],
    });
    expect([...reserved.assigned].sort()).toEqual([
      [10, 1],
      [12, 1],
    ]);
    expect(reserved.reservedMet.get(1)?.get('W')).toBe(1);
    // Nobody of group R asked: its reserved seat goes to the best score.
    const unused = selectParticipants({
      batches: [{ id: 1, capacity: 2, reserved: { R: 1 } }],
      applicants,
      quotas: [],
    });
    expect([...unused.assigned].sort()).toEqual([
      [10, 1],
      [11, 1],
    ]);
    expect(() =>
      selectParticipants({ batches: [{ id: 1, capacity: 1, reserved: { W: 2 } }], applicants, quotas: [] }),
    ).toThrow(/more seats reserved/);
  });

  it('breaks a tie by the published order: the earlier application is chosen', () => {
    const result = selectParticipants({
      batches: [{ id: 1, capacity: 1 }],
      applicants: [
        { id: 10, score: 70, preferences: [1], group: null, order: 2 },
        { id: 11, score: 70, preferences: [1], group: null, order: 1 },
      ],
      quotas: [],
    });
    expect([...result.assigned]).toEqual([[11, 1]]);
  });

  it('refuses what is not a program: unknown batches, repeated applicants, fractional scores', () => {
    const batches = [{ id: 1, capacity: 2 }];
    const one = { id: 1, score: 5, preferences: [1], group: null, order: 1 };
    expect(() =>
      selectParticipants({ batches, applicants: [{ ...one, preferences: [9] }], quotas: [] }),
    ).toThrow(/unknown batch/);
    expect(() => selectParticipants({ batches, applicants: [one, one], quotas: [] })).toThrow(/twice/);
    expect(() => selectParticipants({ batches, applicants: [{ ...one, score: 2.5 }], quotas: [] })).toThrow(
      /whole number/,
    );
  });
});
