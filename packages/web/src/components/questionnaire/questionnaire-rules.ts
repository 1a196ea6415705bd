import type { InstrumentDefinition, Question, Scale } from '@jenjang/domain/surveys/instrument.contract';
import { localized, questionsOf } from '@jenjang/domain/surveys/instrument.rules';
import { type AnswerIssue, isShown } from '@jenjang/domain/surveys/survey-response.rules';

// What the questionnaire form computes without the DOM: which questions are shown, how an answer
// changes the answers, and where each error message goes. Errors are keyed like the domain's
// issues: the question key, or `question.statement` for one statement of a matrix; '' holds what
// belongs to the response as a whole.

export type AnswerMap = Readonly<Record<string, unknown>>;
export type QuestionErrors = Readonly<Record<string, string>>;
type Definition = Pick<InstrumentDefinition, 'sections'>;

/** The key under which errors about the whole response (not one question) are kept. */
export const FORM_ERROR = '';

/** The keys of the questions the respondent sees with these answers. */
export function shownQuestionKeys(definition: Definition, answers: AnswerMap): Set<string> {
  const shown = new Set<string>();
  const kept: Record<string, unknown> = {};
  // One pass in order suffices: a condition may only name an earlier question (definition rule),
  // and it is judged on the answers kept so far, as validateAnswers judges it.
  for (const question of questionsOf(definition)) {
    if (!isShown(question, kept)) continue;
    shown.add(question.key);
    if (Object.hasOwn(answers, question.key)) kept[question.key] = answers[question.key];
  }
  return shown;
}

/**
 * The answers without those to questions that are hidden (or not in the questionnaire at all),
 * e.g. after an earlier answer changed. The very same object when nothing had to go, so a caller
 * can tell whether to report a change.
 */
export function keepShownAnswers(definition: Definition, answers: AnswerMap): AnswerMap {
  const shown = shownQuestionKeys(definition, answers);
  const keys = Object.keys(answers);
  if (keys.every((key) => shown.has(key))) return answers;
  return Object.fromEntries(keys.filter((key) => shown.has(key)).map((key) => [key, answers[key]]));
}

function isBlank(answer: unknown): boolean {
  if (answer === undefined || answer === null || answer === '') return true;
  if (Array.isArray(answer)) return answer.length === 0;
  if (typeof answer === 'object') return Object.keys(answer).length === 0;
  return false;
}

/** The answers with one answer set, or removed when it is blank (cleared text, no choice left). */
export function withAnswer(answers: AnswerMap, key: string, answer: unknown): AnswerMap {
  if (isBlank(answer)) {
    if (!Object.hasOwn(answers, key)) return answers;
    const { [key]: _removed, ...rest } = answers;
    return rest;
  }
  return { ...answers, [key]: answer };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The ratings of a matrix or ability-vs-need answer, as an object keyed by statement. */
export function statementAnswers(answer: unknown): Record<string, unknown> {
  return isRecord(answer) ? answer : {};
}

/** Matrix ratings with one statement rated, or its rating removed. */
export function withRating(ratings: AnswerMap, statement: string, rating: number | undefined): AnswerMap {
  return withAnswer(ratings, statement, rating);
}

export type AbilityNeedPart = 'ability' | 'need';

/** Ability-vs-need ratings with one of the two ratings of one statement set. */
export function withAbilityNeed(
  ratings: AnswerMap,
  statement: string,
  part: AbilityNeedPart,
  rating: number,
): AnswerMap {
  return { ...ratings, [statement]: { ...statementAnswers(ratings[statement]), [part]: rating } };
}

export interface ScalePoint {
  value: number;
  /** The point's label in the reader's language; null when the scale shows numbers only. */
  label: string | null;
}

export function scalePoints(scale: Scale, locale: 'id' | 'en'): ScalePoint[] {
  const points: ScalePoint[] = [];
  for (let value = scale.min; value <= scale.max; value++) {
    const text = scale.labels[value - scale.min];
    points.push({ value, label: text ? localized(text, locale) : null });
  }
  return points;
}

/** 'key' or 'key.statement': where an issue at `path` is shown ('key.statement.ability' too). */
function errorKeyOf(path: string): { question: string; field: string } {
  const [question = '', statement] = path.split('.');
  return { question, field: statement ? `${question}.${statement}` : question };
}

function addError(errors: Record<string, string>, path: string, message: string): void {
  const { question, field } = errorKeyOf(path);
  if (!(field in errors)) errors[field] = message;
  // A question with a bad statement carries the message too, above its statements.
  if (field !== question && !(question in errors)) errors[question] = message;
}

export type Translate = (key: string, params: Record<string, string | number>) => string;

/**
 * The domain's answer issues as messages by question, each naming its question in the reader's
 * language (the domain's messages ask for `question`; the issue carries the other parameters).
 */
export function issuesToErrors(
  definition: Definition,
  issues: readonly AnswerIssue[],
  locale: 'id' | 'en',
  translate: Translate,
): QuestionErrors {
  const texts = new Map(questionsOf(definition).map((q) => [q.key, localized(q.text, locale)]));
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const { question } = errorKeyOf(issue.path);
    const message = translate(`domain:${issue.code}`, {
      ...issue.params,
      question: texts.get(question) ?? question,
    });
    addError(errors, issue.path, message);
  }
  return errors;
}

