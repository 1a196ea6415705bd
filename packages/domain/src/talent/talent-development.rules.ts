import type { DevelopmentPath } from '../competency/development-paths';
import type { Predikat } from '../performance/predikat.rules';
import type { TalentRecommendation } from './nine-box.contract';

// What an individual development plan (IDP) starts from besides the competency gaps: the gap between
// a person's performance and what was expected of them (PP 17/2020 art. 206: the needs of
// competency development are also drawn from the gap between performance results and targets), and
// the recommendation of their talent box (PermenPANRB 3/2020: the talent pool is prepared for
// higher positions, the others developed, rotated or followed up). Only first suggestions, which
// the employee and the supervisor adjust or remove before agreeing the plan, like the JP per level
// short of idp.rules.ts; which path answers which need is Jenjang's reading [U].

/** Predikat below Baik: results or behaviour below expectations (PermenPANRB 6/2022's matrix). */
export const PERFORMANCE_GAP_PREDIKATS: readonly Predikat[] = ['butuh_perbaikan', 'kurang', 'sangat_kurang'];

export type DevelopmentReason = 'performanceGap' | Exclude<TalentRecommendation, 'develop'>;

export interface DevelopmentSuggestion {
  reason: DevelopmentReason;
  pathCode: DevelopmentPath;
  jp: number;
}

/**
 * The activity each reason suggests: coaching by the supervisor for a performance gap and for a box
 * that calls for performance follow-up (NKL01), mentoring towards a higher position for the talent
 * pool (NKL02), a work placement in another unit for a box that calls for rotation (NKL12). A box
 * that calls for development adds nothing here: its development is the competency gaps' activities.
 */
export const DEVELOPMENT_SUGGESTIONS: Record<DevelopmentReason, { pathCode: DevelopmentPath; jp: number }> = {
  performanceGap: { pathCode: 'NKL01', jp: 10 },
  performanceFollowUp: { pathCode: 'NKL01', jp: 10 },
  talentPool: { pathCode: 'NKL02', jp: 20 },
  rotate: { pathCode: 'NKL12', jp: 40 },
};

/**
 * The suggestions for one person: their latest annual predikat (null: none) and their latest talent
 * box's recommendation (null: not placed, or no box). A performance gap and a box calling for
 * performance follow-up are one need: coaching is suggested once, for the gap.
 */
export function suggestDevelopment(
  predikat: Predikat | null,
  recommendation: TalentRecommendation | null,
): DevelopmentSuggestion[] {
  const reasons: DevelopmentReason[] = [];
  const gap = predikat !== null && PERFORMANCE_GAP_PREDIKATS.includes(predikat);
  if (gap) reasons.push('performanceGap');
  if (recommendation === 'talentPool' || recommendation === 'rotate') reasons.push(recommendation);
  if (recommendation === 'performanceFollowUp' && !gap) reasons.push('performanceFollowUp');
  return reasons.map((reason) => ({ reason, ...DEVELOPMENT_SUGGESTIONS[reason] }));
}
