import { createHash, randomBytes } from 'node:crypto';
import { type Actor, can } from '@jenjang/domain/shared/access';
import { DEFAULT_TIME_ZONE, isTimeZone } from '@jenjang/domain/shared/time-zone';
import type { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import { localized, questionsOf } from '@jenjang/domain/surveys/instrument.rules';
import { type AnswerIssue, validateAnswers } from '@jenjang/domain/surveys/survey-response.rules';
import { isAccepting, waveState } from '@jenjang/domain/surveys/survey-wave.rules';
import { type Db, type Tx, withTenant } from '../../../db/database';
import { notFound, ProblemError } from '../../../http/problem';
import type { Locale } from '../../../i18n/translate';
import { parseDefinition } from '../instruments/instrument.service';
import { findAnsweringWave } from '../surveys/survey.repository';
import { publicWaves } from './public-wave-lookup';
import * as repo from './response.repository';

type Wave = NonNullable<Awaited<ReturnType<typeof findAnsweringWave>>>;

const sha256 = (value: string) => createHash('sha256').update(value).digest();
const accepting = (wave: Wave, now: Date) =>
  isAccepting({ status: wave.status, opensAt: wave.opens_at, closesAt: wave.closes_at }, now);

/**
 * Parsed definitions by version id. A wave takes answers only once published, and publishing
 * freezes its version (edits make a new one), so an entry never goes stale.
 */
const definitions = new Map<number, InstrumentDefinition>();
const DEFINITIONS_KEPT = 500;

/** The questions of a version that is frozen (a published wave's): read once, then from memory. */
async function frozenDefinition(tx: Tx, versionId: number) {
  const cached = definitions.get(versionId);
  if (cached) return cached;
  const definition = parseDefinition((await repo.findVersionDefinition(tx, versionId)).definition);
  if (definitions.size >= DEFINITIONS_KEPT) definitions.delete(definitions.keys().next().value as number);
  definitions.set(versionId, definition);
  return definition;
}

/** A draft's version can still change, so only published waves' questions come from memory. */
async function definitionOf(tx: Tx, wave: Wave) {
  if (wave.status !== 'draft') return frozenDefinition(tx, wave.instrument_version_id);
  return parseDefinition((await repo.findVersionDefinition(tx, wave.instrument_version_id)).definition);
}

/** Rejects a response that breaks the instrument, naming each question in the reader's language. */
function checkedAnswers(definition: InstrumentDefinition, raw: unknown, locale: Locale) {
  const check = validateAnswers(definition, raw);
  if (check.ok) return check.answers;
  const texts = new Map(questionsOf(definition).map((q) => [q.key, localized(q.text, locale)]));
  const field = (issue: AnswerIssue) => ({
    path: issue.path ? `answers.${issue.path}` : 'answers',
    key: issue.code,
    params: { ...issue.params, question: texts.get(issue.path.split('.')[0] ?? '') ?? issue.path },
  });
  throw new ProblemError(
    400,
    'survey.answersInvalid',
    { count: check.issues.length },
    check.issues.map(field),
  );
}

function form(
  wave: Wave,
  definition: InstrumentDefinition,
  tenantName: string,
  responded: boolean,
  now: Date,
) {
  const state = waveState({ status: wave.status, opensAt: wave.opens_at, closesAt: wave.closes_at }, now);
  return {
    waveId: wave.id,
    title: wave.title,
    label: wave.label,
    mode: wave.mode,
    serviceName: wave.service_name,
    tenantName,
    // A scheduled wave's form says when it opens, on the government's clock.
    timeZone: isTimeZone(wave.time_zone) ? wave.time_zone : DEFAULT_TIME_ZONE,
    opensAt: new Date(wave.opens_at).toISOString(),
    closesAt: new Date(wave.closes_at).toISOString(),
    state: state === 'draft' ? ('closed' as const) : state,
    open: accepting(wave, now),
    responded,
    definition,
  };
}

export async function listMySurveys(db: Db, actor: Actor, now: Date) {
  if (actor.employeeId === null) return { items: [] };
  const employeeId = actor.employeeId;
  return withTenant(db, actor.tenantId, async (tx) => ({
    items: (await repo.listMyWaves(tx, employeeId))
      .filter((w) => new Date(w.opens_at) <= now)
      .map((w) => ({
        waveId: w.id,
        title: w.title,
        label: w.label,
        mode: w.mode,
        closesAt: new Date(w.closes_at).toISOString(),
        responded: w.responded,
      })),
  }));
}

/** The wave an invited employee is to answer; anyone else finds nothing there. */
async function invitedWave(tx: Tx, actor: Actor, waveId: number) {
  const wave = await findAnsweringWave(tx, waveId);
  if (!wave || actor.employeeId === null || wave.mode === 'public') throw notFound();
  if (!can(actor, 'survey.respond', { tenantId: wave.tenant_id, employeeId: actor.employeeId }))
    throw notFound();
  const invitation = await repo.findInvitation(tx, waveId, actor.employeeId);
  if (!invitation || wave.status === 'draft') throw notFound();
  return { wave, invitation, employeeId: actor.employeeId };
}

export async function getWaveForm(db: Db, actor: Actor, waveId: number, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const { wave, invitation } = await invitedWave(tx, actor, waveId);
    return form(
      wave,
      await definitionOf(tx, wave),
      await repo.tenantName(tx, actor.tenantId),
      invitation.responded,
      now,
    );
  });
}

function assertOpen(wave: Wave, now: Date) {
  if (!accepting(wave, now)) throw new ProblemError(409, 'survey.closed');
}

