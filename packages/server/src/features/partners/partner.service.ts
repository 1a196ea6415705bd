import type { AgreementBody, PartnerBody, PartnerQuery } from '@jenjang/domain/programs/partner.contract';
import { AGREEMENT_WARNING_DAYS, agreementStatus } from '@jenjang/domain/programs/partner.rules';
import { type Actor, can } from '@jenjang/domain/shared/access';
import type { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import type { Scheduler } from '../../platform/jobs/schedule';
import * as repo from './partner.repository';
import { scheduleExpiryWarnings } from './partner-schedules';

// The government's partners (universities, NGOs, training institutes…), their agreements (MoU/PKS)
// and the trainer accounts that sign in for them. Kept and read by the agency (program.manage), as
// the whole government's (unitPath null): an OPD-scoped admin neither reads nor keeps them. A
// partner's trainers see their partner only through the batches they teach (program.teach).

const GOVERNMENT = (actor: Actor) => ({ tenantId: actor.tenantId, unitPath: null });

function requireAgency(actor: Actor) {
  if (!can(actor, 'program.manage', GOVERNMENT(actor))) throw new ProblemError(403, 'partner.notAgency');
}

async function partnerInReach(tx: Tx, id: number, options: { lock?: boolean } = {}) {
  const partner = await repo.findPartner(tx, id, options);
  if (!partner) throw notFound();
  return partner;
}

/** Partners with their agreements (status on the government's today) and their trainer accounts. */
async function decorate(tx: Tx, rows: Awaited<ReturnType<typeof repo.findPartner>>[], now: Date) {
  const partners = rows.filter((row) => row !== undefined);
  const ids = partners.map((p) => p.id);
  const today = await tenantToday(tx, now);
  const agreements = await repo.agreementsOf(tx, ids);
  const accounts = await repo.accountsOf(tx, ids);
  return partners.map((partner) => ({
    ...partner,
    agreements: agreements
      .filter((a) => a.partnerId === partner.id)
      .map((a) => ({ ...a, ...agreementStatus(a, today, AGREEMENT_WARNING_DAYS) })),
    accounts: accounts
      .filter((a) => a.partnerId === partner.id)
      .map(({ partnerId: _partnerId, ...account }) => account),
  }));
}

async function viewOf(tx: Tx, id: number, now: Date) {
  return (await decorate(tx, [await partnerInReach(tx, id)], now))[0]!;
}

export function listPartners(db: Db, actor: Actor, query: z.output<typeof PartnerQuery>, now: Date) {
  requireAgency(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    const { rows, total } = await repo.listPartners(tx, query.q, query);
    return { items: await decorate(tx, rows, now), total, page: query.page, pageSize: query.pageSize };
  });
}

export function getPartner(db: Db, actor: Actor, id: number, now: Date) {
  requireAgency(actor);
  return withTenant(db, actor.tenantId, (tx) => viewOf(tx, id, now));
}

/** Runs a write of a partner's name: its unique violation under a race is the same 409 as the check. */
async function uniqueName<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if ((error as { code?: string }).code === '23505')
      throw new ProblemError(409, 'partner.nameTaken', { name });
    throw error;
  }
}

export function createPartner(db: Db, actor: Actor, body: z.output<typeof PartnerBody>, now: Date) {
  requireAgency(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    if (await repo.partnerNamed(tx, body.name, null)) {
      throw new ProblemError(409, 'partner.nameTaken', { name: body.name });
    }
    const id = await uniqueName(body.name, () => repo.insertPartner(tx, actor.tenantId, body));
    await publish(tx, actor.tenantId, {
      type: 'program.partnerSaved',
      actorAccountId: actor.accountId,
      payload: { partnerId: id, name: body.name, change: 'created' },
    });
    return viewOf(tx, id, now);
  });
}

export function updatePartner(
  db: Db,
  actor: Actor,
  id: number,
  body: z.output<typeof PartnerBody>,
  now: Date,
) {
  requireAgency(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    await partnerInReach(tx, id, { lock: true });
    if (await repo.partnerNamed(tx, body.name, id)) {
      throw new ProblemError(409, 'partner.nameTaken', { name: body.name });
    }
    await uniqueName(body.name, () => repo.updatePartner(tx, id, body));
    await publish(tx, actor.tenantId, {
      type: 'program.partnerSaved',
      actorAccountId: actor.accountId,
      payload: { partnerId: id, name: body.name, change: 'details' },
    });
    return viewOf(tx, id, now);
  });
}

/**
 * Records an agreement with a partner; its number is unique in the government. The daily task that
 * warns the agency before agreements run out is set (again) for the government.
 */
export function addAgreement(
  db: Db,
  actor: Actor,
  partnerId: number,
  body: z.output<typeof AgreementBody>,
  deps: { now: Date; schedules: Scheduler | undefined },
) {
  requireAgency(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    await partnerInReach(tx, partnerId, { lock: true });
    const taken = () => new ProblemError(409, 'partner.agreementNumberTaken', { number: body.number });
    if (await repo.agreementNumbered(tx, body.number)) throw taken();
    let agreementId: number;
    try {
      agreementId = await repo.insertAgreement(tx, actor.tenantId, { partnerId, ...body }, actor.accountId);
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw taken();
      throw error;
    }
    await publish(tx, actor.tenantId, {
      type: 'program.agreementAdded',
      actorAccountId: actor.accountId,
      payload: {
        partnerId,
        agreementId,
        number: body.number,
        validFrom: body.validFrom,
        validUntil: body.validUntil,
      },
    });
    if (deps.schedules) await scheduleExpiryWarnings(tx, deps.schedules, actor.tenantId, deps.now);
    return viewOf(tx, partnerId, deps.now);
  });
}

/** The government's trainer accounts (role mitra), for linking them to a partner or naming them as trainers. */
export function listMitraAccounts(db: Db, actor: Actor) {
  requireAgency(actor);
  return withTenant(db, actor.tenantId, async (tx) => ({ items: await repo.mitraAccounts(tx) }));
}

/**
 * Links a trainer account (role mitra, of this government) to a partner, or unlinks it: the
 * account then signs in for that partner. Another government's account is not found here.
 */
export function linkAccount(
  db: Db,
  actor: Actor,
  partnerId: number,
  accountId: number,
  linked: boolean,
  now: Date,
) {
  requireAgency(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    await partnerInReach(tx, partnerId, { lock: true });
    const account = await repo.findAccount(tx, accountId);
    if (!account) throw notFound();
    if (account.role !== 'mitra') throw new ProblemError(400, 'partner.notMitra');
    if (!linked && account.partnerId !== partnerId) throw new ProblemError(409, 'partner.accountNotLinked');
    await repo.setAccountPartner(tx, accountId, linked ? partnerId : null);
    await publish(tx, actor.tenantId, {
      type: 'program.partnerAccountLinked',
      actorAccountId: actor.accountId,
      payload: { partnerId, accountId, linked },
    });
    return viewOf(tx, partnerId, now);
  });
}

/** Whether the partner is the government's (for the programs feature: a trainer's or a program's partner). */
export async function partnerExists(tx: Tx, partnerId: number): Promise<boolean> {
  return (await repo.findPartner(tx, partnerId)) !== undefined;
}

/** What a trainer's account is (for the programs feature): its role, its partner, its employee. */
export function accountForTrainer(tx: Tx, accountId: number) {
  return repo.findAccount(tx, accountId);
}
