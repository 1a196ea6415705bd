import type { Actor } from '@jenjang/domain/shared/access';
import { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import { type Db, withTenant } from '../db/database';
import * as attendance from '../features/programs/attendance.service';
import { programEvaluation } from '../features/programs/evaluation.service';
import { recordLearningTest } from '../features/programs/learning-test.service';
import { getProgram } from '../features/programs/program.service';
import { programBatchAudience } from '../features/programs/program-audience';
import type { ReactionSurveys } from '../features/programs/reaction-survey';
import { AudienceSources } from '../features/surveys/audiences/audience-sources';
import { getInstrument } from '../features/surveys/instruments/instrument.service';
import * as responses from '../features/surveys/responses/response.repository';
import { closeWave, getSurvey } from '../features/surveys/surveys/survey.service';
import { type AnswerBias, synthesizeAnswers } from './demo-answers';
import { type Random, seededRandom } from './demo-people';
import { dayOf } from './demo-surveys';
import { REMARK_OPENINGS, recipe } from './stories/free-text';

// A past batch's evaluation (Kirkpatrick levels 1–2) as it went: the trainer enters each
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
  sources: new AudienceSources([programBatchAudience]),
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

/** Most invitees answer the reaction survey within its window (at least k of them); then it closes. */
async function answerReaction(
  db: Db,
  admin: Actor,
  program: { id: number; title: string },
  batch: { id: number; name: string },
  random: Random,
  lastDay: Date,
) {
  const evaluation = await programEvaluation(db, admin, program.id, DEMO_REACTION_SURVEYS.config);
  const surveyId = evaluation.batches.find((b) => b.id === batch.id)?.reactionSurveyId;
  if (!surveyId) return;
  const survey = await getSurvey(db, admin, surveyId, lastDay);
  const wave = survey.waves[0]!;
  const definition = InstrumentDefinition.parse(
    (await getInstrument(db, admin, survey.instrumentId)).version.definition,
  );
  const bias = biasOf(program.title, batch.name);
  await withTenant(db, admin.tenantId, async (tx) => {
    const invited = await responses.invitationsOf(tx, wave.id);
    // Asked on the last day, nearly everyone answers; a small batch's trainer makes sure k do.
    const answering = invited.map(() => random() < 0.85);
    for (let i = 0; answering.filter(Boolean).length < Math.min(MIN_GROUP_SIZE, invited.length); i++) {
      answering[i] = true;
    }
    const respondents = invited.filter((_, i) => answering[i]);
    // Anonymous answers keep no day of their own, only their batch's (migration 0011).
    const answeredOn = dayOf(new Date(lastDay.getTime() + 3 * DAY));
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
) {
  // A stream of the batch's own, apart from its attendance's (seededRandom(batchId)).
  const random = seededRandom(1_000_003 + batchId * 7919);
  await enterTests(db, admin, { programId, batchId }, random, lastDay);
  const closed = await attendance.closeBatch(db, DEMO_REACTION_SURVEYS, admin, programId, batchId, lastDay);
  const { title } = await getProgram(db, admin, programId, 'id');
  await answerReaction(
    db,
    admin,
    { id: programId, title },
    { id: batchId, name: closed.name },
    random,
    lastDay,
  );
}
