import { type Actor, can } from '@jenjang/domain/shared/access';
import type { GovernmentKind } from '@jenjang/domain/shared/government.rules';
import type { Letterhead } from '@jenjang/domain/shared/settings.contract';
import type { TimeZone } from '@jenjang/domain/shared/time-zone';
import type { IkmConvention } from '@jenjang/domain/surveys/ikm.rules';
import { type Db, type Tx, withTenant } from '../../db/database';
import { publish } from '../../events';
import { forbidden, notFound } from '../../http/problem';
import { type JpmThresholds, type JpSettings, jpSettingsOf, thresholdsOf } from './competency-settings';
import * as repo from './settings.repository';

// The government's settings are the whole government's: only its tenant-wide admins read and
// change them (an OPD's admin reaches a subtree, never the government itself).

function authorise(actor: Actor) {
  if (!can(actor, 'tenant.manage', { tenantId: actor.tenantId, unitPath: null })) throw forbidden();
}

async function settingsOf(tx: Tx, tenantId: number) {
  const row = await repo.findTenant(tx, tenantId);
  if (!row || row.kind === 'nasional') throw notFound();
  return {
    name: row.name,
    code: row.code,
    kind: row.kind as GovernmentKind,
    timeZone: row.time_zone,
    ikmConvention: repo.conventionOf(row),
    jpmThresholds: thresholdsOf(row),
    jp: jpSettingsOf(row),
    letterhead: repo.letterheadOf(row),
  };
}

export async function getSettings(db: Db, actor: Actor) {
  authorise(actor);
  return withTenant(db, actor.tenantId, (tx) => settingsOf(tx, actor.tenantId));
}

/**
 * Changes the time zone, the IKM convention, the JP and JPM settings and/or the certificates'
 * letterhead, audited with both the old and the new values.
 * Stored instants keep their meaning: a survey window is an instant, shown on the new clock.
 */
export async function updateSettings(
  db: Db,
  actor: Actor,
  input: {
    timeZone?: TimeZone | undefined;
    ikmConvention?: IkmConvention | undefined;
    jpmThresholds?: JpmThresholds | undefined;
    jp?: JpSettings | undefined;
    letterhead?: Letterhead | undefined;
  },
) {
  authorise(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    await repo.lockTenant(tx, actor.tenantId);
    const before = await settingsOf(tx, actor.tenantId);
    const changes = {
      ...(input.timeZone && input.timeZone !== before.timeZone ? { timeZone: input.timeZone } : {}),
      ...(input.ikmConvention && !sameConvention(input.ikmConvention, before.ikmConvention)
        ? { ikmConvention: input.ikmConvention }
        : {}),
      ...(input.jpmThresholds && !sameThresholds(input.jpmThresholds, before.jpmThresholds)
        ? { jpmThresholds: input.jpmThresholds }
        : {}),
      ...(input.jp && JSON.stringify(input.jp) !== JSON.stringify(before.jp) ? { jp: input.jp } : {}),
      ...(input.letterhead && !sameLetterhead(input.letterhead, before.letterhead)
        ? { letterhead: input.letterhead }
        : {}),
    };
    if (Object.keys(changes).length === 0) return before;
    await repo.updateTenant(tx, actor.tenantId, changes);
    // What certificates carry is the programs' concern, audited as theirs with both versions.
    const { letterhead, ...others } = changes;
    if (letterhead) {
      await publish(tx, actor.tenantId, {
        type: 'program.letterheadChanged',
        actorAccountId: actor.accountId,
        payload: { tenantId: actor.tenantId, from: before.letterhead, to: letterhead },
      });
    }
    if (Object.keys(others).length === 0) return settingsOf(tx, actor.tenantId);
    await publish(tx, actor.tenantId, {
      type: 'tenant.settingsChanged',
      actorAccountId: actor.accountId,
      payload: {
        tenantId: actor.tenantId,
        ...(changes.timeZone ? { timeZone: { from: before.timeZone, to: changes.timeZone } } : {}),
        ...(changes.ikmConvention
          ? { ikmConvention: { from: before.ikmConvention, to: changes.ikmConvention } }
          : {}),
        ...(changes.jpmThresholds
          ? { jpmThresholds: { from: before.jpmThresholds, to: changes.jpmThresholds } }
          : {}),
        ...(changes.jp ? { jp: { from: before.jp, to: changes.jp } } : {}),
      },
    });
    return settingsOf(tx, actor.tenantId);
  });
}

// What other features read of the settings, inside their own transaction and under their own
// checks: a government's IKM convention is stated on every IKM its readers see, so reading it
// needs no permission of its own.

/** How the government of this transaction reports its IKM (the regulation's own when none is visible). */
export function ikmConvention(tx: Tx): Promise<IkmConvention> {
  return repo.ikmConvention(tx);
}

/** The IKM convention stored on a government's row, as the rules take it. */
export function conventionOf(row: { ikm_weight: string | null; ikm_round_decimals: number | null }) {
  return repo.conventionOf(row);
}

/** The Job-Person Match cut-offs of the government of this transaction. */
export function jpmThresholds(tx: Tx): Promise<JpmThresholds> {
  return repo.jpmThresholds(tx);
}

/** The JP targets of the government of this transaction. */
export function jpSettings(tx: Tx): Promise<JpSettings> {
  return repo.jpSettings(tx);
}

const sameThresholds = (a: JpmThresholds, b: JpmThresholds) =>
  a.meets === b.meets && a.stillMeets === b.stillMeets;

const sameLetterhead = (a: Letterhead, b: Letterhead) =>
  a.agency === b.agency &&
  a.address === b.address &&
  a.signerName === b.signerName &&
  a.signerTitle === b.signerTitle &&
  a.signerNip === b.signerNip;

const sameConvention = (a: IkmConvention, b: IkmConvention) =>
  a.weight === b.weight && a.roundDecimals === b.roundDecimals;
