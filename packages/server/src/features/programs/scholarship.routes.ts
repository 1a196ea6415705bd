import {
  ApplicantDocumentParams,
  AwardBody,
  AwardDetail,
  AwardParams,
  DocumentParams,
  MyAwards,
  ReportParams,
  ReturnBody,
  ReviewBody,
  ScholarshipCallBody,
  ScholarshipOverview,
  StatusBody,
} from '@jenjang/domain/programs/scholarship.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, requireActor } from '../../http/types';
import { uploadForm } from '../../http/upload-form';
import { attachmentDisposition, EVIDENCE_CONTENT_TYPES } from '../policies/evidence-file';
import { evidenceTooLarge } from '../policies/measurement.service';
import * as scholarships from './scholarship.service';

const tags = ['scholarships'];
const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem };

/** A document or report form: its fields and at most one file, up to the evidence limit. */
function fileForm(request: FastifyRequest, maxBytes: number) {
  return uploadForm(request, {
    maxBytes,
    formError: 'scholarship.form',
    tooLarge: () => evidenceTooLarge({ evidenceMaxBytes: maxBytes }),
  });
}

/** A stored file, downloaded under its own name and never shown inline. */
function download(
  reply: FastifyReply,
  file: { fileName: string; fileType: 'pdf' | 'png' | 'jpeg'; content: Buffer },
) {
  return reply
    .type(EVIDENCE_CONTENT_TYPES[file.fileType])
    .header('content-disposition', attachmentDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .send(file.content);
}

/** Scholarship calls (programs on the PEND path), applicants' documents, awards and term reports. */
export const scholarshipRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/programs/:id/scholarship',
    {
      config: { permission: 'program.read' },
      schema: {
        tags,
        description:
          'The call of a degree-study program: its terms, the reader’s own documents, and for the agency each ' +
          'applicant’s documents and the awards.',
        params: IdParam,
        response: { 200: ScholarshipOverview, 404: Problem },
      },
    },
    (request) =>
      scholarships.overview(deps.db, requireActor(request.actor), request.params.id, deps.clock.now()),
  );

  app.put(
    '/programs/:id/scholarship',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description:
          'Sets the call’s terms (degree, fields, institution, length, documents, bond rule, reporting term) ' +
          'while the program is a draft.',
        params: IdParam,
        body: ScholarshipCallBody,
        response: { 200: ScholarshipOverview, ...errors },
      },
    },
    (request) =>
      scholarships.setCall(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body,
        deps.clock.now(),
      ),
  );

  app.put(
    '/programs/:id/scholarship/documents/:kind',
    {
      config: { permission: 'program.apply', uploadField: 'file' },
      schema: {
        tags,
        description:
          'Uploads the reader’s document of a kind the call requires (multipart `file`: PDF, PNG or JPEG by its ' +
          'bytes, up to EVIDENCE_MAX_MB), replacing the one before, until they apply.',
        consumes: ['multipart/form-data'],
        params: DocumentParams,
        response: { 200: ScholarshipOverview, ...errors, 413: Problem },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const form = await fileForm(request, deps.config.evidenceMaxBytes);
      return scholarships.uploadDocument(
        deps.db,
        deps.config,
        actor,
        request.params.id,
        request.params.kind,
        form.upload,
        deps.clock.now(),
      );
    },
  );

  app.delete(
    '/programs/:id/scholarship/documents/:kind',
    {
      config: { permission: 'program.apply' },
      schema: {
        tags,
        description: 'Removes the reader’s document of a kind, until they apply.',
        params: DocumentParams,
        response: { 200: ScholarshipOverview, ...errors },
      },
    },
    (request) =>
      scholarships.deleteDocument(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.kind,
        deps.clock.now(),
      ),
  );

  app.get(
    '/programs/:id/scholarship/documents/:kind',
    {
      config: { permission: 'program.read' },
      schema: { tags, description: 'The reader’s own document, downloaded.', params: DocumentParams },
    },
    async (request, reply) =>
      download(
        reply,
        await scholarships.documentFile(
          deps.db,
          requireActor(request.actor),
          request.params.id,
          request.params.kind,
          null,
        ),
      ),
  );

  app.get(
    '/programs/:id/scholarship/applications/:applicationId/documents/:kind',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'An applicant’s document, downloaded by the agency.',
        params: ApplicantDocumentParams,
      },
    },
    async (request, reply) =>
      download(
        reply,
        await scholarships.documentFile(
          deps.db,
          requireActor(request.actor),
          request.params.id,
          request.params.kind,
          request.params.applicationId,
        ),
      ),
  );

  app.post(
    '/programs/:id/scholarship/awards',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description:
          'Awards selected applications: each study starts (status studying), with reminders before each ' +
          'term’s report and before its expected end.',
        params: IdParam,
        body: AwardBody,
        response: { 200: ScholarshipOverview, ...errors },
      },
    },
    (request) =>
      scholarships.award(
        deps.db,
        deps.schedules,
        requireActor(request.actor),
        request.params.id,
        request.body,
        deps.clock.now(),
      ),
  );

  app.get(
    '/scholarships/awards',
    {
      config: { permission: 'program.read' },
      schema: { tags, description: 'The reader’s own scholarship awards.', response: { 200: MyAwards } },
    },
    (request) => scholarships.myAwards(deps.db, requireActor(request.actor), deps.clock.now()),
  );

  app.get(
    '/scholarships/awards/:awardId',
    {
      config: { permission: 'program.read' },
      schema: {
        tags,
        description:
          'An award (the agency, or the awardee): status history, terms and reports, return and bond.',
        params: AwardParams,
        response: { 200: AwardDetail, 404: Problem },
      },
    },
    (request) =>
      scholarships.awardDetail(
        deps.db,
        requireActor(request.actor),
        request.params.awardId,
        deps.clock.now(),
      ),
  );

  app.post(
    '/scholarships/awards/:awardId/status',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description:
          'Records a change of the award’s status, with its day (and reason, but for studying or graduated).',
        params: AwardParams,
        body: StatusBody,
        response: { 200: AwardDetail, ...errors },
      },
    },
    (request) =>
      scholarships.changeStatus(
        deps.db,
        deps.schedules,
        requireActor(request.actor),
        request.params.awardId,
        request.body,
        deps.clock.now(),
      ),
  );

  app.post(
    '/scholarships/awards/:awardId/return',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description:
          'Records the graduate’s return to work (day, unit, position) and the service bond it starts by the ' +
          'call’s rule.',
        params: AwardParams,
        body: ReturnBody,
        response: { 200: AwardDetail, ...errors },
      },
    },
    (request) =>
      scholarships.recordReturn(
        deps.db,
        requireActor(request.actor),
        request.params.awardId,
        request.body,
        deps.clock.now(),
      ),
  );

  app.put(
    '/scholarships/awards/:awardId/reports/:term',
    {
      config: { permission: 'program.read', uploadField: 'file' },
      schema: {
        tags,
        description:
          'The awardee’s report of a term (multipart: `summary`, `gpa`, `credits`, optionally the transcript ' +
          '`file`), from two weeks before the term ends; again only when the agency asked to revise it.',
        consumes: ['multipart/form-data'],
        params: ReportParams,
        response: { 200: AwardDetail, ...errors, 413: Problem },
      },
    },
    async (request) => {
      const form = await fileForm(request, deps.config.evidenceMaxBytes);
      return scholarships.submitReport(
        deps.db,
        deps.config,
        requireActor(request.actor),
        request.params.awardId,
        request.params.term,
        form.fields,
        form.upload,
        deps.clock.now(),
      );
    },
  );

  app.post(
    '/scholarships/awards/:awardId/reports/:term/review',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'The agency accepts a term’s report, or asks for a revision with a note.',
        params: ReportParams,
        body: ReviewBody,
        response: { 200: AwardDetail, ...errors },
      },
    },
    (request) =>
      scholarships.reviewReport(
        deps.db,
        requireActor(request.actor),
        request.params.awardId,
        request.params.term,
        request.body,
        deps.clock.now(),
      ),
  );

  app.get(
    '/scholarships/awards/:awardId/reports/:term/file',
    {
      config: { permission: 'program.read' },
      schema: {
        tags,
        description: 'A report’s transcript, downloaded (the agency, or the awardee).',
        params: ReportParams,
      },
    },
    async (request, reply) =>
      download(
        reply,
        await scholarships.reportFile(
          deps.db,
          requireActor(request.actor),
          request.params.awardId,
          request.params.term,
        ),
      ),
  );
};
