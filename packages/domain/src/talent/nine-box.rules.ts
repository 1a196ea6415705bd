import type { JpmLabel } from '../competency/competency-gap.rules';
import type { Predikat } from '../performance/predikat.rules';
import type { EducationLevel } from './education-level';
import type { TalentComponent, TalentRecommendation, TalentSettings } from './nine-box.contract';

// Talent mapping on the nine-box grid (PermenPANRB 3/2020): a person's performance and potential,
// each scored by the government's TalentSettings and cut into three bands, place them in one box.
// Every score comes with its lines, so the person placed can see how it was reached.

/** PermenPANRB 3/2020: performance di bawah / sesuai / di atas ekspektasi. */
export const PERFORMANCE_BANDS = ['below', 'meets', 'above'] as const;
export type PerformanceBand = (typeof PERFORMANCE_BANDS)[number];

/** PermenPANRB 3/2020: potential rendah / menengah / tinggi. */
export const POTENTIAL_BANDS = ['low', 'middle', 'high'] as const;
export type PotentialBand = (typeof POTENTIAL_BANDS)[number];

export const TALENT_REASON_CODES = ['talent.noPredikat', 'talent.noJpm'] as const;
export type TalentReasonCode = (typeof TALENT_REASON_CODES)[number];

/** Each line's message, an i18n key of its own (with the params named beside it). */
export const TALENT_LINE_CODES = [
  'talent.line.predikat', // {predikat}
  'talent.line.predikatMissing', // {}
  'talent.line.component', // {label, given, max}
  'talent.line.jpm', // {category}
  'talent.line.jpmMissing', // {}
  'talent.line.qualification', // {level}
  'talent.line.qualificationOther', // {level}
  'talent.line.qualificationUnknown', // {}
  'talent.line.serviceYears', // {years, pointsPerYear, cap}
  'talent.line.training', // {programs, windowYears, pointsPerProgram, cap}
] as const;
export type TalentLineCode = (typeof TALENT_LINE_CODES)[number];

export interface ScoreLine {
  /** Which part of the formula: a fixed part, or 'component' with the component's key beside it. */
  key: 'predikat' | 'jpm' | 'qualification' | 'serviceYears' | 'training' | 'component';
  component: string | null;
  code: TalentLineCode;
  /** What the line adds; a penalty's points are negative. */
  points: number;
  params: Record<string, string | number>;
}

export interface AxisScore<Band> {
  /** The sum of the lines within 0 … 100, to 2 decimals. */
  score: number;
  /** Null when the axis's main measure (predikat, JPM category) is missing. */
  band: Band | null;
  lines: ScoreLine[];
}

export interface NineBoxInput {
  predikat: Predikat | null;
  /** Points given per performance component, by its key; clamped to 0 … its maximum. */
  components: Readonly<Record<string, number>>;
  jpmCategory: JpmLabel | null;
  educationLevel: EducationLevel | null;
  /** Years of service; whole years count. */
  serviceYears: number;
  /** Development programs completed within the settings' training window. */
  completedPrograms: number;
  /** Points given per potential component, by its key; clamped as performance's are. */
  potentialComponents: Readonly<Record<string, number>>;
}

export interface NineBoxPlacement {
  performance: AxisScore<PerformanceBand>;
  potential: AxisScore<PotentialBand>;
  /** Null when either band is missing; `reasons` says which. */
  box: number | null;
  reasons: TalentReasonCode[];
  /** The box's short name, if the government gave it one. */
  label: string | null;
  recommendation: TalentRecommendation | null;
}

/** 0, 1 or 2: below the low cut-off, between, or at/above the high one. */
export function bandIndex(score: number, [low, high]: readonly [number, number]): 0 | 1 | 2 {
  if (score >= high) return 2;
  return score >= low ? 1 : 0;
}

/** The top of both scales: the cut-offs are points out of 100. */
export const SCORE_MAX = 100;

/**
 * Σ lines within 0 … 100, rounded to 2 decimals (Math.round keeps the order of scores). Settings
 * whose parts add up to more than 100 (ten components of 100 points each are valid) reach the top
 * band sooner, never a score off the scale.
 */
function total(lines: readonly ScoreLine[]): number {
  const sum = lines.reduce((a, l) => a + l.points, 0);
  return Math.min(SCORE_MAX, Math.max(0, Math.round(sum * 100) / 100));
}

function finite(n: number): number {
  return Number.isFinite(n) ? n : 0;
}

function line(
  key: ScoreLine['key'],
  code: TalentLineCode,
  points: number,
  params: ScoreLine['params'] = {},
): ScoreLine {
  return { key, component: null, code, points, params };
}

