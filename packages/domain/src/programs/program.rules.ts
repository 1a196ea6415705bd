// Development programs (issue "Development programs"): a program's life, who may apply, and the
// published score that ranks applicants when they outnumber the seats. None of this is set by a
// regulation: PP 17/2020 art. 203 gives every ASN the right to development and Perlan LAN 10/2018
// names the paths (DOMAIN.md §3); the criteria below are the ones the issue lists, on a scale
// Jenjang publishes with every program, so an applicant can recompute their own score.

import { addYears } from '../shared/calendar-date';

export const PROGRAM_STATES = ['draft', 'open', 'closed', 'selected', 'completed', 'cancelled'] as const;
export type ProgramState = (typeof PROGRAM_STATES)[number];

export const PROGRAM_TRANSITIONS = ['open', 'close', 'reopen', 'complete', 'cancel'] as const;
export type ProgramTransition = (typeof PROGRAM_TRANSITIONS)[number];

const MOVES: Record<ProgramTransition, { from: readonly ProgramState[]; to: ProgramState }> = {
  // Applications open: the criteria, weights and quotas are published and frozen from here on.
  open: { from: ['draft'], to: 'open' },
  close: { from: ['open'], to: 'closed' },
  // Until a selection is published, the window may open again (e.g. too few applicants).
  reopen: { from: ['closed'], to: 'open' },
  complete: { from: ['selected'], to: 'completed' },
  cancel: { from: ['draft', 'open', 'closed', 'selected'], to: 'cancelled' },
};

export function nextProgramState(state: ProgramState, transition: ProgramTransition): ProgramState | null {
  const move = MOVES[transition];
  return move.from.includes(state) ? move.to : null;
}

/** Once applications open, what applicants were told may no longer change. */
export function programTermsEditable(state: ProgramState): boolean {
  return state === 'draft';
}

export const EMPLOYEE_TYPES = ['PNS', 'PPPK'] as const;

export interface EligibilityRules {
  /** OPDs (or any units) whose staff may apply, with everything below them; empty: everyone. */
  unitIds: readonly number[];
  /** Position kinds (struktural, fungsional, pelaksana…) allowed; empty: any. */
  positionKinds: readonly string[];
  /** Golongan range by rank (I/a = 1 … IV/e = 17); null: open-ended. */
  golonganRankMin: number | null;
  golonganRankMax: number | null;
  /** PNS, PPPK or both (empty: both). */
  employeeTypes: readonly (typeof EMPLOYEE_TYPES)[number][];
  /** Only those short of the program's target level in at least one of its competencies. */
  requiresGap: boolean;
  /** Those who completed this program less than this many years ago may not apply again; null: no limit. */
  repeatAfterYears: number | null;
  /**
   * Boxes (1–9) of the person's latest talent placement (nine-box, PermenPANRB 3/2020) that may
   * apply, e.g. 7–9 for the talent pool; empty: anyone, placed or not.
   */
  talentBoxes: readonly number[];
}

/** Open to everyone of the government: a new program's terms until the agency narrows them. */
export const OPEN_TO_ALL: EligibilityRules = {
  unitIds: [],
  positionKinds: [],
  golonganRankMin: null,
  golonganRankMax: null,
  employeeTypes: [],
  requiresGap: false,
  repeatAfterYears: null,
  talentBoxes: [],
};

export interface ApplicantFacts {
  active: boolean;
  /** Unit ids from the root to the employee's unit; null: no unit. */
  unitPath: readonly number[] | null;
  positionKind: string | null;
  golonganRank: number | null;
  employeeType: (typeof EMPLOYEE_TYPES)[number];
  /** Levels short of the program's targets, summed over its competencies (see `levelsShort`). */
  levelsShort: number;
  /** When this person last completed this same program, as YYYY-MM-DD. */
  completedThisProgramOn: string | null;
  /** The box of their latest talent placement; null: never placed, or placed without a box. */
  talentBox: number | null;
}

