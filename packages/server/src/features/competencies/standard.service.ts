import { createHash } from 'node:crypto';
import type { CopyStandardBody, PositionStandardBody } from '@jenjang/domain/competency/competency.contract';
import { type Actor, can, listScope } from '@jenjang/domain/shared/access';
import type { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import type { Locale } from '../../i18n/translate';
import { requireCompetencyManage } from './competency.service';
import * as repo from './standard.repository';

// Standar Kompetensi Jabatan (PermenPANRB 38/2017): each position's required level per competency.
// Standards are the whole government's: everyone reads them, admins without a unit scope keep them.

export async function getStandard(db: Db, actor: Actor, positionId: number, locale: Locale) {
  if (!can(actor, 'competency.read', { tenantId: actor.tenantId, unitPath: null })) throw notFound();
  return withTenant(db, actor.tenantId, async (tx) => {
    const [position] = await repo.positionsWithHolders(tx, [positionId], listScope(actor, 'dashboard.read'));
    if (!position) throw notFound();
    const requirements = (await repo.standardsOf(tx, [positionId], locale)).get(positionId) ?? [];
    return {
      positionId,
      positionName: position.name,
      requirements,
      holderCount: position.holderCount,
      version: versionOf(requirements),
    };
  });
}

type Changes = Record<string, { before: number | null; after: number | null }>;

/** A standard's version: its requirements as they are (two reads agree exactly when nothing changed). */
export function versionOf(requirements: readonly repo.RequiredLevel[]): string {
  return createHash('sha256')
    .update(
      [...requirements]
        .sort((a, b) => a.competencyId - b.competencyId)
        .map((r) => `${r.competencyId}:${r.requiredLevel}`)
        .join(','),
    )
    .digest('base64url')
    .slice(0, 22);
}

/** Required levels by code that differ between two standards of one position. */
function changesBetween(
  before: readonly repo.RequirementRow[],
  after: readonly repo.RequirementRow[],
): Changes {
  const was = new Map(before.map((r) => [r.code, r.requiredLevel]));
  const now = new Map(after.map((r) => [r.code, r.requiredLevel]));
  const changes: Changes = {};
  for (const code of new Set([...was.keys(), ...now.keys()])) {
    const b = was.get(code) ?? null;
    const a = now.get(code) ?? null;
    if (a !== b) changes[code] = { before: b, after: a };
  }
  return changes;
}

/** Refuses competencies the government does not have (another's, or removed). */
async function requireCompetencies(tx: Tx, ids: readonly number[]) {
  const existing = await repo.existingCompetencies(tx, ids);
  const unknown = ids.findIndex((id) => !existing.has(id));
  if (unknown >= 0) {
    throw new ProblemError(400, 'problem.validation', {}, [
      { path: `body/requirements/${unknown}/competencyId`, key: 'errors.competency.unknown' },
    ]);
  }
}

/** A removal racing a standard that names the competency: the foreign key refuses it. */
async function refusingGone<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if ((error as { code?: string }).code === '23503') throw new ProblemError(409, 'competency.gone');
    throw error;
  }
}

export interface StandardWrite {
  tenantId: number;
  actorAccountId: number | null;
  positionId: number;
  positionName: string;
  before: readonly repo.RequirementRow[];
  copiedFrom?: number;
  job?: string;
}

/** Publishes what changed in a position's standard, if anything did. */
export async function publishStandardChange(tx: Tx, write: StandardWrite, locale: Locale) {
  const after = (await repo.standardsOf(tx, [write.positionId], locale)).get(write.positionId) ?? [];
  const changes = changesBetween(write.before, after);
  if (Object.keys(changes).length === 0) return false;
  await publish(tx, write.tenantId, {
    type: 'competency.standardChanged',
    actorAccountId: write.actorAccountId,
    payload: {
      positionId: write.positionId,
      name: write.positionName,
      changes,
      ...(write.copiedFrom === undefined ? {} : { copiedFrom: write.copiedFrom }),
      ...(write.job === undefined ? {} : { job: write.job }),
    },
  });
  return true;
}

export async function putStandard(
  db: Db,
  actor: Actor,
  positionId: number,
  input: z.output<typeof PositionStandardBody>,
  locale: Locale,
) {
  requireCompetencyManage(actor);
  const ids = input.requirements.map((r) => r.competencyId);
  const twice = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (twice >= 0) {
    throw new ProblemError(400, 'problem.validation', {}, [
      { path: `body/requirements/${twice}/competencyId`, key: 'errors.competency.requiredTwice' },
    ]);
  }
  await withTenant(db, actor.tenantId, async (tx) => {
    const [position] = await repo.lockPositions(tx, [positionId]);
    if (!position) throw notFound();
    await requireCompetencies(tx, ids);
    const before = (await repo.standardsOf(tx, [positionId], locale)).get(positionId) ?? [];
    // Two admins editing one standard: the second save, made on what the first changed, is refused.
    if (input.version !== undefined && input.version !== versionOf(before)) {
      throw new ProblemError(409, 'competency.standardChangedMeanwhile');
    }
    await refusingGone(() => repo.replaceStandard(tx, actor.tenantId, positionId, input.requirements));
    await publishStandardChange(
      tx,
      {
        tenantId: actor.tenantId,
        actorAccountId: actor.accountId,
        positionId,
        positionName: position.name,
        before,
      },
      locale,
    );
  });
  return getStandard(db, actor, positionId, locale);
}

/** Gives other positions this one's standard (similar posts share one), replacing theirs. */
export async function copyStandard(
  db: Db,
  actor: Actor,
  fromPositionId: number,
  input: z.output<typeof CopyStandardBody>,
  locale: Locale,
) {
  requireCompetencyManage(actor);
  const targets = [...new Set(input.toPositionIds)].filter((id) => id !== fromPositionId);
  return withTenant(db, actor.tenantId, async (tx) => {
    const locked = await repo.lockPositions(tx, [fromPositionId, ...targets]);
    const byId = new Map(locked.map((p) => [p.id, p]));
    if (!byId.has(fromPositionId)) throw notFound();
    const missing = input.toPositionIds.findIndex((id) => !byId.has(id));
    if (missing >= 0) {
      throw new ProblemError(400, 'problem.validation', {}, [
        { path: `body/toPositionIds/${missing}`, key: 'errors.competency.unknownPosition' },
      ]);
    }
    const standards = await repo.standardsOf(tx, [fromPositionId, ...targets], locale);
    const source = standards.get(fromPositionId) ?? [];
    let changed = 0;
    for (const positionId of targets) {
      await repo.replaceStandard(tx, actor.tenantId, positionId, source);
      const write = {
        tenantId: actor.tenantId,
        actorAccountId: actor.accountId,
        positionId,
        positionName: byId.get(positionId)!.name,
        before: standards.get(positionId) ?? [],
        copiedFrom: fromPositionId,
      };
      if (await publishStandardChange(tx, write, locale)) changed++;
    }
    return { positions: changed, requirements: source.length };
  });
}
