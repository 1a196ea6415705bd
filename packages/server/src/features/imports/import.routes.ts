import { PageQuery, Problem, UuidParam } from '@jenjang/domain/shared/common.contract';
import { ImportIssuePage, Job } from '@jenjang/domain/shared/job.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { nulRefusal } from '../../http/nul-guard';
import { ProblemError } from '../../http/problem';
import { type AppDeps, requireActor } from '../../http/types';
import { XLSX_TYPE } from '../../http/xlsx';
import { toJobResponse } from '../jobs/job-response';
import { IMPORT_KINDS, type ImportKindName } from './import-kinds';
import * as reports from './import-report.service';
import { acceptUpload } from './import-upload.service';

// Reading an import's issues: any admin-level importer; the service checks the job's own kind.
const permission = 'employee.import' as const;
const tags = ['imports'];

function attachment(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}

const UPLOAD_DESCRIPTION: Record<ImportKindName, string> = {
  employees: 'Upload a CSV or XLSX employee file (SIASN "data utama" or the Jenjang template).',
  units: 'Upload a CSV or XLSX file of units (path of names, or name and parent name).',
  positions: 'Upload a CSV or XLSX file of positions (jabatan with kind and jenjang).',
  'competency-standards':
    'Upload a CSV or XLSX file of position competency standards (jabatan, competency code, required level 1–5).',
  'competency-assessments':
    'Upload a CSV or XLSX file of competency assessments (NIP, competency code, level 1–5, date, method).',
  development:
    'Upload a CSV or XLSX development history: SIASN riwayat diklat or riwayat kursus, or the Jenjang template (NIP, activity, end date, JP).',
  'performance-history':
    'Upload a CSV or XLSX appraisal history: SIASN annual SKP records (rw-skp22) or kinerja periodik, or the Jenjang template (NIP, year, hasil kerja, perilaku kerja, appraiser).',
};

/** The templates' addresses: the employee template kept its address from before units and positions. */
const TEMPLATE_BASE: Record<ImportKindName, string> = {
  employees: '/imports/template',
  units: '/imports/units/template',
  positions: '/imports/positions/template',
  'competency-standards': '/imports/competency-standards/template',
  'competency-assessments': '/imports/competency-assessments/template',
  development: '/imports/development/template',
  'performance-history': '/imports/performance-history/template',
};

export const importRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  for (const name of Object.keys(IMPORT_KINDS) as ImportKindName[]) {
    const kind = IMPORT_KINDS[name];
    app.post(
      `/imports/${name}`,
      {
        config: { permission: kind.permission, uploadField: 'file' },
        schema: {
          tags,
          description: `${UPLOAD_DESCRIPTION[name]} Multipart field \`file\`; the import runs as a job.`,
          consumes: ['multipart/form-data'],
          response: { 202: Job, 400: Problem, 403: Problem, 413: Problem, 415: Problem },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request.actor);
        const upload = request.isMultipart() ? await request.file() : undefined;
        if (upload?.fieldname !== 'file') throw new ProblemError(400, 'import.noFile');
        // The name goes into the job and the audit log (jsonb holds no NUL): refused like any field.
        if (upload.filename.includes('\0')) throw nulRefusal('file/filename');
        const job = await acceptUpload(deps, actor, upload, kind);
        return reply.status(202).send(toJobResponse(job, request.locale));
      },
    );

    app.get(
      `${TEMPLATE_BASE[name]}.xlsx`,
      {
        config: { permission: kind.permission },
        schema: { tags, description: `The Jenjang ${name} template with a guide sheet.` },
      },
      async (request, reply) =>
        reply
          .type(XLSX_TYPE)
          .header(
            'content-disposition',
            attachment(`${reports.templateFileName(kind.template, request.locale)}.xlsx`),
          )
          .send(await reports.templateWorkbook(kind.template, request.locale)),
    );

    app.get(
      `${TEMPLATE_BASE[name]}.csv`,
      {
        config: { permission: kind.permission },
        schema: { tags, description: `The Jenjang ${name} template as CSV.` },
      },
      async (request, reply) =>
        reply
          .type('text/csv; charset=utf-8')
          .header(
            'content-disposition',
            attachment(`${reports.templateFileName(kind.template, request.locale)}.csv`),
          )
          .send(reports.templateCsv(kind.template)),
    );
  }

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
        .type(XLSX_TYPE)
        .header('content-disposition', attachment(report.fileName))
        .send(report.stream);
    },
  );
};
