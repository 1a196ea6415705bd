import { type Golongan, golonganRank } from '@jenjang/domain/people/golongan';
import { ApplyBody, BatchBody, NominateBody, ProgramBody } from '@jenjang/domain/programs/program.contract';
import { DEFAULT_SCORE_WEIGHTS, ineligibility } from '@jenjang/domain/programs/program.rules';
import type { Actor } from '@jenjang/domain/shared/access';
import type { z } from 'zod';
import type { Db } from '../db/database';
import { listCompetencies } from '../features/competencies/competency.service';
import { getPlan, listPlans } from '../features/competencies/development-plan.service';
import { listEmployees } from '../features/employees/employee.service';
import { listUnits } from '../features/organisation/unit.service';
import { listPolicies } from '../features/policies/policy.service';
import * as programAppeals from '../features/programs/appeal.service';
import * as attendance from '../features/programs/attendance.service';
import { setEvaluationPlan } from '../features/programs/evaluation.service';
import * as programs from '../features/programs/program.service';
import { listSurveys } from '../features/surveys/surveys/survey.service';
import { ProblemError } from '../http/problem';
import type { Clock } from '../platform/clock';
import { demoRevisionAfter, recordDemoCurriculum, reviseDemoCurriculum } from './demo-curricula';
import { closeWithEvaluation } from './demo-evaluations';
import { ensureDemoPartners, nameDemoTrainers } from './demo-partners';
import { pick, type Random, seededRandom } from './demo-people';
import { dayOf, demoActor } from './demo-surveys';
import { storyOf } from './stories/demo-stories';
import { composeText } from './stories/free-text';
import type { DemoBatch, DemoProgram } from './stories/story';

// A story's development programs run as its agency ran them: the admin drafts each program with
// its published terms (who may apply, the score's weights, the per-OPD quota), linked to the policy
// it carries out and the plan items it fulfils, adds its batches and opens applications; the
// government's ASN apply, and the supervisor demo account nominates some of its own staff; once
// applications close the admin computes the selection, a few of those selected withdraw and their
// seats go down the waiting list. All through the program services; an application and a selection
// are dated on their day of the story. Who applies is the demo's choice: drawn from the employee
// list, eligible by the program's published rules; the service judges each application again (the
// competency gap only it reads), and one it refuses is passed over.

const DAY = 86_400_000;
const LOCALE = 'id';
/** Fewer seats than this per batch would leave no one to compete at small demo scales. */
const MIN_SEATS = 2;
/** Of the applicants, the share who write why they apply. */
const MOTIVATED = 0.6;

type ProgramInput = z.output<typeof ProgramBody>;

/** What eligibility reads of an employee, as the employee list shows them, and their OPD's id. */
interface Person {
  id: number;
  opd: number | null;
  positionKind: string | null;
  golonganRank: number | null;
  employeeType: 'PNS' | 'PPPK';
}

interface PlanItemRef {
  id: number;
  basis: string;
  title: string;
  competency: string | null;
}

interface Context {
  db: Db;
  admin: Actor;
  /** The supervisor demo account: it nominates staff of its own unit. */
  atasan: Actor | null;
  /** The employee demo account, which applies with its own account where the story says so. */
  pegawai: Actor | null;
  /** Employees of the demo accounts: never drawn at random, so they can apply themselves. */
  demoEmployees: Set<number>;
  today: number;
  scale: number;
  random: Random;
  policies: Map<string, number>;
  competencies: Map<string, number>;
  /** The items of each development plan, by the plan's year. */
  planItems: Map<number, PlanItemRef[]>;
  people: Person[];
  /** The government's partners by name (demo-partners.ts): a partner-provided program names its own. */
  partners: Map<string, number>;
  /** The OPDs (units at the top of the tree): a program open to some names them by pattern. */
  opds: { id: number; name: string }[];
}

/** A program as opened: its id, its published terms and its batches' ids in the story's order. */
interface Opened {
  id: number;
  terms: ProgramInput;
  batchIds: number[];
}

const at = (ctx: Context, day: number) => new Date(ctx.today + day * DAY);

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** The government's employees, as its employee list shows them to the admin. */
async function employeesOf(db: Db, admin: Actor, opds: readonly { id: number; name: string }[]) {
  const opdOf = new Map(opds.map((u) => [u.name, u.id]));
  const people: Person[] = [];
  for (let page = 1; ; page++) {
    const { items, total } = await listEmployees(db, admin, { page, pageSize: 5_000, sort: 'nip' });
    for (const e of items) {
      people.push({
        id: e.id,
        opd: opdOf.get(e.unitPath[0] ?? '') ?? null,
        positionKind: e.positionKind,
        golonganRank: e.golongan === null ? null : golonganRank(e.golongan as Golongan),
        employeeType: e.employeeType,
      });
    }
    if (people.length >= total || items.length === 0) return people;
  }
}

