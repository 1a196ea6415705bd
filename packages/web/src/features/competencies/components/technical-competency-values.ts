import { normaliseCompetencyCode } from '@jenjang/domain/competency/competency-dictionary';
import { COMPETENCY_LEVEL } from '@jenjang/domain/competency/competency-gap.rules';
import type { Competency, TechnicalCompetencyRequest } from '../../../api/types';

// The technical competency form's values, the request made of them, and the server's field errors
// placed back on the form.

export const LEVELS = Array.from(
  { length: COMPETENCY_LEVEL.max - COMPETENCY_LEVEL.min + 1 },
  (_, i) => COMPETENCY_LEVEL.min + i,
);
export const MAX_INDICATORS = 10;
export const MAX_INDICATOR_LENGTH = 500;

export interface LevelValues {
  descriptor: string;
  /** One behaviour indicator per line. */
  indicators: string;
}

export interface Values {
  code: string;
  name: string;
  definition: string;
  /** One entry per level, 1 first; a level left empty is not described. */
  levels: LevelValues[];
}

export const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function initialValues(competency: Competency | null): Values {
  return {
    code: competency?.code ?? '',
    name: competency?.name ?? '',
    definition: competency?.definition ?? '',
    levels: LEVELS.map((level) => {
      const text = competency?.levels.find((l) => l.level === level);
      return { descriptor: text?.descriptor ?? '', indicators: text?.indicators.join('\n') ?? '' };
    }),
  };
}

/** The request body: the code as stored, and only the levels that were described. */
export function bodyOf(values: Values): TechnicalCompetencyRequest {
  return {
    code: normaliseCompetencyCode(values.code) ?? values.code.trim(),
    name: values.name.trim(),
    definition: values.definition.trim() || null,
    levels: values.levels
      .map((level, i) => ({
        level: LEVELS[i]!,
        descriptor: level.descriptor.trim(),
        indicators: linesOf(level.indicators),
      }))
      .filter((level) => level.descriptor !== ''),
  };
}

/**
 * The server's field errors on the form: it numbers the levels sent ('levels/0/descriptor' is the
 * first level described), the form every level.
 */
export function levelErrorsOnForm(
  errors: Record<string, string>,
  sentLevels: readonly number[],
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = /^levels\.(\d+)\.(descriptor|indicators)/.exec(path);
    const level = match ? sentLevels[Number(match[1])] : undefined;
    const field = match && level !== undefined ? `levels.${level - COMPETENCY_LEVEL.min}.${match[2]}` : path;
    result[field] ??= message;
  }
  return result;
}
