import { AuditListQuery, AuditPage } from '@jenjang/domain/shared/audit.contract';
import { LocaleSchema } from '@jenjang/domain/shared/auth.contract';
import { Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, requireActor } from '../../http/types';
import { XLSX_TYPE } from '../../http/xlsx';
import { listAudit } from './audit.service';
import { exportAudit } from './audit-export';

const tags = ['audit'];
/** `lang`: a download link carries the page's language (a plain link sends no Accept-Language of ours). */
const ExportQuery = AuditListQuery.omit({ page: true, pageSize: true }).extend({
  lang: LocaleSchema.optional(),
});

export const auditRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/audit',
    {
      config: { permission: 'audit.read' },
      schema: { tags, querystring: AuditListQuery, response: { 200: AuditPage, 400: Problem } },
    },
    (request) => listAudit(deps.db, requireActor(request.actor), request.query, request.locale),
  );

  app.get(
    '/audit/export.xlsx',
    {
      config: { permission: 'audit.read' },
      // No response schema: the body is a file stream, which Fastify sends without serialising.
      schema: {
        tags,
        description:
          'The filtered log as an Excel workbook, with the chain head at the time of export (400 problem+json for a bad filter).',
        querystring: ExportQuery,
      },
    },
    async (request, reply) => {
      const file = await exportAudit(deps.db, requireActor(request.actor), request.query, {
        locale: request.query.lang ?? request.locale,
        exportedBy: request.account ? `${request.account.display_name} (${request.account.username})` : '',
        now: deps.clock.now(),
      });
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.stream);
    },
  );
};
