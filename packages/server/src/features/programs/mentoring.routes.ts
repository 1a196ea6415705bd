import {
  ExclusionBody,
  GoalBody,
  GoalStateBody,
  MenteesBody,
  MentorBody,
  MentoringOverview,
  MentoringPairDetail,
  MentoringProposal,
  MentoringSchemeBody,
  MyMentoring,
  PairItemParams,
  PairParams,
  PairsBody,
  ProgramEmployeeParams,
  ReflectionBody,
  SessionBody,
} from '@jenjang/domain/programs/mentoring.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as mentoring from './mentoring.service';

const tags = ['mentoring'];
const id = z.coerce.number().int().positive();
const ExclusionParams = z.object({ id, mentorId: id, menteeId: id });
const changes = { 400: Problem, 403: Problem, 404: Problem, 409: Problem };

/** Mentoring and coaching: a program's scheme, mentors, mentees and pairs, and each pair's work. */
export const mentoringRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/programs/:id/mentoring',
    {
      config: { permission: 'program.read' },
      schema: {
        tags,
        description:
          'The program’s mentoring: its scheme, mentors, mentees and exclusions for the agency; the pairs the ' +
          'reader may see (all for the agency, those of their reach for a supervisor, their own for a mentor or mentee).',
        params: IdParam,
        response: { 200: MentoringOverview, 404: Problem },
      },
    },
    (request) => mentoring.overview(deps.db, requireActor(request.actor), request.params.id, request.locale),
  );

  app.put(
    '/programs/:id/mentoring',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description:
          'Sets the mentoring scheme of a coaching (NKL01) or mentoring (NKL02) program: its period, pairing rules ' +
          'and the JP rule of its sessions.',
        params: IdParam,
        body: MentoringSchemeBody,
        response: { 200: MentoringOverview, ...changes },
      },
    },
    (request) =>
      mentoring.setScheme(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body,
        request.locale,
      ),
  );

  app.post(
    '/programs/:id/mentoring/end',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description:
          'Ends the program’s mentoring: every pair ends, nothing more is logged, reflections open.',
        params: IdParam,
        response: { 200: MentoringOverview, ...changes },
      },
    },
    (request) =>
      mentoring.endScheme(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        deps.clock.now(),
        request.locale,
      ),
  );

  app.post(
    '/programs/:id/mentoring/mentors',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'Adds a mentor (or changes their capacity).',
        params: IdParam,
        body: MentorBody,
        response: { 200: MentoringOverview, ...changes },
      },
    },
    (request) =>
      mentoring.addMentor(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body,
        request.locale,
      ),
  );

  app.delete(
    '/programs/:id/mentoring/mentors/:employeeId',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'Takes a mentor off the scheme; one who has been paired stays (409).',
        params: ProgramEmployeeParams,
        response: { 200: MentoringOverview, ...changes },
      },
    },
    (request) =>
      mentoring.removePerson(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        'mentor',
        request.params.employeeId,
        request.locale,
      ),
  );

  app.post(
    '/programs/:id/mentoring/mentees',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'Adds mentees.',
        params: IdParam,
        body: MenteesBody,
        response: { 200: MentoringOverview, ...changes },
      },
    },
    (request) =>
      mentoring.addMentees(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body.employeeIds,
        request.locale,
      ),
  );

  app.delete(
    '/programs/:id/mentoring/mentees/:employeeId',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'Takes a mentee off the scheme; one who has been paired stays (409).',
        params: ProgramEmployeeParams,
        response: { 200: MentoringOverview, ...changes },
      },
    },
    (request) =>
      mentoring.removePerson(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        'mentee',
        request.params.employeeId,
        request.locale,
      ),
  );

  app.post(
    '/programs/:id/mentoring/exclusions',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'Records a conflict of interest: the pair is never proposed.',
        params: IdParam,
        body: ExclusionBody,
        response: { 200: MentoringOverview, ...changes },
      },
    },
    (request) =>
      mentoring.addExclusion(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body,
        request.locale,
      ),
  );

  app.delete(
    '/programs/:id/mentoring/exclusions/:mentorId/:menteeId',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'Removes a recorded conflict of interest.',
        params: ExclusionParams,
        response: { 200: MentoringOverview, ...changes },
      },
    },
    (request) =>
      mentoring.removeExclusion(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.mentorId,
        request.params.menteeId,
        request.locale,
      ),
  );

  app.get(
    '/programs/:id/mentoring/proposal',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description:
          'The optimal pairs for the mentees not yet paired: the greatest total complementarity under every ' +
          'mentor’s capacity and the scheme’s rules, explained per pair. Nothing is saved.',
        params: IdParam,
        response: { 200: MentoringProposal, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    (request) => mentoring.proposal(deps.db, requireActor(request.actor), request.params.id, request.locale),
  );

  app.post(
    '/programs/:id/mentoring/pairs',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description:
          'Makes pairs, all or none (the proposal kept, or pairs set by hand; a pairing rule set aside needs a reason).',
        params: IdParam,
        body: PairsBody,
        response: { 200: MentoringOverview, ...changes },
      },
    },
    (request) =>
      mentoring.createPairs(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body,
        request.locale,
      ),
  );

  app.get(
    '/mentoring',
    {
      config: { permission: 'program.read' },
      schema: {
        tags,
        description: 'The reader’s own mentoring pairs, as mentor or mentee.',
        response: { 200: MyMentoring },
      },
    },
    (request) => mentoring.myMentoring(deps.db, requireActor(request.actor)),
  );

  app.get(
    '/mentoring/pairs/:pairId',
    {
      config: { permission: 'program.read' },
      schema: {
        tags,
        description: 'One pair: its goals, sessions and reflections.',
        params: PairParams,
        response: { 200: MentoringPairDetail, 404: Problem },
      },
    },
    (request) =>
      mentoring.pairDetail(
        deps.db,
        requireActor(request.actor),
        request.params.pairId,
        deps.clock.now(),
        request.locale,
      ),
  );

  app.post(
    '/mentoring/pairs/:pairId/end',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'Ends a pair (kept with its sessions), or removes one that never met.',
        params: PairParams,
        response: { 200: MentoringOverview, ...changes },
      },
    },
    (request) =>
      mentoring.endPair(
        deps.db,
        requireActor(request.actor),
        request.params.pairId,
        deps.clock.now(),
        request.locale,
      ),
  );

  app.post(
    '/mentoring/pairs/:pairId/goals',
    {
      config: { permission: 'program.read' },
      schema: {
        tags,
        description: 'Adds a goal to a running pair (its mentor, mentee or the agency).',
        params: PairParams,
        body: GoalBody,
        response: { 200: MentoringPairDetail, ...changes },
      },
    },
    (request) =>
      mentoring.addGoal(
        deps.db,
        requireActor(request.actor),
        request.params.pairId,
        request.body.text,
        deps.clock.now(),
        request.locale,
      ),
  );

  app.put(
    '/mentoring/pairs/:pairId/goals/:itemId',
    {
      config: { permission: 'program.read' },
      schema: {
        tags,
        description: 'Marks a goal achieved, dropped or open again.',
        params: PairItemParams,
        body: GoalStateBody,
        response: { 200: MentoringPairDetail, ...changes },
      },
    },
    (request) =>
      mentoring.setGoalState(
        deps.db,
        requireActor(request.actor),
        request.params.pairId,
        request.params.itemId,
        request.body.state,
        deps.clock.now(),
        request.locale,
      ),
  );

  app.post(
    '/mentoring/pairs/:pairId/sessions',
    {
      config: { permission: 'program.read' },
      schema: {
        tags,
        description:
          'Logs a session (day, topic, minutes): by one side it waits for the other’s confirmation; by the agency ' +
          'it counts at once. Its JP follow the scheme’s rule.',
        params: PairParams,
        body: SessionBody,
        response: { 200: MentoringPairDetail, ...changes },
      },
    },
    (request) =>
      mentoring.logSession(
        deps.db,
        requireActor(request.actor),
        request.params.pairId,
        request.body,
        deps.clock.now(),
        request.locale,
      ),
  );

  app.post(
    '/mentoring/pairs/:pairId/sessions/:itemId/confirm',
    {
      config: { permission: 'program.read' },
      schema: {
        tags,
        description: 'Confirms a session logged by the other side: its JP go to the mentee’s year.',
        params: PairItemParams,
        response: { 200: MentoringPairDetail, ...changes },
      },
    },
    (request) =>
      mentoring.confirmSession(
        deps.db,
        requireActor(request.actor),
        request.params.pairId,
        request.params.itemId,
        deps.clock.now(),
        request.locale,
      ),
  );

  app.delete(
    '/mentoring/pairs/:pairId/sessions/:itemId',
    {
      config: { permission: 'program.read' },
      schema: {
        tags,
        description: 'Withdraws a session not yet confirmed (whoever logged it, or the agency).',
        params: PairItemParams,
        response: { 200: MentoringPairDetail, ...changes },
      },
    },
    (request) =>
      mentoring.deleteSession(
        deps.db,
        requireActor(request.actor),
        request.params.pairId,
        request.params.itemId,
        deps.clock.now(),
        request.locale,
      ),
  );

  app.put(
    '/mentoring/pairs/:pairId/reflection',
    {
      config: { permission: 'program.read' },
      schema: {
        tags,
        description:
          'The reader’s reflection on the mentoring and how useful it was (1–5), once the pair or the mentoring ' +
          'has ended or its last day has come.',
        params: PairParams,
        body: ReflectionBody,
        response: { 200: MentoringPairDetail, ...changes },
      },
    },
    (request) =>
      mentoring.writeReflection(
        deps.db,
        requireActor(request.actor),
        request.params.pairId,
        request.body,
        deps.clock.now(),
        request.locale,
      ),
  );
};
