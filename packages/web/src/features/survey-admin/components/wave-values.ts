import type { TimeZone } from '@jenjang/domain/shared/time-zone';
import type { CreateWaveRequest } from '../../../api/types';
import { fromZoneLocal, windowProblem } from './wave-time';

/**
 * A wave as typed: wall-clock times on the government's clock, and the population (public
 * surveys) as text or a number.
 */
export interface WaveValues {
  label: string;
  opensAt: string;
  closesAt: string;
  population: number | string;
}

export type WaveFieldProblem =
  | 'labelRequired'
  | 'opensInvalid'
  | 'closesInvalid'
  | 'closesBeforeOpens'
  | 'populationInvalid';

/** The problems of a typed wave by field; empty when it can be sent. */
export function waveProblems(
  values: WaveValues,
  zone: TimeZone,
): Partial<Record<keyof WaveValues, WaveFieldProblem>> {
  const problems: Partial<Record<keyof WaveValues, WaveFieldProblem>> = {};
  if (values.label.trim() === '') problems.label = 'labelRequired';
  const windowError = windowProblem(values.opensAt, values.closesAt, zone);
  if (windowError === 'opensInvalid') problems.opensAt = windowError;
  else if (windowError) problems.closesAt = windowError;
  if (values.population !== '' && !isWholeNumber(values.population))
    problems.population = 'populationInvalid';
  return problems;
}

/** The request for a wave that has no problems, with the zone's offset; null otherwise. */
export function createWaveBody(
  values: WaveValues,
  withPopulation: boolean,
  zone: TimeZone,
): CreateWaveRequest | null {
  const opensAt = fromZoneLocal(values.opensAt, zone);
  const closesAt = fromZoneLocal(values.closesAt, zone);
  if (!opensAt || !closesAt || Object.keys(waveProblems(values, zone)).length > 0) return null;
  return {
    label: values.label.trim(),
    opensAt,
    closesAt,
    population: withPopulation && values.population !== '' ? Number(values.population) : null,
  };
}

function isWholeNumber(value: number | string): boolean {
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(number) && number >= 0;
}
