import { parseArgs } from 'node:util';
import {
  type SelectionInput,
  type SelectionResult,
  selectParticipants,
} from '@jenjang/domain/programs/selection.rules';
import loadHighs from 'highs';

export const SELECTION_HELP = `Usage: npm run bench -- selection [--applicants N] [--batches N] [--groups N] [--runs N]
                                 [--checks N] [--check-size N] [--seed N]

Selection of a program's participants (selection.rules selectParticipants): a seeded random program
of N applicants (default 100,000) over --batches batches (default 2,000, 20 to 39 seats each), each
applicant asking for 3 batches near one another, scored 0 to 9,999, in one of --groups quota groups
(default 40), each capped at 1.1 times its share of the seats and with a minimum of 50; two
affirmative groups (about 40% and 15% of the applicants, some in both) have a tenth and a twentieth
of every batch's seats reserved (--no-reserved leaves them out).

Times --runs runs (default 3) and reports the median against the limit (5 s): ratio and PASS/FAIL.
Then solves --checks small programs (default 12, of --check-size applicants, default 300, with
batches and minimums scaled down) both ways: by selectParticipants and by an exact integer program
(HiGHS), one stage of the published rule after another (minimums met, total score, seats filled, ranks of the
batches given, places in the published order), and prints "equal" or the differences.

Always exits 0.

Options:
  --applicants N   applicants of the timed program (default 100000)
  --batches N      its batches (default 2000)
  --groups N       its quota groups (default 40)
  --runs N         timed runs, the median reported (default 3)
  --checks N       small programs compared with HiGHS (default 12; 0 skips)
  --check-size N   applicants of each small program (default 300)
  --seed N         seed of the timed program; small program i uses seed + i + 1 (default 42)
  --no-reserved    no affirmative groups nor reserved seats
`;

const LIMIT_MS = 5000;

/** A small deterministic generator (mulberry32): the same seed gives the same program. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function program(
  applicantCount: number,
  batchCount: number,
  groupCount: number,
  seed: number,
  reserved: boolean,
) {
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const batches = Array.from({ length: batchCount }, (_, i) => {
    const capacity = 20 + pick(20);
    return {
      id: i + 1,
      capacity,
      ...(reserved
        ? { reserved: { women: Math.floor(capacity / 10), pppk: Math.floor(capacity / 20) } }
        : {}),
    };
  });
  const groups = Array.from({ length: groupCount }, (_, i) => `opd-${i + 1}`);
  const applicants = Array.from({ length: applicantCount }, (_, i) => {
    // Applicants ask for batches close together (the same month, a nearby venue), so batches compete.
    const first = pick(batchCount);
    const wanted = [first, first + 1 + pick(5), first + 7 + pick(9)].map((b) => (b % batchCount) + 1);
    const draw = next();
    return {
      id: i + 1,
      score: pick(10_000),
      preferences: [...new Set(wanted)],
      group: groups[pick(groupCount)]!,
      order: i,
      // Women (40%), PPPK staff (15%), some of them both.
      affirmative: !reserved
        ? []
        : draw < 0.35
          ? ['women']
          : draw < 0.4
            ? ['women', 'pppk']
            : draw < 0.55
              ? ['pppk']
              : [],
    };
  });
  const seats = batches.reduce((sum, b) => sum + b.capacity, 0);
  const minimum = Math.min(50, Math.floor(applicantCount / groupCount / 4));
  const quotas = groups.map((group) => ({
    group,
    max: Math.floor((seats / groupCount) * 1.1),
    min: minimum,
  }));
  return { batches, applicants, quotas } satisfies SelectionInput;
}

interface Objectives {
  minimums: number;
  score: number;
  seats: number;
  ranks: number;
  places: number;
}

/** Each stage's objective for a selection: what the published rule optimises, in its order. */
function objectives(input: SelectionInput, result: SelectionResult): Objectives {
  const byId = new Map(input.applicants.map((a) => [a.id, a]));
  const place = placesInOrder(input);
  let ranks = 0;
  let places = 0;
  for (const [id, batch] of result.assigned) {
    ranks += byId.get(id)!.preferences.indexOf(batch);
    places += place.get(id)!;
  }
  const minimums =
    [...result.minimumsMet.values()].reduce((sum, n) => sum + n, 0) +
    [...result.reservedMet.values()].reduce(
      (sum, groups) => sum + [...groups.values()].reduce((a, n) => a + n, 0),
      0,
    );
  return { minimums, score: result.totalScore, seats: result.assigned.size, ranks, places };
}

