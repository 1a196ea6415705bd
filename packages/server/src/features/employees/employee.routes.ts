import {
  EmployeeDetail,
  EmployeeListQuery,
  EmployeePage,
  GolonganList,
  UnitList,
  UnitListQuery,
} from '@jenjang/domain/people/employee.contract';
import { CorrectEmployeeBody, EmployeeCorrected } from '@jenjang/domain/people/employee-correction.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as units from '../organisation/unit.service';
import * as employees from './employee.service';
import { correctEmployee } from './employee-correction.service';

export const employeeRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/employees',
    {
      config: { permission: 'employee.read' },
      schema: { tags: ['employees'], querystring: EmployeeListQuery, response: { 200: EmployeePage } },
    },
    (request) => employees.listEmployees(deps.db, requireActor(request.actor), request.query),
  );

  app.get(
    '/employees/:id',
    {
      config: { permission: 'employee.read' },
      schema: { tags: ['employees'], params: IdParam, response: { 200: EmployeeDetail, 404: Problem } },
    },
    (request) => employees.getEmployee(deps.db, requireActor(request.actor), request.params.id),
  );

  app.patch(
    '/employees/:id',
    {
      config: { permission: 'employee.write' },
      schema: {
        tags: ['employees'],
        description:
          'Corrects fields of one employee (not the NIP). `version` is the record as read: a record changed ' +
          'since answers 409. The next import still overwrites the fields its file carries.',
        params: IdParam,
        body: CorrectEmployeeBody,
        response: { 200: EmployeeCorrected, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    (request) =>
      correctEmployee(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body,
        request.locale,
        deps.clock.now(),
      ),
  );

  app.get(
    '/units',
    {
      config: { permission: 'unit.read' },
      schema: {
        tags: ['organisation'],
        description:
          'Units as a flat list; closed units (from their effective date) only with includeClosed.',
        querystring: UnitListQuery,
        response: { 200: UnitList },
      },
    },
    (request) =>
      units.listUnits(
        deps.db,
        requireActor(request.actor),
        request.query.includeClosed ?? false,
        deps.clock.now(),
      ),
  );

  app.get(
    '/golongan',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['organisation'], response: { 200: GolonganList } },
    },
    async () => employees.listGolongan(),
  );
};
