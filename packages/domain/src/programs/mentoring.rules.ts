import { isCompetencyLevel } from '../competency/competency-gap.rules';
import { isPositionKind, positionGroup } from '../people/position';
import { MinCostFlow } from './min-cost-flow';

// Mentoring (Perlan LAN 10/2018, pelatihan nonklasikal NKL02; coaching, NKL01, pairs the same way):
// a senior employee takes a few colleagues through the competencies they lack. Jenjang proposes the
// pairs and explains each; the agency decides. The rule, as shown to the scheme's organisers:
//
// 1. A mentor covers a mentee's need when the mentor's level of that competency reaches the level
//    the mentee's position requires (PermenPANRB 38/2017, levels 1–5); the need weighs the levels of
//    gap it closes, required − actual. A pair's score is the sum over the needs it covers.
// 2. Pairs the agency fixed by hand stay as they are and take their place in the mentor's capacity.
// 3. Among the pairs the rules allow (not oneself, no recorded conflict of interest, the scheme's
//    unit rule, a supervisor only where the scheme allows it, at least one need covered), the
//    proposal has the largest total score, each mentee with at most one mentor and each mentor
//    within their capacity.
// 4. Among equally good proposals, the one spreading mentees most evenly: a mentor's n-th mentee
//    (the fixed ones counted first) costs n − 1, so nobody gets another while an equally good
//    proposal leaves them fewer.
//
// Steps 3 and 4 are one minimum-cost flow (min-cost-flow.ts): every point of score is worth K,
// more than all the spreading costs together can reach, so spreading never buys back a point.

/** A mentee's development need (PermenPANRB 38/2017): the position requires `required`, they hold `actual`. */
export interface MentoringNeed {
  competency: string;
  required: number;
  actual: number;
}

export interface MentorProfile {
  employeeId: number;
  /** Unit path from the OPD (root) down to the employee's unit, e.g. [12, 40, 41]; [] when unknown. */
  unitPath: readonly number[];
  /** A PositionKind, or null when unknown. */
  positionKind: string | null;
  /** Current competency levels (competency-gap.rules.ts currentLevels). */
  levels: ReadonlyMap<string, number>;
  /** The most mentees they take, a whole number ≥ 0. */
  capacity: number;
}

export interface MenteeProfile {
  employeeId: number;
  unitPath: readonly number[];
  needs: readonly MentoringNeed[];
}

export type UnitRule = 'any' | 'sameOpd' | 'otherOpd';

export interface MatchingRules {
  unit: UnitRule;
  /** A supervisor may mentor their own subordinate. */
  allowSupervisor: boolean;
  /** The competencies the program addresses; null: every need counts. */
  competencies: readonly string[] | null;
  /** Conflicts of interest recorded by the agency: pairs never proposed. */
  exclusions: readonly { mentorId: number; menteeId: number }[];
  /** Pairs the agency fixed by hand: kept as they are (even if a rule would block them), using the mentor's capacity. */
  fixed: readonly { mentorId: number; menteeId: number }[];
}

export interface CoveredNeed {
  competency: string;
  actual: number;
  required: number;
  mentorLevel: number;
}

export type PairBlock = 'self' | 'sameOpd' | 'otherOpd' | 'supervisor' | 'conflict' | 'noCoverage';

export interface ProposedPair {
  mentorId: number;
  menteeId: number;
  score: number;
  /** The needs the mentor covers, largest gap first. */
  covered: CoveredNeed[];
  fixed: boolean;
  /**
   * The best score this mentee could have had with any allowed mentor of capacity > 0 on their own
   * (at least the pair's score); > score when the optimum gave that mentor to others.
   */
  bestAlone: number;
}

export interface MatchingResult {
  /** By mentor, then mentee. */
  pairs: ProposedPair[];
  /** 'noCoverage': no mentor is allowed for them; 'capacity': the allowed ones are all full. */
  unmatched: { menteeId: number; reason: 'noCoverage' | 'capacity' }[];
  /** Σ score over the pairs, fixed ones included. */
  totalScore: number;
}

/**
 * Whether the mentor heads a unit the mentee belongs to: a managerial position (UU 20/2023: JPT,
 * administrator, pengawas) heads its unit and supervises everybody in it and below.
 */
