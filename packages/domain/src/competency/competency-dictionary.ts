// The competency dictionary's codes (PermenPANRB 38/2017): eight managerial competencies and one
// sociocultural, whose names, definitions and level descriptors ship as reference data (server
// migrations 0041–0042, from docs/research/permenpanrb-38-2017-dictionary.md); technical
// competencies are each government's own, under codes it chooses.

export const COMPETENCY_TYPES = ['manajerial', 'sosialKultural', 'teknis'] as const;
export type CompetencyType = (typeof COMPETENCY_TYPES)[number];

/** PermenPANRB 38/2017: M.1–M.8 managerial, SK.1 sociocultural, as DOMAIN.md §4 writes them. */
export const NATIONAL_COMPETENCY_CODES = [
  'M.1',
  'M.2',
  'M.3',
  'M.4',
  'M.5',
  'M.6',
  'M.7',
  'M.8',
  'SK.1',
] as const;

/** A technical competency's code: letters, digits, '.', '_' and '-', starting with a letter or digit. */
export const COMPETENCY_CODE_MAX = 20;
const CODE_SHAPE = /^[A-Z0-9][A-Z0-9._-]{0,19}$/;

/** M.1, M01, m.01, SK.1, SK 01 …: the dictionary's namespace, whatever the spelling. */
const NATIONAL_SHAPE = /^(M|SK)[.\s]*0*(\d+)$/;

/**
 * A competency code as stored: upper case without surrounding space; the annex's M.01 … M.08 (and
 * M1, m.1) read as the dictionary's M.1 … M.8 (the regulation writes them with a leading zero, the
 * national standard DOMAIN.md §4 without). Null when it cannot be a code.
 */
export function normaliseCompetencyCode(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  const national = NATIONAL_SHAPE.exec(code);
  if (national) return `${national[1]}.${Number(national[2])}`;
  return CODE_SHAPE.test(code) ? code : null;
}

/**
 * Whether a government may name its own competency so: not in the dictionary's namespace (M.n,
 * SK.n), where a code would read as a national competency that does not exist or be confused with
 * one that does.
 */
export function isTechnicalCode(code: string): boolean {
  return CODE_SHAPE.test(code) && !NATIONAL_SHAPE.test(code);
}

/** How a level was established (issue 10): an assessment centre, the supervisor, oneself, a test. */
export const ASSESSMENT_METHODS = ['assessmentCentre', 'supervisor', 'self', 'test'] as const;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];