export const INELIGIBILITY_REASONS = [
  'inactive',
  'unit',
  'positionKind',
  'golonganBelow',
  'golonganAbove',
  'golonganUnknown',
  'employeeType',
  'noGap',
  'completedRecently',
  'talentBox',
] as const;
export type IneligibilityReason = (typeof INELIGIBILITY_REASONS)[number];

/** Every rule the person does not meet (empty: eligible), so each can be shown with its reason. */
export function ineligibility(
  rules: EligibilityRules,
  facts: ApplicantFacts,
  today: string,
): IneligibilityReason[] {
  const reasons: IneligibilityReason[] = [];
  if (!facts.active) reasons.push('inactive');
  if (rules.unitIds.length > 0 && !rules.unitIds.some((unit) => facts.unitPath?.includes(unit))) {
    reasons.push('unit');
  }
  if (rules.positionKinds.length > 0 && !rules.positionKinds.includes(facts.positionKind ?? '')) {
    reasons.push('positionKind');
  }
  if (rules.golonganRankMin !== null || rules.golonganRankMax !== null) {
    if (facts.golonganRank === null) reasons.push('golonganUnknown');
    else if (rules.golonganRankMin !== null && facts.golonganRank < rules.golonganRankMin)
      reasons.push('golonganBelow');
    else if (rules.golonganRankMax !== null && facts.golonganRank > rules.golonganRankMax)
      reasons.push('golonganAbove');
  }
  if (rules.employeeTypes.length > 0 && !rules.employeeTypes.includes(facts.employeeType)) {
    reasons.push('employeeType');
  }
  if (rules.requiresGap && facts.levelsShort === 0) reasons.push('noGap');
  if (rules.repeatAfterYears !== null && facts.completedThisProgramOn !== null) {
    const allowedFrom = addYears(facts.completedThisProgramOn, rules.repeatAfterYears);
    if (today < allowedFrom) reasons.push('completedRecently');
  }
  // Someone not (yet) placed in a box is not in any of the boxes the program is for.
  if (
    rules.talentBoxes.length > 0 &&
    (facts.talentBox === null || !rules.talentBoxes.includes(facts.talentBox))
  ) {
    reasons.push('talentBox');
  }
  return reasons;
}

/**
 * Levels short of a program's targets: per competency, the target level minus the person's current
 * level where below it. A competency never assessed counts one level short: the person may well
 * need it, but an unknown gap should not outrank a measured one.
 */
export function levelsShort(
  targets: readonly { competencyId: number; level: number }[],
  current: ReadonlyMap<number, number>,
): number {
  let short = 0;
  for (const target of targets) {
    const level = current.get(target.competencyId);
    short += level === undefined ? 1 : Math.max(0, target.level - level);
  }
  return short;
}

export const SCORE_CRITERIA = ['gap', 'jpShortfall', 'sinceLastDevelopment', 'recommendation'] as const;
export type ScoreCriterion = (typeof SCORE_CRITERIA)[number];

/** Whole-number weights, published before applications open; they add up to 100. */
export type ScoreWeights = Record<ScoreCriterion, number>;

export const DEFAULT_SCORE_WEIGHTS: ScoreWeights = {
  gap: 40,
  jpShortfall: 30,
  sinceLastDevelopment: 20,
  recommendation: 10,
};

/** How each criterion turns into 0–100 points: published on every program page. */
export const SCORE_SCALE = {
  /** Points per level short of the program's targets, up to 100. */
  pointsPerLevelShort: 25,
  /** Months without any completed development that earn the full 100. */
  monthsForFullPoints: 36,
} as const;

export interface ScoreFacts {
  levelsShort: number;
  /** JP still missing this year (target − earned, at least 0), and the year's target. */
  jpShortfall: number;
  jpTarget: number;
  /** Whole months since the person last completed any development; null: never recorded. */
  monthsSinceLastDevelopment: number | null;
  /** The supervisor nominated or recommended the person. */
  recommended: boolean;
}

export interface ScoreLine {
  criterion: ScoreCriterion;
  weight: number;
  /** The fact the points come from (levels, JP, months, 1/0). */
  value: number | null;
  points: number;
  /** weight × points: hundredths of the 0–100 score. */
  contribution: number;
}

