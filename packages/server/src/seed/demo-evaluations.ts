import type { Actor } from '@jenjang/domain/shared/access';
import { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import { type Db, withTenant } from '../db/database';
import * as attendance from '../features/programs/attendance.service';
import { programEvaluation } from '../features/programs/evaluation.service';
import { registerFollowUpSchedules, sendFollowUp } from '../features/programs/follow-up';
import { recordLearningTest } from '../features/programs/learning-test.service';
import { getProgram } from '../features/programs/program.service';
import { programBatchAudience, programBatchSupervisorsAudience } from '../features/programs/program-audience';
import type { ReactionSurveys } from '../features/programs/reaction-survey';
import { AudienceSources } from '../features/surveys/audiences/audience-sources';
import { getInstrument } from '../features/surveys/instruments/instrument.service';
import * as responses from '../features/surveys/responses/response.repository';
import { closeWave, getSurvey } from '../features/surveys/surveys/survey.service';
import { systemClock } from '../platform/clock';
import { Scheduler } from '../platform/jobs/schedule';
import { type AnswerBias, synthesizeAnswers } from './demo-answers';
import { type Random, seededRandom } from './demo-people';
import { dayOf } from './demo-surveys';
import { REMARK_OPENINGS, recipe } from './stories/free-text';

// A past batch's evaluation (Kirkpatrick levels 1–3) as it went: the trainer enters each
// participant's pre- and post-test before the batch closes; closing sends the reaction survey
// (reaction-survey.ts); most participants answer it in its window, and it closes. Answers are the
// demo's one shortcut, as for every demo survey (demo-surveys.ts): synthetic anonymous responses
// inserted in bulk. Each batch draws from a stream of its own, apart from the one holdBatch draws
// attendance from, so the rest of the demo draws what it drew before.

/** The demo's k, as its other surveys (demo-surveys.ts). */
const MIN_GROUP_SIZE = 5;
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** What the demo's closings send the reaction survey with: the programs' own audience, the demo's k. */
export const DEMO_REACTION_SURVEYS: ReactionSurveys = {
  sources: new AudienceSources([programBatchAudience, programBatchSupervisorsAudience]),
  config: { surveyMinGroupSize: MIN_GROUP_SIZE },
};

const comments = recipe([
  {
    weight: 3,
    cores: [
      'materinya langsung bisa dipakai di kantor',
      'narasumbernya menguasai materi dan contohnya nyata',
      'diskusi lintas OPD membuka wawasan',
    ],
    openings: REMARK_OPENINGS,
    endings: ['.', '.', ', terima kasih.'],
  },
  {
    weight: 2,
    cores: [
      'waktu praktik ditambah',
      'bahan ajar dibagikan sebelum kegiatan',
      'studi kasus diambil dari OPD peserta sendiri',
    ],
  },
]);

/** How a batch's participants rate it: most batches well; some as their story tells. */
interface BatchStory {
  program: RegExp;
  batch: string;
  bias: AnswerBias;
}

const STORIES: readonly BatchStory[] = [
  // Jakarta: the supervisors' first class found the materials too general; the curriculum was revised.
  {
    program: /Kepemimpinan Pengawas/,
    batch: 'Angkatan I',
    bias: { level: 0.68, means: { materials: 2.9, relevance: 3.1 } },
  },
];

const DEFAULT_BIAS: AnswerBias = { level: 0.78 };

function biasOf(program: string, batch: string): AnswerBias {
  const story = STORIES.find((s) => s.program.test(program) && s.batch === batch);
  return { ...(story?.bias ?? DEFAULT_BIAS), texts: { comment: { share: 0.35, recipe: comments } } };
}

/** A test score near `mean`, whole points within 0–100. */
function scoreNear(random: Random, mean: number, spread: number): number {
  const noise = (random() + random() + random() - 1.5) * spread;
  return Math.min(100, Math.max(0, Math.round(mean + noise)));
}

/** Every participant's pre- and post-test, entered before the batch closes. */
async function enterTests(
  db: Db,
  admin: Actor,
  ids: { programId: number; batchId: number },
  random: Random,
  lastDay: Date,
) {
  const roster = await attendance.roster(db, admin, ids.programId, ids.batchId, lastDay);
  for (const person of roster.participants) {
    const pre = scoreNear(random, 55, 25);
    const post = scoreNear(random, pre + (100 - pre) * 0.45, 16);
    await recordLearningTest(
      db,
      admin,
      ids.programId,
      ids.batchId,
      { applicationId: person.applicationId, preTestScore: pre, postTestScore: post },
      lastDay,
    );
  }
}

/**
 * Most invitees answer a survey of the batch within its window (at least k of them, where there are
 * k), `days` after it opened; then it closes.
 */
async function answerSurvey(
  db: Db,
  admin: Actor,
  surveyId: number,
  bias: AnswerBias,
  random: Random,
  opened: Date,
  days = 3,
) {
  const survey = await getSurvey(db, admin, surveyId, opened);
  const wave = survey.waves[0]!;
  const definition = InstrumentDefinition.parse(
    (await getInstrument(db, admin, survey.instrumentId)).version.definition,
  );
  await withTenant(db, admin.tenantId, async (tx) => {
    const invited = await responses.invitationsOf(tx, wave.id);
    // Asked on the last day, nearly everyone answers; a small batch's trainer makes sure k do.
    const answering = invited.map(() => random() < 0.85);
    for (let i = 0; answering.filter(Boolean).length < Math.min(MIN_GROUP_SIZE, invited.length); i++) {
      answering[i] = true;
    }
    const respondents = invited.filter((_, i) => answering[i]);
    // Anonymous answers keep no day of their own, only their batch's (migration 0011).
    const answeredOn = dayOf(new Date(opened.getTime() + days * DAY));
    await responses.insertSyntheticResponses(
      tx,
      respondents.map((r) => ({
        tenant_id: admin.tenantId,
        wave_id: wave.id,
        employee_id: null,
        unit_id: r.unit_id,
        answered_on: answeredOn,
        answers: JSON.stringify(synthesizeAnswers(definition, random, bias)),
      })),
    );
    await responses.markResponded(
      tx,
      wave.id,
      respondents.map((r) => r.employee_id),
    );
  });
  await closeWave(db, admin, wave.id, new Date(new Date(wave.closesAt).getTime() + HOUR));
}

/**
 * Closes a past batch with its evaluation: the learning tests entered, the batch closed (which sends
 * its reaction survey), the survey answered and closed. Called by demo-programs.ts holdBatch.
 */
export async function closeWithEvaluation(
  db: Db,
  admin: Actor,
  programId: number,
  batchId: number,
  lastDay: Date,
  today: Date,
) {
  // A stream of the batch's own, apart from its attendance's (seededRandom(batchId)).
  const random = seededRandom(1_000_003 + batchId * 7919);
  await enterTests(db, admin, { programId, batchId }, random, lastDay);
  // Closing sets the follow-up for the server's scheduler; one already due is sent below, as it was.
  const schedules = new Scheduler(db, systemClock, undefined);
  registerFollowUpSchedules(schedules, DEMO_REACTION_SURVEYS);
  const closed = await attendance.closeBatch(
    db,
    { ...DEMO_REACTION_SURVEYS, schedules },
    admin,
    programId,
    batchId,
    lastDay,
  );
  const { title } = await getProgram(db, admin, programId, 'id');
  const evaluation = await programEvaluation(db, admin, programId, DEMO_REACTION_SURVEYS.config);
  const batch = evaluation.batches.find((b) => b.id === batchId)!;
  if (batch.reactionSurveyId) {
    await answerSurvey(db, admin, batch.reactionSurveyId, biasOf(title, closed.name), random, lastDay);
  }
  const due = batch.behaviour.dueOn;
  if (due === null || new Date(`${due}T01:00:00Z`) > today) return;
  // Three months on: the alumni and their supervisors asked how the training is applied.
  const sentOn = new Date(`${due}T01:00:00Z`);
  const sent = await withTenant(db, admin.tenantId, (tx) =>
    sendFollowUp(tx, DEMO_REACTION_SURVEYS, admin, batchId, sentOn),
  );
  if (!sent) return;
  const behaviour = behaviourOf(title, closed.name);
  await answerSurvey(db, admin, sent.alumni, behaviour.alumni, random, sentOn, 6);
  if (sent.supervisors !== null) {
    await answerSurvey(db, admin, sent.supervisors, behaviour.supervisors, random, sentOn, 9);
  }
}

/** How a batch's alumni and supervisors judge its application months later: as its story tells. */
interface BehaviourStory {
  program: RegExp;
  batch?: string;
  alumni: number;
  supervisors: number;
}

const BEHAVIOUR: readonly BehaviourStory[] = [
  // Jakarta: the supervisors' first class applied little of a curriculum judged irrelevant.
  { program: /Kepemimpinan Pengawas/, batch: 'Angkatan I', alumni: 0.52, supervisors: 0.48 },
  { program: /Kepemimpinan Pengawas/, alumni: 0.8, supervisors: 0.76 },
  // Belawan: alumni apply the IT training, held back by missing devices more than by will.
  { program: /Teknologi Informasi/, alumni: 0.72, supervisors: 0.68 },
];

function behaviourOf(program: string, batch: string) {
  const story = BEHAVIOUR.find(
    (s) => s.program.test(program) && (s.batch === undefined || s.batch === batch),
  );
  return {
    alumni: { level: story?.alumni ?? 0.7 },
    supervisors: { level: story?.supervisors ?? 0.66 },
  } satisfies Record<string, AnswerBias>;
}
