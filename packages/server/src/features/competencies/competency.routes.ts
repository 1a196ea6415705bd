import {
  Assessment,
  AssessmentBody,
  Competency,
  CompetencyList,
  CopyStandardBody,
  EmployeeCompetencies,
  EmployeeCompetenciesQuery,
  GapAnalysis,
  GapQuery,
  NeedsComparison,
  NeedsComparisonQuery,
  NeedsPage,
  NeedsQuery,
  PositionStandard,
  PositionStandardBody,
  StandardCopied,
  TechnicalCompetencyBody,
} from '@jenjang/domain/competency/competency.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as assessments from './assessment.service';
import * as competencies from './competency.service';
import * as gaps from './gap.service';
import * as standards from './standard.service';

// Competency mapping: the dictionary (national and technical competencies), each position's
// standard (SKJ) and each employee's assessments and gaps. Imports of standards and assessments go
// through /imports/competency-standards and /imports/competency-assessments.

const tags = ['competencies'];
const read = { permission: 'competency.read' } as const;
const manage = { permission: 'competency.manage' } as const;

export const competencyRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/competencies',
    {
      config: read,
      schema: {
        tags,
        description:
          'The government’s competency dictionary: the nine of PermenPANRB 38/2017 (texts in the request’s language) and its own technical competencies.',
        response: { 200: CompetencyList },
      },
    },
    (request) => competencies.listCompetencies(deps.db, requireActor(request.actor), request.locale),
  );

  app.post(
    '/competencies',
    {
      config: manage,
      schema: {
        tags,
        description: 'Adds a technical competency with its level descriptors.',
        body: TechnicalCompetencyBody,
        response: { 201: Competency, 400: Problem, 403: Problem, 409: Problem },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await competencies.createTechnical(
            deps.db,
            requireActor(request.actor),
            request.body,
            request.locale,
          ),
        ),
  );

  app.put(
    '/competencies/:id',
    {
      config: manage,
      schema: {
        tags,
        description:
          'Changes a technical competency; its levels become those given. National ones are read-only.',
        params: IdParam,
        body: TechnicalCompetencyBody,
        response: { 200: Competency, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    (request) =>
      competencies.updateTechnical(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body,
        request.locale,
      ),
  );

  app.delete(
    '/competencies/:id',
    {
      config: manage,
      schema: {
        tags,
        description: 'Removes a technical competency that no standard and no assessment names.',
        params: IdParam,
        response: { 204: z.null(), 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      await competencies.removeTechnical(deps.db, requireActor(request.actor), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/positions/:id/standard',
    {
      config: read,
      schema: {
        tags,
        description: 'The position’s competency standard (Standar Kompetensi Jabatan).',
        params: IdParam,
        response: { 200: PositionStandard, 404: Problem },
      },
    },
    (request) =>
      standards.getStandard(deps.db, requireActor(request.actor), request.params.id, request.locale),
  );

  app.put(
    '/positions/:id/standard',
    {
      config: manage,
      schema: {
        tags,
        description: 'Replaces the position’s standard with the requirements given.',
        params: IdParam,
        body: PositionStandardBody,
        response: { 200: PositionStandard, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    (request) =>
      standards.putStandard(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body,
        request.locale,
      ),
  );

  app.post(
    '/positions/:id/standard/copy',
    {
      config: manage,
      schema: {
        tags,
        description: 'Gives the positions listed this position’s standard, replacing theirs.',
        params: IdParam,
        body: CopyStandardBody,
        response: { 200: StandardCopied, 400: Problem, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      standards.copyStandard(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body,
        request.locale,
      ),
  );

  app.get(
    '/employees/:id/competencies',
    {
      config: { permission: 'employee.read' },
      schema: {
        tags,
        description:
          'The employee’s assessments, current levels and gaps against the position held and, with targetPositionId, another.',
        params: IdParam,
        querystring: EmployeeCompetenciesQuery,
        response: { 200: EmployeeCompetencies, 400: Problem, 404: Problem },
      },
    },
    (request) =>
      assessments.employeeCompetencies(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.query,
        request.locale,
      ),
  );

  app.post(
    '/employees/:id/assessments',
    {
      config: { permission: 'competency.assess' },
      schema: {
        tags,
        description:
          'Records an assessment of one competency of the employee (history is kept, never changed).',
        params: IdParam,
        body: AssessmentBody,
        response: { 201: Assessment, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await assessments.recordAssessment(
            deps.db,
            requireActor(request.actor),
            request.params.id,
            request.body,
            deps.clock.now(),
          ),
        ),
  );

  app.get(
    '/competency-gaps',
    {
      config: { permission: 'aggregate.read' },
      schema: {
        tags,
        description:
          'Gap analysis of a unit subtree (or the government): by competency, by unit below it (heat map), by position kind and by JPM label; with compareTo, the same figures as of an earlier day.',
        querystring: GapQuery,
        response: { 200: GapAnalysis, 400: Problem, 404: Problem },
      },
    },
    (request) =>
      gaps.gapAnalysis(deps.db, requireActor(request.actor), request.query, deps.clock.now(), request.locale),
  );

  app.get(
    '/competency-gaps/needs',
    {
      config: { permission: 'aggregate.read' },
      schema: {
        tags,
        description:
          'The employees furthest below their position’s standard (Σ levels short), largest first.',
        querystring: NeedsQuery,
        response: { 200: NeedsPage, 404: Problem },
      },
    },
    (request) => gaps.largestNeeds(deps.db, requireActor(request.actor), request.query),
  );

  app.get(
    '/competency-gaps/stated-needs',
    {
      config: { permission: 'aggregate.read' },
      schema: {
        tags,
        description:
          'Measured gaps beside the needs staff stated in a needs survey wave: per competency, where the two agree or differ.',
        querystring: NeedsComparisonQuery,
        response: { 200: NeedsComparison, 400: Problem, 404: Problem },
      },
    },
    (request) =>
      gaps.needsComparison(
        deps.db,
        requireActor(request.actor),
        request.query,
        deps.clock.now(),
        request.locale,
      ),
  );
};
