import {
  AgreementBody,
  MitraAccountList,
  Partner,
  PartnerAccountParams,
  PartnerBody,
  PartnerPage,
  PartnerQuery,
} from '@jenjang/domain/programs/partner.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as partners from './partner.service';

// Partners of the government, their agreements (MoU/PKS) and their trainers' accounts: the agency's.

const tags = ['partners'];
const changed = { 200: Partner, 400: Problem, 403: Problem, 404: Problem, 409: Problem };

export const partnerRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/partners',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'The partners by name, with their agreements (status on today) and trainer accounts.',
        querystring: PartnerQuery,
        response: { 200: PartnerPage, 403: Problem },
      },
    },
    (request) => partners.listPartners(deps.db, requireActor(request.actor), request.query, deps.clock.now()),
  );

  app.post(
    '/partners',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'Records a partner (its name unique in the government).',
        body: PartnerBody,
        response: { 201: Partner, 400: Problem, 403: Problem, 409: Problem },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await partners.createPartner(deps.db, requireActor(request.actor), request.body, deps.clock.now()),
        ),
  );

  app.get(
    '/partners/accounts',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'The government’s trainer accounts (role mitra), with the partner each signs in for.',
        response: { 200: MitraAccountList, 403: Problem },
      },
    },
    (request) => partners.listMitraAccounts(deps.db, requireActor(request.actor)),
  );

  app.get(
    '/partners/:id',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'One partner with its agreements and trainer accounts.',
        params: IdParam,
        response: { 200: Partner, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      partners.getPartner(deps.db, requireActor(request.actor), request.params.id, deps.clock.now()),
  );

  app.put(
    '/partners/:id',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'Changes a partner’s name, kind and contact.',
        params: IdParam,
        body: PartnerBody,
        response: changed,
      },
    },
    (request) =>
      partners.updatePartner(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body,
        deps.clock.now(),
      ),
  );

  app.post(
    '/partners/:id/agreements',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description:
          'Records an agreement (MoU/PKS): its number unique in the government; the agency is warned before it runs out.',
        params: IdParam,
        body: AgreementBody,
        response: { 201: Partner, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await partners.addAgreement(deps.db, requireActor(request.actor), request.params.id, request.body, {
          now: deps.clock.now(),
          schedules: deps.schedules,
        }),
      ),
  );

  app.put(
    '/partners/:id/accounts/:accountId',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'Links a trainer account (role mitra) of the government to the partner.',
        params: PartnerAccountParams,
        response: changed,
      },
    },
    (request) =>
      partners.linkAccount(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.accountId,
        true,
        deps.clock.now(),
      ),
  );

  app.delete(
    '/partners/:id/accounts/:accountId',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'Unlinks a trainer account from the partner.',
        params: PartnerAccountParams,
        response: changed,
      },
    },
    (request) =>
      partners.linkAccount(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.accountId,
        false,
        deps.clock.now(),
      ),
  );
};