export function supervises(
  mentor: Pick<MentorProfile, 'unitPath' | 'positionKind'>,
  mentee: Pick<MenteeProfile, 'unitPath'>,
): boolean {
  const unit = headedUnit(mentor);
  return unit !== null && mentee.unitPath.includes(unit);
}

/**
 * PermenPANRB 38/2017: a need is covered when the mentor's level reaches the required one, and
 * weighs required − actual, the levels of gap it closes. Only needs (actual < required) count, and
 * only in the given competencies unless they are null.
 */
export function coverage(
  mentor: MentorProfile,
  mentee: MenteeProfile,
  competencies: readonly string[] | null,
): { score: number; covered: CoveredNeed[] } {
  checkMentor(mentor);
  checkMentee(mentee);
  const covered = coveredNeeds(mentor, countingNeeds(mentee, competencies && new Set(competencies)));
  return { score: covered.reduce((sum, n) => sum + n.required - n.actual, 0), covered };
}

/** Why the rules forbid proposing this pair (the first reason in the order below), or null: allowed. */
export function pairBlock(
  mentor: MentorProfile,
  mentee: MenteeProfile,
  rules: MatchingRules,
): PairBlock | null {
  checkMentor(mentor);
  checkMentee(mentee);
  const context = contextOf(rules);
  return assess(prepareMentor(mentor), prepareMentee(mentee, context), context).block;
}

/** The proposal by the rule at the top of this file. */
export function matchMentors(
  mentors: readonly MentorProfile[],
  mentees: readonly MenteeProfile[],
  rules: MatchingRules,
): MatchingResult {
  const context = contextOf(rules);
  // One canonical order, so the answer never depends on the order the lists came in.
  const mentorList = sortedById(mentors, 'mentor').map((m) => {
    checkMentor(m);
    return prepareMentor(m);
  });
  const menteeList = sortedById(mentees, 'mentee').map((m) => {
    checkMentee(m);
    return prepareMentee(m, context);
  });
  const fixedTo = fixPairs(rules.fixed, mentorList, menteeList);
  // Every allowed pair with a free place, for the flow; the best of each mentee's for the reasons.
  const options: Option[][] = [];
  const allowed: boolean[] = [];
  const bestAlone: number[] = [];
  menteeList.forEach((mentee, j) => {
    const own: Option[] = [];
    let any = false;
    let best = 0;
    mentorList.forEach((mentor, i) => {
      const { block, score } = assess(mentor, mentee, context);
      if (block !== null) return;
      any = true;
      if (mentor.profile.capacity > 0) best = Math.max(best, score);
      if (!fixedTo.has(j) && mentor.fixed < mentor.profile.capacity) own.push({ mentor: i, score });
    });
    options.push(own);
    allowed.push(any);
    bestAlone.push(best);
  });
  const chosen = optimalPairs(options, mentorList);
  for (const [j, i] of fixedTo) chosen.set(j, i);
  const pairs: ProposedPair[] = [];
  const unmatched: MatchingResult['unmatched'] = [];
  menteeList.forEach((mentee, j) => {
    const i = chosen.get(j);
    if (i === undefined) {
      unmatched.push({ menteeId: mentee.profile.employeeId, reason: allowed[j] ? 'capacity' : 'noCoverage' });
      return;
    }
    const covered = coveredNeeds(mentorList[i]!.profile, mentee.needs);
    const score = covered.reduce((sum, n) => sum + n.required - n.actual, 0);
    pairs.push({
      mentorId: mentorList[i]!.profile.employeeId,
      menteeId: mentee.profile.employeeId,
      score,
      covered,
      fixed: fixedTo.has(j),
      bestAlone: Math.max(score, bestAlone[j]!),
    });
  });
  pairs.sort((a, b) => a.mentorId - b.mentorId || a.menteeId - b.menteeId);
  return { pairs, unmatched, totalScore: pairs.reduce((sum, p) => sum + p.score, 0) };
}

