import { randomBytes } from 'node:crypto';
import { type Actor, can, type Resource } from '@jenjang/domain/shared/access';
import { MIN_K } from '@jenjang/domain/shared/group-suppression.rules';
import { wallClockIn } from '@jenjang/domain/shared/time-zone';
import { Audience } from '@jenjang/domain/surveys/survey.contract';
import { announcesOnPublish, archiveBlocker, waveState } from '@jenjang/domain/surveys/survey-wave.rules';
import type { Config } from '../../../config';
import { type Db, type Tx, withTenant } from '../../../db/database';
import { tenantZone } from '../../../db/tenant-clock';
import { publish } from '../../../events';
import { forbidden, notFound, ProblemError } from '../../../http/problem';
import type { Scheduler } from '../../../platform/jobs/schedule';
import { openUnitPath } from '../../organisation/unit-placement';
import type { AudienceSources } from '../audiences/audience-sources';
import * as instruments from '../instruments/instrument.repository';
import { readableInstrument } from '../instruments/instrument.service';
import { publicWaves } from '../responses/public-wave-lookup';
import { finalizeWave } from '../responses/response.repository';
import * as repo from './survey.repository';
import { checkAudienceReach, ownedResource } from './survey-access';

type WaveRow = Awaited<ReturnType<typeof repo.listWaves>>[number];

/** The scheduled task that reminds a wave's pending invitees at the time its admin chose. */
export const WAVE_REMINDER = 'survey.wave.remind';

/** Sets a wave's reminder for `at`, on the government's clock (the task is due at that wall-clock minute). */
export async function scheduleWaveReminder(
  tx: Tx,
  schedules: Scheduler,
  tenantId: number,
  waveId: number,
  at: Date,
) {
  await schedules.at(tx, tenantId, {
    key: repo.reminderKey(waveId),
    kind: WAVE_REMINDER,
    input: { waveId },
    local: wallClockIn(at, await tenantZone(tx)),
  });
}

const iso = (value: Date | string) => new Date(value).toISOString();

/**
 * A wave as lists and pages show it. `wholeCounts`: whether the reader reaches the whole wave
 * (`survey.results` on the survey); a reader of a slice gets no government-wide counts.
 */
export function toWaveSummary(wave: WaveRow, wholeCounts: boolean, now: Date) {
  const count = (value: number | null) => (wholeCounts ? value : null);
  return {
    id: wave.id,
    number: wave.number,
    label: wave.label,
    status: waveState({ status: wave.status, opensAt: wave.opens_at, closesAt: wave.closes_at }, now),
    opensAt: iso(wave.opens_at),
    closesAt: iso(wave.closes_at),
    population: wave.population,
    invited: count(wave.invited),
    responses: count(wave.responses),
    pending: count(wave.pending),
    withheld: count(wave.withheld),
    instrumentVersion: wave.version,
    reminderAt: wave.reminder_at === null ? null : iso(wave.reminder_at),
  };
}

/**
 * Checks the actor may act on a survey (the whole government's, or one owned inside its reach):
 * 404 when it may not even read it, 403 when it may read but not manage it.
 */
export async function authoriseSurvey(
  tx: Tx,
  actor: Actor,
  survey: { tenant_id: number; owner_unit_id: number | null },
) {
  const resource = await ownedResource(tx, survey);
  if (!can(actor, 'survey.read', resource)) throw notFound();
  if (!can(actor, 'survey.manage', resource)) throw forbidden();
  return resource;
}

/** The address of a public survey's answering page (the QR code poster points at it). */
export const publicPath = (code: string) => `/s/${code}`;

