import { parseArgs } from 'node:util';
import {
  coverage,
  type MatchingRules,
  type MenteeProfile,
  type MentorProfile,
  matchMentors,
  pairBlock,
} from '@jenjang/domain/programs/mentoring.rules';
import loadHighs from 'highs';

export const MENTORING_HELP = `Usage: npm run bench -- mentoring [--mentees N] [--mentors N] [--runs N] [--checks N]
                                 [--check-size N] [--seed N]

The optimal mentoring pairs a program's agency is proposed (mentoring.rules matchMentors): a seeded
random scheme of --mentees mentees (default 1,500) and --mentors mentors (default 500, capacities 1
to 4) in 40 OPDs, over 8 competencies (each mentee needing 1 to 4 of them, levels 1–5), mentors from
another OPD only (unit rule otherOpd), supervisors kept from their own staff, 1% of pairs excluded as
conflicts of interest.

Times --runs runs (default 3) and reports the median against the limit (2 s: the proposal is asked
for on a page, and answers within the page's budget): ratio and PASS/FAIL. Then solves --checks small
schemes (default 12, of --check-size mentees, default 60) both ways, by matchMentors and by an exact
integer program (HiGHS), and prints "equal" or the differences of the total score.

Always exits 0.

Options:
  --mentees N      mentees of the timed scheme (default 1500)
  --mentors N      its mentors (default 500)
  --runs N         timed runs, the median reported (default 3)
  --checks N       small schemes compared with HiGHS (default 12; 0 skips)
  --check-size N   mentees of each small scheme (a third as many mentors; default 60)
  --seed N         seed of the timed scheme; small scheme i uses seed + i + 1 (default 7)
`;

const LIMIT_MS = 2000;
const COMPETENCIES = ['M.1', 'M.2', 'M.3', 'M.4', 'M.5', 'M.6', 'T.TIK', 'T.PEMB'];
const OPDS = 40;

/** mulberry32: the same seed gives the same scheme. */
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

function scheme(menteeCount: number, mentorCount: number, seed: number) {
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  // Units: OPD o has sections 1000 + o * 10 + s; a path is [opd, section].
  const path = () => {
    const opd = 1 + pick(OPDS);
    return [opd, 1000 + opd * 10 + pick(5)];
  };
  const mentors: MentorProfile[] = Array.from({ length: mentorCount }, (_, i) => ({
    employeeId: 100_000 + i,
    unitPath: path(),
    positionKind: next() < 0.2 ? 'pengawas' : 'fungsional',
    levels: new Map(COMPETENCIES.map((c) => [c, 2 + pick(4)])),
    capacity: 1 + pick(4),
  }));
  const mentees: MenteeProfile[] = Array.from({ length: menteeCount }, (_, i) => {
    const needs = COMPETENCIES.filter(() => next() < 0.3).map((competency) => {
      const required = 2 + pick(4);
      return { competency, required, actual: Math.max(1, required - 1 - pick(2)) };
    });
    return { employeeId: 1 + i, unitPath: path(), needs };
  });
  const exclusions = [];
  for (let i = 0; i < menteeCount * mentorCount * 0.00001; i++) {
    exclusions.push({
      mentorId: mentors[pick(mentorCount)]!.employeeId,
      menteeId: mentees[pick(menteeCount)]!.employeeId,
    });
  }
  const rules: MatchingRules = {
    unit: 'otherOpd',
    allowSupervisor: false,
    competencies: null,
    exclusions,
    fixed: [],
  };
  return { mentors, mentees, rules };
}

