import {
  FOLLOW_UP_REMINDER_DAYS,
  FOLLOW_UP_WAVE_DAYS,
  followUpDay,
} from '@jenjang/domain/programs/follow-up.rules';
import type { Actor } from '@jenjang/domain/shared/access';
import { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import { trainingBehaviourDefinition } from '@jenjang/domain/surveys/survey-templates/training-behaviour.template';
import { z } from 'zod';
import { type Tx, withTenant } from '../../db/database';
import { translate } from '../../i18n/translate';
import type { Scheduler } from '../../platform/jobs/schedule';
import { agencyActor } from '../accounts/account.service';
import { standardInstrument } from '../surveys/instruments/instrument.service';
import { scheduleWaveReminder, sendSurvey } from '../surveys/surveys/survey.service';
import * as evaluations from './evaluation.repository';
import { programBatchAudience, programBatchSupervisorsAudience } from './program-audience';
import type { ReactionSurveys } from './reaction-survey';

// A batch's behaviour follow-up (Kirkpatrick level 3): when the agency closes a batch, the task is
// set for `follow_up_months` later (the program's evaluation plan, 3 by default) on the government's
// clock; when it falls due, two surveys go out through the surveys' own services — the standard
// behaviour questionnaire to the batch's alumni, and its supervisors' version to their direct
// supervisors — each open three weeks, those who have not answered reminded after one. Anonymous,
// under the surveys' k: the answers judge the training, not the person. Only those invited answer.

export const BEHAVIOUR_FOLLOW_UP = 'program.behaviourFollowUp';
const DAY = 86_400_000;
const keyOf = (batchId: number) => `program-follow-up:${batchId}`;
const line = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export function registerFollowUpSchedules(schedules: Scheduler, surveys: ReactionSurveys): void {
  schedules.define(
    BEHAVIOUR_FOLLOW_UP,
    z.object({ batchId: z.number().int(), accountId: z.number().int() }),
    ({ db, tenantId, input, clock }) =>
      withTenant(db, tenantId, async (tx) => {
        const actor = await agencyActor(tx, tenantId, input.accountId);
        if (!actor) return;
        await sendFollowUp(tx, { ...surveys, schedules }, actor, input.batchId, clock.now());
      }),
  );
}

/** Sets a closing batch's follow-up `months` after its last day (none when the plan has none). */
export async function scheduleFollowUp(
  tx: Tx,
  schedules: Scheduler,
  tenantId: number,
  batch: { id: number; endsOn: string },
  months: number | null,
  accountId: number,
) {
  if (months === null) {
    await schedules.cancel(tx, keyOf(batch.id));
    await evaluations.setFollowUpDue(tx, batch.id, null);
    return;
  }
  const due = followUpDay(batch.endsOn, months);
  await schedules.at(tx, tenantId, {
    key: keyOf(batch.id),
    kind: BEHAVIOUR_FOLLOW_UP,
    input: { batchId: batch.id, accountId },
    local: `${due}T08:00`,
  });
  await evaluations.setFollowUpDue(tx, batch.id, due);
}

/**
 * Sends a closed batch's follow-up now: the alumni's survey and, when they have any, their
 * supervisors'; records both on the batch. Nothing when it was sent already or the batch is gone.
 */
export async function sendFollowUp(
  tx: Tx,
  /** With schedules, those not answering are reminded a week in; without (a demo's past), not. */
  surveys: ReactionSurveys,
  actor: Actor,
  batchId: number,
  now: Date,
): Promise<{ alumni: number; supervisors: number | null } | null> {
  const batch = await evaluations.followUpBatch(tx, batchId);
  if (!batch?.closed || batch.alumniSurveyId !== null) return null;
  if (!(await evaluations.hasActiveParticipant(tx, batchId))) return null;
  const closesAt = new Date(now.getTime() + FOLLOW_UP_WAVE_DAYS * DAY);
  const send = async (who: 'alumni' | 'supervisor', source: string) => {
    const definition = InstrumentDefinition.parse(trainingBehaviourDefinition(who));
    const instrumentId = await standardInstrument(tx, actor, `program-behaviour-${who}`, definition);
    const sent = await sendSurvey(
      tx,
      surveys.sources,
      actor,
      {
        instrumentId,
        title: line(
          translate('id', `program.followUpTitle.${who}`, { title: batch.title, batch: batch.name }),
          200,
        ),
        mode: 'anonymous',
        audience: { kind: 'source', source, id: batchId },
        serviceUnitId: null,
        serviceName: null,
        wave: { label: line(batch.name, 100), closesAt },
      },
      surveys.config,
      now,
    );
    if (surveys.schedules) {
      const remindAt = new Date(now.getTime() + FOLLOW_UP_REMINDER_DAYS * DAY);
      await scheduleWaveReminder(tx, surveys.schedules, actor.tenantId, sent.waveId, remindAt);
    }
    return sent;
  };
  const alumni = await send('alumni', programBatchAudience.name);
  const supervisors = (await evaluations.hasSupervisor(tx, batchId))
    ? await send('supervisor', programBatchSupervisorsAudience.name)
    : null;
  await evaluations.setFollowUpSurveys(tx, batchId, alumni.surveyId, supervisors?.surveyId ?? null);
  return { alumni: alumni.surveyId, supervisors: supervisors?.surveyId ?? null };
}
