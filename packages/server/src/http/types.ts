import type { Action, Actor } from '@jenjang/domain/shared/access';
import type { Config } from '../config';
import type { Db } from '../db/database';
import type { RequestAccount } from '../features/auth/auth.repository';
import type { JobRunner } from '../features/jobs/job-runner';
import type { Mailer } from '../features/notifications/mailer';
import type { IndicatorSources } from '../features/policies/indicator-sources';
import type { AudienceSources } from '../features/surveys/audiences/audience-sources';
import type { Locale } from '../i18n/translate';
import type { Clock } from '../platform/clock';
import type { Scheduler } from '../platform/jobs/schedule';

/** What a route may require: an action from the access table, any signed-in user, or nobody. */
export type RoutePermission = Action | 'authenticated' | 'public';

export interface AppDeps {
  db: Db;
  config: Config;
  jobs: JobRunner;
  mailer: Mailer;
  /** The one source of now (platform/clock.ts): tests and demo stories move it. */
  clock: Clock;
  /** Tasks per government on its clock, and the sweeps (platform/jobs/schedule.ts). */
  schedules: Scheduler;
  /** Survey audiences other features offer (features/surveys/audiences/audience-sources.ts). */
  audienceSources: AudienceSources;
  /** Figures a policy's indicators follow, offered by the features (features/policies/indicator-sources.ts). */
  indicatorSources: IndicatorSources;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: RoutePermission;
    /** A multipart upload route's file field, for the OpenAPI document (the body is not JSON). */
    uploadField?: string;
    /** Never look at the session cookie: an anonymous answer must not meet the account sending it. */
    ignoreSession?: boolean;
    /** false: the request's log lines carry no client address (http/request-log.ts). */
    logClient?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The signed-in account as loaded by the access plugin (null when anonymous). */
    account: RequestAccount | null;
    sessionIdHash: Buffer | null;
    csrfToken: string | null;
    locale: Locale;
  }
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new Error('route declared a permission but no actor was resolved');
  return actor;
}
