import type { Actor } from '@jenjang/domain/shared/access';
import type { KeyPositionBody, SuccessorBody } from '@jenjang/domain/talent/talent-api.contract';
import type { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import { manages, requireManager } from '../performance/performance-access';
import { jpmOf } from './placement';
import * as repo from './talent.repository';
import { reachOf } from './talent.service';

// Succession planning (PermenPANRB 3/2020): the agency marks key positions and names successors to
// them, drawn from the talent pool of the latest year placed, each with how well they meet the
// position's competency standard and how soon they would be ready. Read by the agency and by the
// roles the talent settings name whose reach is the whole government (not a unit's supervisor).

const CANDIDATES = 25;

async function requireWholeReach(tx: Tx, actor: Actor, now: Date) {
  const reach = await reachOf(tx, actor, await tenantToday(tx, now));
  if (!reach || reach.unitId !== null) throw new ProblemError(403, 'talent.successionNotVisible');
}

const keyPositionView = (k: repo.KeyPositionRow) => ({ ...k, markedAt: k.markedAt.toISOString() });

export async function keyPositions(db: Db, actor: Actor, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    await requireWholeReach(tx, actor, now);
    return { items: (await repo.keyPositions(tx)).map(keyPositionView), canManage: manages(actor) };
  });
}

function candidateView(r: repo.CandidateRow) {
  return {
    employeeId: r.employeeId,
    name: r.name,
    nip: r.nip,
    golongan: r.golongan,
    unit: r.unit,
    position: r.position,
    year: r.year,
    box: r.box,
    performanceScore: Number(r.performanceScore),
    potentialScore: Number(r.potentialScore),
    jpm: jpmOf(r),
    readiness: r.readiness,
    note: r.note,
  };
}

async function successionView(tx: Tx, actor: Actor, positionId: number) {
  const position = await repo.keyPosition(tx, positionId);
  if (!position) throw notFound();
  const named = await repo.successors(tx, positionId);
  const pool = await repo.poolCandidates(tx, positionId, CANDIDATES);
  const years = await repo.mappings(tx);
  return {
    position: keyPositionView(position),
    year: years[0]?.year ?? null,
    successors: named.map(candidateView),
    candidates: pool.map(candidateView),
    canManage: manages(actor),
  };
}

export async function succession(db: Db, actor: Actor, positionId: number, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    await requireWholeReach(tx, actor, now);
    return successionView(tx, actor, positionId);
  });
}

async function announce(
  tx: Tx,
  actor: Actor,
  positionId: number,
  change: 'marked' | 'unmarked' | 'named' | 'removed',
  employeeId?: number,
) {
  await publish(tx, actor.tenantId, {
    type: 'talent.successionChanged',
    actorAccountId: actor.accountId,
    payload: { positionId, change, employeeId: employeeId ?? null },
  });
}

export async function markKeyPosition(db: Db, actor: Actor, body: z.output<typeof KeyPositionBody>) {
  requireManager(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    if (!(await repo.positionExists(tx, body.positionId))) {
      throw new ProblemError(400, 'talent.unknownPosition');
    }
    if (
      !(await repo.markKeyPosition(tx, actor.tenantId, body.positionId, body.note ?? null, actor.accountId))
    ) {
      throw new ProblemError(409, 'talent.keyPositionExists');
    }
    await announce(tx, actor, body.positionId, 'marked');
    return successionView(tx, actor, body.positionId);
  });
}

export async function unmarkKeyPosition(db: Db, actor: Actor, positionId: number) {
  requireManager(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    if (!(await repo.unmarkKeyPosition(tx, positionId))) throw notFound();
    await announce(tx, actor, positionId, 'unmarked');
  });
}

/** Names (or re-rates) a successor: an active PNS who does not hold the position already. */
export async function nameSuccessor(
  db: Db,
  actor: Actor,
  positionId: number,
  body: z.output<typeof SuccessorBody>,
) {
  requireManager(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    if (!(await repo.keyPosition(tx, positionId, { lock: true }))) throw notFound();
    const person = await repo.person(tx, body.employeeId);
    if (person?.status !== 'aktif' || person.employeeType !== 'PNS') {
      throw new ProblemError(400, 'talent.successorNotEligible');
    }
    if (await repo.holdsPosition(tx, body.employeeId, positionId)) {
      throw new ProblemError(400, 'talent.successorHolds');
    }
    await repo.nameSuccessor(tx, actor.tenantId, {
      positionId,
      employeeId: body.employeeId,
      readiness: body.readiness,
      note: body.note ?? null,
      by: actor.accountId,
    });
    await announce(tx, actor, positionId, 'named', body.employeeId);
    return successionView(tx, actor, positionId);
  });
}

export async function removeSuccessor(db: Db, actor: Actor, positionId: number, employeeId: number) {
  requireManager(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    if (!(await repo.removeSuccessor(tx, positionId, employeeId))) throw notFound();
    await announce(tx, actor, positionId, 'removed', employeeId);
    return successionView(tx, actor, positionId);
  });
}