function placesInOrder(input: SelectionInput): Map<number, number> {
  const sorted = [...input.applicants].sort((a, b) => a.order - b.order || a.id - b.id);
  return new Map(sorted.map((a, i) => [a.id, i]));
}

type Highs = Awaited<ReturnType<typeof loadHighs>>;

/**
 * The five stages as integer programs in CPLEX LP text, solved one after the other, each with the
 * optima of the stages before as constraints: x_a_b = 1 when applicant a gets batch b, y_g the
 * seats counted towards group g's minimum.
 */
function exactObjectives(highs: Highs, input: SelectionInput): Objectives {
  const x = (a: number, b: number) => `x_${a}_${b}`;
  const sum = (terms: string[]) => (terms.length > 0 ? terms.join(' + ') : '0 zero');
  const weighted = (weight: (a: SelectionInput['applicants'][number], rank: number) => number) =>
    sum(input.applicants.flatMap((a) => a.preferences.map((b, rank) => `${weight(a, rank)} ${x(a.id, b)}`)));
  const rows: string[] = [];
  for (const a of input.applicants) rows.push(`${sum(a.preferences.map((b) => x(a.id, b)))} <= 1`);
  const inBatch = new Map<number, string[]>();
  const inGroup = new Map<string, string[]>();
  for (const a of input.applicants) {
    for (const b of a.preferences) {
      inBatch.set(b, [...(inBatch.get(b) ?? []), x(a.id, b)]);
      if (a.group !== null) inGroup.set(a.group, [...(inGroup.get(a.group) ?? []), x(a.id, b)]);
    }
  }
  for (const batch of input.batches) rows.push(`${sum(inBatch.get(batch.id) ?? [])} <= ${batch.capacity}`);
  const counted: string[] = [];
  input.quotas.forEach((quota, i) => {
    const members = inGroup.get(quota.group) ?? [];
    if (quota.max !== undefined) rows.push(`${sum(members)} <= ${quota.max}`);
    const y = `y_${i}`;
    counted.push(y);
    rows.push(`${y} <= ${Math.min(quota.min ?? 0, quota.max ?? Number.POSITIVE_INFINITY)}`);
    rows.push(`${[y, ...members.map((m) => `- ${m}`)].join(' ')} <= 0`);
  });
  // z: the seats of a batch reserved for a group that its members took.
  for (const batch of input.batches) {
    for (const [group, seats] of Object.entries(batch.reserved ?? {})) {
      const z = `z_${group}_${batch.id}`;
      counted.push(z);
      const members = input.applicants
        .filter(
          (a) =>
            a.preferences.includes(batch.id) &&
            a.affirmative?.find((g) => (batch.reserved?.[g] ?? 0) > 0) === group,
        )
        .map((a) => `- ${x(a.id, batch.id)}`);
      rows.push(`${z} <= ${seats}`);
      rows.push(`${[z, ...members].join(' ')} <= 0`);
    }
  }
  const place = placesInOrder(input);
  const stages: { sense: 'Maximize' | 'Minimize'; objective: string }[] = [
    { sense: 'Maximize', objective: sum(counted) },
    { sense: 'Maximize', objective: weighted((a) => a.score) },
    { sense: 'Maximize', objective: weighted(() => 1) },
    { sense: 'Minimize', objective: weighted((_, rank) => rank) },
    { sense: 'Minimize', objective: weighted((a) => place.get(a.id)!) },
  ];
  const variables = [
    ...input.applicants.flatMap((a) => a.preferences.map((b) => x(a.id, b))),
    ...counted,
    'zero',
  ];
  const optima: number[] = [];
  for (const stage of stages) {
    const text = [
      stage.sense,
      ` obj: ${stage.objective}`,
      'Subject To',
      ...rows.map((row, i) => ` c${i}: ${row}`),
      'Bounds',
      ...variables.map((v) => ` 0 <= ${v} <= ${v === 'zero' ? 0 : 1000}`),
      'Generals',
      ` ${variables.join(' ')}`,
      'End',
    ].join('\n');
    const solution = highs.solve(text, { output_flag: false });
    if (solution.Status !== 'Optimal') throw new Error(`HiGHS: ${solution.Status}`);
    const optimum = Math.round(solution.ObjectiveValue);
    optima.push(optimum);
    // Later stages keep this one at its optimum.
    rows.push(`${stage.objective} ${stage.sense === 'Maximize' ? '>=' : '<='} ${optimum}`);
  }
  const [minimums, score, seats, ranks, places] = optima as [number, number, number, number, number];
  return { minimums, score, seats, ranks, places };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function runSelectionBench(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      applicants: { type: 'string', default: '100000' },
      batches: { type: 'string', default: '2000' },
      groups: { type: 'string', default: '40' },
      runs: { type: 'string', default: '3' },
      checks: { type: 'string', default: '12' },
      'check-size': { type: 'string', default: '300' },
      seed: { type: 'string', default: '42' },
      'no-reserved': { type: 'boolean', default: false },
    },
  });
  const reserved = !values['no-reserved'];
  const applicants = Number(values.applicants);
  const batches = Number(values.batches);
  const groups = Number(values.groups);
  const seed = Number(values.seed);
  const input = program(applicants, batches, groups, seed, reserved);
  const seats = input.batches.reduce((sum, b) => sum + b.capacity, 0);
  console.log(
    `Program: ${applicants.toLocaleString('en')} applicants, ${batches.toLocaleString('en')} batches ` +
      `(${seats.toLocaleString('en')} seats), ${groups} quota groups` +
      `${reserved ? ', 2 affirmative groups with reserved seats' : ''} (seed ${seed})`,
  );
  const times: number[] = [];
  let last: SelectionResult | null = null;
  for (let run = 0; run < Number(values.runs); run++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    last = selectParticipants(input);
    times.push(performance.now() - started);
    // CPU time beside the wall clock: on a shared machine the two part, and the gap is the others' load.
    const used = process.cpuUsage(cpu);
    console.log(
      `  run ${run + 1}: ${(times.at(-1)! / 1000).toFixed(2)} s ` +
        `(CPU ${((used.user + used.system) / 1e6).toFixed(2)} s)`,
    );
  }
  if (last) {
    const o = objectives(input, last);
    console.log(
      `  selected ${last.assigned.size.toLocaleString('en')}, minimums met ${o.minimums}, ` +
        `total score ${o.score.toLocaleString('en')}, Σ ranks ${o.ranks.toLocaleString('en')}`,
    );
  }

  const checks = Number(values.checks);
  const size = Number(values['check-size']);
  let equal = 0;
  const differences: string[] = [];
  if (checks > 0) {
    const highs = await loadHighs();
    for (let i = 0; i < checks; i++) {
      // Small programs keep the big one's proportions: about 50 applicants per batch asked for.
      const small = program(
        size,
        Math.max(2, Math.round(size / 50)),
        Math.min(groups, 8),
        seed + i + 1,
        reserved,
      );
      const ours = objectives(small, selectParticipants(small));
      const exact = exactObjectives(highs, small);
      const diff = (Object.keys(exact) as (keyof Objectives)[])
        .filter((key) => ours[key] !== exact[key])
        .map((key) => `${key} ${ours[key]} vs ${exact[key]}`);
      if (diff.length === 0) equal++;
      else differences.push(`  program ${i + 1} (seed ${seed + i + 1}): ${diff.join(', ')}`);
    }
  }

  const time = times.length > 0 ? median(times) : Number.NaN;
  const ratio = time / LIMIT_MS;
  console.log('');
  console.log('| figure | value | limit | ratio | verdict |');
  console.log('| --- | --- | --- | --- | --- |');
  if (times.length > 0) {
    console.log(
      `| selectParticipants, median of ${times.length} | ${(time / 1000).toFixed(2)} s | 5 s | ` +
        `${ratio.toFixed(2)} | ${ratio <= 1 ? 'PASS' : 'FAIL'} |`,
    );
  }
  if (checks > 0) {
    console.log(
      `| stages vs HiGHS ILP, ${checks} programs of ${size} | ${equal} of ${checks} equal | all equal | | ` +
        `${equal === checks ? 'equal' : 'DIFFERENT'} |`,
    );
    for (const line of differences) console.log(line);
  }
}
