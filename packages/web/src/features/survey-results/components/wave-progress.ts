// How far a wave has come: invited employees who answered, or citizens against the sample the
// population needs (Krejcie–Morgan, computed by the server).

export interface Progress {
  /** 0–100, capped at 100 for the bar; the figures themselves are shown beside it. */
  percent: number;
  /** The target is reached. */
  met: boolean;
}

/** Responses against a target (the invited or the minimum sample); null without a target. */
export function progressOf(responses: number, target: number | null): Progress | null {
  if (target === null || target <= 0) return null;
  return { percent: Math.min(100, (responses / target) * 100), met: responses >= target };
}

/** The share of the invited who answered, as a fraction for `format.percent`; null when nobody was. */
export function responseRate(responses: number, invited: number): number | null {
  return invited > 0 ? responses / invited : null;
}
