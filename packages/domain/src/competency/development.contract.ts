import { z } from 'zod';
import { LocaleSchema } from '../shared/auth.contract';
import { CalendarDate, PageQuery, pageOf, textLine } from '../shared/common.contract';
import { JpSettings } from './competency-settings.contract';
import { JP_PER_ACTIVITY_MAX } from './development-import.rules';
import { DEVELOPMENT_KINDS, DEVELOPMENT_PATH_CODES } from './development-paths';
import { JP_STATUSES } from './jp-attainment.rules';

// Each employee's development history (SIASN's riwayat diklat and kursus, Jenjang's programs) and
// the yearly JP it earns against the target (PP 17/2020 art. 203(4); DOMAIN.md §3).

const Jp = z.number().gt(0).max(JP_PER_ACTIVITY_MAX).multipleOf(0.01);

export const DevelopmentRecordBody = z
  .object({
    kind: z.enum(['diklat', 'kursus']),
    category: textLine(100).nullable().default(null),
    name: textLine(300, { min: 2 }),
    pathCode: z.enum(DEVELOPMENT_PATH_CODES).nullable().default(null),
    institution: textLine(200).nullable().default(null),
    certificateNumber: textLine(100).nullable().default(null),
    startedOn: CalendarDate.nullable().default(null),
    /** The day it ended (today or earlier): its JP count in that year. */
    endedOn: CalendarDate,
    jp: Jp,
  })
  .strict()
  .meta({ id: 'DevelopmentRecordBody' });

export const DevelopmentRecord = z
  .object({
    id: z.number().int(),
    kind: z.enum(DEVELOPMENT_KINDS),
    category: z.string().nullable(),
    name: z.string(),
    pathCode: z.enum(DEVELOPMENT_PATH_CODES).nullable(),
    institution: z.string().nullable(),
    certificateNumber: z.string().nullable(),
    startedOn: CalendarDate.nullable(),
    endedOn: CalendarDate,
    jp: z.number(),
    source: z.enum(['manual', 'import', 'program']),
    jobId: z.string().nullable(),
  })
  .meta({ id: 'DevelopmentRecord' });

export const JpAttainment = z
  .object({
    year: z.number().int(),
    earned: z.number(),
    target: z.number(),
    /** Beyond it a PPPK earns more than the regulation provides for; null: none. */
    ceiling: z.number().nullable(),
    /** earned ÷ target, at most 1. */
    share: z.number(),
    /** What the share of the year gone by asks for by today. */
    expectedByNow: z.number(),
    status: z.enum(JP_STATUSES),
  })
  .meta({ id: 'JpAttainment' });

export const EmployeeDevelopment = z
  .object({
    employeeId: z.number().int(),
    name: z.string(),
    nip: z.string(),
    employeeType: z.enum(['PNS', 'PPPK']),
    attainment: JpAttainment,
    /** JP earned per year, newest first. */
    years: z.array(z.object({ year: z.number().int(), earned: z.number() })),
    records: z.array(DevelopmentRecord),
  })
  .meta({ id: 'EmployeeDevelopment' });

export const EmployeeDevelopmentQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const JpAttainmentQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
});

/** `lang`: a download link carries the page's language (a plain link sends no Accept-Language of ours). */
export const JpBehindExportQuery = JpAttainmentQuery.extend({ lang: LocaleSchema.optional() });

const StatusCounts = {
  employees: z.number().int(),
  met: z.number().int(),
  onTrack: z.number().int(),
  behind: z.number().int(),
  aboveCeiling: z.number().int(),
  /** Σ JP earned by these employees in the year. */
  earned: z.number(),
};

export const JpAttainmentOverview = z
  .object({
    year: z.number().int(),
    asOf: CalendarDate,
    /** The share of the year gone by on asOf (1 for a past year). */
    yearElapsed: z.number(),
    unit: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    targets: JpSettings,
    totals: z.object(StatusCounts),
    /** The units right below the chosen one (the unit itself for its own staff). */
    units: z.array(z.object({ unitId: z.number().int(), name: z.string(), ...StatusCounts })),
  })
  .meta({ id: 'JpAttainmentOverview' });

export const JpBehindQuery = PageQuery.extend(JpAttainmentQuery.shape);

export const JpBehindItem = z
  .object({
    employeeId: z.number().int(),
    nip: z.string(),
    name: z.string(),
    employeeType: z.enum(['PNS', 'PPPK']),
    unitName: z.string().nullable(),
    earned: z.number(),
    target: z.number(),
    /** target − earned. */
    short: z.number(),
  })
  .meta({ id: 'JpBehindItem' });

export const JpBehindPage = pageOf(JpBehindItem).meta({ id: 'JpBehindPage' });