async function planItemsByYear(db: Db, admin: Actor): Promise<Map<number, PlanItemRef[]>> {
  const byYear = new Map<number, PlanItemRef[]>();
  for (const summary of (await listPlans(db, admin, {}, LOCALE)).items) {
    const plan = await getPlan(db, admin, summary.id, LOCALE);
    const items = plan.items.map((item) => ({
      id: item.id,
      basis: item.basis,
      title: item.title,
      competency: item.competency?.code ?? null,
    }));
    byYear.set(plan.year, [...(byYear.get(plan.year) ?? []), ...items]);
  }
  return byYear;
}

function idOf(map: Map<string, number>, key: string, what: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`demo program: no ${what} "${key}"`);
  return id;
}

/** Seats per batch, per-OPD quotas and applicants at the demo's scale: seats and people shrink together. */
function scaled(program: DemoProgram, scale: number) {
  const capacities = program.batches.map((b) => Math.max(MIN_SEATS, Math.round(b.capacity * scale)));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const factor = sum(capacities) / sum(program.batches.map((b) => b.capacity));
  const quota = (n: number | undefined) => (n === undefined ? null : Math.max(1, Math.round(n * factor)));
  return {
    capacities,
    applicants: Math.max(1, Math.round(program.applicants.count * factor)),
    quotaUnitMax: quota(program.quota?.max),
    quotaUnitMin: quota(program.quota?.min),
  };
}

/** The program's published terms, parsed as the API parses a request: the contract's defaults fill the rest. */
function termsOf(ctx: Context, program: DemoProgram): ProgramInput {
  const rules = program.eligibility ?? {};
  const size = scaled(program, ctx.scale);
  const firstDay = dayOf(at(ctx, Math.min(...program.batches.map((b) => b.from))));
  const planItems = ctx.planItems.get(Number(firstDay.slice(0, 4))) ?? [];
  const fulfilled = planItems.filter((item) =>
    (program.fulfils ?? []).some(
      (f) =>
        f.basis === item.basis &&
        (f.competency === undefined || f.competency === item.competency) &&
        (f.title === undefined || f.title.test(item.title)),
    ),
  );
  return ProgramBody.parse({
    title: program.title,
    description: program.description,
    pathCode: program.pathCode,
    jp: program.jp,
    providerKind: program.provider.kind,
    providerName: program.provider.name,
    partnerId: program.provider.kind === 'partner' ? (ctx.partners.get(program.provider.name) ?? null) : null,
    costPerParticipant: program.costPerParticipant,
    policyId: idOf(ctx.policies, program.policy, 'policy'),
    eligibility: {
      ...Object.fromEntries(Object.entries(rules).filter(([key]) => key !== 'units')),
      unitIds: rules.units ? ctx.opds.filter((o) => rules.units!.test(o.name)).map((o) => o.id) : [],
      positionKinds: [...(rules.positionKinds ?? [])],
      employeeTypes: [...(rules.employeeTypes ?? [])],
    },
    weights: program.weights ?? DEFAULT_SCORE_WEIGHTS,
    quotaUnitMax: size.quotaUnitMax,
    quotaUnitMin: size.quotaUnitMin,
    applicationsCloseOn: dayOf(at(ctx, program.closes)),
    rankingShowsNames: program.rankingShowsNames ?? false,
    affirmativeGroups: (program.affirmative ?? []).map((group) => ({
      key: group.key,
      label: group.label,
      sexes: group.sexes ?? [],
      employeeTypes: group.employeeTypes ?? [],
    })),
    appealDays: program.appealDays ?? 0,
    competencies: (program.competencies ?? []).map((c) => ({
      competencyId: idOf(ctx.competencies, c.code, 'competency'),
      targetLevel: c.targetLevel,
    })),
    planItemIds: fulfilled.map((item) => item.id),
  });
}

/**
 * People in a random order in which each OPD comes up as often as the square root of its size:
 * large OPDs send more applicants than small ones, though not in proportion to their staff, so
 * per-OPD caps bind in some OPDs while few seats stay empty. A weighted draw without replacement
 * (Efraimidis and Spirakis): each person's key is u^(1/w), w = 1/√(their OPD's size), largest first.
 */
