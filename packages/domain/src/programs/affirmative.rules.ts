// Seats reserved for affirmative groups (issue "Development programs": quotas for affirmative
// groups). A program may name groups — women, PPPK staff, staff of outlying kecamatan, older staff
// who have had little development — each by the facts the registry holds; a batch reserves some of
// its seats for a group. No regulation sets these groups or numbers: each government publishes its
// own with the program's terms, before applications open, like the score weights.
//
// An applicant may belong to several groups. For a batch, they count in the first group of the
// program's list that the batch reserves seats for (seatGroup), so each seat counts for one group
// only and the selection network stays a flow (selection.rules.ts).

import { yearsBetween } from '../shared/calendar-date';
import type { EMPLOYEE_TYPES } from './program.rules';

export const SEXES = ['M', 'F'] as const;
export type Sex = (typeof SEXES)[number];

export interface AffirmativeGroup {
  /** Short, stable, lowercase (`perempuan`): how batches name the group's seats. */
  key: string;
  /** What applicants read (the program's own words). */
  label: string;
  /** Criteria; an empty list or null does not narrow. At least one criterion is set. */
  sexes: readonly Sex[];
  employeeTypes: readonly (typeof EMPLOYEE_TYPES)[number][];
  /** Units (with everything below them) whose staff belong. */
  unitIds: readonly number[];
  /** Golongan at most this rank (I/a = 1 … IV/e = 17). */
  golonganRankMax: number | null;
  /** Aged at least this many years on the day of the selection. */
  ageMin: number | null;
}

export interface AffirmativeFacts {
  sex: Sex | null;
  employeeType: (typeof EMPLOYEE_TYPES)[number];
  unitPath: readonly number[] | null;
  golonganRank: number | null;
  /** YYYY-MM-DD; null when the registry does not hold it. */
  birthDate: string | null;
}

/** Whether a group names at least one criterion (a group of everyone reserves nothing). */
export function groupHasCriteria(group: AffirmativeGroup): boolean {
  return (
    group.sexes.length > 0 ||
    group.employeeTypes.length > 0 ||
    group.unitIds.length > 0 ||
    group.golonganRankMax !== null ||
    group.ageMin !== null
  );
}

/** Whether the person meets every criterion of the group (an unknown fact meets none). */
export function belongsTo(group: AffirmativeGroup, facts: AffirmativeFacts, today: string): boolean {
  if (!groupHasCriteria(group)) return false;
  if (group.sexes.length > 0 && (facts.sex === null || !group.sexes.includes(facts.sex))) return false;
  if (group.employeeTypes.length > 0 && !group.employeeTypes.includes(facts.employeeType)) return false;
  if (group.unitIds.length > 0 && !group.unitIds.some((unit) => facts.unitPath?.includes(unit))) return false;
  if (
    group.golonganRankMax !== null &&
    (facts.golonganRank === null || facts.golonganRank > group.golonganRankMax)
  )
    return false;
  if (
    group.ageMin !== null &&
    (facts.birthDate === null || yearsBetween(facts.birthDate, today) < group.ageMin)
  )
    return false;
  return true;
}

/** The keys of every group of the list the person belongs to, in the list's order. */
export function affirmativeGroupsOf(
  groups: readonly AffirmativeGroup[],
  facts: AffirmativeFacts,
  today: string,
): string[] {
  return groups.filter((group) => belongsTo(group, facts, today)).map((group) => group.key);
}

/**
 * The group a member's seat in a batch counts for: the first of their groups (in the program's
 * order) the batch reserves seats for; null when it reserves for none of them.
 */
export function seatGroup(
  memberOf: readonly string[],
  reserved: Readonly<Record<string, number>>,
): string | null {
  return memberOf.find((group) => (reserved[group] ?? 0) > 0) ?? null;
}

/**
 * Which selected members hold a batch's reserved seats: the lowest scores among the group's members
 * selected there, as many as the seats the selection filled for it. The rest of the batch's
 * participants were chosen on the open seats, and their lowest score is the open seats' cut-off.
 */
export function reservedHolders(
  selected: readonly { id: number; score: number; group: string | null }[],
  filled: ReadonlyMap<string, number>,
): Set<number> {
  const holders = new Set<number>();
  for (const [group, count] of filled) {
    const members = selected
      .filter((person) => person.group === group)
      .sort((a, b) => a.score - b.score || b.id - a.id);
    for (const person of members.slice(0, count)) holders.add(person.id);
  }
  return holders;
}
