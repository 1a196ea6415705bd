import {
  Acknowledgement,
  AcknowledgementSummary,
  AddProvisionBody,
  CompareQuery,
  CreatePolicyBody,
  EvidenceSources,
  EvidenceUses,
  EvidenceUsesQuery,
  PolicyDetail,
  PolicyList,
  ProvisionHistory,
  RemoveProvisionBody,
  TransitionBody,
  UpdatePolicyBody,
  UpdateProvisionBody,
  VersionComparison,
  VersionText,
} from '@jenjang/domain/policies/policy.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as acknowledgements from './acknowledgement.service';
import * as policies from './policy.service';
import * as lifecycle from './policy-lifecycle.service';
import * as drafting from './provision.service';
import * as reading from './provision-reading.service';

const tags = ['policies'];
const Id = z.coerce.number().int().positive();
const VersionParams = z.object({ id: Id, versionId: Id });
const ProvisionParams = z.object({ id: Id, provisionId: Id });
const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem };

export const policyRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/policies',
    {
      config: { permission: 'policy.read' },
      schema: {
        tags,
        description:
          'The government’s policies: all of them to reviewers, those with an adopted text to other readers.',
        response: { 200: PolicyList, 403: Problem },
      },
    },
    (request) => policies.listPolicies(deps.db, requireActor(request.actor), deps.clock.now()),
  );

  app.post(
    '/policies',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description: 'A new policy, with an empty first draft; audited.',
        body: CreatePolicyBody,
        response: { 200: PolicyDetail, ...errors },
      },
    },
    (request) => policies.createPolicy(deps.db, requireActor(request.actor), request.body, deps.clock.now()),
  );

  app.get(
    '/policies/:id',
    {
      config: { permission: 'policy.read' },
      schema: {
        tags,
        description: 'A policy: what it is, its versions, its history, and the steps this reader may take.',
        params: IdParam,
        response: { 200: PolicyDetail, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      policies.getPolicy(deps.db, requireActor(request.actor), request.params.id, deps.clock.now()),
  );

  app.patch(
    '/policies/:id',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description:
          'Change what the policy is (title, area, purpose, principles, owner, legal basis, surveys); audited.',
        params: IdParam,
        body: UpdatePolicyBody,
        response: { 200: PolicyDetail, ...errors },
      },
    },
    (request) =>
      policies.updatePolicy(
        deps.db,
        deps.schedules,
        requireActor(request.actor),
        request.params.id,
        request.body,
        deps.clock.now(),
      ),
  );

  app.post(
    '/policies/:id/transitions',
    {
      // Each step has its own permission (policy.manage or policy.approve), checked by the service.
      config: { permission: 'policy.read' },
      schema: {
        tags,
        description:
          'Take one step of the policy’s life: open or close a consultation, adopt (a leader), enter into force, ' +
          'evaluate, keep or revise, retire; audited.',
        params: IdParam,
        body: TransitionBody,
        response: { 200: PolicyDetail, ...errors },
      },
    },
    (request) =>
      lifecycle.transitionPolicy(
        deps.db,
        {
          schedules: deps.schedules,
          sources: deps.indicatorSources,
          minGroupSize: deps.config.surveyMinGroupSize,
        },
        requireActor(request.actor),
        request.params.id,
        request.body,
        deps.clock.now(),
      ),
  );

  app.get(
    '/policies/:id/versions/:versionId',
    {
      config: { permission: 'policy.read' },
      schema: {
        tags,
        description:
          'A version’s text in reading order, each changed provision with its reason and evidence.',
        params: VersionParams,
        response: { 200: VersionText, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      reading.getVersionText(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.versionId,
        request.locale,
        deps.clock.now(),
      ),
  );

  app.post(
    '/policies/:id/versions/:versionId/acknowledgement',
    {
      config: { permission: 'policy.participate' },
      schema: {
        tags,
        description:
          'The signed-in employee states having read an adopted version; once (a second time changes nothing); audited.',
        params: VersionParams,
        response: { 200: Acknowledgement, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    (request) =>
      acknowledgements.acknowledge(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.versionId,
        deps.clock.now(),
      ),
  );

  app.get(
    '/policies/:id/versions/:versionId/acknowledgements',
    {
      config: { permission: 'policy.review' },
      schema: {
        tags,
        description:
          'How far a version reached: per OPD, how many of its active employees stated having read it (counts only).',
        params: VersionParams,
        response: { 200: AcknowledgementSummary, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      acknowledgements.acknowledgementSummary(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.versionId,
      ),
  );

  app.get(
    '/policies/:id/compare',
    {
      config: { permission: 'policy.read' },
      schema: {
        tags,
        description:
          'Two versions side by side, provision by provision (added, modified, moved, split, merged, deleted).',
        params: IdParam,
        querystring: CompareQuery,
        response: { 200: VersionComparison, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      reading.compareVersionTexts(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.query,
        request.locale,
        deps.clock.now(),
      ),
  );

  app.get(
    '/policies/:id/provisions/:provisionId/history',
    {
      config: { permission: 'policy.read' },
      schema: {
        tags,
        description:
          'Why the policy says this: one provision through every version, with each change’s reason and evidence.',
        params: ProvisionParams,
        response: { 200: ProvisionHistory, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      reading.provisionHistory(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.provisionId,
        request.locale,
        deps.clock.now(),
      ),
  );

  app.post(
    '/policies/:id/draft/provisions',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description: 'Add a provision to the draft; in a revision with its reason (required) and evidence.',
        params: IdParam,
        body: AddProvisionBody,
        response: { 200: VersionText, ...errors },
      },
    },
    (request) =>
      drafting.addProvision(
        deps.db,
        deps.indicatorSources,
        requireActor(request.actor),
        request.params.id,
        request.body,
        request.locale,
        deps.clock.now(),
      ),
  );

  app.patch(
    '/policies/:id/draft/provisions/:provisionId',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description:
          'Change or move a provision of the draft; in a revision with its reason (required) and evidence.',
        params: ProvisionParams,
        body: UpdateProvisionBody,
        response: { 200: VersionText, ...errors },
      },
    },
    (request) =>
      drafting.updateProvision(
        deps.db,
        deps.indicatorSources,
        requireActor(request.actor),
        { policyId: request.params.id, provisionId: request.params.provisionId },
        request.body,
        request.locale,
        deps.clock.now(),
      ),
  );

  app.delete(
    '/policies/:id/draft/provisions/:provisionId',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description:
          'Remove a provision and its parts from the draft; in a revision with its reason (required).',
        params: ProvisionParams,
        body: RemoveProvisionBody,
        response: { 200: VersionText, ...errors },
      },
    },
    (request) =>
      drafting.removeProvision(
        deps.db,
        deps.indicatorSources,
        requireActor(request.actor),
        { policyId: request.params.id, provisionId: request.params.provisionId },
        request.body,
        request.locale,
        deps.clock.now(),
      ),
  );

  app.get(
    '/policies/:id/evidence-sources',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description:
          'What a change of the draft may cite: the surveys’ waves and their questions (drafters only).',
        params: IdParam,
        response: { 200: EvidenceSources, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      policies.getEvidenceSources(deps.db, requireActor(request.actor), request.params.id, request.locale),
  );

  app.get(
    '/policy-evidence',
    {
      config: { permission: 'policy.read' },
      schema: {
        tags,
        description: 'The reverse view: the provision changes that cite a survey wave as their evidence.',
        querystring: EvidenceUsesQuery,
        response: { 200: EvidenceUses, 403: Problem },
      },
    },
    (request) => reading.evidenceUses(deps.db, requireActor(request.actor), request.query.waveId),
  );
};
