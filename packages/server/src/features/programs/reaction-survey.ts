import {
  REACTION_INSTRUMENT_KEY,
  REACTION_SURVEY_DAYS,
  reactionInstrumentDefinition,
} from '@jenjang/domain/programs/reaction-instrument';
import type { Actor } from '@jenjang/domain/shared/access';
import { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import type { Config } from '../../config';
import type { Tx } from '../../db/database';
import { translate } from '../../i18n/translate';
import type { Scheduler } from '../../platform/jobs/schedule';
import type { AudienceSources } from '../surveys/audiences/audience-sources';
import { standardInstrument } from '../surveys/instruments/instrument.service';
import { sendSurvey } from '../surveys/surveys/survey.service';
import * as evaluations from './evaluation.repository';
import { programBatchAudience } from './program-audience';

// A batch's reaction survey (Kirkpatrick level 1), sent when the agency closes the batch, in the
// close's own transaction: the batch closes with its survey sent, or neither happens — no half-made
// survey, and no closed batch that never asked. It is the surveys' own: made through their services
// (the government's standard questionnaire on first use, an anonymous survey of `program.batch`, one
// wave open from now), so the surveys' rules hold — k, anonymity, invitations and their bell.
// Not an outbox subscriber: the surveys authorise the admin who closes, apply the deployment's k and
// resolve the audience through the app's sources, none of which a subscriber has.

const DAY = 86_400_000;

/** What sending a reaction survey needs from the app. */
export interface ReactionSurveys {
  sources: AudienceSources;
  config: Pick<Config, 'surveyMinGroupSize'>;
  /** Where the batch's behaviour follow-up is set (follow-up.ts); absent: none (a demo's past). */
  schedules?: Scheduler;
}

const line = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * Sends the closing batch's reaction survey to exactly its participants (the employees holding its
 * seats, active ones invited), open for REACTION_SURVEY_DAYS; records it on the batch. Null when the
 * batch has nobody to ask (every participant gone from the registry).
 */
export async function sendReactionSurvey(
  tx: Tx,
  surveys: ReactionSurveys,
  actor: Actor,
  program: { title: string },
  batch: { id: number; name: string },
  now: Date,
): Promise<number | null> {
  if (!(await evaluations.hasActiveParticipant(tx, batch.id))) return null;
  const definition = InstrumentDefinition.parse(reactionInstrumentDefinition());
  const instrumentId = await standardInstrument(tx, actor, REACTION_INSTRUMENT_KEY, definition);
  const { surveyId } = await sendSurvey(
    tx,
    surveys.sources,
    actor,
    {
      instrumentId,
      // Stored once, in the government's language (Indonesian): the survey lists show it as it is.
      title: line(
        translate('id', 'program.reactionSurveyTitle', { title: program.title, batch: batch.name }),
        200,
      ),
      mode: 'anonymous',
      audience: { kind: 'source', source: programBatchAudience.name, id: batch.id },
      serviceUnitId: null,
      serviceName: null,
      wave: { label: line(batch.name, 100), closesAt: new Date(now.getTime() + REACTION_SURVEY_DAYS * DAY) },
    },
    surveys.config,
    now,
  );
  await evaluations.setReactionSurvey(tx, batch.id, surveyId);
  return surveyId;
}
