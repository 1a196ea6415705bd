import {
  AccountListQuery,
  AccountPage,
  AccountSummary,
  CreateAccountBody,
  PasswordLink,
  UpdateAccountBody,
} from '@jenjang/domain/shared/account.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { publicBase } from '../../http/public-url';
import { type AppDeps, requireActor } from '../../http/types';
import * as accounts from './account.service';
import { setAccountStatus, updateAccount } from './account-change.service';

const tags = ['accounts'];
const permission = 'account.manage' as const;
/** What a change to one account may answer besides its new state. */
const refusals = { 400: Problem, 403: Problem, 404: Problem, 409: Problem };

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
      config: { permission },
      schema: { tags, body: CreateAccountBody, response: { 201: PasswordLink, ...refusals } },
    },
    async (request, reply) => {
      const link = await accounts.createAccount(
        deps.db,
        requireActor(request.actor),
        request.body,
        publicBase(deps.config, request),
        deps.clock.now(),
      );
      return reply.status(201).send(link);
    },
  );

  app.patch(
    '/accounts/:id',
    {
      config: { permission },
      schema: {
        tags,
        description: 'Change display name, e-mail, role and scope, or the linked employee.',
        params: IdParam,
        body: UpdateAccountBody,
        response: { 200: AccountSummary, ...refusals },
      },
    },
    (request) =>
      updateAccount(deps.db, requireActor(request.actor), request.params.id, request.body, deps.clock.now()),
  );

  for (const [path, status] of [
    ['disable', 'disabled'],
    ['enable', 'active'],
  ] as const) {
    app.post(
      `/accounts/:id/${path}`,
      {
        config: { permission },
        schema: {
          tags,
          description:
            status === 'disabled'
              ? 'Disable an account: it cannot sign in, and its sessions and unused links end.'
              : 'Let a disabled account sign in again.',
          params: IdParam,
          response: { 200: AccountSummary, ...refusals },
        },
      },
      (request) => setAccountStatus(deps.db, requireActor(request.actor), request.params.id, status),
    );
  }

  app.post(
    '/accounts/:id/password-link',
    {
      config: { permission },
      schema: { tags, params: IdParam, response: { 201: PasswordLink, 403: Problem, 404: Problem } },
    },
    async (request, reply) => {
      const link = await accounts.passwordLink(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        publicBase(deps.config, request),
        deps.clock.now(),
      );
      return reply.status(201).send(link);
    },
  );
};
