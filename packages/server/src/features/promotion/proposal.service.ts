import {
  golonganRank,
  isPnsGolongan,
  normalizeGolongan,
  type PnsGolongan,
} from '@jenjang/domain/people/golongan';
import type { Actor } from '@jenjang/domain/shared/access';
import { promotionEligibility, validatePromotionTarget } from '@jenjang/domain/talent/promotion.rules';
import type { DecideBody, ProposeBody, SanctionBody } from '@jenjang/domain/talent/promotion-api.contract';
import type { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import { requireManager } from '../performance/performance-access';
import { candidateAt, fungsionalLevel, loadPeople, promotionView } from './eligibility.service';
import * as repo from './promotion.repository';
import { rulesInForce } from './promotion-rules';

// Proposals of kenaikan pangkat, their decrees, and the disciplinary sanctions that bar one while
// they run: the agency's (performance.manage).

async function activePns(tx: Tx, employeeId: number) {
  const row = await repo.lockEmployee(tx, employeeId);
  if (row?.status !== 'aktif') throw new ProblemError(400, 'performance.unknownEmployee');
  return row;
}

function pnsGolongan(value: string | null): PnsGolongan {
  const read = value === null ? null : normalizeGolongan(value, 'PNS');
  if (!read?.ok || !isPnsGolongan(read.code)) {
    throw new ProblemError(400, 'promotion.golonganUnknown', { value: value ?? '' });
  }
  return read.code;
}

/** A jenjang's name as both languages write it ('ahli_pertama' → 'Ahli Pertama'); other levels as they are. */
const levelName = (level: string | undefined) =>
  (level ?? '').replace(/_/g, ' ').replace(/\b[a-z]/g, (letter) => letter.toUpperCase());

/**
 * Proposes one person for a period under the rules in force on it: one step up, within their
 * education's ceiling, on a period date of those rules, and eligible by them; once per period.
 */
export async function propose(db: Db, actor: Actor, body: z.output<typeof ProposeBody>, now: Date) {
  requireManager(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    const row = await activePns(tx, body.employeeId);
    if (row.employeeType !== 'PNS') throw new ProblemError(400, 'promotion.notPns');
    const from = pnsGolongan(row.golongan);
    const { rules, source } = await rulesInForce(tx, body.period);
    const [error] = validatePromotionTarget(
      from,
      body.toGolongan,
      row.education,
      rules,
      fungsionalLevel(row.positionLevel),
    );
    if (error)
      throw new ProblemError(400, `errors.${error.code}`, {
        ...error.params,
        level: levelName(error.params.level),
      });
    if (!rules.periods.includes(Number(body.period.slice(5, 7)))) {
      throw new ProblemError(400, 'promotion.notAPeriod', { period: body.period });
    }
    const person = candidateAt(
      await loadPeople(tx, body.period, [rules], { employeeId: body.employeeId }),
      0,
    );
    const result = promotionEligibility(person, rules, body.period);
    const unmet = result.checks.filter((c) => !c.met).map((c) => c.rule);
    if (unmet.length > 0) throw new ProblemError(409, 'promotion.notEligible', { rules: unmet.join(', ') });
    const id = await repo.insertPromotion(tx, actor.tenantId, {
      employeeId: body.employeeId,
      period: body.period,
      fromGolongan: from,
      toGolongan: body.toGolongan,
      rulesVersionId: source?.versionId ?? null,
      eligible: true,
      by: actor.accountId,
      at: now,
    });
    if (id === null) throw new ProblemError(409, 'promotion.exists', { period: body.period });
    await publish(tx, actor.tenantId, {
      type: 'promotion.changed',
      actorAccountId: actor.accountId,
      payload: { promotionId: id, employeeId: body.employeeId, period: body.period, state: 'proposed' },
    });
    return promotionView((await repo.findPromotion(tx, id))!);
  });
}

/**
 * Records the outcome of a proposal: approved with its decree (the TMT is the period date, as for
 * every reguler promotion) and the person's golongan and TMT golongan become the decree's; or
 * rejected with the reason. A decided proposal stays as it is.
 */
export async function decide(db: Db, actor: Actor, id: number, body: z.output<typeof DecideBody>, now: Date) {
  requireManager(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    const proposal = await repo.findPromotion(tx, id, { lock: true });
    if (!proposal) throw notFound();
    if (proposal.state !== 'proposed') throw new ProblemError(409, 'promotion.decided');
    if (body.outcome === 'approved') {
      if (body.tmt !== proposal.period) {
        throw new ProblemError(400, 'promotion.tmtNotPeriod', { tmt: body.tmt, period: proposal.period });
      }
      const person = await repo.lockEmployee(tx, proposal.employeeId);
      if (!person || pnsGolongan(person.golongan) !== proposal.fromGolongan) {
        throw new ProblemError(409, 'promotion.golonganChanged', { from: proposal.fromGolongan });
      }
      const to = proposal.toGolongan as PnsGolongan;
      await repo.setGolongan(tx, proposal.employeeId, to, golonganRank(to), body.tmt);
      await repo.decidePromotion(tx, id, { state: 'approved', ...body, by: actor.accountId, at: now });
    } else {
      await repo.decidePromotion(tx, id, {
        state: 'rejected',
        reason: body.reason,
        by: actor.accountId,
        at: now,
      });
    }
    await publish(tx, actor.tenantId, {
      type: 'promotion.changed',
      actorAccountId: actor.accountId,
      payload: {
        promotionId: id,
        employeeId: proposal.employeeId,
        period: proposal.period,
        state: body.outcome,
      },
    });
    return promotionView((await repo.findPromotion(tx, id))!);
  });
}

export async function listSanctions(db: Db, actor: Actor, employeeId: number | undefined) {
  requireManager(actor);
  return withTenant(db, actor.tenantId, async (tx) => ({ items: await repo.sanctions(tx, { employeeId }) }));
}

export async function recordSanction(db: Db, actor: Actor, body: z.output<typeof SanctionBody>) {
  requireManager(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    await activePns(tx, body.employeeId);
    const id = await repo.insertSanction(tx, actor.tenantId, { ...body, by: actor.accountId });
    await publish(tx, actor.tenantId, {
      type: 'promotion.sanctionChanged',
      actorAccountId: actor.accountId,
      payload: { sanctionId: id, employeeId: body.employeeId, change: 'recorded' },
    });
    return (await repo.sanctions(tx, { id }))[0]!;
  });
}

/** Ends a sanction that runs on (or ends it earlier, as a decision may), never before it began. */
export async function endSanction(db: Db, actor: Actor, id: number, endsOn: string) {
  requireManager(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    const [sanction] = await repo.sanctions(tx, { id, lock: true });
    if (!sanction) throw notFound();
    if (endsOn < sanction.startsOn) {
      throw new ProblemError(400, 'errors.promotion.sanctionEndsBefore', { startsOn: sanction.startsOn });
    }
    await repo.endSanction(tx, id, endsOn);
    await publish(tx, actor.tenantId, {
      type: 'promotion.sanctionChanged',
      actorAccountId: actor.accountId,
      payload: { sanctionId: id, employeeId: sanction.employeeId, change: 'ended' },
    });
    return (await repo.sanctions(tx, { id }))[0]!;
  });
}
