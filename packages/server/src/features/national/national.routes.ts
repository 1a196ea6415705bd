import { Problem } from '@jenjang/domain/shared/common.contract';
import {
  NationalCompetencyGaps,
  NationalEmployees,
  NationalIkm,
  NationalParticipation,
} from '@jenjang/domain/shared/national.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as national from './national.service';

const tags = ['national'];

/** Figures across governments for national viewers (role nasional); 403 for everyone else. */
export const nationalRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/national/employees',
    {
      config: { permission: 'aggregate.read' },
      schema: { tags, response: { 200: NationalEmployees, 403: Problem } },
    },
    (request) => national.nationalEmployees(deps.db, deps.config, requireActor(request.actor)),
  );

  app.get(
    '/national/ikm',
    {
      config: { permission: 'aggregate.read' },
      schema: { tags, response: { 200: NationalIkm, 403: Problem } },
    },
    (request) => national.nationalIkm(deps.db, deps.config, requireActor(request.actor)),
  );

  app.get(
    '/national/participation',
    {
      config: { permission: 'aggregate.read' },
      schema: { tags, response: { 200: NationalParticipation, 403: Problem } },
    },
    (request) =>
      national.nationalParticipation(deps.db, deps.config, requireActor(request.actor), deps.clock.now()),
  );

  app.get(
    '/national/competency-gaps',
    {
      config: { permission: 'aggregate.read' },
      schema: {
        tags,
        description:
          'Competency gaps per government (national competencies), by JPM label and competency, under the k rule.',
        response: { 200: NationalCompetencyGaps, 403: Problem },
      },
    },
    (request) => national.nationalCompetencyGaps(deps.db, deps.config, requireActor(request.actor)),
  );
};
