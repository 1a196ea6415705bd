import type { TenantSettings } from '../../../api/types';

export type JpTargets = TenantSettings['jp'];

type Problem = 'range' | 'minutes' | 'ceiling';

/** What is wrong with the JP targets, field by field (the server holds the same rules). */
export function jpTargetProblems(jp: JpTargets): Partial<Record<keyof JpTargets, Problem>> {
  const inRange = (value: number) => Number.isFinite(value) && value > 0 && value <= 200;
  const problems: Partial<Record<keyof JpTargets, Problem>> = {};
  if (!inRange(jp.pnsTarget)) problems.pnsTarget = 'range';
  if (!inRange(jp.pppkTarget)) problems.pppkTarget = 'range';
  if (jp.pppkCeiling !== null) {
    if (!inRange(jp.pppkCeiling)) problems.pppkCeiling = 'range';
    else if (jp.pppkCeiling < jp.pppkTarget) problems.pppkCeiling = 'ceiling';
  }
  if (!Number.isInteger(jp.minutesPerJp) || jp.minutesPerJp < 1 || jp.minutesPerJp > 240) {
    problems.minutesPerJp = 'minutes';
  }
  return problems;
}

export function sameJpTargets(a: JpTargets, b: JpTargets): boolean {
  return (
    a.pnsTarget === b.pnsTarget &&
    a.pppkTarget === b.pppkTarget &&
    a.pppkCeiling === b.pppkCeiling &&
    a.minutesPerJp === b.minutesPerJp
  );
}
