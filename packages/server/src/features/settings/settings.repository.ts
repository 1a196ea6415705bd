import type { Letterhead } from '@jenjang/domain/shared/settings.contract';
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
      'letterhead_agency',
      'letterhead_address',
      'certificate_signer_name',
      'certificate_signer_title',
      'certificate_signer_nip',
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
    letterhead?: Letterhead;
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
      ...(values.letterhead
        ? {
            letterhead_agency: values.letterhead.agency,
            letterhead_address: values.letterhead.address,
            certificate_signer_name: values.letterhead.signerName,
            certificate_signer_title: values.letterhead.signerTitle,
            certificate_signer_nip: values.letterhead.signerNip,
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

/** The letterhead and signer of the government's certificates, as the settings show them. */
export const letterheadOf = (row: {
  letterhead_agency: string | null;
  letterhead_address: string | null;
  certificate_signer_name: string | null;
  certificate_signer_title: string | null;
  certificate_signer_nip: string | null;
}): Letterhead => ({
  agency: row.letterhead_agency,
  address: row.letterhead_address,
  signerName: row.certificate_signer_name,
  signerTitle: row.certificate_signer_title,
  signerNip: row.certificate_signer_nip,
});

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
