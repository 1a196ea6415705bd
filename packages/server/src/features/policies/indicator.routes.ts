import {
  CreateIndicatorBody,
  IndicatorList,
  IndicatorView,
  ManualMeasurement,
  ManualMeasurementList,
  WithdrawMeasurementBody,
} from '@jenjang/domain/policies/indicator.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, requireActor } from '../../http/types';
import { uploadForm } from '../../http/upload-form';
import { attachmentDisposition, EVIDENCE_CONTENT_TYPES } from './evidence-file';
import * as indicators from './indicator.service';
import * as measurements from './measurement.service';
import { authorise } from './policy-access';

// A policy's indicators: their values computed by their sources, and their definitions.

const tags = ['policies'];
const Id = z.coerce.number().int().positive();
const IndicatorParams = z.object({ id: Id, indicatorId: Id });
const MeasurementParams = z.object({ id: Id, indicatorId: Id, measurementId: Id });
const AttachmentParams = z.object({ id: Id, indicatorId: Id, attachmentId: Id });

/** A measurement's multipart form (http/upload-form.ts), its file up to the evidence limit. */
function measurementForm(request: FastifyRequest, maxBytes: number) {
  return uploadForm(request, {
    maxBytes,
    formError: 'policy.measurementForm',
    tooLarge: () => measurements.evidenceTooLarge({ evidenceMaxBytes: maxBytes }),
  });
}
const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem };

export const indicatorRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/policies/:id/indicators',
    {
      config: { permission: 'policy.read' },
      schema: {
        tags,
        description:
          'The policy’s indicators, each computed by its source from the government’s own data (wave by wave, ' +
          'under the k rule), with the days its versions took effect.',
        params: IdParam,
        response: { 200: IndicatorList, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      indicators.listIndicators(
        deps.db,
        deps.indicatorSources,
        requireActor(request.actor),
        request.params.id,
        request.locale,
      ),
  );

  app.post(
    '/policies/:id/indicators',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description: 'A new indicator: its source and parameters, direction, baseline and target; audited.',
        params: IdParam,
        body: CreateIndicatorBody,
        response: { 200: IndicatorView, ...errors },
      },
    },
    (request) =>
      indicators.addIndicator(
        deps.db,
        deps.indicatorSources,
        requireActor(request.actor),
        request.params.id,
        request.body,
        request.locale,
      ),
  );

  app.delete(
    '/policies/:id/indicators/:indicatorId',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description: 'Remove an indicator of the policy; audited.',
        params: IndicatorParams,
        response: { 204: z.null(), 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      await indicators.removeIndicator(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.indicatorId,
      );
      return reply.status(204).send(null);
    },
  );
};

// A manual indicator's measurements (measurement.service.ts), and their evidence files.
export const measurementRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/policies/:id/indicators/:indicatorId/measurements',
    {
      config: { permission: 'policy.read' },
      schema: {
        tags,
        description: 'A manual indicator’s measurements, withdrawn ones too, with their evidence files.',
        params: IndicatorParams,
        response: { 200: ManualMeasurementList, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    (request) =>
      measurements.listMeasurements(
        deps.db,
        deps.config,
        requireActor(request.actor),
        request.params.id,
        request.params.indicatorId,
      ),
  );

  app.post(
    '/policies/:id/indicators/:indicatorId/measurements',
    {
      config: { permission: 'policy.manage', uploadField: 'file' },
      schema: {
        tags,
        description:
          'A manual indicator’s value (multipart: `measuredOn`, `value`, `note`, `dataSource`, and the ' +
          'evidence `file`: PDF, XLSX, PNG or JPEG by its bytes, up to EVIDENCE_MAX_MB); audited.',
        consumes: ['multipart/form-data'],
        params: IndicatorParams,
        response: { 200: ManualMeasurement, ...errors, 413: Problem },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      // Refused before the file is read: an OPD's admin uploads nothing.
      authorise(actor, 'policy.manage');
      const form = await measurementForm(request, deps.config.evidenceMaxBytes);
      return measurements.addMeasurement(
        deps.db,
        deps.config,
        actor,
        request.params.id,
        request.params.indicatorId,
        form.fields,
        form.upload,
        deps.clock.now(),
      );
    },
  );

  app.post(
    '/policies/:id/indicators/:indicatorId/measurements/:measurementId/withdrawal',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description:
          'Withdraw a measurement, with why: it stays listed and leaves the chart; refused once a decided ' +
          'evaluation included it. Audited.',
        params: MeasurementParams,
        body: WithdrawMeasurementBody,
        response: { 200: ManualMeasurement, ...errors },
      },
    },
    (request) =>
      measurements.withdrawMeasurement(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.indicatorId,
        request.params.measurementId,
        request.body,
        deps.clock.now(),
      ),
  );

  app.get(
    '/policies/:id/indicators/:indicatorId/attachments/:attachmentId',
    {
      config: { permission: 'policy.read' },
      // No response schema: the body is the file.
      schema: {
        tags,
        description: 'An evidence file, downloaded (never shown inline), for those who read the policy.',
        params: AttachmentParams,
      },
    },
    async (request, reply) => {
      const file = await measurements.evidenceFile(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.indicatorId,
        request.params.attachmentId,
      );
      return reply
        .type(EVIDENCE_CONTENT_TYPES[file.file_type])
        .header('content-disposition', attachmentDisposition(file.file_name))
        .header('x-content-type-options', 'nosniff')
        .send(file.content);
    },
  );
};
