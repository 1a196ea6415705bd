import { ProgramBody } from '@jenjang/domain/programs/program.contract';
import type { Actor } from '@jenjang/domain/shared/access';
import { type Db, withTenant } from '../db/database';
import { listCompetencies } from '../features/competencies/competency.service';
import { competencyStanding } from '../features/competencies/gap.repository';
import { listPolicies } from '../features/policies/policy.service';
import * as mentoring from '../features/programs/mentoring.service';
import * as programs from '../features/programs/program.service';
import type { Clock } from '../platform/clock';
import { recordDemoCurriculum } from './demo-curricula';
import { pick, type Random, seededRandom } from './demo-people';
import { programPaths } from './demo-programs';
import { dayOf, demoActor } from './demo-surveys';
import { storyOf } from './stories/demo-stories';
import type { DemoMentoring } from './stories/story';

// A story's mentoring, run as its agency ran it, all through the mentoring services: the admin
// drafts the program, sets its scheme, names the OPDs' seniors as mentors (those whose levels in
// the program's competencies are highest) and their youngest colleagues with needs as mentees,
// keeps the pairs Jenjang proposes and opens the program. Each pair agrees goals and meets every
// two or three weeks from the start; the mentee logs a session and the mentor confirms it (entered
// by the agency on their behalf, as from a paper logbook: the demo's people have no accounts), so
// its JP reach the mentee's year. A few pairs end early, and both sides reflect on them.

const DAY = 86_400_000;
const LOCALE = 'id';

/** The employees of the OPDs `units` names, with their levels and needs in the competencies. */
async function candidatesOf(db: Db, tenantId: number, units: RegExp, competencyIds: number[]) {
  const rows = await withTenant(db, tenantId, (tx) => competencyStanding(tx, competencyIds));
  return rows.filter((row) => units.test(row.opd));
}

async function runScheme(
  db: Db,
  admin: Actor,
  story: DemoMentoring,
  today: number,
  scale: number,
  random: Random,
) {
  const policies = new Map(
    (await listPolicies(db, admin, new Date(today))).items.map((p) => [p.title, p.id]),
  );
  const codes = new Map((await listCompetencies(db, admin, LOCALE)).items.map((c) => [c.code, c.id]));
  const competencyIds = story.competencies.map((code) => codes.get(code)!).filter((id) => id !== undefined);
  const day = (offset: number) => dayOf(new Date(today + offset * DAY));
  const program = await programs.createProgram(
    db,
    admin,
    ProgramBody.parse({
      title: story.title,
      description: story.description,
      pathCode: story.pathCode,
      jp: story.jp,
      providerKind: 'internal',
      policyId: policies.get(story.policy) ?? null,
      competencies: competencyIds.map((competencyId) => ({ competencyId, targetLevel: 3 })),
    }),
    LOCALE,
  );
  const programId = program.id;
  await recordDemoCurriculum(db, admin, program, new Date(today + story.from * DAY - 14 * DAY));
  await mentoring.setScheme(
    db,
    admin,
    programId,
    {
      startsOn: day(story.from),
      endsOn: day(story.to),
      unitRule: 'any',
      allowSupervisor: false,
      mentorCapacity: story.capacity,
      minutesPerJp: null,
      maxJpPerSession: 4,
    },
    LOCALE,
  );
  const people = await candidatesOf(db, admin.tenantId, story.units, competencyIds);
  const count = (n: number) => Math.max(2, Math.round(n * Math.min(1, scale * 4)));
  // Seniors: the highest levels in the program's competencies, leaders of units left to lead.
  const mentors = people
    .filter((p) => !p.managerial && p.levels > 0)
    .sort((a, b) => b.levels - a.levels || a.id - b.id)
    .slice(0, count(story.mentors));
  const mentorIds = new Set(mentors.map((m) => m.id));
  // Juniors: the youngest with a need the program addresses.
  const mentees = people
    .filter((p) => p.needs > 0 && !mentorIds.has(p.id))
    .sort((a, b) => b.birthDate.localeCompare(a.birthDate) || a.id - b.id)
    .slice(0, count(story.mentees));
  for (const mentor of mentors) {
    await mentoring.addMentor(db, admin, programId, { employeeId: mentor.id, capacity: null }, LOCALE);
  }
  await mentoring.addMentees(
    db,
    admin,
    programId,
    mentees.map((m) => m.id),
    LOCALE,
  );
  const proposal = await mentoring.proposal(db, admin, programId, LOCALE);
  if (proposal.pairs.length === 0) return programId;
  const overview = await mentoring.createPairs(
    db,
    admin,
    programId,
    {
      pairs: proposal.pairs.map((p) => ({
        mentorId: p.mentor.id,
        menteeId: p.mentee.id,
        overrideReason: null,
      })),
    },
    LOCALE,
  );
  await programs.transitionProgram(db, admin, programId, 'open', LOCALE);
  for (const [index, pair] of overview.pairs.entries()) {
    await runPair(db, admin, story, pair, { index, today, random });
  }
  return programId;
}

