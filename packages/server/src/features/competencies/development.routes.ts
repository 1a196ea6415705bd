import {
  DevelopmentRecord,
  DevelopmentRecordBody,
  EmployeeDevelopment,
  EmployeeDevelopmentQuery,
  JpAttainmentOverview,
  JpAttainmentQuery,
  JpBehindExportQuery,
  JpBehindPage,
  JpBehindQuery,
} from '@jenjang/domain/competency/development.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, requireActor } from '../../http/types';
import { XLSX_TYPE } from '../../http/xlsx';
import * as development from './development.service';
import { behindWorkbook } from './development-export';

// Development history and the yearly JP: one person's, a unit's attainment, and who is behind (also
// as a workbook a unit can act on). History files come in through /imports/development.

const tags = ['competencies'];

export const developmentRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/employees/:id/development',
    {
      config: { permission: 'employee.read' },
      schema: {
        tags,
        description:
          'The employee’s development history and the JP of a year (default: this one) against the target.',
        params: IdParam,
        querystring: EmployeeDevelopmentQuery,
        response: { 200: EmployeeDevelopment, 404: Problem },
      },
    },
    (request) =>
      development.employeeDevelopment(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.query,
        deps.clock.now(),
      ),
  );

  app.post(
    '/employees/:id/development',
    {
      config: { permission: 'employee.write' },
      schema: {
        tags,
        description:
          'Records a completed learning activity with its JP (the same activity and end day again changes it).',
        params: IdParam,
        body: DevelopmentRecordBody,
        response: { 201: DevelopmentRecord, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await development.recordDevelopment(
            deps.db,
            requireActor(request.actor),
            request.params.id,
            request.body,
            deps.clock.now(),
          ),
        ),
  );

  app.get(
    '/jp-attainment',
    {
      config: { permission: 'aggregate.read' },
      schema: {
        tags,
        description: 'The year’s JP attainment of a unit subtree (or the government), by unit below it.',
        querystring: JpAttainmentQuery,
        response: { 200: JpAttainmentOverview, 400: Problem, 404: Problem },
      },
    },
    (request) =>
      development.jpAttainmentOverview(deps.db, requireActor(request.actor), request.query, deps.clock.now()),
  );

  app.get(
    '/jp-attainment/behind',
    {
      config: { permission: 'aggregate.read' },
      schema: {
        tags,
        description: 'The employees behind on the year’s JP, furthest behind first.',
        querystring: JpBehindQuery,
        response: { 200: JpBehindPage, 404: Problem },
      },
    },
    async (request) => {
      const { items, total } = await development.jpBehind(
        deps.db,
        requireActor(request.actor),
        request.query,
        request.query,
        deps.clock.now(),
      );
      return { items, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.get(
    '/jp-attainment/behind.xlsx',
    {
      config: { permission: 'aggregate.read' },
      // No response schema: the body is a workbook.
      schema: {
        tags,
        description:
          'Everyone behind on the year’s JP as an Excel workbook (404 problem+json when out of reach).',
        querystring: JpBehindExportQuery,
      },
    },
    async (request, reply) => {
      const file = await behindWorkbook(
        deps.db,
        requireActor(request.actor),
        request.query,
        deps.clock.now(),
        request.query.lang ?? request.locale,
      );
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.stream);
    },
  );
};
