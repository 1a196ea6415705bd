import type { CompetencyType } from './competency-dictionary';
import type { CompetencyGap } from './competency-gap.rules';
import type { DevelopmentPath } from './development-paths';
import { pathFor } from './development-plan.rules';

// The individual development plan (IDP): per employee and year, the activities for that person's
// largest gaps (PP 17/2020 art. 205: needs are inventoried per employee), agreed with the
// supervisor, then carried out. Drafted by the employee or the supervisor; agreed by someone else
// than the employee (the supervisor, or the personnel agency).

export const IDP_STATES = ['draft', 'agreed', 'inProgress', 'done'] as const;
export type IdpState = (typeof IDP_STATES)[number];

export const IDP_TRANSITIONS = ['agree', 'start', 'complete', 'reopen'] as const;
export type IdpTransition = (typeof IDP_TRANSITIONS)[number];

const MOVES: Record<IdpTransition, { from: readonly IdpState[]; to: IdpState }> = {
  agree: { from: ['draft'], to: 'agreed' },
  start: { from: ['agreed'], to: 'inProgress' },
  complete: { from: ['inProgress'], to: 'done' },
  /** Back to a draft to change what was agreed (agreeing again follows). */
  reopen: { from: ['agreed', 'inProgress'], to: 'draft' },
};

/** The state a move leads to, or null when the plan is not where the move starts. */
export function nextIdpState(state: IdpState, transition: IdpTransition): IdpState | null {
  return MOVES[transition].from.includes(state) ? MOVES[transition].to : null;
}

export interface IdpRecommendation {
  competencyId: number;
  pathCode: DevelopmentPath;
  /** 8 JP per level short, at most 40: a first estimate the two adjust. */
  jp: number;
  /** Levels short: actual − required (negative). */
  gap: number;
}

/** JP per level short in a recommendation. */
export const IDP_JP_PER_LEVEL = 8;

/**
 * Activities for the person's largest gaps, largest first (at most `limit`), each on the path its
 * competency's type calls for first.
 */
export function recommendIdp(
  needs: readonly (CompetencyGap & { competencyId: number; type: CompetencyType })[],
  limit = 3,
): IdpRecommendation[] {
  return needs
    .filter((n) => n.gap !== null && n.gap < 0)
    .sort((a, b) => a.gap! - b.gap! || a.competency.localeCompare(b.competency))
    .slice(0, limit)
    .map((n) => ({
      competencyId: n.competencyId,
      pathCode: pathFor(n.type),
      jp: Math.min(40, -n.gap! * IDP_JP_PER_LEVEL),
      gap: n.gap!,
    }));
}