function drawAcrossOpds(random: Random, people: Person[]): Person[] {
  const sizes = new Map<number | null, number>();
  for (const person of people) sizes.set(person.opd, (sizes.get(person.opd) ?? 0) + 1);
  return people
    .map((person) => ({ person, key: random() ** Math.sqrt(sizes.get(person.opd)!) }))
    .sort((a, b) => b.key - a.key)
    .map((entry) => entry.person);
}

/**
 * Who may apply, in the order they would: eligible by the program's published rules on its opening
 * day but the gap (which only the service reads), drawn across the OPDs; the employee demo account
 * among the first `count` where the story says so.
 */
function candidatesOf(ctx: Context, program: DemoProgram, terms: ProgramInput, count: number): Person[] {
  const day = dayOf(at(ctx, program.opens));
  const rules = { ...terms.eligibility, requiresGap: false };
  const eligible = (person: Person) =>
    ineligibility(
      rules,
      {
        ...person,
        active: true,
        unitPath: person.opd === null ? null : [person.opd],
        levelsShort: 0,
        completedThisProgramOn: null,
        // No story's program names talent boxes; the demo places its years after its programs.
        talentBox: null,
      },
      day,
    ).length === 0;
  const drawn = drawAcrossOpds(
    ctx.random,
    ctx.people.filter((p) => !ctx.demoEmployees.has(p.id) && eligible(p)),
  );
  const own = ctx.people.find((p) => p.id === ctx.pegawai?.employeeId);
  if (program.applicants.demoEmployee && program.state !== 'open' && own && eligible(own)) {
    drawn.splice(Math.floor(ctx.random() * Math.min(count, drawn.length + 1)), 0, own);
  }
  return drawn;
}

/** The batches asked for: one at random, and half the time the others after it. */
function preferencesOf(random: Random, batchIds: number[]): number[] {
  const first = pick(random, batchIds);
  const rest = batchIds.filter((id) => id !== first);
  return random() < 0.5 ? [first, ...rest] : [first];
}

/**
 * One application, on `now`: the candidate's own, or their supervisor's nomination when they work in
 * the OPD the supervisor demo account heads. False when the service finds them not eligible.
 */
async function applyFor(ctx: Context, program: DemoProgram, opened: Opened, person: Person, now: Date) {
  const preferences = preferencesOf(ctx.random, opened.batchIds);
  const recipe = program.applicants.motivations;
  const motivation = recipe && ctx.random() < MOTIVATED ? composeText(ctx.random, recipe) : null;
  const nominated =
    ctx.atasan !== null &&
    person.opd === ctx.atasan.scopeUnitId &&
    ctx.random() < (program.applicants.nominated ?? 0);
  try {
    if (nominated) {
      const body = NominateBody.parse({ employeeId: person.id, preferences });
      await programs.nominate(ctx.db, ctx.atasan!, opened.id, body, now, LOCALE);
    } else {
      const body = ApplyBody.parse({ preferences, motivation });
      await programs.apply(ctx.db, applicantActor(ctx, person.id), opened.id, body, now, LOCALE);
    }
    return true;
  } catch (error) {
    if (error instanceof ProblemError && error.key === 'program.notEligible') return false;
    throw error;
  }
}

/** `count` applications, spread over the days the program took them (up to today), in order. */
async function takeApplications(ctx: Context, program: DemoProgram, opened: Opened, count: number) {
  const last = Math.min(program.closes, 0);
  const dayOfApplication = (index: number) =>
    new Date(at(ctx, program.opens).getTime() + ((index + 0.5) / count) * (last - program.opens) * DAY);
  let made = 0;
  for (const person of candidatesOf(ctx, program, opened.terms, count)) {
    if (made === count) return;
    if (await applyFor(ctx, program, opened, person, dayOfApplication(made))) made++;
  }
}

/**
 * The applicant acting as themself: the employee demo account with its own account. Everyone else
 * has no account in the demo: the agency's admin enters their application as their own (source
 * 'self'), as it would a form handed in on paper, and the audit log shows the admin entering it.
 */
function applicantActor(ctx: Context, employeeId: number): Actor {
  if (ctx.pegawai && ctx.pegawai.employeeId === employeeId) return ctx.pegawai;
  return { ...ctx.admin, employeeId };
}

/** Some of those selected withdraw (never the employee demo account): the first waiting take their seats. */
async function withdrawSome(ctx: Context, programId: number, count: number, now: Date) {
  if (count <= 0) return;
  const { items } = await programs.listApplications(ctx.db, ctx.admin, programId, {
    state: 'selected',
    page: 1,
    pageSize: 200,
  });
  const others = items.filter((a) => a.employee.id !== ctx.pegawai?.employeeId);
  for (const application of shuffle(ctx.random, others).slice(0, count)) {
    await programs.withdraw(
      ctx.db,
      applicantActor(ctx, application.employee.id),
      programId,
      application.id,
      now,
    );
  }
}

