import {
  AttendanceBody,
  BatchParams,
  CheckInBody,
  CheckInCode,
  CheckInCodeQuery,
  CheckInResult,
  FinalScoreBody,
  Roster,
} from '@jenjang/domain/programs/program.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { publicBase } from '../../http/public-url';
import { type AppDeps, requireActor } from '../../http/types';
import * as attendance from './attendance.service';
import { batchCalendar } from './batch-calendar';

// A batch's days: the roster, attendance (QR check-in by the participant, or by hand), final
// scores, and closing the batch (completion, JP, certificates).

const tags = ['programs'];
const changed = { 200: Roster, 400: Problem, 403: Problem, 404: Problem, 409: Problem };

export const attendanceRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/programs/:id/batches/:batchId/roster',
    {
      config: { permission: 'program.teach' },
      schema: {
        tags,
        description: 'The batch’s participants with their attendance per session day, scores and completion.',
        params: BatchParams,
        response: { 200: Roster, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      attendance.roster(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.batchId,
        deps.clock.now(),
      ),
  );

  app.put(
    '/programs/:id/batches/:batchId/attendance',
    {
      config: { permission: 'program.teach' },
      schema: {
        tags,
        description: 'Marks a participant present or absent on a session day (not ahead of today).',
        params: BatchParams,
        body: AttendanceBody,
        response: changed,
      },
    },
    (request) =>
      attendance.recordAttendance(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.batchId,
        request.body,
        deps.clock.now(),
      ),
  );

  app.put(
    '/programs/:id/batches/:batchId/scores',
    {
      config: { permission: 'program.teach' },
      schema: {
        tags,
        description: 'Records (or clears) a participant’s final score, 0–100.',
        params: BatchParams,
        body: FinalScoreBody,
        response: changed,
      },
    },
    (request) =>
      attendance.recordFinalScore(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.batchId,
        request.body,
        deps.clock.now(),
      ),
  );

  app.get(
    '/programs/:id/batches/:batchId/check-in',
    {
      config: { permission: 'program.teach' },
      schema: {
        tags,
        description: 'The day’s check-in link and its QR code (SVG), for the trainer’s screen.',
        params: BatchParams,
        querystring: CheckInCodeQuery,
        response: { 200: CheckInCode, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => {
      const { id, batchId } = request.params;
      const { day, code } = await attendance.checkInFor(
        deps.db,
        requireActor(request.actor),
        id,
        batchId,
        request.query.day,
        deps.clock.now(),
        deps.config.serverSecret,
      );
      const url = `${publicBase(deps.config, request)}/programs/${id}/check-in?batch=${batchId}&day=${day}&code=${code}`;
      const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return { day, url, svg };
    },
  );

  app.post(
    '/programs/:id/check-in',
    {
      config: { permission: 'program.apply' },
      schema: {
        tags,
        description: 'A participant checks in with the day’s code (from the trainer’s QR), on that day.',
        params: IdParam,
        body: CheckInBody,
        response: { 200: CheckInResult, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    (request) =>
      attendance.checkIn(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body,
        deps.clock.now(),
        deps.config.serverSecret,
      ),
  );

  app.get(
    '/programs/:id/batches/:batchId/calendar.ics',
    {
      config: { permission: 'program.read' },
      schema: {
        tags,
        description: 'The batch as an iCalendar event, for its participants (and whoever keeps the program).',
        params: BatchParams,
      },
    },
    async (request, reply) => {
      const { id, batchId } = request.params;
      const { program, batch, government } = await attendance.batchForCalendar(
        deps.db,
        requireActor(request.actor),
        id,
        batchId,
      );
      const base = publicBase(deps.config, request);
      const text = batchCalendar({
        uid: `program-${id}-batch-${batchId}@${new URL(base).host}`,
        stamp: deps.clock.now(),
        program: program.title,
        batch,
        organiser: government.name,
        url: `${base}/programs/${id}`,
      });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="angkatan-${batchId}.ics"`)
        .send(text);
    },
  );

  app.post(
    '/programs/:id/batches/:batchId/close',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description:
          'Closes the batch once its last day has come: completion, JP credited, certificates issued, and its participants sent the reaction survey.',
        params: BatchParams,
        response: changed,
      },
    },
    (request) =>
      attendance.closeBatch(
        deps.db,
        { sources: deps.audienceSources, config: deps.config, schedules: deps.schedules },
        requireActor(request.actor),
        request.params.id,
        request.params.batchId,
        deps.clock.now(),
      ),
  );
};