/** Mentee → mentor of the fixed pairs, by index, each counted in its mentor's `fixed`. */
function fixPairs(
  fixed: MatchingRules['fixed'],
  mentors: readonly Mentor[],
  mentees: readonly Mentee[],
): Map<number, number> {
  const mentorIndex = new Map(mentors.map((m, i) => [m.profile.employeeId, i]));
  const menteeIndex = new Map(mentees.map((m, i) => [m.profile.employeeId, i]));
  const fixedTo = new Map<number, number>();
  for (const { mentorId, menteeId } of fixed) {
    const i = mentorIndex.get(mentorId);
    const j = menteeIndex.get(menteeId);
    if (i === undefined) throw new RangeError(`fixed pair: unknown mentor ${mentorId}`);
    if (j === undefined) throw new RangeError(`fixed pair: unknown mentee ${menteeId}`);
    if (fixedTo.has(j)) throw new RangeError(`mentee ${menteeId} is fixed more than once`);
    fixedTo.set(j, i);
    const mentor = mentors[i]!;
    if (++mentor.fixed > mentor.profile.capacity) {
      throw new RangeError(`mentor ${mentorId}: more fixed mentees than capacity`);
    }
  }
  return fixedTo;
}

interface Context {
  rules: MatchingRules;
  competencies: ReadonlySet<string> | null;
  /** Mentor id → the mentees they must not be proposed for. */
  excluded: ReadonlyMap<number, ReadonlySet<number>>;
}

interface Mentor {
  profile: MentorProfile;
  opd: number | undefined;
  /** The unit the mentor heads, or null: no managerial position. */
  heads: number | null;
  /** How many fixed pairs use their capacity. */
  fixed: number;
}

interface Mentee {
  profile: MenteeProfile;
  opd: number | undefined;
  /** The needs that count under the rules. */
  needs: readonly MentoringNeed[];
}

interface Option {
  mentor: number;
  score: number;
}

function contextOf(rules: MatchingRules): Context {
  const excluded = new Map<number, Set<number>>();
  for (const { mentorId, menteeId } of rules.exclusions) {
    excluded.set(mentorId, (excluded.get(mentorId) ?? new Set()).add(menteeId));
  }
  return { rules, competencies: rules.competencies && new Set(rules.competencies), excluded };
}

const prepareMentor = (profile: MentorProfile): Mentor => ({
  profile,
  opd: profile.unitPath[0],
  heads: headedUnit(profile),
  fixed: 0,
});

const prepareMentee = (profile: MenteeProfile, context: Context): Mentee => ({
  profile,
  opd: profile.unitPath[0],
  needs: countingNeeds(profile, context.competencies),
});

function headedUnit(mentor: Pick<MentorProfile, 'unitPath' | 'positionKind'>): number | null {
  const kind = mentor.positionKind;
  if (kind === null || !isPositionKind(kind) || positionGroup(kind) !== 'manajerial') return null;
  return mentor.unitPath.at(-1) ?? null;
}

/** The blocks in the order published: self, conflict, unit rule, supervisor, coverage. */
function assess(
  mentor: Mentor,
  mentee: Mentee,
  context: Context,
): { block: PairBlock | null; score: number } {
  const { rules } = context;
  const mentorId = mentor.profile.employeeId;
  const menteeId = mentee.profile.employeeId;
  let block: PairBlock | null = null;
  if (mentorId === menteeId) block = 'self';
  else if (context.excluded.get(mentorId)?.has(menteeId)) block = 'conflict';
  else if (rules.unit === 'otherOpd' && mentor.opd !== undefined && mentor.opd === mentee.opd)
    block = 'sameOpd';
  else if (rules.unit === 'sameOpd' && (mentor.opd === undefined || mentor.opd !== mentee.opd))
    block = 'otherOpd';
  else if (
    !rules.allowSupervisor &&
    mentor.heads !== null &&
    mentee.profile.unitPath.includes(mentor.heads)
  ) {
    block = 'supervisor';
  }
  if (block !== null) return { block, score: 0 };
  let score = 0;
  for (const need of mentee.needs) {
    if ((mentor.profile.levels.get(need.competency) ?? 0) >= need.required)
      score += need.required - need.actual;
  }
  return { block: score > 0 ? null : 'noCoverage', score };
}

function countingNeeds(mentee: MenteeProfile, competencies: ReadonlySet<string> | null): MentoringNeed[] {
  return mentee.needs.filter(
    (n) => n.actual < n.required && (competencies === null || competencies.has(n.competency)),
  );
}

function coveredNeeds(mentor: MentorProfile, needs: readonly MentoringNeed[]): CoveredNeed[] {
  return needs
    .flatMap(({ competency, actual, required }) => {
      const mentorLevel = mentor.levels.get(competency);
      return mentorLevel !== undefined && mentorLevel >= required
        ? [{ competency, actual, required, mentorLevel }]
        : [];
    })
    .sort(
      (a, b) => b.required - b.actual - (a.required - a.actual) || a.competency.localeCompare(b.competency),
    );
}