/** The optimum of the same scheme as an integer program (CPLEX LP text), by HiGHS. */
function exactScore(highs: Awaited<ReturnType<typeof loadHighs>>, input: ReturnType<typeof scheme>): number {
  const terms: string[] = [];
  const byMentee = new Map<number, string[]>();
  const byMentor = new Map<number, string[]>();
  const binaries: string[] = [];
  for (const mentee of input.mentees) {
    for (const mentor of input.mentors) {
      if (pairBlock(mentor, mentee, input.rules) !== null) continue;
      const name = `x_${mentor.employeeId}_${mentee.employeeId}`;
      terms.push(`${coverage(mentor, mentee, null).score} ${name}`);
      byMentee.set(mentee.employeeId, [...(byMentee.get(mentee.employeeId) ?? []), name]);
      byMentor.set(mentor.employeeId, [...(byMentor.get(mentor.employeeId) ?? []), name]);
      binaries.push(name);
    }
  }
  if (binaries.length === 0) return 0;
  const capacity = new Map(input.mentors.map((m) => [m.employeeId, m.capacity]));
  const lines = [
    'Maximize',
    ` obj: ${terms.join(' + ')}`,
    'Subject To',
    ...[...byMentee].map(([id, names]) => ` e${id}: ${names.join(' + ')} <= 1`),
    ...[...byMentor].map(([id, names]) => ` m${id}: ${names.join(' + ')} <= ${capacity.get(id)}`),
    'Binary',
    ...binaries.map((b) => ` ${b}`),
    'End',
  ];
  const solved = highs.solve(lines.join('\n'), { output_flag: false });
  if (solved.Status !== 'Optimal') throw new Error(`HiGHS: ${solved.Status}`);
  return Math.round(solved.ObjectiveValue);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function runMentoringBench(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      mentees: { type: 'string', default: '1500' },
      mentors: { type: 'string', default: '500' },
      runs: { type: 'string', default: '3' },
      checks: { type: 'string', default: '12' },
      'check-size': { type: 'string', default: '60' },
      seed: { type: 'string', default: '7' },
    },
  });
  const seed = Number(values.seed);
  const input = scheme(Number(values.mentees), Number(values.mentors), seed);
  console.log(
    `Scheme: ${input.mentees.length.toLocaleString('en')} mentees, ${input.mentors.length.toLocaleString('en')} mentors ` +
      `in ${OPDS} OPDs, mentors from another OPD (seed ${seed})`,
  );
  const times: number[] = [];
  for (let run = 0; run < Number(values.runs); run++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = matchMentors(input.mentors, input.mentees, input.rules);
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    console.log(
      `  run ${run + 1}: ${(times.at(-1)! / 1000).toFixed(2)} s (CPU ${((used.user + used.system) / 1e6).toFixed(2)} s), ` +
        `${result.pairs.length.toLocaleString('en')} pairs, total score ${result.totalScore.toLocaleString('en')}`,
    );
  }
  const checks = Number(values.checks);
  const size = Number(values['check-size']);
  let equal = 0;
  const differences: string[] = [];
  if (checks > 0) {
    const highs = await loadHighs();
    for (let i = 0; i < checks; i++) {
      const small = scheme(size, Math.max(2, Math.round(size / 3)), seed + i + 1);
      const ours = matchMentors(small.mentors, small.mentees, small.rules).totalScore;
      const exact = exactScore(highs, small);
      if (ours === exact) equal++;
      else differences.push(`  scheme ${i + 1} (seed ${seed + i + 1}): ${ours} vs ${exact}`);
    }
  }
  const time = times.length > 0 ? median(times) : Number.NaN;
  const ratio = time / LIMIT_MS;
  console.log('');
  console.log('| figure | value | limit | ratio | verdict |');
  console.log('| --- | --- | --- | --- | --- |');
  if (times.length > 0) {
    console.log(
      `| matchMentors, median of ${times.length} | ${(time / 1000).toFixed(2)} s | 2 s | ${ratio.toFixed(2)} | ` +
        `${ratio <= 1 ? 'PASS' : 'FAIL'} |`,
    );
  }
  if (checks > 0) {
    console.log(
      `| total score vs HiGHS ILP, ${checks} schemes of ${size} | ${equal} of ${checks} equal | all equal | | ` +
        `${equal === checks ? 'equal' : 'DIFFERENT'} |`,
    );
    for (const line of differences) console.log(line);
  }
}