export async function listSurveys(db: Db, actor: Actor, query: { archived: boolean }, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const surveys = (await repo.listSurveys(tx, actor.scopeUnitId, query.archived)).filter((s) =>
      can(actor, 'survey.read', { tenantId: s.tenant_id, unitPath: s.owner_path }),
    );
    const wholeCounts = (s: (typeof surveys)[number]) =>
      can(actor, 'survey.results', { tenantId: s.tenant_id, unitPath: s.owner_path });
    const waves = await repo.listWaves(
      tx,
      surveys.map((s) => s.id),
    );
    return {
      items: surveys.map((survey) => {
        const latest = waves.find((w) => w.survey_id === survey.id);
        return {
          id: survey.id,
          title: survey.title,
          mode: survey.mode,
          kind: survey.kind,
          instrumentTitle: survey.instrument_title,
          serviceName: survey.service_name,
          waveCount: survey.wave_count,
          latestWave: latest ? toWaveSummary(latest, wholeCounts(survey), now) : null,
          archivedAt: survey.archived_at === null ? null : iso(survey.archived_at),
        };
      }),
    };
  });
}

async function surveyDetail(tx: Tx, actor: Actor, id: number, now: Date) {
  const survey = await repo.findSurvey(tx, id);
  if (!survey) throw notFound();
  const resource: Resource = await ownedResource(tx, survey);
  if (!can(actor, 'survey.read', resource)) throw notFound();
  const wholeCounts = can(actor, 'survey.results', resource);
  const waves = await repo.listWaves(tx, [id]);
  const audience = Audience.safeParse(survey.audience);
  return {
    id: survey.id,
    title: survey.title,
    mode: survey.mode,
    kind: survey.kind,
    instrumentId: survey.instrument_id,
    instrumentTitle: survey.instrument_title,
    serviceName: survey.service_name,
    serviceUnit:
      survey.service_unit_id && survey.service_unit_name
        ? { id: survey.service_unit_id, name: survey.service_unit_name }
        : null,
    audience: survey.mode === 'public' || !audience.success ? null : audience.data,
    publicPath: survey.public_code ? publicPath(survey.public_code) : null,
    // Made absolute by the route, which knows PUBLIC_URL and the request (withPublicUrl).
    publicUrl: null as string | null,
    publicUrlConfigured: false,
    minGroupSize: survey.min_group_size,
    canManage: can(actor, 'survey.manage', resource),
    waveCount: waves.length,
    latestWave: waves[0] ? toWaveSummary(waves[0], wholeCounts, now) : null,
    waves: waves.map((w) => toWaveSummary(w, wholeCounts, now)),
    archivedAt: survey.archived_at === null ? null : iso(survey.archived_at),
  };
}

export function getSurvey(db: Db, actor: Actor, id: number, now: Date) {
  return withTenant(db, actor.tenantId, (tx) => surveyDetail(tx, actor, id, now));
}

export interface NewSurvey {
  instrumentId: number;
  title: string;
  mode: 'identified' | 'anonymous' | 'public';
  audience?: Audience | undefined;
  serviceUnitId: number | null;
  serviceName: string | null;
  minGroupSize?: number | undefined;
}

export async function createSurvey(
  db: Db,
  sources: AudienceSources,
  actor: Actor,
  input: NewSurvey,
  config: Pick<Config, 'surveyMinGroupSize'>,
  now: Date,
) {
  const minGroupSize = checkNewSurvey(input, config);
  return withTenant(db, actor.tenantId, async (tx) => {
    const id = await insertSurvey(tx, sources, actor, input, minGroupSize, now);
    return surveyDetail(tx, actor, id, now);
  });
}

/** The survey's k, once the input is whole: an audience unless public, a k of at least MIN_K. */
function checkNewSurvey(input: NewSurvey, config: Pick<Config, 'surveyMinGroupSize'>): number {
  if (input.mode !== 'public' && !input.audience) throw new ProblemError(400, 'survey.audienceRequired');
  const minGroupSize = input.minGroupSize ?? config.surveyMinGroupSize;
  // Refused, never raised silently: the contract and the configuration refuse it too.
  if (!Number.isInteger(minGroupSize) || minGroupSize < MIN_K) {
    throw new ProblemError(400, 'survey.minGroupSizeTooSmall', { min: MIN_K, value: minGroupSize });
  }
  return minGroupSize;
}

