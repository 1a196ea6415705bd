// Competency gaps against a position's standard (Standar Kompetensi Jabatan, PermenPANRB 38/2017)
// and the needs analysis built on them (PP 11/2017 jo. PP 17/2020, art. 205–206). Levels are
// whole numbers 1–5; a competency the standard requires but nobody has assessed has no gap yet
// (unknown), never a gap of −required: missing data is not a measured need.

/** PermenPANRB 38/2017: competency levels 1–5, each cumulative over the ones below it. */
export const COMPETENCY_LEVEL = { min: 1, max: 5 } as const;

export function isCompetencyLevel(value: number): boolean {
  return Number.isInteger(value) && value >= COMPETENCY_LEVEL.min && value <= COMPETENCY_LEVEL.max;
}

/** One competency a position's standard requires, at a level. */
export interface Requirement {
  competency: string;
  required: number;
}

/** One assessment of one employee's competency, as recorded (history is kept, never overwritten). */
export interface Assessment {
  competency: string;
  level: number;
  /** The day it was assessed, 'YYYY-MM-DD'. */
  assessedOn: string;
  /** Its order of recording: breaks a tie between two assessments of the same day. */
  sequence: number;
}

/**
 * Each competency's current level: its newest assessment by day, the later recorded of one day
 * (a correction entered after the first) winning.
 */
export function currentLevels(assessments: readonly Assessment[]): Map<string, number> {
  const newest = new Map<string, Assessment>();
  for (const a of assessments) {
    const held = newest.get(a.competency);
    if (
      !held ||
      a.assessedOn > held.assessedOn ||
      (a.assessedOn === held.assessedOn && a.sequence > held.sequence)
    ) {
      newest.set(a.competency, a);
    }
  }
  return new Map([...newest].map(([competency, a]) => [competency, a.level]));
}

export interface CompetencyGap {
  competency: string;
  required: number;
  /** Null: not assessed. */
  actual: number | null;
  /** PermenPANRB 38/2017: actual − required; negative is a development need. Null: not assessed. */
  gap: number | null;
}

/** PermenPANRB 38/2017: gap = actual − required, for every competency the standard requires. */
export function gapsAgainst(
  standard: readonly Requirement[],
  levels: ReadonlyMap<string, number>,
): CompetencyGap[] {
  return standard.map(({ competency, required }) => {
    const actual = levels.get(competency) ?? null;
    return { competency, required, actual, gap: actual === null ? null : actual - required };
  });
}

/** The development needs among the gaps (negative ones), largest first, then by competency code. */
export function developmentNeeds(gaps: readonly CompetencyGap[]): CompetencyGap[] {
  return gaps
    .filter((g) => g.gap !== null && g.gap < 0)
    .sort((a, b) => a.gap! - b.gap! || a.competency.localeCompare(b.competency));
}

/**
 * Job-Person Match: the employee's competency levels against the position's standard (PermenPANRB
 * 38/2017), as a percentage, Σ actual ÷ Σ required × 100, at most 100 — the comparison competency-test rules
 * define and assessment reports compute (docs/research/permenpanrb-38-2017-dictionary.md; the
 * dictionary regulation itself states no formula, DOMAIN.md §4 [U]). Over the competencies the
 * standard requires; null while any of them is unassessed (a partial profile would read as a
 * mismatch) or when the standard requires nothing.
 */
export function jobPersonMatch(gaps: readonly CompetencyGap[]): number | null {
  if (gaps.length === 0 || gaps.some((g) => g.actual === null)) return null;
  const required = gaps.reduce((sum, g) => sum + g.required, 0);
  const actual = gaps.reduce((sum, g) => sum + g.actual!, 0);
  // A match is at most whole: levels above the standard do not make up a fit beyond it (assessment
  // software caps it so too; docs/research/permenpanrb-38-2017-dictionary.md).
  return required === 0 ? null : Math.min(100, (actual / required) * 100);
}

export const JPM_LABELS = ['memenuhi', 'masihMemenuhi', 'kurangMemenuhi'] as const;
export type JpmLabel = (typeof JPM_LABELS)[number];

/** The JPM percentages at or above which a person "Memenuhi Syarat" or "Masih Memenuhi Syarat". */
export interface JpmThresholds {
  meets: number;
  stillMeets: number;
}

/**
 * Defaults only: 80 % and 68 % are the cut-offs a 2020 competency-test regulation (Berita Negara
 * 2020 No. 35) and assessment software use, not PermenPANRB 38/2017 itself (DOMAIN.md §4 [U]; see
 * docs/research/permenpanrb-38-2017-dictionary.md); each government's configuration decides.
 */
export const DEFAULT_JPM_THRESHOLDS: JpmThresholds = { meets: 80, stillMeets: 68 };

/** Memenuhi Syarat / Masih Memenuhi Syarat / Kurang Memenuhi Syarat, by the government's thresholds. */
export function jpmLabel(percent: number, thresholds: JpmThresholds): JpmLabel {
  if (percent >= thresholds.meets) return 'memenuhi';
  if (percent >= thresholds.stillMeets) return 'masihMemenuhi';
  return 'kurangMemenuhi';
}
