import { z } from 'zod';
import { pageOf } from './common.contract';

export const ImportResult = z.object({
  rows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  invalid: z.number().int(),
  warnings: z.number().int(),
});

export const Job = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    status: z.enum(['queued', 'running', 'succeeded', 'failed']),
    progress: z.object({ done: z.number().int(), total: z.number().int().nullable() }),
    result: ImportResult.nullable(),
    errors: z.array(z.object({ message: z.string() })).nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Job' });

export const ImportIssue = z.object({
  rowNumber: z.number().int(),
  severity: z.enum(['error', 'warning']),
  column: z.string(),
  value: z.string(),
  message: z.string(),
});

export const ImportIssuePage = pageOf(ImportIssue).meta({ id: 'ImportIssuePage' });