async function insertSurvey(
  tx: Tx,
  sources: AudienceSources,
  actor: Actor,
  input: NewSurvey,
  minGroupSize: number,
  now: Date,
): Promise<number> {
  await readableInstrument(tx, actor, input.instrumentId).catch(() => {
    throw new ProblemError(400, 'survey.unknownInstrument');
  });
  if (input.serviceUnitId !== null) await openUnitPath(tx, input.serviceUnitId, 'survey.unknownUnit', now);
  if (input.mode !== 'public' && input.audience?.kind === 'criteria') {
    for (const unitId of input.audience.unitIds) await openUnitPath(tx, unitId, 'survey.unknownUnit', now);
  }
  // A scoped admin's survey is its unit's, and asks only people inside it.
  await authoriseSurvey(tx, actor, { tenant_id: actor.tenantId, owner_unit_id: actor.scopeUnitId });
  const audience =
    input.mode !== 'public' && input.audience
      ? await sources.select(tx, actor, input.audience, 'body/audience/source')
      : undefined;
  await checkAudienceReach(tx, actor, { ...input, audience });
  const row = await repo.insertSurvey(tx, {
    tenantId: actor.tenantId,
    instrumentId: input.instrumentId,
    title: input.title,
    mode: input.mode,
    audience: input.mode === 'public' ? null : (input.audience ?? null),
    serviceUnitId: input.serviceUnitId,
    serviceName: input.serviceName,
    // 60 bits of randomness: public links cannot be guessed or enumerated.
    publicCode: input.mode === 'public' ? randomCode() : null,
    minGroupSize,
    accountId: actor.accountId,
    ownerUnitId: actor.scopeUnitId,
  });
  await publish(tx, actor.tenantId, {
    type: 'survey.created',
    actorAccountId: actor.accountId,
    payload: { surveyId: row.id, title: input.title, mode: input.mode, minGroupSize },
  });
  return row.id;
}

/**
 * A survey another feature sends in its own transaction (a program batch's reaction survey, when the
 * batch closes): created, given one wave taking answers from `now` until `closesAt`, its audience
 * invited and told, all with the caller's change or not at all. Refused (409) as any publication
 * when its audience holds nobody to ask.
 */
export async function sendSurvey(
  tx: Tx,
  sources: AudienceSources,
  actor: Actor,
  input: NewSurvey & { wave: { label: string; closesAt: Date } },
  config: Pick<Config, 'surveyMinGroupSize'>,
  now: Date,
): Promise<{ surveyId: number; waveId: number; invited: number }> {
  const minGroupSize = checkNewSurvey(input, config);
  if (input.wave.closesAt <= now) throw new ProblemError(400, 'survey.windowInvalid');
  const surveyId = await insertSurvey(tx, sources, actor, input, minGroupSize, now);
  const version = await instruments.latestVersion(tx, input.instrumentId);
  if (!version) throw notFound();
  const wave = await repo.insertWave(tx, {
    tenantId: actor.tenantId,
    surveyId,
    number: 1,
    label: input.wave.label,
    versionId: version.id,
    opensAt: now.toISOString(),
    closesAt: input.wave.closesAt.toISOString(),
    population: null,
  });
  await publish(tx, actor.tenantId, {
    type: 'survey.wave.created',
    actorAccountId: actor.accountId,
    payload: { waveId: wave.id, surveyId, number: 1, label: input.wave.label },
  });
  const invited = await publishWave(tx, sources, actor, wave.id, now);
  return { surveyId, waveId: wave.id, invited };
}

function randomCode(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  return [...randomBytes(12)].map((b) => alphabet[b % alphabet.length]).join('');
}

export async function previewAudience(db: Db, sources: AudienceSources, actor: Actor, audience: Audience) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const selection = await sources.select(tx, actor, audience, 'body/source');
    await checkAudienceReach(tx, actor, { mode: 'identified', audience: selection, serviceUnitId: null });
    return { count: await repo.countAudience(tx, selection) };
  });
}

