import type { Actor } from '@jenjang/domain/shared/access';
import { addDays, addMonths } from '@jenjang/domain/shared/calendar-date';
import type { Db } from '../db/database';
import { eligibilityList, upcomingPeriods } from '../features/promotion/eligibility.service';
import { decide, listSanctions, propose, recordSanction } from '../features/promotion/proposal.service';
import type { Clock } from '../platform/clock';
import { type Random, seededRandom } from './demo-people';
import { dayOf, demoActor } from './demo-surveys';
import { storyOf } from './stories/demo-stories';
import type { DemoPromotions, DemoSanction } from './stories/story-promotions';

// Kenaikan pangkat in a story's government (stories/story-promotions.ts), by its admin through the
// promotion services: every period since the start of last year, in date order and under the rules
// in force on it, has most of its eligible proposed before the proposals were due and decreed a few
// weeks before the period (TMT the period date), a few rejected, some of the latest still awaited;
// the next period's proposals wait for their decrees. Eligibility is read from the person's data as it stands, so the periods go in
// order, each decree setting the golongan the next period reads. A disciplinary sanction that runs
// on a period date is given to someone eligible then, recorded before the period is weighed.

/** A period this recent (days) still awaits some of its decrees. */
const RECENT_DAYS = 60;

/** Where the periods start: the first of January of last year (earlier SKP are not in the demo). */
const YEARS_BACK = 1;

interface Context {
  db: Db;
  admin: Actor;
  story: DemoPromotions;
  random: Random;
  /** The government's today (WIB). */
  today: string;
  /** The last decree number used in each year, by code. */
  numbers: Map<string, number>;
  /** Whose proposal of a past period still awaits its decree: not proposed again meanwhile. */
  awaiting: Set<number>;
  sanctioned: Set<number>;
  /** The story's sanctions not yet recorded. */
  sanctions: DemoSanction[];
  rejections: string[];
}

/** 09:00 WIB of a day. */
const morningOf = (date: string) => new Date(`${date}T02:00:00Z`);

const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/** A decree's number in the local style: 823.3/0123/BKPSDM/2026, numbered on through the year. */
function decreeNumber(ctx: Context, code: string, date: string): string {
  const year = date.slice(0, 4);
  const key = `${code}/${year}`;
  const next = (ctx.numbers.get(key) ?? between(ctx.random, 40, 90)) + between(ctx.random, 1, 4);
  ctx.numbers.set(key, next);
  return `${code}/${String(next).padStart(4, '0')}/${ctx.story.decree.office}/${year}`;
}

/** The working day on or before `date` (a decree is not signed on a weekend). */
function workingDay(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, weekday === 0 ? -2 : weekday === 6 ? -1 : 0);
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Whether `date` is a period date under the rules in force on it. */
async function isPeriod(ctx: Context, date: string): Promise<boolean> {
  const { items } = await upcomingPeriods(ctx.db, ctx.admin, morningOf(date));
  return items.some((item) => item.date === date);
}

/** A period's list, page by page: the eligible (or everyone weighed), and when proposals were due. */
async function listOf(ctx: Context, period: string, show: 'eligible' | 'all') {
  const items = [];
  let proposalDue = period;
  for (let page = 1; ; page++) {
    const list = await eligibilityList(ctx.db, ctx.admin, { period, show, page, pageSize: 200 });
    proposalDue = list.proposalDue;
    items.push(...list.items);
    if (page * list.pageSize >= list.total) break;
  }
  return { items, proposalDue };
}

const dateOf = (ctx: Context, day: number) => addDays(ctx.today, day);

const runsOn = (ctx: Context, sanction: DemoSanction, date: string) =>
  dateOf(ctx, sanction.from) <= date && (sanction.to === null || dateOf(ctx, sanction.to) >= date);

async function record(ctx: Context, sanction: DemoSanction, employeeId: number) {
  const startsOn = dateOf(ctx, sanction.from);
  await recordSanction(ctx.db, ctx.admin, {
    employeeId,
    level: sanction.level,
    startsOn,
    endsOn: sanction.to === null ? null : dateOf(ctx, sanction.to),
    decree: decreeNumber(ctx, ctx.story.decree.sanction, startsOn),
    note: sanction.note,
  });
  ctx.sanctioned.add(employeeId);
  ctx.sanctions = ctx.sanctions.filter((s) => s !== sanction);
}

/**
 * The sanctions that run on a period date, each given to one of its eligible (`eligible`, as the
 * list had them before). Returns whether any was recorded.
 */
async function sanctionsOn(ctx: Context, period: string, eligible: readonly { employeeId: number }[]) {
  const due = ctx.sanctions.filter((s) => runsOn(ctx, s, period));
  for (const sanction of due) {
    const free = eligible.filter((row) => !ctx.sanctioned.has(row.employeeId));
    if (free.length > 0)
      await record(ctx, sanction, free[Math.floor(ctx.random() * free.length)]!.employeeId);
  }
  return due.length > ctx.sanctions.filter((s) => runsOn(ctx, s, period)).length;
}

