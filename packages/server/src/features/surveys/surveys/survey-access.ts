import { type Actor, can, type Resource } from '@jenjang/domain/shared/access';
import { Audience } from '@jenjang/domain/surveys/survey.contract';
import type { Tx } from '../../../db/database';
import { ProblemError } from '../../../http/problem';
import type { AudienceSelection } from '../audiences/audience-sources';
import * as repo from './survey.repository';

// Which part of the government a survey belongs to, for the pure can(): surveys and questionnaires
// of the whole government (owner unit null) are managed by its tenant-wide admins; those an admin
// scoped to an OPD created belong to that unit and are managed within its subtree. Results are read
// whole by whoever reaches the unit the wave's audience lies in, and in slices by narrower readers
// (result.service.ts).

/** The common beginning of unit paths; null when they share no unit or there are none. */
export function commonPath(paths: readonly (readonly number[] | null)[]): number[] | null {
  if (paths.length === 0 || paths.some((p) => p === null || p.length === 0)) return null;
  const first = paths[0]!;
  let length = first.length;
  for (const path of paths as readonly (readonly number[])[]) {
    let i = 0;
    while (i < length && i < path.length && path[i] === first[i]) i++;
    length = i;
  }
  return length === 0 ? null : first.slice(0, length);
}

async function pathOf(tx: Tx, unitId: number | null): Promise<number[] | null> {
  if (unitId === null) return null;
  return (await repo.unitPaths(tx, [unitId])).get(unitId) ?? null;
}

/** A survey or questionnaire as a resource: its owner unit's path, or null for the whole government. */
export async function ownedResource(
  tx: Tx,
  row: { tenant_id: number; owner_unit_id: number | null },
): Promise<Resource> {
  return { tenantId: row.tenant_id, unitPath: await pathOf(tx, row.owner_unit_id) };
}

/**
 * The narrowest unit all of a wave's answers come from: the owner unit; else a public survey's
 * service unit; else the units its criteria name, or its invitees' OPDs for a list or a source.
 * Fixed once the wave opens (invitations and criteria do not change), so a reader's view never
 * flips mid-wave.
 */
export async function waveReach(
  tx: Tx,
  wave: {
    id: number;
    tenant_id: number;
    owner_unit_id: number | null;
    mode: string;
    audience: unknown;
    service_unit_id: number | null;
  },
): Promise<Resource> {
  const resource = (unitPath: number[] | null): Resource => ({ tenantId: wave.tenant_id, unitPath });
  if (wave.owner_unit_id !== null) return resource(await pathOf(tx, wave.owner_unit_id));
  if (wave.mode === 'public') return resource(await pathOf(tx, wave.service_unit_id));
  const audience = Audience.safeParse(wave.audience);
  if (audience.success && audience.data.kind === 'criteria') {
    const ids = audience.data.unitIds;
    if (ids.length === 0) return resource(null);
    const paths = await repo.unitPaths(tx, ids);
    return resource(commonPath(ids.map((id) => paths.get(id) ?? null)));
  }
  const units = await repo.invitationUnitIds(tx, wave.id);
  const paths = await repo.unitPaths(
    tx,
    units.filter((u): u is number => u !== null),
  );
  return resource(commonPath(units.map((u) => (u === null ? null : (paths.get(u) ?? null)))));
}

/**
 * What an actor creating a survey may ask: a scoped admin only people inside its subtree (named
 * units below it, listed employees or a source's people working there, a public survey's service
 * unit there). The owner unit is the actor's scope. Throws a translated 400 otherwise.
 */
export async function checkAudienceReach(
  tx: Tx,
  actor: Actor,
  input: { mode: string; audience?: AudienceSelection | undefined; serviceUnitId: number | null },
): Promise<void> {
  if (actor.scopeUnitId === null) return;
  const inside = (path: number[] | null | undefined) =>
    can(actor, 'survey.manage', { tenantId: actor.tenantId, unitPath: path ?? null });
  if (input.mode === 'public') {
    if (!inside(await pathOf(tx, input.serviceUnitId)))
      throw new ProblemError(400, 'survey.serviceOutsideReach');
  }
  const audience = input.audience;
  if (input.mode === 'public' || !audience) return;
  if (audience.kind === 'criteria') {
    const paths = await repo.unitPaths(tx, audience.unitIds);
    if (audience.unitIds.length === 0 || audience.unitIds.some((id) => !inside(paths.get(id)))) {
      throw new ProblemError(400, 'survey.audienceOutsideReach');
    }
    return;
  }
  if (audience.kind === 'source') {
    const outside = await repo.countAudienceOutside(tx, audience, actor.scopeUnitId);
    if (outside > 0) throw new ProblemError(400, 'survey.audienceOutsideReach');
    return;
  }
  const employees = await repo.employeeUnitPaths(tx, audience.employeeIds);
  if (employees.some((e) => !inside(e.path))) throw new ProblemError(400, 'survey.audienceOutsideReach');
}
