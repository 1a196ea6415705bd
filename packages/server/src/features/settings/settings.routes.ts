import { Problem } from '@jenjang/domain/shared/common.contract';
import { TenantSettings, UpdateTenantSettingsBody } from '@jenjang/domain/shared/settings.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as settings from './settings.service';

const tags = ['settings'];

export const settingsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/settings/government',
    {
      config: { permission: 'tenant.manage' },
      schema: {
        tags,
        description:
          'The government’s name, code, time zone, IKM convention, JP and JPM settings and certificate ' +
          'letterhead (its tenant-wide admins).',
        response: { 200: TenantSettings, 403: Problem },
      },
    },
    (request) => settings.getSettings(deps.db, requireActor(request.actor)),
  );

  app.put(
    '/settings/government',
    {
      config: { permission: 'tenant.manage' },
      schema: {
        tags,
        description:
          'Change the government’s time zone, the convention its IKM reports follow (exactly 1/9, ' +
          'or 0.111 with NRR tertimbang rounded to 2 or 3 decimals), its JP and JPM settings, or the ' +
          'letterhead and signer of its program certificates (the signer’s NIP checked as a NIP); audited.',
        body: UpdateTenantSettingsBody,
        response: { 200: TenantSettings, 400: Problem, 403: Problem },
      },
    },
    (request) => settings.updateSettings(deps.db, requireActor(request.actor), request.body),
  );
};
