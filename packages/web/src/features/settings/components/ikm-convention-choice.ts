import type { IkmConvention } from '../../../api/types';

// The conventions an admin chooses from, as one list: the regulation's, and those of past reports.

export const CONVENTION_CHOICES = [
  'exact',
  '0.111:3',
  '0.111:2',
  '0.111:none',
  'exact:3',
  'exact:2',
] as const;
export type ConventionChoice = (typeof CONVENTION_CHOICES)[number];

export function choiceOf(convention: IkmConvention): ConventionChoice {
  const decimals = convention.roundDecimals === null ? 'none' : String(convention.roundDecimals);
  if (convention.weight === 'exact')
    return decimals === 'none' ? 'exact' : (`exact:${decimals}` as ConventionChoice);
  return `0.111:${decimals}` as ConventionChoice;
}

export function conventionOf(choice: ConventionChoice): IkmConvention {
  const [weight, decimals] = choice.split(':') as ['exact' | '0.111', string | undefined];
  return {
    weight,
    roundDecimals: decimals === '2' ? 2 : decimals === '3' ? 3 : null,
  };
}
