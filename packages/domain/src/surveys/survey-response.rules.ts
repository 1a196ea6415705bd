import type { InstrumentDefinition, Question, Scale } from './instrument.contract';
import { questionsOf } from './instrument.rules';

// What a response must satisfy to be stored: answers keyed by question, each of its question's
// type and range, required ones present, none to questions the respondent was not shown. The same
// function runs in the browser (before anything is sent) and on the server (before anything is
// stored), so both speak the same messages (`errors.survey.answer.*` in the domain catalogue).

export interface AbilityNeedAnswer {
  ability: number;
  need: number;
}

export type AnswerValue =
  | number
  | string
  | string[]
  | Record<string, number>
  | Record<string, AbilityNeedAnswer>;

export type Answers = Record<string, AnswerValue>;

export interface AnswerIssue {
  /** Question key, or `key.statement` inside a matrix; '' for the response as a whole. */
  path: string;
  /** i18n key under errors.survey.answer. */
  code: string;
  params: Record<string, string | number>;
}

export type AnswerCheck = { ok: true; answers: Answers } | { ok: false; issues: AnswerIssue[] };

const issue = (path: string, code: string, params: Record<string, string | number> = {}): AnswerIssue => ({
  path,
  code: `errors.survey.answer.${code}`,
  params,
});

/** Whether the respondent sees `question`, given the answers to the questions before it. */
export function isShown(question: Question, answers: Readonly<Record<string, unknown>>): boolean {
  if (!question.showIf) return true;
  const answer = answers[question.showIf.question];
  const wanted = question.showIf.anyOf;
  if (Array.isArray(answer)) return answer.some((value) => wanted.includes(value));
  return (typeof answer === 'string' || typeof answer === 'number') && wanted.includes(answer);
}

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  // Blank as stored: a text of nothing but control characters and spaces is no answer.
  if (typeof value === 'string') return stripControlCharacters(value).trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A key's own value: a question keyed `constructor` must not read Object.prototype's. */
const own = (record: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(record, key) ? record[key] : undefined;

function onScale(value: unknown, scale: Scale): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= scale.min && value <= scale.max;
}

function stripControlCharacters(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.charCodeAt(0);
    const control = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
    if (!control) out += char;
  }
  return out;
}

const scaleParams = (scale: Scale) => ({ min: scale.min, max: scale.max });

/** Checks one answer that is present; returns the stored value or the issues found. */
function checkAnswer(question: Question, value: unknown): { value?: AnswerValue; issues: AnswerIssue[] } {
  const key = question.key;
  switch (question.type) {
    case 'likert':
      return onScale(value, question.scale)
        ? { value, issues: [] }
        : { issues: [issue(key, 'outOfRange', scaleParams(question.scale))] };
    case 'single': {
      if (typeof value !== 'string') return { issues: [issue(key, 'wrongType', { expected: 'option' })] };
      return question.options.some((o) => o.value === value)
        ? { value, issues: [] }
        : { issues: [issue(key, 'notAnOption', { value })] };
    }
    case 'multiple': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
        return { issues: [issue(key, 'wrongType', { expected: 'options' })] };
      }
      const chosen = [...new Set(value as string[])];
      const unknown = chosen.filter((v) => !question.options.some((o) => o.value === v));
      if (unknown.length > 0) return { issues: unknown.map((v) => issue(key, 'notAnOption', { value: v })) };
      if (question.maxChoices !== undefined && chosen.length > question.maxChoices) {
        return { issues: [issue(key, 'tooManyChoices', { max: question.maxChoices, given: chosen.length })] };
      }
      // Stored in the order of the options, so equal answers are equal values.
      return { value: question.options.map((o) => o.value).filter((v) => chosen.includes(v)), issues: [] };
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return { issues: [issue(key, 'wrongType', { expected: 'number' })] };
      }
      if (question.integer && !Number.isInteger(value)) return { issues: [issue(key, 'notInteger')] };
      if (question.min !== undefined && value < question.min) {
        return { issues: [issue(key, 'tooSmall', { min: question.min })] };
      }
      if (question.max !== undefined && value > question.max) {
        return { issues: [issue(key, 'tooBig', { max: question.max })] };
      }
      return { value, issues: [] };
    }
    case 'text': {
      if (typeof value !== 'string') return { issues: [issue(key, 'wrongType', { expected: 'text' })] };
      // Control characters (but tab and line breaks) have no place in an answer and garble exports.
      const text = stripControlCharacters(value).trim();
      if (text.length > question.maxLength) {
        return { issues: [issue(key, 'tooLong', { max: question.maxLength, given: text.length })] };
      }
      return { value: text, issues: [] };
    }
    case 'matrix':
    case 'abilityNeed':
      return checkStatements(question, value);
  }
}