/**
 * Steps 3 and 4 as a minimum-cost flow: the source sends one unit to each mentee with an option, or
 * straight to the sink (a mentee may stay unmatched); a mentee's unit goes to a mentor at −score × K;
 * a mentor's free places are unit arcs to the sink, the n-th mentee's (fixed ones counted) at n − 1.
 * Returns mentee → mentor, by index.
 */
function optimalPairs(options: readonly Option[][], mentors: readonly Mentor[]): Map<number, number> {
  const menteeNode = new Map<number, number>();
  const mentorNode = new Map<number, number>();
  const degree = new Map<number, number>();
  let nodes = 2;
  options.forEach((own, j) => {
    if (own.length === 0) return;
    menteeNode.set(j, nodes++);
    for (const { mentor } of own) degree.set(mentor, (degree.get(mentor) ?? 0) + 1);
  });
  const chosen = new Map<number, number>();
  if (menteeNode.size === 0) return chosen;
  // A mentor needs no more places than mentees who could take them.
  const places = new Map<number, number[]>();
  let spreadTotal = 0;
  let spreadMost = 0;
  for (const [i, count] of [...degree].sort(([a], [b]) => a - b)) {
    mentorNode.set(i, nodes++);
    const { fixed, profile } = mentors[i]!;
    const costs = Array.from({ length: Math.min(count, profile.capacity - fixed) }, (_, k) => fixed + k);
    places.set(i, costs);
    for (const cost of costs) spreadTotal += cost;
    spreadMost = Math.max(spreadMost, costs.at(-1) ?? 0);
  }
  // No assignment's spreading costs reach K: each mentee pays at most the dearest place.
  const K = 1 + Math.min(spreadTotal, menteeNode.size * spreadMost);
  const source = 0;
  const sink = 1;
  const network = new MinCostFlow(nodes);
  network.setSupply(source, menteeNode.size);
  network.setSupply(sink, -menteeNode.size);
  // First, so the solver's first feasible flow leaves everybody unmatched in one step.
  network.addArc(source, sink, menteeNode.size, 0);
  const pairArcs: { arc: number; mentee: number; mentor: number }[] = [];
  for (const [j, node] of menteeNode) {
    network.addArc(source, node, 1, 0);
    for (const { mentor, score } of options[j]!) {
      pairArcs.push({ arc: network.addArc(node, mentorNode.get(mentor)!, 1, -score * K), mentee: j, mentor });
    }
  }
  for (const [i, costs] of places) {
    for (const cost of costs) network.addArc(mentorNode.get(i)!, sink, 1, cost);
  }
  const result = network.solve();
  if (!result.feasible) throw new Error('the mentoring network has no feasible flow');
  for (const { arc, mentee, mentor } of pairArcs) if (result.flow[arc] === 1) chosen.set(mentee, mentor);
  return chosen;
}

function sortedById<T extends { employeeId: number }>(list: readonly T[], role: string): T[] {
  const sorted = [...list].sort((a, b) => a.employeeId - b.employeeId);
  sorted.forEach((item, index) => {
    if (index > 0 && sorted[index - 1]!.employeeId === item.employeeId) {
      throw new RangeError(`${role} ${item.employeeId} given twice`);
    }
  });
  return sorted;
}

function checkMentor(mentor: MentorProfile): void {
  if (!Number.isInteger(mentor.capacity) || mentor.capacity < 0) {
    throw new RangeError(`mentor ${mentor.employeeId}: capacity must be a whole number ≥ 0`);
  }
  for (const [competency, level] of mentor.levels) {
    if (!isCompetencyLevel(level)) {
      throw new RangeError(`mentor ${mentor.employeeId}: level of ${competency} must be a whole number 1–5`);
    }
  }
}

function checkMentee(mentee: MenteeProfile): void {
  const seen = new Set<string>();
  for (const { competency, required, actual } of mentee.needs) {
    if (!isCompetencyLevel(required) || !isCompetencyLevel(actual)) {
      throw new RangeError(`mentee ${mentee.employeeId}: levels of ${competency} must be whole numbers 1–5`);
    }
    if (seen.has(competency)) throw new RangeError(`mentee ${mentee.employeeId}: ${competency} given twice`);
    seen.add(competency);
  }
}