/**
 * The server's field errors (already translated) by question. Paths look like `answers.<key>` or
 * `answers.<key>.<statement>`; anything else ('answers', 'website', an unknown key) concerns the
 * response as a whole.
 */
export function serverErrorsToMap(
  definition: Definition,
  fieldErrors: readonly { path: string; message: string }[],
): QuestionErrors {
  const known = new Set(questionsOf(definition).map((q) => q.key));
  const errors: Record<string, string> = {};
  for (const { path, message } of fieldErrors) {
    const rest = path.startsWith('answers.') ? path.slice('answers.'.length) : '';
    if (rest && known.has(errorKeyOf(rest).question)) addError(errors, rest, message);
    else if (!(FORM_ERROR in errors)) errors[FORM_ERROR] = message;
  }
  return errors;
}

/** The questions, in order, that have an error (on themselves or one of their statements). */
export function questionsWithErrors(definition: Definition, errors: QuestionErrors): Question[] {
  return questionsOf(definition).filter(
    (q) => q.key in errors || Object.keys(errors).some((key) => key.startsWith(`${q.key}.`)),
  );
}

/**
 * The answer paths that differ between two sets of answers: the question key, or for a matrix
 * (an object of ratings) each statement that changed.
 */
export function changedPaths(before: AnswerMap, after: AnswerMap): string[] {
  const paths: string[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (isRecord(a) && isRecord(b)) {
      for (const statement of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (JSON.stringify(a[statement]) !== JSON.stringify(b[statement])) paths.push(`${key}.${statement}`);
      }
    } else {
      paths.push(key);
    }
  }
  return paths;
}

/**
 * The errors once the answers at `paths` changed: a changed question loses its errors; a changed
 * statement loses its own, and its question's once no statement of it has one left. The very same
 * object when nothing had to go.
 */
export function clearErrors(errors: QuestionErrors, paths: readonly string[]): QuestionErrors {
  if (paths.length === 0) return errors;
  const next: Record<string, string> = { ...errors };
  for (const path of paths) {
    const { question, field } = errorKeyOf(path);
    if (field === question) {
      for (const key of Object.keys(next))
        if (key === question || key.startsWith(`${question}.`)) delete next[key];
    } else {
      delete next[field];
      if (!Object.keys(next).some((key) => key.startsWith(`${question}.`))) delete next[question];
    }
  }
  // Whatever the server said about the response as a whole no longer holds once it changed.
  delete next[FORM_ERROR];
  return Object.keys(next).length === Object.keys(errors).length ? errors : next;
}