interface Proposal {
  id: number;
  employeeId: number;
  target: string;
}

/** Most of a period's eligible, proposed some days before their proposals were due (or before today). */
async function proposeFor(ctx: Context, period: string): Promise<Proposal[]> {
  let list = await listOf(ctx, period, 'eligible');
  if (await sanctionsOn(ctx, period, list.items)) list = await listOf(ctx, period, 'eligible');
  const { items, proposalDue } = list;
  const fitting = items.filter((row) => row.promotion === null && !ctx.awaiting.has(row.employeeId));
  const count =
    fitting.length < 2
      ? fitting.length
      : Math.min(fitting.length - 1, Math.round(fitting.length * ctx.story.proposed));
  const chosen = shuffled(ctx.random, fitting).slice(0, count);
  const proposedOn = addDays(proposalDue < ctx.today ? proposalDue : ctx.today, -between(ctx.random, 1, 12));
  const proposals: Proposal[] = [];
  for (const row of chosen) {
    const proposal = await propose(
      ctx.db,
      ctx.admin,
      { employeeId: row.employeeId, period, toGolongan: row.target! },
      morningOf(proposedOn),
    );
    proposals.push({ id: proposal.id, employeeId: row.employeeId, target: row.target! });
  }
  return proposals;
}

/**
 * A past period: its proposals decreed a few weeks before it; of three or more, one sent back while
 * the story's reasons last (the list checks what the rules know, the decree's review the file). Of
 * a period in the last RECENT_DAYS, a third of the decrees are still awaited (BKN's technical
 * review takes its time), their proposals still open.
 */
async function decidePeriod(ctx: Context, period: string) {
  const proposals = await proposeFor(ctx, period);
  const signed = workingDay(addDays(period, -ctx.story.decreeDaysBefore));
  const at = morningOf(signed);
  const reason = proposals.length >= 3 ? ctx.rejections.shift() : undefined;
  const sentBack = reason === undefined ? null : proposals[Math.floor(ctx.random() * proposals.length)]!;
  const approvable = proposals.filter((p) => p !== sentBack);
  const recent = addDays(period, RECENT_DAYS) >= ctx.today && approvable.length >= 2;
  const awaited = new Set(recent ? approvable.slice(0, Math.ceil(approvable.length / 3)) : []);
  for (const proposal of proposals) {
    if (awaited.has(proposal)) {
      ctx.awaiting.add(proposal.employeeId);
      continue;
    }
    const body =
      proposal === sentBack
        ? { outcome: 'rejected' as const, reason: reason! }
        : {
            outcome: 'approved' as const,
            decreeNumber: decreeNumber(ctx, ctx.story.decree.promotion, signed),
            decreeDate: signed,
            tmt: period,
          };
    await decide(ctx.db, ctx.admin, proposal.id, body, at);
  }
}

/**
 * The story's promotions and sanctions, for a government that has none yet (no sanction recorded).
 * Returns the number of periods weighed.
 */
export async function ensureDemoPromotions(
  db: Db,
  tenant: { id: number; slug: string },
  options: { clock: Clock; seed: number },
): Promise<number> {
  const story = storyOf(tenant.slug)?.promotions;
  if (!story) return 0;
  const admin = await demoActor(db, tenant, 'admin');
  if (!admin) return 0;
  if ((await listSanctions(db, admin, undefined)).items.length > 0) return 0;
  const today = dayOf(options.clock.now());
  const ctx: Context = {
    db,
    admin,
    story,
    random: seededRandom(options.seed),
    today,
    numbers: new Map(),
    awaiting: new Set(),
    sanctioned: new Set(),
    sanctions: [...story.sanctions],
    rejections: [...story.rejections],
  };
  let periods = 0;
  let date = `${Number(today.slice(0, 4)) - YEARS_BACK}-01-01`;
  // The past periods in order, then the next one; two years on at most.
  for (let month = 0; month < (YEARS_BACK + 2) * 12; month++, date = addMonths(date, 1)) {
    if (!(await isPeriod(ctx, date))) continue;
    periods++;
    if (date < today) {
      await decidePeriod(ctx, date);
      continue;
    }
    await proposeFor(ctx, date);
    break;
  }
  // Sanctions that ran on no period date: given to anyone on the next list.
  if (ctx.sanctions.length > 0) {
    const { items } = await listOf(ctx, date, 'all');
    const free = shuffled(
      ctx.random,
      items.filter((row) => !ctx.sanctioned.has(row.employeeId)),
    );
    for (const sanction of [...ctx.sanctions]) {
      const row = free.shift();
      if (row) await record(ctx, sanction, row.employeeId);
    }
  }
  return periods;
}
