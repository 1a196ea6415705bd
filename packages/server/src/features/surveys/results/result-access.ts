import { type Actor, can } from '@jenjang/domain/shared/access';
import {
  NO_UNIT,
  type SliceDisclosure,
  sliceDisclosure,
} from '@jenjang/domain/surveys/survey-disclosure.rules';
import { type Db, type Tx, withTenant } from '../../../db/database';
import { finalizeWave } from '../responses/response.repository';
import { ownedResource, waveReach } from '../surveys/survey-access';
import * as repo from './result.repository';

// Who reads which results. A reader who reaches the unit a wave's whole audience lies in (a
// tenant-wide admin, pimpinan or auditor; a scoped one for a survey of its own unit) reads the whole
// wave. A scoped reader of a wider survey reads its slice: the answers whose unit (the respondent's
// OPD, or a public survey's service unit) lies in its subtree — only once the wave is closed, and
// only if that unit is a group the wave's breakdown by unit shows (survey-disclosure.rules.ts).

export interface WaveForResults {
  id: number;
  tenant_id: number;
  owner_unit_id: number | null;
  mode: string;
  audience: unknown;
  service_unit_id: number | null;
  status: string;
  min_group_size: number;
}

export type ResultsView =
  | { kind: 'whole' }
  | { kind: 'slice'; unitIds: number[]; disclosure: SliceDisclosure };

/** What the actor may read of a wave's results; null when nothing (the caller answers 404). */
export async function resultsView(tx: Tx, actor: Actor, wave: WaveForResults): Promise<ResultsView | null> {
  if (!can(actor, 'survey.read', await ownedResource(tx, wave))) return null;
  if (can(actor, 'survey.results', await waveReach(tx, wave))) return { kind: 'whole' };
  if (actor.scopeUnitId === null) return null;
  const counts = await repo.unitCounts(tx, wave.id);
  const inSlice = counts.filter(
    (c): c is typeof c & { unit_id: number } =>
      c.unit_id !== null &&
      c.path !== null &&
      can(actor, 'survey.results', { tenantId: wave.tenant_id, unitPath: c.path }),
  );
  const disclosure = sliceDisclosure({
    final: wave.status === 'closed',
    unitCounts: counts.map((c) => ({
      key: c.unit_id === null ? NO_UNIT : String(c.unit_id),
      count: c.count,
    })),
    sliceKeys: new Set(inSlice.map((c) => String(c.unit_id))),
    k: wave.min_group_size,
  });
  return { kind: 'slice', unitIds: inSlice.map((c) => c.unit_id), disclosure };
}

/** The units whose answers a view reads: all (undefined), a shown slice's, or none. */
export const viewUnits = (view: ResultsView): number[] | undefined =>
  view.kind === 'whole' ? undefined : view.disclosure.shown ? view.unitIds : [];

interface SettleableWave {
  id: number;
  status: string;
  closes_at: Date | string;
  pending: number | null;
}

/**
 * Whether a read must settle the wave before reading it: a wave whose window has passed is closed
 * (its last full batch released, fewer than k withheld), and answers still on their way at the close
 * are withheld. A read never releases a batch of an open wave: employees' batches leave with the
 * answer that fills them, public ones on their schedule (survey-schedules.ts), so no reader can time
 * a release. A closed public wave's waiting count is not told (migration 0017): an answer that raced
 * its close is withheld all the same, and at most its withheld count is a read late.
 */
function needsSettling(wave: SettleableWave): boolean {
  const expired = wave.status === 'open' && new Date(wave.closes_at) <= new Date();
  return expired || (wave.status === 'closed' && (wave.pending === null || wave.pending > 0));
}

/**
 * Settles the waves a read is about to read (`list` finds them) in a short transaction of their own,
 * before the read begins. Settling takes each wave's release lock (survey_finalize), which
 * PostgreSQL holds until the transaction ends: settled inside the read, every reader of a wave
 * waited for the whole read of the one before it. Locks are taken in the waves' order, so two
 * settling readers never wait for each other in a circle.
 */
export async function settleBeforeReading(
  db: Db,
  tenantId: number,
  list: (tx: Tx) => Promise<readonly SettleableWave[]>,
): Promise<void> {
  const due = (await withTenant(db, tenantId, list)).filter(needsSettling).map((wave) => wave.id);
  if (due.length === 0) return;
  await withTenant(db, tenantId, async (tx) => {
    for (const id of due.sort((a, b) => a - b)) await finalizeWave(tx, id, false);
  });
}