/** A matrix or ability-vs-need answer: an object keyed by statement, every rating on the scale. */
function checkStatements(
  question: Extract<Question, { type: 'matrix' | 'abilityNeed' }>,
  value: unknown,
): { value?: AnswerValue; issues: AnswerIssue[] } {
  const key = question.key;
  if (!isRecord(value)) return { issues: [issue(key, 'wrongType', { expected: 'statements' })] };
  const issues: AnswerIssue[] = [];
  const known = new Set(question.statements.map((s) => s.key));
  for (const statement of Object.keys(value)) {
    if (!known.has(statement)) issues.push(issue(`${key}.${statement}`, 'unknownStatement', { statement }));
  }
  const stored: Record<string, number | AbilityNeedAnswer> = {};
  for (const statement of question.statements) {
    const path = `${key}.${statement.key}`;
    const rating = own(value, statement.key);
    if (rating === undefined || rating === null) {
      if (question.required) issues.push(issue(path, 'missingStatement'));
      continue;
    }
    if (question.type === 'matrix') {
      if (onScale(rating, question.scale)) stored[statement.key] = rating;
      else issues.push(issue(path, 'outOfRange', scaleParams(question.scale)));
      continue;
    }
    const pair = isRecord(rating) ? rating : {};
    const bad = (['ability', 'need'] as const).filter((part) => !onScale(pair[part], question.scale));
    if (bad.length > 0) {
      for (const part of bad)
        issues.push(issue(`${path}.${part}`, 'outOfRange', scaleParams(question.scale)));
    } else {
      stored[statement.key] = { ability: pair.ability as number, need: pair.need as number };
    }
  }
  if (issues.length > 0) return { issues };
  // An optional matrix whose every rating was left empty is left out, like any blank answer.
  return Object.keys(stored).length > 0 ? { value: stored as AnswerValue, issues } : { issues };
}

/**
 * Validates a whole response against the instrument version it answers. On success returns the
 * answers as they are stored: trimmed texts, choices in option order, blank optional answers left
 * out. On failure lists every problem, each with its question and an i18n code.
 */
export function validateAnswers(
  definition: Pick<InstrumentDefinition, 'sections'>,
  raw: unknown,
): AnswerCheck {
  if (!isRecord(raw)) return { ok: false, issues: [issue('', 'notAnObject')] };
  const questions = questionsOf(definition);
  const issues: AnswerIssue[] = [];
  const known = new Set(questions.map((q) => q.key));
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) issues.push(issue(key, 'unknownQuestion', { key }));
  }
  const answers: Answers = {};
  for (const question of questions) {
    const value = own(raw, question.key);
    const blank = isBlank(value);
    if (!isShown(question, answers)) {
      if (!blank) issues.push(issue(question.key, 'notShown'));
      continue;
    }
    if (blank) {
      if (question.required) issues.push(issue(question.key, 'required'));
      continue;
    }
    const checked = checkAnswer(question, value);
    issues.push(...checked.issues);
    if (checked.value !== undefined) answers[question.key] = checked.value;
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, answers };
}
