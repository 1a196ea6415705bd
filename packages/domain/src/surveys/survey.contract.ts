import { z } from 'zod';
import { PageQuery, pageOf, textLine } from '../shared/common.contract';
import { TIME_ZONES } from '../shared/time-zone';
import { InstrumentDefinition, LocalizedText } from './instrument.contract';

export const SURVEY_MODES = ['identified', 'anonymous', 'public'] as const;
export const SurveyMode = z.enum(SURVEY_MODES);
export type SurveyMode = z.infer<typeof SurveyMode>;

/** As respondents meet the wave (survey-wave.rules.ts): the stored status and the window together. */
export const WAVE_STATES = ['draft', 'scheduled', 'open', 'closed'] as const;
export const WaveStatus = z.enum(WAVE_STATES);

const Id = z.number().int().positive();
const Timestamp = z.iso.datetime({ offset: true });
/** The government's zone (WIB, WITA or WIT): windows and dates are shown on its clock. */
const Zone = z.enum(TIME_ZONES);

// Instruments

export const SurveyTemplateList = z
  .object({
    items: z.array(
      z.object({
        key: z.string(),
        kind: z.string(),
        title: LocalizedText,
        description: LocalizedText.nullable(),
        questionCount: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'SurveyTemplateList' });

export const InstrumentSummary = z
  .object({
    id: Id,
    kind: z.string(),
    title: z.string(),
    templateKey: z.string().nullable(),
    version: z.number().int(),
    surveyCount: z.number().int(),
    updatedAt: Timestamp,
  })
  .meta({ id: 'InstrumentSummary' });

export const InstrumentList = z.object({ items: z.array(InstrumentSummary) }).meta({ id: 'InstrumentList' });

export const InstrumentDetail = z
  .object({
    id: Id,
    kind: z.string(),
    title: z.string(),
    templateKey: z.string().nullable(),
    version: z.object({
      id: Id,
      version: z.number().int(),
      definition: InstrumentDefinition,
      /** Answered already: saving changes makes a new version. */
      frozen: z.boolean(),
    }),
    versions: z.array(
      z.object({ id: Id, version: z.number().int(), createdAt: Timestamp, frozen: z.boolean() }),
    ),
  })
  .meta({ id: 'InstrumentDetail' });

export const CreateInstrumentBody = z
  .union([
    z.object({ templateKey: z.string().min(1).max(60) }),
    z.object({ definition: InstrumentDefinition }),
  ])
  .meta({ id: 'CreateInstrumentBody' });

export const UpdateInstrumentBody = z
  .object({ definition: InstrumentDefinition })
  .meta({ id: 'UpdateInstrumentBody' });

// Surveys, audiences, waves

/**
 * The name of an audience another feature offers: dotted, lowercase, each part a word or words
 * joined by hyphens (`program.participants`, `training.alumni`).
 */
export const AUDIENCE_SOURCE_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)+$/;

/**
 * Who is asked. `criteria`: every active employee matching all given fields (any value within a
 * field; an empty field does not restrict). `list`: exactly these employees. `source`: the active
 * employees another feature names, `id` saying which of its things (a program's participants).
 */
export const Audience = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('criteria'),
      unitIds: z.array(Id).max(200).default([]),
      positionKinds: z.array(z.string().max(30)).max(20).default([]),
      golongan: z.array(z.string().max(10)).max(40).default([]),
      employeeTypes: z
        .array(z.enum(['PNS', 'PPPK']))
        .max(2)
        .default([]),
    }),
    z.object({ kind: z.literal('list'), employeeIds: z.array(Id).min(1).max(20_000) }),
    z.object({
      kind: z.literal('source'),
      source: z
        .string()
        .max(60)
        .refine((name) => AUDIENCE_SOURCE_NAME.test(name), {
          message: 'a dotted lowercase name such as program.participants',
          params: { i18n: 'errors.survey.audience.sourceName' },
        })
        // For the API document only: the refinement above checks it, with its message.
        .meta({ pattern: AUDIENCE_SOURCE_NAME.source, examples: ['program.participants'] }),
      id: Id,
    }),
  ])
  .meta({ id: 'Audience' });
export type Audience = z.output<typeof Audience>;

export const CreateSurveyBody = z
  .object({
    instrumentId: Id,
    title: textLine(200, { min: 3 }),
    mode: SurveyMode,
    audience: Audience.optional(),
    serviceUnitId: Id.nullable().default(null),
    serviceName: textLine(200, { min: 0 }).nullable().default(null),
    /** k. Below 3 is refused (400), never raised silently: the admin must know what applies. */
    minGroupSize: z.number().int().min(3).max(100).optional(),
  })
  .meta({ id: 'CreateSurveyBody' });

