import { Problem } from '@jenjang/domain/shared/common.contract';
import {
  KeyPositionBody,
  KeyPositionList,
  MyTalent,
  PlaceYearResponse,
  Succession,
  SuccessorBody,
  TalentEffectQuery,
  TalentOverview,
  TalentPlacementList,
  TalentPlacementQuery,
  TalentPlacementView,
  TalentScores,
  TalentScoresBody,
  TalentSettingsBody,
  TalentSettingsEffect,
  TalentYear,
  TalentYearQuery,
  TalentYearView,
  VersionTalentSettings,
} from '@jenjang/domain/talent/talent-api.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as succession from './succession.service';
import * as talent from './talent.service';
import * as settings from './talent-settings.service';

const tags = ['talent'];
const Id = z.coerce.number().int().positive();
const VersionParams = z.object({ id: Id, versionId: Id });
const YearParams = z.object({ year: TalentYear });
const PersonParams = z.object({ year: TalentYear, employeeId: Id });
const PositionParams = z.object({ positionId: Id });
const SuccessorParams = z.object({ positionId: Id, employeeId: Id });
const changes = { 400: Problem, 403: Problem, 404: Problem, 409: Problem };
const reads = { 403: Problem, 404: Problem };

/** Talent mapping: the settings a policy states, a year's nine-box, placements and why, component points. */
export const talentRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const now = () => deps.clock.now();

  app.get(
    '/policies/:id/versions/:versionId/talent-settings',
    {
      config: { permission: 'policy.read' },
      schema: {
        tags,
        description:
          'The talent-mapping settings a version states, or keeps from the version it was drafted from, for ' +
          'those who may read the version.',
        params: VersionParams,
        response: { 200: VersionTalentSettings, ...reads },
      },
    },
    (request) =>
      settings.versionSettings(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.versionId,
      ),
  );

  app.put(
    '/policies/:id/versions/:versionId/talent-settings',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description: 'Sets a draft version’s talent-mapping settings (409 once it is adopted or discarded).',
        params: VersionParams,
        body: TalentSettingsBody,
        response: { 200: VersionTalentSettings, ...changes },
      },
    },
    (request) =>
      settings.setVersionSettings(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.versionId,
        request.body.settings,
      ),
  );

  app.delete(
    '/policies/:id/versions/:versionId/talent-settings',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description:
          'Takes a draft version’s own talent settings back: it keeps those of the version it was drafted from.',
        params: VersionParams,
        response: { 200: VersionTalentSettings, ...changes },
      },
    },
    (request) =>
      settings.setVersionSettings(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.versionId,
        null,
      ),
  );

  app.get(
    '/policies/:id/versions/:versionId/talent-settings/effect',
    {
      config: { permission: 'policy.review' },
      schema: {
        tags,
        description:
          'How the version’s talent settings would move people between boxes for a year (by default the latest ' +
          'placed, else the latest appraised year that is over) against those of the version it was drafted from; who moves for the agency only.',
        params: VersionParams,
        querystring: TalentEffectQuery,
        response: { 200: TalentSettingsEffect, ...reads, 409: Problem },
      },
    },
    (request) =>
      settings.settingsEffect(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.versionId,
        request.query.year,
        now(),
      ),
  );

  app.get(
    '/talent',
    {
      config: { permission: 'performance.read' },
      schema: {
        tags,
        description:
          'The years placed on the nine-box, the settings in force and where they come from, and what the reader ' +
          'may do: place years (the agency), see others’ placements (whom the settings name).',
        response: { 200: TalentOverview, 403: Problem },
      },
    },
    (request) => talent.overview(deps.db, requireActor(request.actor), now()),
  );

  app.get(
    '/talent/me',
    {
      config: { permission: 'performance.read' },
      schema: {
        tags,
        description:
          'The reader’s own placements, newest year first, each with the lines and settings that placed it.',
        response: { 200: MyTalent, 403: Problem },
      },
    },
    (request) => talent.myTalent(deps.db, requireActor(request.actor)),
  );

  app.get(
    '/talent/years/:year',
    {
      config: { permission: 'performance.read' },
      schema: {
        tags,
        description:
          'A placed year’s nine-box: how many people in each box within the reader’s reach (and a unit), and why ' +
          'the others have none.',
        params: YearParams,
        querystring: TalentYearQuery,
        response: { 200: TalentYearView, ...reads },
      },
    },
    (request) =>
      talent.yearView(deps.db, requireActor(request.actor), request.params.year, request.query.unitId, now()),
  );

  app.post(
    '/talent/years/:year/placements',
    {
      config: { permission: 'performance.manage' },
      schema: {
        tags,
        description:
          'Places a year on the nine-box under the settings in force, replacing its earlier placements; runs as a ' +
          'job (GET /jobs/:id).',
        params: YearParams,
        response: { 202: PlaceYearResponse, 400: Problem, 403: Problem },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(await talent.startPlacing(deps, requireActor(request.actor), request.params.year, now())),
  );

  app.get(
    '/talent/years/:year/placements',
    {
      config: { permission: 'performance.read' },
      schema: {
        tags,
        description:
          'The people of a placed year within the reader’s reach: by box, recommendation, unit or name.',
        params: YearParams,
        querystring: TalentPlacementQuery,
        response: { 200: TalentPlacementList, ...reads },
      },
    },
    (request) =>
      talent.placements(deps.db, requireActor(request.actor), request.params.year, request.query, now()),
  );

  app.get(
    '/talent/years/:year/placements/:employeeId',
    {
      config: { permission: 'performance.read' },
      schema: {
        tags,
        description:
          'One person’s placement for a year with every line of both scores: themself, or within reach.',
        params: PersonParams,
        response: { 200: TalentPlacementView, ...reads },
      },
    },
    (request) =>
      talent.placementOfPerson(
        deps.db,
        requireActor(request.actor),
        request.params.year,
        request.params.employeeId,
        now(),
      ),
  );

  app.get(
    '/talent/years/:year/scores/:employeeId',
    {
      config: { permission: 'performance.manage' },
      schema: {
        tags,
        description:
          'The component points a person was given for a year, and the components to give them on.',
        params: PersonParams,
        response: { 200: TalentScores, ...reads },
      },
    },
    (request) =>
      talent.scores(
        deps.db,
        requireActor(request.actor),
        request.params.year,
        request.params.employeeId,
        now(),
      ),
  );

  app.put(
    '/talent/years/:year/scores/:employeeId',
    {
      config: { permission: 'performance.manage' },
      schema: {
        tags,
        description:
          'Sets a person’s component points for a year (each within its maximum); a placed year places them anew.',
        params: PersonParams,
        body: TalentScoresBody,
        response: { 200: TalentScores, ...changes },
      },
    },
    (request) =>
      talent.setScores(
        deps.db,
        requireActor(request.actor),
        request.params.year,
        request.params.employeeId,
        request.body,
        now(),
      ),
  );

  app.get(
    '/talent/key-positions',
    {
      config: { permission: 'performance.read' },
      schema: {
        tags,
        description:
          'Key positions with their holders and named successors: for the agency and the roles the talent ' +
          'settings name whose reach is the whole government.',
        response: { 200: KeyPositionList, 403: Problem },
      },
    },
    (request) => succession.keyPositions(deps.db, requireActor(request.actor), now()),
  );

  app.post(
    '/talent/key-positions',
    {
      config: { permission: 'performance.manage' },
      schema: {
        tags,
        description: 'Marks a position as key, to plan its succession (the agency).',
        body: KeyPositionBody,
        response: { 201: Succession, ...changes },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await succession.markKeyPosition(deps.db, requireActor(request.actor), request.body)),
  );

  app.get(
    '/talent/key-positions/:positionId',
    {
      config: { permission: 'performance.read' },
      schema: {
        tags,
        description:
          'A key position’s successors and the candidates of the latest talent pool, best match to its ' +
          'competency standard first.',
        params: PositionParams,
        response: { 200: Succession, ...reads },
      },
    },
    (request) =>
      succession.succession(deps.db, requireActor(request.actor), request.params.positionId, now()),
  );

  app.delete(
    '/talent/key-positions/:positionId',
    {
      config: { permission: 'performance.manage' },
      schema: {
        tags,
        description: 'Unmarks a key position, with its successors.',
        params: PositionParams,
        response: { 204: z.null(), ...reads },
      },
    },
    async (request, reply) => {
      await succession.unmarkKeyPosition(deps.db, requireActor(request.actor), request.params.positionId);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/talent/key-positions/:positionId/successors',
    {
      config: { permission: 'performance.manage' },
      schema: {
        tags,
        description: 'Names a successor to a key position, or changes how soon they would be ready.',
        params: PositionParams,
        body: SuccessorBody,
        response: { 200: Succession, ...changes },
      },
    },
    (request) =>
      succession.nameSuccessor(deps.db, requireActor(request.actor), request.params.positionId, request.body),
  );

  app.delete(
    '/talent/key-positions/:positionId/successors/:employeeId',
    {
      config: { permission: 'performance.manage' },
      schema: {
        tags,
        description: 'Removes a named successor from a key position.',
        params: SuccessorParams,
        response: { 200: Succession, ...reads },
      },
    },
    (request) =>
      succession.removeSuccessor(
        deps.db,
        requireActor(request.actor),
        request.params.positionId,
        request.params.employeeId,
      ),
  );
};
