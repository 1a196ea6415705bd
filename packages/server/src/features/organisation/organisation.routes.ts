import {
  CloseUnitBody,
  CreateUnitBody,
  MoveUnitBody,
  Position,
  PositionBody,
  PositionListQuery,
  PositionPage,
  RenameUnitBody,
  Unit,
  UnitClosed,
} from '@jenjang/domain/people/organisation.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as positions from './position.service';
import * as units from './unit.service';

// Organisation management: the unit tree (GET /units, the list every form reads, stays with the
// employees routes) and positions. Imports of both go through /imports/units and /imports/positions.

const tags = ['organisation'];
const unitManage = { permission: 'unit.manage' } as const;
const changed = { 200: Unit, 400: Problem, 403: Problem, 404: Problem, 409: Problem };

export const organisationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.post(
    '/units',
    {
      config: unitManage,
      schema: {
        tags,
        description: 'Creates a unit under an open parent (parentId null: at the top, an OPD).',
        body: CreateUnitBody,
        response: { ...changed, 201: Unit },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await units.createUnit(deps.db, requireActor(request.actor), request.body, deps.clock.now())),
  );

  app.patch(
    '/units/:id',
    { config: unitManage, schema: { tags, params: IdParam, body: RenameUnitBody, response: changed } },
    (request) =>
      units.renameUnit(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body,
        deps.clock.now(),
      ),
  );

  app.post(
    '/units/:id/move',
    {
      config: unitManage,
      schema: {
        tags,
        description: 'Moves a unit with its subtree under another parent; never into its own subtree.',
        params: IdParam,
        body: MoveUnitBody,
        response: changed,
      },
    },
    (request) =>
      units.moveUnit(deps.db, requireActor(request.actor), request.params.id, request.body, deps.clock.now()),
  );

  app.post(
    '/units/:id/close',
    {
      config: unitManage,
      schema: {
        tags,
        description:
          'Closes a unit and its open sub-units from a date (today or up to a year earlier). Their employees move to ' +
          '`moveEmployeesTo` in the same transaction; without it a unit that holds employees is not closed (409).',
        params: IdParam,
        body: CloseUnitBody,
        response: { ...changed, 200: UnitClosed },
      },
    },
    (request) =>
      units.closeUnit(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body,
        deps.clock.now(),
      ),
  );

  app.get(
    '/positions',
    {
      config: { permission: 'unit.read' },
      schema: { tags, querystring: PositionListQuery, response: { 200: PositionPage } },
    },
    (request) => positions.listPositions(deps.db, requireActor(request.actor), request.query),
  );

  app.post(
    '/positions',
    {
      config: { permission: 'position.manage' },
      schema: {
        tags,
        body: PositionBody,
        response: { 201: Position, 400: Problem, 403: Problem, 409: Problem },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await positions.createPosition(deps.db, requireActor(request.actor), request.body)),
  );

  app.put(
    '/positions/:id',
    {
      config: { permission: 'position.manage' },
      schema: {
        tags,
        description: 'Changes a position; its holders take its new kind and jenjang.',
        params: IdParam,
        body: PositionBody,
        response: { 200: Position, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    (request) =>
      positions.updatePosition(deps.db, requireActor(request.actor), request.params.id, request.body),
  );
};
