import { Dashboard } from '@jenjang/domain/people/employee.contract';
import { DashboardAttention, DashboardSurveys } from '@jenjang/domain/shared/dashboard.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, requireActor } from '../../http/types';
import { dashboard, dashboardAttention, dashboardSurveys } from './dashboard.service';

const tags = ['dashboard'];

export const dashboardRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/dashboard',
    {
      config: { permission: 'dashboard.read' },
      schema: {
        tags,
        description:
          'Workforce figures of the reader’s reach: the whole government, or an atasan’s subtree ' +
          '(counted per unit right below it). Refused to partners’ trainers and employees.',
        response: { 200: Dashboard },
      },
    },
    (request) => dashboard(deps.db, requireActor(request.actor)),
  );

  app.get(
    '/dashboard/surveys',
    {
      config: { permission: 'survey.results' },
      schema: {
        tags,
        description:
          'The survey part of a reader’s home: IKM per service unit and period and the newest ' +
          'results it may see, under the results’ reach and k rules, with the deployment’s k.',
        response: { 200: DashboardSurveys },
      },
    },
    (request) => dashboardSurveys(deps.db, requireActor(request.actor), deps.config),
  );

  app.get(
    '/dashboard/attention',
    {
      config: { permission: 'survey.manage' },
      schema: {
        tags,
        description:
          'What needs an admin’s attention: waves collecting answers and the latest imports (a ' +
          'scoped admin’s own).',
        response: { 200: DashboardAttention },
      },
    },
    (request) => dashboardAttention(deps.db, requireActor(request.actor), deps.clock.now()),
  );
};
