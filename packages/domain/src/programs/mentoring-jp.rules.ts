import { DEFAULT_MINUTES_PER_JP } from '../competency/jp-attainment.rules';

// The JP a mentoring or coaching session earns (Perlan LAN 10/2018: NKL01 coaching and NKL02
// mentoring are competency development, whose hours count towards the yearly 20 JP of PP 17/2020
// art. 203(4)). No regulation found gives JP for nonklasikal activities (DOMAIN.md §3 [U]), so the
// rule is the mentoring scheme's, published with it: minutes per JP (the government's 45 unless the
// scheme says otherwise) and an optional ceiling per session, so one long afternoon does not count
// as a week of training.

export interface SessionJpRule {
  minutesPerJp: number;
  /** The most one session earns; null: no ceiling. */
  maxPerSession: number | null;
}

export const DEFAULT_SESSION_JP_RULE: SessionJpRule = {
  minutesPerJp: DEFAULT_MINUTES_PER_JP,
  maxPerSession: null,
};

/** The JP of one session of this many minutes, rounded down to hundredths, at most the ceiling. */
export function sessionJp(minutes: number, rule: SessionJpRule = DEFAULT_SESSION_JP_RULE): number {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError('minutes: a whole number ≥ 0');
  if (!(rule.minutesPerJp > 0)) throw new RangeError('minutes per JP > 0');
  // Counted in hundredths: 90 minutes at 45 a JP is exactly 2, not 1.9999….
  const jp = Math.floor((minutes * 100) / rule.minutesPerJp) / 100;
  return rule.maxPerSession === null ? jp : Math.min(jp, rule.maxPerSession);
}