export interface ApplicantScore {
  /** In hundredths: 0 … 10,000 (100.00). Whole numbers, so the selection is exact. */
  total: number;
  lines: ScoreLine[];
}

export function weightsValid(weights: ScoreWeights): boolean {
  const values = SCORE_CRITERIA.map((c) => weights[c]);
  return (
    values.every((w) => Number.isInteger(w) && w >= 0 && w <= 100) &&
    values.reduce((a, b) => a + b, 0) === 100
  );
}

/** The applicant's score: each criterion's 0–100 points times its weight, added up. */
export function applicantScore(weights: ScoreWeights, facts: ScoreFacts): ApplicantScore {
  const points: Record<ScoreCriterion, { value: number | null; points: number }> = {
    gap: {
      value: facts.levelsShort,
      points: Math.min(100, facts.levelsShort * SCORE_SCALE.pointsPerLevelShort),
    },
    jpShortfall: {
      value: facts.jpShortfall,
      points:
        facts.jpTarget <= 0
          ? 0
          : Math.round((100 * Math.min(facts.jpShortfall, facts.jpTarget)) / facts.jpTarget),
    },
    sinceLastDevelopment: {
      value: facts.monthsSinceLastDevelopment,
      points:
        facts.monthsSinceLastDevelopment === null
          ? 100
          : Math.round(
              (100 * Math.min(facts.monthsSinceLastDevelopment, SCORE_SCALE.monthsForFullPoints)) /
                SCORE_SCALE.monthsForFullPoints,
            ),
    },
    recommendation: { value: facts.recommended ? 1 : 0, points: facts.recommended ? 100 : 0 },
  };
  const lines = SCORE_CRITERIA.map((criterion) => ({
    criterion,
    weight: weights[criterion],
    ...points[criterion],
    contribution: weights[criterion] * points[criterion].points,
  }));
  return { total: lines.reduce((sum, line) => sum + line.contribution, 0), lines };
}

/** Whole months from one day to another (YYYY-MM-DD), counting a month only once its day is reached. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
}

export const SELECTION_OUTCOMES = [
  'selected',
  'belowCutoff',
  'tie',
  'groupFull',
  'batchesFull',
  // No longer eligible when the selection ran: not in the competition at all.
  'ineligible',
  // Above the open seats' cut-off, but seats of their batches were reserved for an affirmative group
  // whose members scored lower.
  'reservedSeats',
] as const;
export type SelectionOutcome = (typeof SELECTION_OUTCOMES)[number];

/**
 * Why an applicant was or was not selected, from the published result: selected; or their score is
 * below the lowest score selected in every batch they asked for (the cut-off); or equal to it and
 * the tie went to a better-ranked batch choice or an earlier application; or their OPD's cap was
 * reached by higher scores; or (when their batches selected nobody below them) the seats went to
 * quota minimums. When a batch they asked for gave a seat reserved for an affirmative group to a
 * member scoring below them, that is the reason given first (unless their OPD's cap was full), and
 * the cut-offs are those of the open seats.
 */
export function selectionOutcome(input: {
  selected: boolean;
  score: number;
  /** The lowest score selected in each batch the applicant asked for (null: nobody selected there). */
  cutoffs: readonly (number | null)[];
  /** Their group has a cap and it is filled. */
  groupFull: boolean;
  /** A batch they asked for gave a reserved seat to a member of a group they are not in, scoring below them. */
  reservedBelow?: boolean;
}): SelectionOutcome {
  if (input.selected) return 'selected';
  // A reserved seat went to someone scoring lower: that, not the open seats' cut-off, is why.
  if (input.reservedBelow && !input.groupFull) return 'reservedSeats';
  const known = input.cutoffs.filter((c): c is number => c !== null);
  const lowest = known.length > 0 ? Math.min(...known) : null;
  if (lowest !== null && input.score < lowest) return 'belowCutoff';
  if (input.groupFull) return 'groupFull';
  if (lowest !== null && input.score === lowest) return 'tie';
  return 'batchesFull';
}