export async function createWave(
  db: Db,
  schedules: Scheduler,
  actor: Actor,
  surveyId: number,
  input: {
    label: string;
    opensAt: string;
    closesAt: string;
    population: number | null;
    reminderAt?: string | null;
  },
  now: Date,
) {
  const [opensAt, closesAt] = [new Date(input.opensAt), new Date(input.closesAt)];
  if (closesAt <= opensAt) throw new ProblemError(400, 'survey.windowInvalid');
  const reminderAt = input.reminderAt ? new Date(input.reminderAt) : null;
  if (reminderAt && (reminderAt <= opensAt || reminderAt >= closesAt || reminderAt <= now)) {
    throw new ProblemError(400, 'survey.reminderOutsideWindow');
  }
  return withTenant(db, actor.tenantId, async (tx) => {
    // Locked first: an archive running meanwhile is either seen here or waits for this wave.
    await repo.lockSurvey(tx, surveyId);
    const survey = await repo.findSurvey(tx, surveyId);
    if (!survey) throw notFound();
    await authoriseSurvey(tx, actor, survey);
    if (survey.archived_at !== null) throw new ProblemError(409, 'survey.archived');
    const version = await instruments.latestVersion(tx, survey.instrument_id);
    if (!version) throw notFound();
    const number = await repo.nextWaveNumber(tx, surveyId);
    const wave = await repo.insertWave(tx, {
      tenantId: actor.tenantId,
      surveyId,
      number,
      label: input.label,
      versionId: version.id,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      population: input.population,
    });
    if (reminderAt) {
      if (survey.mode === 'public') throw new ProblemError(400, 'survey.publicNoReminders');
      await scheduleWaveReminder(tx, schedules, actor.tenantId, wave.id, reminderAt);
    }
    await publish(tx, actor.tenantId, {
      type: 'survey.wave.created',
      actorAccountId: actor.accountId,
      payload: { waveId: wave.id, surveyId, number, label: input.label },
    });
    return surveyDetail(tx, actor, surveyId, now);
  });
}

async function waveForChange(tx: Tx, actor: Actor, waveId: number) {
  const locked = await repo.lockWave(tx, waveId);
  const wave = locked ? await repo.findWave(tx, waveId) : undefined;
  if (!wave) throw notFound();
  await authoriseSurvey(tx, actor, wave);
  return wave;
}

/**
 * Publishes a draft wave: pins the instrument's latest version (frozen from now on) and fixes the
 * audience as invitations. Invitees with an account are told at once when the window is open now;
 * a scheduled wave is announced when its window opens (survey-schedules.ts), so nobody is sent
 * to a form that does not take answers yet. A source's people are read now, so the source
 * authorises the actor publishing, as it did the one creating the survey.
 */
export async function openWave(db: Db, sources: AudienceSources, actor: Actor, waveId: number, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    await publishWave(tx, sources, actor, waveId, now);
    const wave = (await repo.findWave(tx, waveId))!;
    return surveyDetail(tx, actor, wave.survey_id, now);
  }).finally(() => publicWaves.forget());
}

/** openWave's work in the caller's transaction: how many were invited. */
async function publishWave(tx: Tx, sources: AudienceSources, actor: Actor, waveId: number, now: Date) {
  // The survey first (as archiving does), so an archive and a publication never cross.
  const found = await repo.findWave(tx, waveId);
  if (found) await repo.lockSurvey(tx, found.survey_id);
  const wave = await waveForChange(tx, actor, waveId);
  if (wave.status !== 'draft') throw new ProblemError(409, 'survey.notDraft');
  if (wave.archived_at !== null) throw new ProblemError(409, 'survey.archived');
  const version = await instruments.latestVersion(tx, wave.instrument_id);
  if (!version) throw notFound();
  let invited = 0;
  if (wave.mode !== 'public') {
    const audience = await sources.select(tx, actor, Audience.parse(wave.audience), null);
    invited = await repo.inviteAudience(tx, actor.tenantId, waveId, audience);
    if (invited === 0) throw new ProblemError(409, 'survey.audienceEmpty');
  }
  const announced = announcesOnPublish({ opensAt: wave.opens_at, closesAt: wave.closes_at }, now);
  // A public wave has nobody to tell: it counts as announced.
  await repo.setWaveOpen(tx, waveId, version.id, invited, announced || wave.mode === 'public');
  await publish(tx, actor.tenantId, {
    type: 'survey.wave.opened',
    actorAccountId: actor.accountId,
    payload: { waveId, invited, instrumentVersion: version.version, announced },
  });
  if (wave.mode !== 'public' && announced) await announceWave(tx, actor.tenantId, wave, actor.accountId);
  return invited;
}

