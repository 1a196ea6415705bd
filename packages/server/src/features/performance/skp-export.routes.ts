import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, requireActor } from '../../http/types';
import { XLSX_TYPE } from '../../http/xlsx';
import { performanceWorkbook } from './skp-export';

// The appraisal history in SIASN's shapes, for the agency to enter in BKN's system (the import of
// the same shapes is /imports/performance-history).

const ExportQuery = z.object({
  year: z.coerce.number().int().min(2019).max(2100),
  layout: z.enum(['annual', 'periodic']).default('annual'),
});

export const skpExportRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/performance/export',
    {
      config: { permission: 'performance.manage' },
      // No response schema: the body is a workbook.
      schema: {
        tags: ['performance'],
        description:
          'The government’s appraisals of a year as an Excel workbook in SIASN’s shape: the annual ones as ' +
          'rw-skp22, or the periodic ones as kinerja periodik; SIASN’s field names as headers, the employee’s ' +
          'NIP first, NIPs as text. Jenjang’s performance-history import reads it back (403 problem+json ' +
          'for a manager of less than the whole government).',
        querystring: ExportQuery,
      },
    },
    async (request, reply) => {
      const file = await performanceWorkbook(deps.db, requireActor(request.actor), request.query);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.stream);
    },
  );
};
