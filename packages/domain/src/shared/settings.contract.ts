import { z } from 'zod';
import { JpmThresholds, JpSettings } from '../competency/competency-settings.contract';
import { IkmConvention } from '../surveys/survey-results.contract';
import { GOVERNMENT_KINDS } from './government.rules';
import { TIME_ZONES } from './time-zone';

// A government's own settings ("Pengaturan › Instansi"): who it is, which clock it keeps, and how
// its IKM reports weigh the nine elements (DOMAIN.md §5). Read and changed by its tenant-wide admins.

export const TenantSettings = z
  .object({
    name: z.string(),
    code: z.string(),
    kind: z.enum(GOVERNMENT_KINDS),
    /** WIB, WITA or WIT: survey windows, reminders and dates follow it. */
    timeZone: z.enum(TIME_ZONES),
    ikmConvention: IkmConvention,
    /** Where Job-Person Match reads "Memenuhi Syarat" and "Masih Memenuhi Syarat" (DOMAIN.md §4). */
    jpmThresholds: JpmThresholds,
    /** The yearly JP targets and the length of one JP (DOMAIN.md §3). */
    jp: JpSettings,
  })
  .meta({ id: 'TenantSettings' });

export const UpdateTenantSettingsBody = z
  .object({
    timeZone: z.enum(TIME_ZONES).optional(),
    ikmConvention: IkmConvention.optional(),
    jpmThresholds: JpmThresholds.optional(),
    jp: JpSettings.optional(),
  })
  .strict()
  .meta({ id: 'UpdateTenantSettingsBody' });
