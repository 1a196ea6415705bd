import { Instance } from '@jenjang/domain/shared/instance.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/types';
import { instanceStatus } from './instance.service';

export const instanceRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const status = instanceStatus(deps.db, deps.config);
  app.get(
    '/instance',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['instance'],
        summary: 'Whether this deployment is a demo, and whether a first government still has to be set up',
        security: [],
        response: { 200: Instance },
      },
    },
    () => status(),
  );
};
