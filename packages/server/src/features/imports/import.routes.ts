import { PageQuery, Problem, UuidParam } from '@jenjang/domain/contracts/common.contract';
import { ImportIssuePage, Job } from '@jenjang/domain/contracts/job.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withTenant } from '../../db/database';
import { ProblemError } from '../../http/problem';
import { type AppDeps, requireActor } from '../../http/types';
import { toJobResponse } from '../jobs/job-response';
import { findImportJob } from './import.repository';
import { EMPLOYEE_IMPORT_JOB } from './import.service';
import * as reports from './import-report.service';
import { acceptUpload } from './import-upload.service';

const permission = 'employee.import' as const;
const tags = ['imports'];

function attachment(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}

export const importRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.post(
    '/imports/employees',
    {
      config: { permission, uploadField: 'file' },
      schema: {
        tags,
        description: 'Upload a CSV or XLSX employee file (multipart field `file`); the import runs as a job.',
        consumes: ['multipart/form-data'],
        response: { 202: Job, 400: Problem, 413: Problem, 415: Problem },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const upload = request.isMultipart() ? await request.file() : undefined;
      if (upload?.fieldname !== 'file') throw new ProblemError(400, 'import.noFile');
      const jobId = await acceptUpload(deps, actor, upload);
      const job = await withTenant(deps.db, actor.tenantId, (tx) =>
        findImportJob(tx, jobId, EMPLOYEE_IMPORT_JOB),
      );
      if (!job) throw new Error(`job ${jobId} vanished after enqueue`);
      return reply.status(202).send(toJobResponse(job, request.locale));
    },
  );

  app.get(
    '/imports/:id/issues',
    {
      config: { permission },
      schema: {
        tags,
        params: UuidParam,
        querystring: PageQuery,
        response: { 200: ImportIssuePage, 404: Problem },
      },
    },
    (request) =>
      reports.getIssuePage(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.query,
        request.locale,
      ),
  );

  app.get(
    '/imports/:id/issues.xlsx',
    {
      config: { permission },
      // No response schema: the body is a file stream, which Fastify sends without serialising.
      schema: {
        tags,
        description: 'The issues of an import as an Excel report (404 problem+json if unknown).',
        params: UuidParam,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const report = await reports.issueReport(deps.db, actor, request.params.id, request.locale);
      return reply
        .type(reports.REPORT_CONTENT_TYPE)
        .header('content-disposition', attachment(report.fileName))
        .send(report.stream);
    },
  );

  app.get(
    '/imports/template.xlsx',
    {
      config: { permission },
      schema: { tags, description: 'The Jenjang employee template with a guide sheet.' },
    },
    async (request, reply) =>
      reply
        .type(reports.REPORT_CONTENT_TYPE)
        .header('content-disposition', attachment('template-pegawai-jenjang.xlsx'))
        .send(await reports.templateWorkbook(request.locale)),
  );

  app.get(
    '/imports/template.csv',
    { config: { permission }, schema: { tags, description: 'The Jenjang employee template as CSV.' } },
    async (_request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', attachment('template-pegawai-jenjang.csv'))
        .send(reports.templateCsv()),
  );
};