/** A configured component's line: the given points within 0 … max, subtracted for a penalty. */
function componentLines(components: readonly TalentComponent[], given: Readonly<Record<string, number>>) {
  return components.map((c): ScoreLine => {
    const points = Math.min(c.maxPoints, Math.max(0, finite(given[c.key] ?? 0)));
    const params = { label: c.label, given: points, max: c.maxPoints };
    // 0 − points, not −points: a penalty of nothing is 0, not −0.
    const signed = c.kind === 'penalty' ? 0 - points : points;
    return { key: 'component', component: c.key, code: 'talent.line.component', points: signed, params };
  });
}

/** Performance: the predikat's points plus bonus components less penalties. */
export function performanceScore(
  input: Pick<NineBoxInput, 'predikat' | 'components'>,
  settings: TalentSettings['performance'],
): AxisScore<PerformanceBand> {
  const base = input.predikat
    ? line('predikat', 'talent.line.predikat', settings.predikatPoints[input.predikat], {
        predikat: input.predikat,
      })
    : line('predikat', 'talent.line.predikatMissing', 0);
  const lines = [base, ...componentLines(settings.components, input.components)];
  const score = total(lines);
  const band = input.predikat ? (PERFORMANCE_BANDS[bandIndex(score, settings.cutoffs)] ?? null) : null;
  return { score, band, lines };
}

function qualificationLine(level: EducationLevel | null, settings: TalentSettings['potential']): ScoreLine {
  if (!level) return line('qualification', 'talent.line.qualificationUnknown', 0);
  const listed = settings.qualificationPoints[level];
  if (listed !== undefined) return line('qualification', 'talent.line.qualification', listed, { level });
  return line('qualification', 'talent.line.qualificationOther', settings.otherQualificationPoints, {
    level,
  });
}

/** Points per whole unit, up to a cap: years of service, programs completed. */
function capped(units: number, perUnit: number, cap: number): number {
  return Math.min(cap, units * perUnit);
}

/** A count as whole units, never negative: 12.9 years of service are 12 full years. */
function wholeUnits(count: number): number {
  return Math.max(0, Math.floor(finite(count)));
}

/** Potential: the JPM category's points, qualification, service years, trainings and components. */
export function potentialScore(
  input: Pick<
    NineBoxInput,
    'jpmCategory' | 'educationLevel' | 'serviceYears' | 'completedPrograms' | 'potentialComponents'
  >,
  settings: TalentSettings['potential'],
): AxisScore<PotentialBand> {
  const { serviceYears: service, training } = settings;
  const years = wholeUnits(input.serviceYears);
  const programs = wholeUnits(input.completedPrograms);
  const lines = [
    input.jpmCategory
      ? line('jpm', 'talent.line.jpm', settings.jpmPoints[input.jpmCategory], { category: input.jpmCategory })
      : line('jpm', 'talent.line.jpmMissing', 0),
    qualificationLine(input.educationLevel, settings),
    line('serviceYears', 'talent.line.serviceYears', capped(years, service.pointsPerYear, service.cap), {
      years,
      pointsPerYear: service.pointsPerYear,
      cap: service.cap,
    }),
    line('training', 'talent.line.training', capped(programs, training.pointsPerProgram, training.cap), {
      programs,
      windowYears: training.windowYears,
      pointsPerProgram: training.pointsPerProgram,
      cap: training.cap,
    }),
    ...componentLines(settings.components, input.potentialComponents),
  ];
  const score = total(lines);
  const band = input.jpmCategory ? (POTENTIAL_BANDS[bandIndex(score, settings.cutoffs)] ?? null) : null;
  return { score, band, lines };
}

/**
 * PermenPANRB 3/2020: the box of potential × performance, numbered by the government's matrix,
 * with its label and recommendation. Without a predikat or a JPM category there is no box.
 */
export function placeInNineBox(input: NineBoxInput, settings: TalentSettings): NineBoxPlacement {
  const performance = performanceScore(input, settings.performance);
  const potential = potentialScore(input, settings.potential);
  const reasons: TalentReasonCode[] = [];
  if (!performance.band) reasons.push('talent.noPredikat');
  if (!potential.band) reasons.push('talent.noJpm');
  const box =
    performance.band && potential.band
      ? settings.boxNumbers[POTENTIAL_BANDS.indexOf(potential.band)]?.[
          PERFORMANCE_BANDS.indexOf(performance.band)
        ]
      : undefined;
  if (box === undefined) {
    return { performance, potential, box: null, reasons, label: null, recommendation: null };
  }
  const key = String(box) as keyof TalentSettings['recommendations'];
  return {
    performance,
    potential,
    box,
    reasons,
    label: settings.boxLabels[key] ?? null,
    recommendation: settings.recommendations[key],
  };
}