/** A batch's reserved seats scaled with its capacity, never more in all than it has. */
function reservedSeats(batch: DemoBatch, capacity: number): Record<string, number> {
  let left = capacity;
  const seats: Record<string, number> = {};
  for (const [key, n] of Object.entries(batch.reserved ?? {})) {
    const scaledSeats = Math.min(left, Math.max(1, Math.round((n * capacity) / batch.capacity)));
    seats[key] = scaledSeats;
    left -= scaledSeats;
  }
  return seats;
}

/** Appeals by the first on the waiting list, filed the day after the selection and decided the day after. */
async function appealSome(ctx: Context, program: DemoProgram, programId: number, selectedOn: number) {
  const appeals = program.appeals ?? [];
  if (appeals.length === 0) return;
  const { items } = await programs.listApplications(ctx.db, ctx.admin, programId, {
    state: 'waitlisted',
    page: 1,
    pageSize: 200,
  });
  const waiting = items
    .filter((a) => a.employee.id !== ctx.pegawai?.employeeId)
    .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  for (const [index, appeal] of appeals.entries()) {
    const application = waiting[index];
    if (!application) return;
    const filed = await programAppeals.fileAppeal(
      ctx.db,
      applicantActor(ctx, application.employee.id),
      programId,
      appeal.reason,
      at(ctx, selectedOn + 1),
    );
    await programAppeals.decideAppeal(
      ctx.db,
      ctx.admin,
      programId,
      filed.id,
      { decision: appeal.decision, reason: appeal.because, batchId: null },
      at(ctx, selectedOn + 2),
    );
  }
}

/** The path codes of the government's programs, as the admin's program list shows them. */
export async function programPaths(db: Db, admin: Actor): Promise<Set<string>> {
  const paths = new Set<string>();
  for (let page = 1; ; page++) {
    const { items, total } = await programs.listPrograms(db, admin, { page, pageSize: 100 });
    for (const item of items) paths.add(item.pathCode);
    if (page * 100 >= total || items.length === 0) return paths;
  }
}

/** The story's survey of that title (its results' measure). */
async function surveyIdOf(ctx: Context, title: string): Promise<number> {
  const { items } = await listSurveys(ctx.db, ctx.admin, { archived: false }, new Date(ctx.today));
  const survey = items.find((item) => item.title === title);
  if (!survey) throw new Error(`demo program: no survey "${title}"`);
  return survey.id;
}

/** The program drafted with its published terms, given its batches and opened for applications. */
async function openProgram(ctx: Context, program: DemoProgram): Promise<Opened> {
  const terms = termsOf(ctx, program);
  const { capacities } = scaled(program, ctx.scale);
  const created = await programs.createProgram(ctx.db, ctx.admin, terms, LOCALE);
  // Its curriculum before its batches, so that they teach it.
  await recordDemoCurriculum(ctx.db, ctx.admin, created, at(ctx, program.opens - 1));
  for (const [index, batch] of program.batches.entries()) {
    await programs.saveBatch(
      ctx.db,
      ctx.admin,
      created.id,
      null,
      BatchBody.parse({
        name: batch.name,
        startsOn: dayOf(at(ctx, batch.from)),
        endsOn: dayOf(at(ctx, batch.to)),
        venue: batch.venue ?? null,
        onlineUrl: batch.onlineUrl ?? null,
        capacity: capacities[index],
        reserved: reservedSeats(batch, capacities[index]!),
      }),
      LOCALE,
    );
  }
  if (program.resultSurvey) {
    await setEvaluationPlan(
      ctx.db,
      ctx.admin,
      created.id,
      { followUpMonths: 3, resultSurveyId: await surveyIdOf(ctx, program.resultSurvey) },
      { surveyMinGroupSize: 5 },
    );
  }
  const opened = await programs.transitionProgram(ctx.db, ctx.admin, created.id, 'open', LOCALE);
  const batchIds = program.batches.map((b) => opened.batches.find((saved) => saved.name === b.name)!.id);
  return { id: created.id, terms, batchIds };
}

