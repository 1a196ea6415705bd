import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config';
import { type Db, pingDatabase } from './db/database';
import { accountRoutes } from './features/accounts/account.routes';
import { auditRoutes } from './features/audit/audit.routes';
import { authRoutes } from './features/auth/auth.routes';
import { competencyRoutes } from './features/competencies/competency.routes';
import { developmentRoutes } from './features/competencies/development.routes';
import { developmentPlanRoutes } from './features/competencies/development-plan.routes';
import { idpRoutes } from './features/competencies/idp.routes';
import { dashboardRoutes } from './features/dashboard/dashboard.routes';
import { employeeRoutes } from './features/employees/employee.routes';
import { registerRegistrySchedules } from './features/employees/registry-snapshot';
import { eventDeliveryRoutes } from './features/events/event-delivery.routes';
import { importRoutes } from './features/imports/import.routes';
import { registerImportJobs } from './features/imports/import-kinds';
import { instanceRoutes } from './features/instance/instance.routes';
import { jobRoutes } from './features/jobs/job.routes';
import { JobRunner } from './features/jobs/job-runner';
import { nationalRoutes } from './features/national/national.routes';
import { createMailer, type Mailer } from './features/notifications/mailer';
import { notificationRoutes } from './features/notifications/notification.routes';
import { registerNotificationMail } from './features/notifications/notification-mail';
import { organisationRoutes } from './features/organisation/organisation.routes';
import { partnerRoutes } from './features/partners/partner.routes';
import { registerPartnerSchedules } from './features/partners/partner-schedules';
import { performanceRoutes } from './features/performance/performance.routes';
import { skpExportRoutes } from './features/performance/skp-export.routes';
import { consultationRoutes } from './features/policies/consultation.routes';
import { evaluationRoutes } from './features/policies/evaluation.routes';
import { forumRoutes } from './features/policies/forum.routes';
import { indicatorRoutes, measurementRoutes } from './features/policies/indicator.routes';
import { policyRoutes } from './features/policies/policy.routes';
import { registerPolicySchedules } from './features/policies/policy-lifecycle.service';
import { publicationRoutes } from './features/policies/publication.routes';
import { triggerRoutes } from './features/policies/trigger.routes';
import { appealRoutes } from './features/programs/appeal.routes';
import { attendanceRoutes } from './features/programs/attendance.routes';
import { certificateRoutes } from './features/programs/certificate.routes';
import { curriculumRoutes } from './features/programs/curriculum.routes';
import { equityRoutes } from './features/programs/equity.routes';
import { programEvaluationRoutes } from './features/programs/evaluation.routes';
import { registerFollowUpSchedules } from './features/programs/follow-up';
import { mentoringRoutes } from './features/programs/mentoring.routes';
import { programRoutes } from './features/programs/program.routes';
import { programBatchAudience, programBatchSupervisorsAudience } from './features/programs/program-audience';
import { registerProgramSchedules } from './features/programs/program-schedules';
import { scholarshipRoutes } from './features/programs/scholarship.routes';
import { registerScholarshipSchedules } from './features/programs/scholarship-schedules';
import { trainerRoutes } from './features/programs/trainer.routes';
import { promotionRoutes } from './features/promotion/promotion.routes';
import { settingsRoutes } from './features/settings/settings.routes';
import { type AudienceSource, AudienceSources } from './features/surveys/audiences/audience-sources';
import { instrumentRoutes } from './features/surveys/instruments/instrument.routes';
import { responseRoutes } from './features/surveys/responses/response.routes';
import { resultRoutes } from './features/surveys/results/result.routes';
import { surveyRoutes } from './features/surveys/surveys/survey.routes';
import { registerSurveySchedules } from './features/surveys/surveys/survey-schedules';
import { talentRoutes } from './features/talent/talent.routes';
import { registerTalentJobs } from './features/talent/talent.service';
import { accessPlugin } from './http/access.plugin';
import { registerCompression } from './http/compression';
import { registerErrorHandler } from './http/error-handler';
import { registerNulGuard } from './http/nul-guard';
import { requestIdOf } from './http/request-id';
import { loggerOptions } from './http/request-log';
import type { AppDeps } from './http/types';
import { assetRoot } from './http/web-builds';
import { allIndicatorSources } from './indicator-sources';
import { type Clock, systemClock } from './platform/clock';
import { Scheduler } from './platform/jobs/schedule';