/** Refuses what an answering function turned down (the same checks, made where the rows are). */
function assertStored(outcome: string) {
  if (outcome === 'closed') throw new ProblemError(409, 'survey.closed');
  // Two tabs sending at once: the second finds the invitation already marked.
  if (outcome === 'duplicate') throw new ProblemError(409, 'survey.alreadyAnswered');
  if (outcome === 'used') throw new ProblemError(409, 'survey.ballotUsed');
}

/**
 * An identified wave: the response is stored with the employee, once. Like every answer it waits
 * in the wave's inbox and reaches the results with a batch of at least k (migration 0011).
 */
export async function submitIdentified(
  db: Db,
  actor: Actor,
  waveId: number,
  raw: unknown,
  locale: Locale,
  now: Date,
) {
  await withTenant(db, actor.tenantId, async (tx) => {
    const { wave, invitation, employeeId } = await invitedWave(tx, actor, waveId);
    if (wave.mode !== 'identified') throw new ProblemError(409, 'survey.wrongMode');
    assertOpen(wave, now);
    if (invitation.responded) throw new ProblemError(409, 'survey.alreadyAnswered');
    const answers = checkedAnswers(await definitionOf(tx, wave), raw, locale);
    assertStored(await repo.submitIdentified(tx, { waveId, employeeId, answers }));
  });
  await repo.releaseBatch(db, actor.tenantId, waveId);
  return { accepted: true as const };
}

/**
 * Anonymous, step 1 (signed in): checks that the employee is invited and has not answered, marks
 * the invitation, and hands out a single-use token. Only the token's hash is stored, without any
 * reference to the employee; from here on the token alone is the right to answer once.
 */
export async function issueBallot(db: Db, actor: Actor, waveId: number, now: Date) {
  const token = randomBytes(32).toString('base64url');
  await withTenant(db, actor.tenantId, async (tx) => {
    const { wave, invitation, employeeId } = await invitedWave(tx, actor, waveId);
    if (wave.mode !== 'anonymous') throw new ProblemError(409, 'survey.wrongMode');
    assertOpen(wave, now);
    if (invitation.responded) throw new ProblemError(409, 'survey.alreadyAnswered');
    assertStored(await repo.issueBallot(tx, { waveId, employeeId, tokenHash: sha256(token) }));
  });
  return { token };
}

/**
 * Anonymous, step 2 (no session used): checks the answers against the ballot's wave, then burns the
 * ballot and puts the answers in the wave's inbox in one statement. Rejected answers leave the
 * ballot unburnt, so the respondent can correct them. The batch release runs in a transaction of
 * its own afterwards: no row the app role can read was written by this step.
 */
export async function submitAnonymous(db: Db, token: string, raw: unknown, locale: Locale, now: Date) {
  const tokenHash = sha256(token);
  const ballot = await repo.findBallot(db, tokenHash);
  if (!ballot) throw new ProblemError(409, 'survey.ballotUsed');
  const { tenant_id: tenantId, wave_id: waveId } = ballot;
  const answers = await withTenant(db, tenantId, async (tx) => {
    const wave = await findAnsweringWave(tx, waveId);
    if (!wave) throw notFound();
    assertOpen(wave, now);
    return checkedAnswers(await definitionOf(tx, wave), raw, locale);
  });
  assertStored(await repo.submitAnonymous(db, { tenantId, tokenHash, answers }));
  await repo.releaseBatch(db, tenantId, waveId);
  return { accepted: true as const };
}

/** A public survey's code, resolved to its tenant, survey and the wave it answers now. */
async function publicWave(
  db: Db,
  code: string,
): Promise<repo.PublicWave & { wave_id: number; instrument_version_id: number }> {
  const wave = await publicWaves.find(db, code);
  if (!wave) throw notFound();
  const { wave_id, instrument_version_id } = wave;
  if (wave_id === null || instrument_version_id === null) throw notFound();
  return { ...wave, wave_id, instrument_version_id };
}

export async function getPublicForm(db: Db, code: string, now: Date) {
  const { tenant_id: tenantId, wave_id: waveId } = await publicWave(db, code);
  return withTenant(db, tenantId, async (tx) => {
    const wave = await findAnsweringWave(tx, waveId);
    if (!wave) throw notFound();
    return form(wave, await definitionOf(tx, wave), await repo.tenantName(tx, tenantId), false, now);
  });
}

/**
 * A citizen's answer: validated against the wave's (frozen, cached) questions before any
 * transaction, then stored in one round trip that also claims the device and checks the window.
 * It waits for the wave's scheduled release (survey-schedules.ts), which nothing here triggers.
 */
export async function submitPublic(
  db: Db,
  code: string,
  input: {
    deviceToken: string;
    /** Where it came from (answer-source.ts): a public batch needs k distinct sources. */
    source: Buffer;
    answers: unknown;
    honeypot: string | undefined;
    locale: Locale;
  },
) {
  if (input.honeypot) throw new ProblemError(400, 'survey.rejected');
  const wave = await publicWave(db, code);
  const definition =
    definitions.get(wave.instrument_version_id) ??
    (await withTenant(db, wave.tenant_id, (tx) => frozenDefinition(tx, wave.instrument_version_id)));
  const answers = checkedAnswers(definition, input.answers, input.locale);
  assertStored(
    await repo.submitPublic(db, {
      tenantId: wave.tenant_id,
      waveId: wave.wave_id,
      deviceHash: sha256(input.deviceToken),
      source: input.source,
      answers,
    }),
  );
  return { accepted: true as const };
}
