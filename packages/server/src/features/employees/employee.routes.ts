import { IdParam, Problem } from '@jenjang/domain/contracts/common.contract';
import {
  EmployeeDetail,
  EmployeeListQuery,
  EmployeePage,
  GolonganList,
  UnitList,
  UnitListQuery,
} from '@jenjang/domain/contracts/employee.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as employees from './employee.service';

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
    (request) => employees.listUnits(deps.db, requireActor(request.actor), request.query.includeClosed),
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