export interface BuildOptions {
  config: Config;
  db: Db;
  logger?: FastifyServerOptions['logger'];
  jobs?: JobRunner;
  mailer?: Mailer;
  clock?: Clock;
  /**
   * Default: one on the jobs' queue and this clock, swept every minute. One given here is swept by
   * its owner (runDue).
   */
  schedules?: Scheduler;
  /** Default: the features' own (AUDIENCE_SOURCES). */
  audienceSources?: AudienceSources;
}

/**
 * The survey audiences features offer (features/surveys/audiences): a program batch's participants
 * (its reaction survey asks them); the features that own others add theirs here.
 */
const AUDIENCE_SOURCES: readonly AudienceSource[] = [programBatchAudience, programBatchSupervisorsAudience];

/** Builds the HTTP app: external plugins, then ours (access, errors), then the feature routes. */
export async function buildApp(options: BuildOptions) {
  const serverOptions: FastifyServerOptions = {
    logger: loggerOptions(options.logger),
    // Fastify would take any x-request-id as it is; requestIdOf accepts only a short safe one.
    requestIdHeader: false,
    genReqId: requestIdOf,
    // Believed only when configured: a forged X-Forwarded-For would pick its own rate-limit bucket.
    trustProxy: options.config.trustProxy,
    bodyLimit: 1024 * 1024,
  };
  const app = Fastify(serverOptions).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const clock = options.clock ?? systemClock;
  const jobs =
    options.jobs ??
    new JobRunner(options.db, app.log, { uploadsDir: path.join(options.config.dataDir, 'uploads'), clock });
  const mailer = options.mailer ?? createMailer(options.config.smtpUrl, options.config.mailFrom);
  app.addHook('onClose', async () => mailer.close());
  const schedules = options.schedules ?? new Scheduler(options.db, clock, jobs.queue);
  const audienceSources = options.audienceSources ?? new AudienceSources(AUDIENCE_SOURCES);
  const indicatorSources = allIndicatorSources();
  const deps: AppDeps = {
    db: options.db,
    config: options.config,
    jobs,
    mailer,
    clock,
    schedules,
    audienceSources,
    indicatorSources,
  };
  registerImportJobs(jobs, deps);
  registerTalentJobs(jobs, deps);
  registerSurveySchedules(schedules, app.log, mailer);
  registerNotificationMail(schedules, app.log, mailer, options.config.publicUrl);
  registerPolicySchedules({ schedules, sources: indicatorSources });
  registerProgramSchedules(schedules);
  registerScholarshipSchedules(schedules);
  registerFollowUpSchedules(schedules, { sources: audienceSources, config: options.config });
  registerPartnerSchedules(schedules);
  registerRegistrySchedules(schedules, app.log);
  // The minute's sweep runs on the wall clock. A caller that brings its own scheduler (the tests,
  // on a clock of their own) runs the sweeps itself with runDue(), so a task never falls due in
  // the middle of a test because a real minute went by.
  if (!options.schedules) schedules.startOnQueue();
  // The process that built the app starts the queue when it is ready for work (main.ts); closing
  // the app stops it, after the jobs were interrupted.
  app.addHook('onClose', async () => jobs.queue?.stop());

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyCookie);
  await registerCompression(app);
  await app.register(fastifyMultipart, { limits: { fileSize: options.config.importMaxBytes, files: 1 } });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Jenjang API',
        version: '1',
        description:
          'ASN development policy: people, programs and evidence. Errors are RFC 9457 problem+json.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'jenjang_session' } } },
      security: [{ session: [] }],
    },
    transform: (input) => {
      const transformed = jsonSchemaTransform(input);
      const field = input.route.config?.uploadField;
      if (!field) return transformed;
      // Multipart bodies are read by @fastify/multipart, not validated as JSON: describe them here.
      const body = {
        type: 'object',
        required: [field],
        properties: { [field]: { type: 'string', format: 'binary' } },
      };
      return { ...transformed, schema: { ...transformed.schema, body } };
    },
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // Any API answer may hold personal data: no cache keeps it, unless a route chose otherwise.
    if (request.url.startsWith('/api/v1/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
  });
  await app.register(accessPlugin, deps);
  registerErrorHandler(app);
  registerNulGuard(app);

  app.get(
    '/healthz',
    {
      config: { permission: 'public' },
      schema: { hide: true, response: { 200: z.object({ status: z.string() }) } },
    },
    async () => ({ status: 'ok' }),
  );
  app.get(
    '/readyz',
    { config: { permission: 'public' }, schema: { hide: true } },
    async (_request, reply) => {
      try {
        await pingDatabase(options.db);
        return { status: 'ok' };
      } catch {
        return reply.status(503).send({ status: 'unavailable' });
      }
    },
  );

  await app.register(
    async (api) => {
      await api.register(instanceRoutes, deps);
      await api.register(authRoutes, { ...deps, prefix: '/auth' });
      await api.register(employeeRoutes, deps);
      await api.register(organisationRoutes, deps);
      await api.register(competencyRoutes, deps);
      await api.register(developmentRoutes, deps);
      await api.register(developmentPlanRoutes, deps);
      await api.register(idpRoutes, deps);
      await api.register(programRoutes, deps);
      await api.register(attendanceRoutes, deps);
      await api.register(appealRoutes, deps);
      await api.register(equityRoutes, deps);
      await api.register(programEvaluationRoutes, deps);
      await api.register(curriculumRoutes, deps);
      await api.register(mentoringRoutes, deps);
      await api.register(performanceRoutes, deps);
      await api.register(skpExportRoutes, deps);
      await api.register(promotionRoutes, deps);
      await api.register(talentRoutes, deps);
      await api.register(scholarshipRoutes, deps);
      await api.register(certificateRoutes, deps);
      await api.register(trainerRoutes, deps);
      await api.register(partnerRoutes, deps);
      await api.register(dashboardRoutes, deps);
      await api.register(nationalRoutes, deps);
      await api.register(jobRoutes, deps);
      await api.register(importRoutes, deps);
      await api.register(auditRoutes, deps);
      await api.register(accountRoutes, deps);
      await api.register(settingsRoutes, deps);
      await api.register(policyRoutes, deps);
      await api.register(consultationRoutes, deps);
      await api.register(publicationRoutes, deps);
      await api.register(forumRoutes, deps);
      await api.register(indicatorRoutes, deps);
      await api.register(measurementRoutes, deps);
      await api.register(evaluationRoutes, deps);
      await api.register(triggerRoutes, deps);
      await api.register(eventDeliveryRoutes, deps);
      await api.register(notificationRoutes, deps);
      await api.register(instrumentRoutes, deps);
      await api.register(surveyRoutes, deps);
      await api.register(responseRoutes, deps);
      await api.register(resultRoutes, deps);
    },
    { prefix: '/api/v1' },
  );

  await serveWebApp(app, options.config.webDist);
  return app;
}