/**
 * Ends a wave now: a last full batch (k or more) is released, fewer than k still waiting are
 * withheld for good (adding them would let anyone read them off the difference).
 */
export async function closeWave(db: Db, actor: Actor, waveId: number, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const wave = await waveForChange(tx, actor, waveId);
    if (wave.status === 'draft') throw new ProblemError(409, 'survey.notOpen');
    await finalizeWave(tx, waveId, true);
    await publish(tx, actor.tenantId, {
      type: 'survey.wave.closed',
      actorAccountId: actor.accountId,
      payload: { waveId },
    });
    return surveyDetail(tx, actor, wave.survey_id, now);
  }).finally(() => publicWaves.forget());
}

/**
 * Archives a survey: out of the default list, no new waves, results kept and readable. Only when
 * none of its published waves is still running (open or scheduled): close them first. A wave
 * whose window has passed is finalised on the way (its last answers withheld as at any close).
 */
export async function archiveSurvey(db: Db, actor: Actor, surveyId: number, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const survey = await lockedSurvey(tx, actor, surveyId);
    if (survey.archived_at !== null) throw new ProblemError(409, 'survey.alreadyArchived');
    const waves = await repo.listWaves(tx, [surveyId]);
    const windows = waves.map((w) => ({ status: w.status, opensAt: w.opens_at, closesAt: w.closes_at }));
    if (archiveBlocker(windows, now)) throw new ProblemError(409, 'survey.archiveBlocked');
    for (const wave of waves) {
      if (wave.status === 'open') await finalizeWave(tx, wave.id, false);
    }
    await repo.setArchived(tx, surveyId, actor.accountId);
    await publish(tx, actor.tenantId, {
      type: 'survey.archived',
      actorAccountId: actor.accountId,
      payload: { surveyId, title: survey.title },
    });
    return surveyDetail(tx, actor, surveyId, now);
  });
}

/** Brings an archived survey back into use (the default list, new waves). */
export async function restoreSurvey(db: Db, actor: Actor, surveyId: number, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const survey = await lockedSurvey(tx, actor, surveyId);
    if (survey.archived_at === null) throw new ProblemError(409, 'survey.notArchived');
    await repo.setArchived(tx, surveyId, null);
    await publish(tx, actor.tenantId, {
      type: 'survey.restored',
      actorAccountId: actor.accountId,
      payload: { surveyId, title: survey.title },
    });
    return surveyDetail(tx, actor, surveyId, now);
  });
}

/**
 * Tells a wave's invitees that it takes answers (the bell, from the outbox): at publication when
 * its window is open, else when it opens (invitation-ticker.ts).
 */
export async function announceWave(
  tx: Tx,
  tenantId: number,
  wave: { id: number; title: string },
  actorAccountId: number | null,
) {
  const accounts = await repo.inviteeAccounts(tx, wave.id);
  await publish(tx, tenantId, {
    type: 'survey.wave.announced',
    actorAccountId,
    payload: { waveId: wave.id, title: wave.title, accountIds: accounts.map((a) => a.account_id) },
  });
}

/** The survey, locked against a concurrent wave change or archive, for an admin who manages it. */
async function lockedSurvey(tx: Tx, actor: Actor, surveyId: number) {
  await repo.lockSurvey(tx, surveyId);
  const survey = await repo.findSurvey(tx, surveyId);
  if (!survey) throw notFound();
  await authoriseSurvey(tx, actor, survey);
  return survey;
}
