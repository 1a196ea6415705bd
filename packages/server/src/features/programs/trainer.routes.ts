import {
  TeachingList,
  TrainerBody,
  TrainerList,
  TrainerParams,
} from '@jenjang/domain/programs/partner.contract';
import { BatchParams } from '@jenjang/domain/programs/program.contract';
import { Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as trainers from './trainer.service';

// A batch's trainers (narasumber), kept by the agency; a trainer's own list of the batches they teach.

const tags = ['programs'];
const changed = { 200: TrainerList, 400: Problem, 403: Problem, 404: Problem, 409: Problem };

export const trainerRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/programs/:id/batches/:batchId/trainers',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'The batch’s trainers, with their topics, accounts and partners.',
        params: BatchParams,
        response: { 200: TrainerList, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      trainers.listTrainers(deps.db, requireActor(request.actor), request.params.id, request.params.batchId),
  );

  app.post(
    '/programs/:id/batches/:batchId/trainers',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description:
          'Names a trainer of the batch; one with an account (a partner’s or an employee’s) keeps its roster.',
        params: BatchParams,
        body: TrainerBody,
        response: { 201: TrainerList, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await trainers.addTrainer(
            deps.db,
            requireActor(request.actor),
            request.params.id,
            request.params.batchId,
            request.body,
          ),
        ),
  );

  app.delete(
    '/programs/:id/batches/:batchId/trainers/:trainerId',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'Removes a trainer from the batch (not once it is closed).',
        params: TrainerParams,
        response: changed,
      },
    },
    (request) =>
      trainers.removeTrainer(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.batchId,
        request.params.trainerId,
      ),
  );

  app.get(
    '/teaching',
    {
      config: { permission: 'program.teach' },
      schema: {
        tags,
        description:
          'The batches naming the signed-in account among their trainers: program, dates, venue, participants.',
        response: { 200: TeachingList, 403: Problem },
      },
    },
    (request) => trainers.myTeaching(deps.db, requireActor(request.actor)),
  );
};
