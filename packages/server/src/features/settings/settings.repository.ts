import type { TimeZone } from '@jenjang/domain/shared/time-zone';
import type { IkmConvention } from '@jenjang/domain/surveys/ikm.rules';
import { EXACT_CONVENTION } from '@jenjang/domain/surveys/ikm.rules';
import type { Tx } from '../../db/database';
import { type JpmThresholds, type JpSettings, jpSettingsOf, thresholdsOf } from './competency-settings';

// The government's own row: row-level security shows a transaction its tenant only.

export function findTenant(tx: Tx, tenantId: number) {
  return tx
    .selectFrom('tenant')
    .select([
      'id',
      'name',
      'code',
      'kind',
      'time_zone',
      'ikm_weight',
      'ikm_round_decimals',
      'jpm_meets',
      'jpm_still_meets',
      'jp_target_pns',
      'jp_target_pppk',
      'jp_ceiling_pppk',
      'minutes_per_jp',
    ])
    .where('id', '=', tenantId)
    .executeTakeFirst();
}

/** Locks the government's row while its settings change, so two admins' changes are not mixed. */
export function lockTenant(tx: Tx, tenantId: number) {
  return tx.selectFrom('tenant').select('id').where('id', '=', tenantId).forUpdate().executeTakeFirst();
}

export async function updateTenant(
  tx: Tx,
  tenantId: number,
  values: {
    timeZone?: TimeZone;
    ikmConvention?: IkmConvention;
    jpmThresholds?: JpmThresholds;
    jp?: JpSettings;
  },
): Promise<void> {
  await tx
    .updateTable('tenant')
    .set({
      ...(values.timeZone ? { time_zone: values.timeZone } : {}),
      ...(values.ikmConvention
        ? {
            ikm_weight: values.ikmConvention.weight,
            ikm_round_decimals: values.ikmConvention.roundDecimals,
          }
        : {}),
      ...(values.jp
        ? {
            jp_target_pns: String(values.jp.pnsTarget),
            jp_target_pppk: String(values.jp.pppkTarget),
            jp_ceiling_pppk: values.jp.pppkCeiling === null ? null : String(values.jp.pppkCeiling),
            minutes_per_jp: values.jp.minutesPerJp,
          }
        : {}),
      ...(values.jpmThresholds
        ? {
            jpm_meets: String(values.jpmThresholds.meets),
            jpm_still_meets: String(values.jpmThresholds.stillMeets),
          }
        : {}),
    })
    .where('id', '=', tenantId)
    .execute();
}

/**
 * How the government of this transaction reports its IKM (DOMAIN.md §5). A transaction without a
 * government row (none visible) reads the regulation's own convention.
 */
export async function ikmConvention(tx: Tx): Promise<IkmConvention> {
  const row = await tx.selectFrom('tenant').select(['ikm_weight', 'ikm_round_decimals']).executeTakeFirst();
  return row ? conventionOf(row) : { ...EXACT_CONVENTION };
}

export const conventionOf = (row: {
  ikm_weight: string | null;
  ikm_round_decimals: number | null;
}): IkmConvention => ({
  weight: row.ikm_weight === '0.111' ? '0.111' : 'exact',
  roundDecimals: row.ikm_round_decimals === 2 || row.ikm_round_decimals === 3 ? row.ikm_round_decimals : null,
});

/** The Job-Person Match cut-offs of the government of this transaction (the defaults when none is visible). */
export async function jpmThresholds(tx: Tx): Promise<JpmThresholds> {
  const row = await tx.selectFrom('tenant').select(['jpm_meets', 'jpm_still_meets']).executeTakeFirst();
  return thresholdsOf(row);
}

/** The JP targets of the government of this transaction (the defaults when none is visible). */
export async function jpSettings(tx: Tx): Promise<JpSettings> {
  const row = await tx
    .selectFrom('tenant')
    .select(['jp_target_pns', 'jp_target_pppk', 'jp_ceiling_pppk', 'minutes_per_jp'])
    .executeTakeFirst();
  return jpSettingsOf(row);
}
