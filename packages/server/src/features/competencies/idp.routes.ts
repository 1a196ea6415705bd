import {
  CreateIdpBody,
  Idp,
  IdpQuery,
  IdpResponse,
  IdpTransitionBody,
  UpdateIdpBody,
} from '@jenjang/domain/competency/idp.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as idps from './idp.service';

// An employee's individual development plan (IDP) for a year.

const tags = ['competencies'];
const YearParams = z.object({
  id: z.coerce.number().int().positive(),
  year: z.coerce.number().int().min(2000).max(2100),
});
const changed = { 200: Idp, 400: Problem, 403: Problem, 404: Problem, 409: Problem };

export const idpRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/employees/:id/idp',
    {
      config: { permission: 'employee.read' },
      schema: {
        tags,
        description: 'The employee’s IDP of a year (default: this one), or null.',
        params: IdParam,
        querystring: IdpQuery,
        response: { 200: IdpResponse, 404: Problem },
      },
    },
    (request) =>
      idps.getIdp(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.query.year ?? Number(deps.clock.now().toISOString().slice(0, 4)),
        request.locale,
      ),
  );

  app.post(
    '/employees/:id/idp',
    {
      config: { permission: 'development.idp' },
      schema: {
        tags,
        description: 'Starts the year’s IDP, by default with activities for the largest gaps.',
        params: IdParam,
        body: CreateIdpBody,
        response: { ...changed, 201: Idp },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await idps.createIdp(
            deps.db,
            requireActor(request.actor),
            request.params.id,
            request.body,
            request.locale,
            deps.clock.now(),
          ),
        ),
  );

  app.put(
    '/employees/:id/idp/:year',
    {
      config: { permission: 'development.idp' },
      schema: {
        tags,
        description: 'Replaces the IDP’s note and activities (once under way: only when each was completed).',
        params: YearParams,
        body: UpdateIdpBody,
        response: changed,
      },
    },
    (request) =>
      idps.updateIdp(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.year,
        request.body,
        request.locale,
      ),
  );

  app.post(
    '/employees/:id/idp/:year/transitions',
    {
      config: { permission: 'development.idp' },
      schema: {
        tags,
        description: 'Agrees (a supervisor, never the employee), starts, completes or reopens the IDP.',
        params: YearParams,
        body: IdpTransitionBody,
        response: changed,
      },
    },
    (request) =>
      idps.transitionIdp(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.year,
        request.body.transition,
        request.locale,
      ),
  );
};