/** Its applications; then, unless it is still open, its selection, the withdrawals, its completion. */
async function runProgram(ctx: Context, program: DemoProgram, opened: Opened) {
  await takeApplications(ctx, program, opened, scaled(program, ctx.scale).applicants);
  if (program.state === 'open') return;
  await programs.transitionProgram(ctx.db, ctx.admin, opened.id, 'close', LOCALE);
  const selectedOn = program.selectedOn ?? program.closes + 1;
  await programs.runSelection(ctx.db, ctx.admin, opened.id, at(ctx, selectedOn), LOCALE);
  await withdrawSome(ctx, opened.id, program.withdrawals ?? 0, at(ctx, selectedOn + 1));
  await appealSome(ctx, program, opened.id, selectedOn);
  if (program.state === 'completed') {
    for (const [index, batchId] of opened.batchIds.entries()) {
      const batch = program.batches[index]!;
      await holdBatch(ctx, opened.id, batchId, at(ctx, batch.to));
      // The story's revision on this batch's feedback: the batches not yet started teach it.
      const revision = demoRevisionAfter(program.title, batch.name);
      if (revision)
        await reviseDemoCurriculum(ctx.db, ctx.admin, opened.id, revision, batchId, at(ctx, revision.day));
    }
    await programs.transitionProgram(ctx.db, ctx.admin, opened.id, 'complete', LOCALE);
  }
}

/**
 * A past batch as it went: most participants present every day, about one in eight missing a day
 * (a completed program's rule then fails them), then closed on its last day — JP credited and
 * certificates issued to those who completed.
 */
async function holdBatch(ctx: Context, programId: number, batchId: number, lastDay: Date) {
  const roster = await attendance.roster(ctx.db, ctx.admin, programId, batchId, lastDay);
  // A draw of its own, so the rest of the demo draws what it drew before.
  const random = seededRandom(batchId);
  for (const person of roster.participants) {
    const missed = roster.days.length > 1 && random() < 0.125 ? pick(random, roster.days) : null;
    for (const day of roster.days) {
      if (day === missed) continue;
      await attendance.recordAttendance(
        ctx.db,
        ctx.admin,
        programId,
        batchId,
        { applicationId: person.applicationId, day, present: true },
        lastDay,
      );
    }
  }
  await closeWithEvaluation(ctx.db, ctx.admin, programId, batchId, lastDay, new Date(ctx.today));
}

async function contextOf(
  db: Db,
  tenant: { id: number; slug: string },
  admin: Actor,
  options: { clock: Clock; scale: number },
): Promise<Omit<Context, 'random' | 'partners'>> {
  const now = options.clock.now();
  const atasan = await demoActor(db, tenant, 'atasan');
  const pegawai = await demoActor(db, tenant, 'pegawai');
  const pimpinan = await demoActor(db, tenant, 'pimpinan');
  const opds = (await listUnits(db, admin, false, now)).items.filter((u) => u.parentId === null);
  return {
    db,
    admin,
    atasan,
    pegawai,
    demoEmployees: new Set(
      [atasan, pegawai, pimpinan].flatMap((a) => (a && a.employeeId !== null ? [a.employeeId] : [])),
    ),
    today: now.getTime(),
    scale: options.scale,
    policies: new Map((await listPolicies(db, admin, now)).items.map((p) => [p.title, p.id] as const)),
    competencies: new Map(
      (await listCompetencies(db, admin, LOCALE)).items.map((c) => [c.code, c.id] as const),
    ),
    planItems: await planItemsByYear(db, admin),
    people: await employeesOf(db, admin, opds),
    opds: opds.map((o) => ({ id: o.id, name: o.name })),
  };
}

/**
 * The programs of the government's story (stories/<seed>-<region>.story.ts), for a government that
 * has none yet, run after its policies and plans, which they carry out. Returns the number created.
 */
export async function ensureDemoPrograms(
  db: Db,
  tenant: { id: number; slug: string },
  options: { clock: Clock; scale: number; seed: number },
): Promise<number> {
  const stories = storyOf(tenant.slug)?.programs ?? [];
  if (stories.length === 0) return 0;
  const admin = await demoActor(db, tenant, 'admin');
  if (!admin) return 0;
  const partners = await ensureDemoPartners(db, tenant, admin, options.clock);
  const existing = await programs.listPrograms(db, admin, { page: 1, pageSize: 1 });
  if (existing.total > 0) return 0;
  const ctx = { ...(await contextOf(db, tenant, admin, options)), partners };
  // Each program draws with random numbers of its own: a change to one leaves the others' applicants.
  for (const [index, program] of stories.entries()) {
    const own = { ...ctx, random: seededRandom(options.seed * 100 + index) };
    const opened = await openProgram(own, program);
    await nameDemoTrainers(db, tenant, admin, program, opened, partners);
    await runProgram(own, program, opened);
  }
  return stories.length;
}