export const SurveyListQuery = z.object({
  /** `true`: only archived surveys; by default only those in use. */
  archived: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

export const CreateWaveBody = z
  .object({
    label: textLine(100),
    opensAt: Timestamp,
    closesAt: Timestamp,
    population: z.number().int().min(0).max(100_000_000).nullable().default(null),
    /**
     * When those invited and still pending are reminded, on their phones and by e-mail, without an
     * admin's click (employees' waves): inside the window; null: no automatic reminder.
     */
    reminderAt: Timestamp.nullable().default(null),
  })
  .meta({ id: 'CreateWaveBody' });

export const WaveSummary = z
  .object({
    id: Id,
    number: z.number().int(),
    label: z.string(),
    status: WaveStatus,
    opensAt: Timestamp,
    closesAt: Timestamp,
    population: z.number().int().nullable(),
    /**
     * The whole wave's counts; null for a reader who reads only a slice of it (an atasan, or an
     * OPD-scoped admin on a survey of the whole government): how many were asked or answered across
     * the government is a workforce figure beyond its reach.
     */
    invited: z.number().int().nullable(),
    responses: z.number().int().nullable(),
    /**
     * Answers waiting to be released into the results together (fewer than the group minimum);
     * null for a public wave, whose answers wait for their scheduled release: the count would tell
     * an attacker when one citizen's answer waits alone.
     */
    pending: z.number().int().nullable(),
    /** Answers still waiting when the wave closed (fewer than k), never released. Null as above. */
    withheld: z.number().int().nullable(),
    instrumentVersion: z.number().int(),
    /** The automatic reminder still to come; null when none is scheduled or it has gone out. */
    reminderAt: Timestamp.nullable(),
  })
  .meta({ id: 'WaveSummary' });

export const SurveySummary = z
  .object({
    id: Id,
    title: z.string(),
    mode: SurveyMode,
    kind: z.string(),
    instrumentTitle: z.string(),
    serviceName: z.string().nullable(),
    waveCount: z.number().int(),
    latestWave: WaveSummary.nullable(),
    /** When it was archived (out of the default list, results kept); null while in use. */
    archivedAt: Timestamp.nullable(),
  })
  .meta({ id: 'SurveySummary' });

export const SurveyList = z.object({ items: z.array(SurveySummary) }).meta({ id: 'SurveyList' });

export const SurveyDetail = SurveySummary.extend({
  instrumentId: Id,
  audience: Audience.nullable(),
  serviceUnit: z.object({ id: Id, name: z.string() }).nullable(),
  publicPath: z.string().nullable(),
  /**
   * The answering page's absolute address, printed on the poster and in the QR code: on PUBLIC_URL
   * when set, else on the address this request came to (`publicUrlConfigured` false).
   */
  publicUrl: z.string().nullable(),
  publicUrlConfigured: z.boolean(),
  minGroupSize: z.number().int(),
  /** Whether the reader may change it (its waves, reminders): its admins, within its owner unit. */
  canManage: z.boolean(),
  waves: z.array(WaveSummary),
}).meta({ id: 'SurveyDetail' });

export const AudiencePreview = z.object({ count: z.number().int() }).meta({ id: 'AudiencePreview' });

/** Whom to remind: the given invitees (each must be pending and within reach), or all pending. */
export const RemindBody = z
  .object({ employeeIds: z.array(Id).min(1).max(20_000).optional() })
  .meta({ id: 'RemindBody' });

export const ReminderResult = z
  .object({ notified: z.number().int(), emailed: z.number().int() })
  .meta({ id: 'ReminderResult' });

export const NonRespondentQuery = PageQuery.extend({
  /** Name or NIP, anywhere in it. */
  q: z.string().trim().max(100).optional(),
  /** Invitees working in this unit or below it now. */
  unitId: z.coerce.number().int().positive().optional(),
  lang: z.enum(['id', 'en']).optional(),
});

export const NonRespondent = z
  .object({
    employeeId: Id,
    name: z.string(),
    nip: z.string(),
    /** Where they work now (null: no unit). */
    unit: z.object({ id: Id, name: z.string() }).nullable(),
    /** The last reminder sent to them for this wave; null: never reminded. */
    remindedAt: Timestamp.nullable(),
    /** Whether a reminder can reach them: only employees with an active account sign in. */
    hasAccount: z.boolean(),
  })
  .meta({ id: 'NonRespondent' });

export const NonRespondentList = pageOf(NonRespondent)
  .extend({
    /** Every invitee of the wave the reader reaches, answered or not. */
    invited: z.number().int(),
    timeZone: Zone,
  })
  .meta({ id: 'NonRespondentList' });

// Answering

export const MySurveyList = z
  .object({
    items: z.array(
      z.object({
        waveId: Id,
        title: z.string(),
        label: z.string(),
        mode: SurveyMode,
        closesAt: Timestamp,
        responded: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'MySurveyList' });

/** What a respondent needs to answer a wave: the questions of the version it uses. */
export const WaveForm = z
  .object({
    waveId: Id,
    title: z.string(),
    label: z.string(),
    mode: SurveyMode,
    serviceName: z.string().nullable(),
    tenantName: z.string(),
    /** The government's zone: the window is shown on its clock, named (WIB, WITA, WIT). */
    timeZone: Zone,
    opensAt: Timestamp,
    closesAt: Timestamp,
    /** As respondents meet it: 'scheduled' before its window (the form says when it opens). */
    state: z.enum(['scheduled', 'open', 'closed']),
    open: z.boolean(),
    responded: z.boolean(),
    definition: InstrumentDefinition,
  })
  .meta({ id: 'WaveForm' });

const AnswersBody = z.record(z.string().max(40), z.unknown());

export const SubmitResponseBody = z.object({ answers: AnswersBody }).meta({ id: 'SubmitResponseBody' });

export const Ballot = z.object({ token: z.string() }).meta({ id: 'Ballot' });

export const SubmitAnonymousBody = z
  .object({ token: z.string().min(20).max(100), answers: AnswersBody })
  .meta({ id: 'SubmitAnonymousBody' });

export const SubmitPublicBody = z
  .object({
    answers: AnswersBody,
    /** Left empty by people; filled by bots that fill every field. */
    website: z.string().max(500).optional(),
  })
  .meta({ id: 'SubmitPublicBody' });

export const Submitted = z.object({ accepted: z.literal(true) }).meta({ id: 'Submitted' });

export const CodeParam = z.object({ code: z.string().regex(/^[a-z0-9]{8,32}$/) });
