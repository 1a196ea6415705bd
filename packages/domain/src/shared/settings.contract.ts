import { z } from 'zod';
import { JpmThresholds, JpSettings } from '../competency/competency-settings.contract';
import { normalizeNip, validateNip } from '../people/nip.rules';
import { IkmConvention } from '../surveys/survey-results.contract';
import { textLine } from './common.contract';
import { GOVERNMENT_KINDS } from './government.rules';
import { TIME_ZONES } from './time-zone';

// A government's own settings ("Pengaturan › Instansi"): who it is, which clock it keeps, how its
// IKM reports weigh the nine elements (DOMAIN.md §5), and the letterhead its program certificates
// carry. Read and changed by its tenant-wide admins.

/** A signer's NIP as people type it (spaces, dots) stored as its 18 digits, checked as a NIP is. */
const SignerNip = z
  .string()
  .overwrite((text) => {
    const normalized = normalizeNip(text);
    return normalized.ok ? normalized.value : text.trim();
  })
  .superRefine((text, ctx) => {
    const result = validateNip(text);
    if (!result.ok) {
      ctx.addIssue({
        code: 'custom',
        message: result.code,
        params: { i18n: `errors.${result.code}`, ...result.params },
      });
    }
  });

/**
 * What a program's certificate carries (migration 0052): the issuing agency under the
 * government's name and its address, and the official who signs, with their title and NIP.
 * Empty (null) until the government fills them in.
 */
export const Letterhead = z
  .object({
    agency: z.string().nullable(),
    address: z.string().nullable(),
    signerName: z.string().nullable(),
    signerTitle: z.string().nullable(),
    signerNip: z.string().nullable(),
  })
  .meta({ id: 'Letterhead' });
export type Letterhead = z.infer<typeof Letterhead>;

/** The letterhead as an admin sends it: every field, null for one left empty. */
export const LetterheadBody = z
  .object({
    agency: textLine(200).nullable(),
    address: textLine(300).nullable(),
    signerName: textLine(200).nullable(),
    signerTitle: textLine(200).nullable(),
    signerNip: SignerNip.nullable(),
  })
  .strict()
  .meta({ id: 'LetterheadBody' });

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
    /** The letterhead and signer of program certificates. */
    letterhead: Letterhead,
  })
  .meta({ id: 'TenantSettings' });

export const UpdateTenantSettingsBody = z
  .object({
    timeZone: z.enum(TIME_ZONES).optional(),
    ikmConvention: IkmConvention.optional(),
    jpmThresholds: JpmThresholds.optional(),
    jp: JpSettings.optional(),
    letterhead: LetterheadBody.optional(),
  })
  .strict()
  .meta({ id: 'UpdateTenantSettingsBody' });