/** One pair's months: goals, sessions logged by the mentee and confirmed by the mentor, an early end. */
async function runPair(
  db: Db,
  admin: Actor,
  story: DemoMentoring,
  pair: { id: number; mentor: { id: number }; mentee: { id: number } },
  options: { index: number; today: number; random: Random },
) {
  const { index, today, random } = options;
  const mentee: Actor = { ...admin, employeeId: pair.mentee.id };
  const mentor: Actor = { ...admin, employeeId: pair.mentor.id };
  const at = (offset: number) => new Date(today + offset * DAY);
  // Every fifth pair ends a month early (a mentee moved to another post).
  const endsEarly = index % 5 === 4;
  const last = endsEarly ? -30 : -2;
  for (const goal of story.goals.slice(0, 1 + (index % story.goals.length))) {
    await mentoring.addGoal(db, mentee, pair.id, goal, at(story.from + 3), LOCALE);
  }
  let offset = story.from + 7 + Math.floor(random() * 7);
  for (let session = 0; offset <= last; session++) {
    const topic = story.topics[session % story.topics.length]!;
    const minutes = pick(random, [60, 90, 90, 120, 150]);
    const logged = await mentoring.logSession(
      db,
      mentee,
      pair.id,
      {
        heldOn: dayOf(at(offset)),
        topic: session < story.topics.length ? topic : `${topic} (lanjutan ${session})`,
        minutes,
        notes: null,
      },
      at(offset),
      LOCALE,
    );
    // The newest session of a pair still running may wait for its confirmation.
    const waits = !endsEarly && offset > -14 && random() < 0.5;
    if (!waits)
      await mentoring.confirmSession(db, mentor, pair.id, logged.sessionList[0]!.id, at(offset + 2), LOCALE);
    offset += 14 + Math.floor(random() * 8);
  }
  const detail = await mentoring.pairDetail(db, mentee, pair.id, at(last), LOCALE);
  const achieved = detail.goalList.filter((_, i) => i === 0 || random() < 0.4);
  for (const goal of achieved) {
    await mentoring.setGoalState(db, mentee, pair.id, goal.id, 'achieved', at(last), LOCALE);
  }
  if (!endsEarly) return;
  await mentoring.endPair(db, admin, pair.id, at(last + 1), LOCALE);
  await mentoring.writeReflection(
    db,
    mentee,
    pair.id,
    { text: pick(random, story.reflections.mentee), usefulness: pick(random, [4, 5, 5]) },
    at(last + 3),
    LOCALE,
  );
  await mentoring.writeReflection(
    db,
    mentor,
    pair.id,
    { text: pick(random, story.reflections.mentor), usefulness: pick(random, [3, 4, 4]) },
    at(last + 4),
    LOCALE,
  );
}

/**
 * The mentoring of the government's story, for a government that has none yet, run after its
 * programs. Returns the number of schemes created.
 */
export async function ensureDemoMentoring(
  db: Db,
  tenant: { id: number; slug: string },
  options: { clock: Clock; scale: number; seed: number },
): Promise<number> {
  const stories = storyOf(tenant.slug)?.mentoring ?? [];
  if (stories.length === 0) return 0;
  const admin = await demoActor(db, tenant, 'admin');
  if (!admin) return 0;
  const paths = await programPaths(db, admin);
  if (stories.some((story) => paths.has(story.pathCode))) return 0;
  const today = options.clock.now().getTime();
  for (const [index, story] of stories.entries()) {
    await runScheme(db, admin, story, today, options.scale, seededRandom(options.seed * 100 + index));
  }
  return stories.length;
}
