import { z } from 'zod';

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

export const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
