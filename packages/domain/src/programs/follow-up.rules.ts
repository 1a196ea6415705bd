import { addMonths } from '../shared/calendar-date';

// Kirkpatrick levels 3 and 4 (DOMAIN.md §9): behaviour, asked of the alumni and of their direct
// supervisors months after the training; results, the performance and the service outcomes before
// and after it. Indonesian training centres ask level 3 "three to six months" later (the
// training-behaviour template); three is the default, the program's evaluation plan may say more.

export const DEFAULT_FOLLOW_UP_MONTHS = 3;
/** How long the follow-up's surveys stay open, and when those who have not answered are reminded. */
export const FOLLOW_UP_WAVE_DAYS = 21;
export const FOLLOW_UP_REMINDER_DAYS = 7;

/** The rated questions of the behaviour questionnaire both sides answer (training-behaviour.template.ts). */
export const BEHAVIOUR_QUESTIONS = [
  'application_frequency',
  'behaviour_change',
  'impact_performance',
  'impact_efficiency',
  'impact_service',
  'knowledge_sharing',
] as const;

/** The day a batch's follow-up falls due: `months` after its last day. */
export function followUpDay(lastDay: string, months: number = DEFAULT_FOLLOW_UP_MONTHS): string {
  if (!Number.isInteger(months) || months < 1) throw new RangeError('months: a whole number ≥ 1');
  return addMonths(lastDay, months);
}

export interface ResultPoint {
  label: string;
  /** The wave's first and last day, 'YYYY-MM-DD'. */
  opensOn: string;
  closesOn: string;
  /** The IKM of the wave (0–100); null when withheld (fewer than k answers). */
  value: number | null;
  /** The wave has closed: its IKM is final, not provisional. */
  final: boolean;
}

export type Timing = 'before' | 'during' | 'after';

/**
 * Where each wave falls against the training (its first to its last day): closed before it began,
 * opened after it ended, or otherwise overlapping it; and the service's IKM before (the last wave
 * closed before) and after (the last wave opened after, provisional while it is still open), with the
 * change. A wave overlapping the training measures neither.
 */
export function serviceImpact(points: readonly ResultPoint[], firstDay: string, lastDay: string) {
  const timed = points.map((p) => ({
    ...p,
    timing: (p.closesOn < firstDay ? 'before' : p.opensOn > lastDay ? 'after' : 'during') as Timing,
  }));
  const latest = (timing: Timing) =>
    timed
      .filter((p) => p.timing === timing && p.value !== null)
      .sort((a, b) => a.closesOn.localeCompare(b.closesOn))
      .at(-1) ?? null;
  const before = latest('before');
  const after = latest('after');
  return {
    points: timed,
    before: before?.value ?? null,
    after: after?.value ?? null,
    afterFinal: after?.final ?? false,
    change: before && after ? Math.round((after.value! - before.value!) * 100) / 100 : null,
  };
}