const SURVEY_PAGE = 'survey.html';
const PAGES = new Set(['index.html', SURVEY_PAGE]);

/**
 * Serves the built SPA; unknown non-API paths get index.html so client routes survive reloads,
 * except a citizen's survey link (/s/<code>), which gets survey.html: the public survey page, an
 * entry of its own without the app (docs/architecture.md, "The web app on a phone").
 * Each file goes out as the build's brotli or gzip copy when the browser takes it (Vary:
 * Accept-Encoding); hashed assets are cached for a year, the two pages are revalidated every time
 * so a new build shows at the next load.
 */
async function serveWebApp(app: FastifyInstance, webDist: string) {
  if (!existsSync(path.join(webDist, 'index.html'))) return;
  await app.register(fastifyStatic, { root: webDist, serve: false, preCompressed: true });
  app.get('/*', { config: { permission: 'public' }, schema: { hide: true } }, (request, reply) => {
    const urlPath = decodeURIComponent(request.url.split('?')[0] ?? '/');
    if (urlPath.startsWith('/api/')) return reply.callNotFound();
    const file = path
      .normalize(urlPath)
      .replace(/^(\.\.[/\\])+/, '')
      .slice(1);
    const assets = file.startsWith('assets/') ? assetRoot(webDist, file) : null;
    if (assets) return reply.sendFile(file, assets, { immutable: true, maxAge: 31_536_000_000 });
    if (file && !file.includes('/') && !PAGES.has(file) && existsSync(path.join(webDist, file))) {
      return reply.sendFile(file);
    }
    const page = file.startsWith('s/') || file === SURVEY_PAGE ? SURVEY_PAGE : 'index.html';
    const code = /^s\/([A-Za-z0-9_-]{1,64})$/.exec(file)?.[1];
    // The page's two questions to the API (the survey, whether this is a demo), asked by the
    // browser beside the page's code instead of after it has run (a round trip and the script's
    // start on a phone); the page draws the form once both are in.
    if (code) {
      reply.header(
        'link',
        `</api/v1/public/surveys/${code}>; rel=preload; as=fetch; crossorigin, </api/v1/instance>; rel=preload; as=fetch; crossorigin`,
      );
    }
    return reply
      .type('text/html')
      .header('cache-control', 'no-cache')
      .sendFile(page, { cacheControl: false });
  });
}
