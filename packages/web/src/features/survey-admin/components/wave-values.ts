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
  /** The automatic reminder's wall-clock time (employees' waves); '' for none. */
  reminderAt: string;
}

export type WaveFieldProblem =
  | 'labelRequired'
  | 'opensInvalid'
  | 'closesInvalid'
  | 'closesBeforeOpens'
  | 'populationInvalid'
  | 'reminderInvalid'
  | 'reminderOutsideWindow';

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
  if (values.reminderAt.trim() !== '') {
    const reminder = fromZoneLocal(values.reminderAt, zone);
    const opens = fromZoneLocal(values.opensAt, zone);
    const closes = fromZoneLocal(values.closesAt, zone);
    if (!reminder) problems.reminderAt = 'reminderInvalid';
    else if (
      opens &&
      closes &&
      !(Date.parse(reminder) > Date.parse(opens) && Date.parse(reminder) < Date.parse(closes))
    )
      problems.reminderAt = 'reminderOutsideWindow';
  }
  return problems;
}

/** The request for a wave that has no problems, with the zone's offset; null otherwise. */
export function createWaveBody(
  values: WaveValues,
  kind: { withPopulation: boolean; withReminder: boolean },
  zone: TimeZone,
): CreateWaveRequest | null {
  const opensAt = fromZoneLocal(values.opensAt, zone);
  const closesAt = fromZoneLocal(values.closesAt, zone);
  if (!opensAt || !closesAt || Object.keys(waveProblems(values, zone)).length > 0) return null;
  return {
    label: values.label.trim(),
    opensAt,
    closesAt,
    population: kind.withPopulation && values.population !== '' ? Number(values.population) : null,
    reminderAt:
      kind.withReminder && values.reminderAt.trim() !== '' ? fromZoneLocal(values.reminderAt, zone) : null,
  };
}

function isWholeNumber(value: number | string): boolean {
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(number) && number >= 0;
}
