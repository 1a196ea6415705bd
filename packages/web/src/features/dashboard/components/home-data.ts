import { MIN_K } from '@jenjang/domain/shared/group-suppression.rules';
import { compareSamples } from '@jenjang/domain/surveys/wave-comparison.rules';
import type { HomeIkm, Me, MySurvey, Role } from '../../../api/types';

// What each role's home (Beranda) shows, and the figures its cards compute from the API's answers.

export type HomeSection =
  | 'attention'
  | 'waiting'
  | 'record'
  | 'policies'
  | 'surveys'
  | 'workforce'
  | 'audit'
  | 'partner';

/** Each role's sections in the order the home shows them: what it came for first. */
const ROLE_HOMES: Record<Role, readonly HomeSection[]> = {
  admin: ['attention', 'policies', 'workforce', 'surveys'],
  pimpinan: ['waiting', 'policies', 'surveys', 'workforce'],
  atasan: ['waiting', 'workforce', 'surveys', 'policies'],
  pegawai: ['waiting', 'record', 'policies'],
  // A partner's trainer: its own work (programs, when they exist) and its account, no workforce.
  mitra: ['partner'],
  auditor: ['audit', 'policies', 'workforce', 'surveys'],
  // National viewers have a home of their own (features/national).
  nasional: [],
};

/** What a section needs to be shown: the server refuses the rest anyway. */
const NEEDS: Partial<Record<HomeSection, (me: Pick<Me, 'permissions' | 'employeeId'>) => boolean>> = {
  attention: (me) => me.permissions.includes('survey.manage'),
  waiting: (me) => me.employeeId !== null && me.permissions.includes('survey.respond'),
  surveys: (me) => me.permissions.includes('survey.results'),
  policies: (me) => me.permissions.includes('policy.read'),
  workforce: (me) => me.permissions.includes('dashboard.read'),
  audit: (me) => me.permissions.includes('audit.read'),
};

export function homeSections(me: Pick<Me, 'role' | 'permissions' | 'employeeId'>): HomeSection[] {
  return ROLE_HOMES[me.role].filter((section) => NEEDS[section]?.(me) ?? true);
}

/** The open waves still waiting for the employee's answer, the one closing first on top. */
export function waitingSurveys(items: readonly MySurvey[]): { waiting: MySurvey[]; answered: number } {
  const waiting = items
    .filter((item) => !item.responded)
    .sort((a, b) => Date.parse(a.closesAt) - Date.parse(b.closesAt));
  return { waiting, answered: items.length - waiting.length };
}

export interface IkmServiceRow {
  surveyId: number;
  /** The service's name as people know it (service, else its unit, else the survey's title). */
  service: string;
  /** The newest wave that has an IKM; null when none has (every wave under k so far). */
  latest: HomeIkm | null;
  /** The wave before it that has an IKM, for the trend. */
  previous: HomeIkm | null;
  /** latest − previous, in IKM points; null without both. */
  change: number | null;
  /**
   * Whether that change is real (wave-comparison.rules.ts: Welch's 95 % interval of the two IKMs,
   * from their spreads, excludes 0) — the same rule as the results page's comparison.
   */
  trend: Trend;
  /** The latest wave is still open: its IKM may move as batches of answers arrive. */
  provisional: boolean;
}

/**
 * PermenPANRB 14/2017 reports the IKM per service unit and period: the newest figure of each
 * service, with its change since the period before. Waves without an IKM (under k) are skipped
 * for the figure, so a service whose newest wave is too small still shows its last known one.
 */
export function latestIkmByService(
  items: readonly HomeIkm[],
  now: Date,
  collator: Intl.Collator,
): IkmServiceRow[] {
  const bySurvey = new Map<number, HomeIkm[]>();
  for (const item of items) bySurvey.set(item.surveyId, [...(bySurvey.get(item.surveyId) ?? []), item]);
  const rows = [...bySurvey.values()].map((waves): IkmServiceRow => {
    const newestFirst = [...waves].sort((a, b) => b.wave.number - a.wave.number);
    const withIkm = newestFirst.filter((wave) => wave.ikm !== null);
    const latest = withIkm[0] ?? null;
    const previous = withIkm[1] ?? null;
    const first = newestFirst[0]!;
    return {
      surveyId: first.surveyId,
      service: first.serviceName ?? first.serviceUnit ?? first.title,
      latest,
      previous,
      change:
        latest?.ikm && previous?.ikm ? Math.round((latest.ikm.ikm - previous.ikm.ikm) * 1000) / 1000 : null,
      trend: trendBetween(previous, latest),
      provisional: latest !== null && Date.parse(latest.wave.closesAt) > now.getTime(),
    };
  });
  return rows.sort((a, b) => collator.compare(a.service, b.service));
}

/** A real rise or fall, no meaningful change, too few to judge, or nothing to compare with. */
export type Trend = 'up' | 'down' | 'steady' | 'tooFew' | 'none';

/** The judged change between two IKMs of one service (each already shown under its k). */
export function trendBetween(previous: HomeIkm | null, latest: HomeIkm | null): Trend {
  if (!previous?.ikm || !latest?.ikm) return 'none';
  if (!previous.spread || !latest.spread) return 'tooFew';
  const judged = compareSamples(
    { ...previous.spread, mean: previous.ikm.ikm },
    { ...latest.spread, mean: latest.ikm.ikm },
    { k: MIN_K },
  );
  return judged?.verdict ?? 'tooFew';
}
