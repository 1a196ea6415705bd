import { z } from 'zod';
import { isCalendarDate } from './calendar-date';
import { forbiddenCharacter } from './text.rules';

/** RFC 9457 problem details; `title` and `detail` are in the request's language. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const IdParam = z.object({ id: z.coerce.number().int().positive() });
export const UuidParam = z.object({ id: z.uuid() });

/** 'YYYY-MM-DD' naming a real day: 2026-02-31 is refused here, not by PostgreSQL with a 500. */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .superRefine((value, ctx) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !isCalendarDate(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `${value} is no day of the calendar`,
        params: { i18n: 'errors.date.invalid', value },
      });
    }
  });

/** The refusal of a character text.rules.ts forbids, with the message key and the character. */
function refuseForbidden(multiline: boolean) {
  return (text: string, ctx: z.RefinementCtx) => {
    const character = forbiddenCharacter(text, { multiline });
    if (character) {
      ctx.addIssue({
        code: 'custom',
        message: `forbidden character ${character}`,
        params: { i18n: 'errors.text.forbiddenCharacter', character },
      });
    }
  };
}

/**
 * Free text of one line: a name, a title, a label. Trimmed; no control or bidi-control character
 * and no lone surrogate (text.rules.ts). Every such field of every contract uses it.
 */
export function textLine(max: number, options: { min?: number } = {}) {
  return z
    .string()
    .trim()
    .min(options.min ?? 1)
    .max(max)
    .superRefine(refuseForbidden(false));
}

/** Free text of several lines (a question, a description): as textLine, newlines allowed (CRLF as LF). */
export function textBlock(max: number, options: { min?: number } = {}) {
  return z
    .string()
    .overwrite((text) => text.replace(/\r\n?/g, '\n'))
    .trim()
    .min(options.min ?? 1)
    .max(max)
    .superRefine(refuseForbidden(true));
}
