import {
  AccountListQuery,
  AccountPage,
  CreateAccountBody,
  PasswordLink,
} from '@jenjang/domain/contracts/account.contract';
import { IdParam, Problem } from '@jenjang/domain/contracts/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { publicBase } from '../../http/public-url';
import { type AppDeps, requireActor } from '../../http/types';
import * as accounts from './account.service';

const tags = ['accounts'];

export const accountRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/accounts',
    {
      config: { permission: 'account.read' },
      schema: { tags, querystring: AccountListQuery, response: { 200: AccountPage } },
    },
    (request) => accounts.listAccounts(deps.db, requireActor(request.actor), request.query),
  );

  app.post(
    '/accounts',
    {
      config: { permission: 'account.manage' },
      schema: { tags, body: CreateAccountBody, response: { 201: PasswordLink, 400: Problem, 409: Problem } },
    },
    async (request, reply) => {
      const link = await accounts.createAccount(
        deps.db,
        requireActor(request.actor),
        request.body,
        publicBase(deps.config, request),
      );
      return reply.status(201).send(link);
    },
  );

  app.post(
    '/accounts/:id/password-link',
    {
      config: { permission: 'account.manage' },
      schema: { tags, params: IdParam, response: { 201: PasswordLink, 404: Problem } },
    },
    async (request, reply) => {
      const link = await accounts.passwordLink(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        publicBase(deps.config, request),
      );
      return reply.status(201).send(link);
    },
  );
};
