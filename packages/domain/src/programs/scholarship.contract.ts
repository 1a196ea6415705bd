import { z } from 'zod';
import { CalendarDate, textBlock, textLine } from '../shared/common.contract';
import { AWARD_STATUSES, DEGREES, DOCUMENT_KINDS } from './scholarship.rules';

// Scholarship calls (a program on the PEND path with its call), applicants' documents, awards
// through the study to the return to work and the bond, and the awardee's term reports.

const id = z.number().int().positive();

export const ScholarshipCallBody = z
  .object({
    degree: z.enum(DEGREES),
    fields: z.array(textLine(200)).min(1).max(20),
    institution: textLine(200),
    partnerId: id.nullable().default(null),
    studyMonths: z.number().int().min(6).max(120),
    requirements: textBlock(5000).nullable().default(null),
    documents: z
      .array(z.enum(DOCUMENT_KINDS))
      .max(DOCUMENT_KINDS.length)
      .refine((kinds) => new Set(kinds).size === kinds.length, {
        params: { i18n: 'errors.scholarship.documentRepeated' },
      })
      .default([]),
    /** Months of service owed per month studied (configuration: no verified rule, DOMAIN.md). */
    bondFactor: z.number().min(0).max(5).multipleOf(0.01).default(2),
    bondExtraMonths: z.number().int().min(0).max(120).default(0),
    reportMonths: z.number().int().min(1).max(12).default(6),
  })
  .strict()
  .meta({ id: 'ScholarshipCallBody' });

export const ScholarshipCall = z
  .object({
    programId: z.number().int(),
    degree: z.enum(DEGREES),
    fields: z.array(z.string()),
    institution: z.string(),
    partnerId: z.number().int().nullable(),
    studyMonths: z.number().int(),
    requirements: z.string().nullable(),
    documents: z.array(z.enum(DOCUMENT_KINDS)),
    bondFactor: z.number(),
    bondExtraMonths: z.number().int(),
    reportMonths: z.number().int(),
  })
  .meta({ id: 'ScholarshipCall' });

export const ScholarshipDocument = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    fileName: z.string(),
    fileType: z.enum(['pdf', 'png', 'jpeg']),
    size: z.number().int(),
    uploadedAt: z.string(),
  })
  .meta({ id: 'ScholarshipDocument' });

const Person = z.object({
  id: z.number().int(),
  nip: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
});

export const AwardSummary = z
  .object({
    id: z.number().int(),
    programId: z.number().int(),
    programTitle: z.string(),
    employee: Person,
    fieldOfStudy: z.string(),
    institution: z.string(),
    startsOn: CalendarDate,
    expectedEndOn: CalendarDate,
    status: z.enum(AWARD_STATUSES),
    graduatedOn: CalendarDate.nullable(),
    returnedOn: CalendarDate.nullable(),
    bondEndsOn: CalendarDate.nullable(),
    /** Terms over whose report is missing. */
    reportsOverdue: z.number().int(),
  })
  .meta({ id: 'ScholarshipAwardSummary' });

export const ScholarshipOverview = z
  .object({
    call: ScholarshipCall.nullable(),
    /** The program is on the study path (PEND): a scholarship call. */
    offered: z.boolean(),
    canManage: z.boolean(),
    /** The reader's own documents for this call (an applicant's checklist). */
    myDocuments: z.array(ScholarshipDocument),
    /** For the agency: each applicant's documents uploaded, against the call's list. */
    applicants: z.array(
      z.object({
        applicationId: z.number().int(),
        employee: Person,
        state: z.string(),
        documents: z.array(ScholarshipDocument),
        awardId: z.number().int().nullable(),
      }),
    ),
    awards: z.array(AwardSummary),
  })
  .meta({ id: 'ScholarshipOverview' });

export const AwardBody = z
  .object({
    applicationIds: z.array(id).min(1).max(500),
    startsOn: CalendarDate,
    expectedEndOn: CalendarDate,
    /** The field each awardee studies: the first of the call's fields unless given per application. */
    fieldOfStudy: textLine(200).nullable().default(null),
  })
  .strict()
  .refine((b) => b.startsOn < b.expectedEndOn, {
    path: ['expectedEndOn'],
    params: { i18n: 'errors.scholarship.endBeforeStart' },
  })
  .meta({ id: 'ScholarshipAwardBody' });

export const StatusBody = z
  .object({
    status: z.enum(AWARD_STATUSES),
    on: CalendarDate,
    reason: textBlock(1000).nullable().default(null),
    /** Back from leave: the study's new expected end (a leave lengthens it); null keeps it. */
    expectedEndOn: CalendarDate.nullable().default(null),
  })
  .strict()
  .refine((b) => b.expectedEndOn === null || b.status === 'studying', {
    path: ['expectedEndOn'],
    params: { i18n: 'errors.scholarship.endOnlyOnReturn' },
  })
  .meta({ id: 'ScholarshipStatusBody' });

export const ReturnBody = z
  .object({
    returnedOn: CalendarDate,
    placementUnitId: id,
    placementPosition: textLine(200),
  })
  .strict()
  .meta({ id: 'ScholarshipReturnBody' });

export const ReviewBody = z
  .object({ review: z.enum(['accepted', 'revise']), note: textBlock(1000).nullable().default(null) })
  .strict()
  .refine((b) => b.review === 'accepted' || b.note !== null, {
    path: ['note'],
    params: { i18n: 'errors.scholarship.reviseNeedsNote' },
  })
  .meta({ id: 'ScholarshipReviewBody' });

export const AwardDetail = AwardSummary.extend({
  degree: z.enum(DEGREES),
  canManage: z.boolean(),
  /** The reader is the awardee. */
  mine: z.boolean(),
  placementUnit: z.string().nullable(),
  placementPosition: z.string().nullable(),
  bondMonths: z.number().int().nullable(),
  /** The bond the rule gives for the months studied so far, before the return (for planning). */
  bondRule: z.object({ factor: z.number(), extraMonths: z.number().int() }),
  /** Where the status may go next. */
  nextStatuses: z.array(z.enum(AWARD_STATUSES)),
  history: z.array(
    z.object({
      fromStatus: z.enum(AWARD_STATUSES).nullable(),
      toStatus: z.enum(AWARD_STATUSES),
      changedOn: CalendarDate,
      reason: z.string().nullable(),
      changedBy: z.string().nullable(),
    }),
  ),
  terms: z.array(
    z.object({
      term: z.number().int(),
      endsOn: CalendarDate,
      report: z
        .object({
          id: z.number().int(),
          gpa: z.number().nullable(),
          credits: z.number().int().nullable(),
          summary: z.string(),
          fileName: z.string().nullable(),
          submittedAt: z.string(),
          review: z.enum(['accepted', 'revise']).nullable(),
          reviewNote: z.string().nullable(),
        })
        .nullable(),
      overdue: z.boolean(),
    }),
  ),
}).meta({ id: 'ScholarshipAwardDetail' });

export const MyAwards = z.object({ items: z.array(AwardSummary) }).meta({ id: 'MyScholarshipAwards' });

export const DocumentParams = z.object({
  id: z.coerce.number().int().positive(),
  kind: z.enum(DOCUMENT_KINDS),
});
export const ApplicantDocumentParams = DocumentParams.extend({
  applicationId: z.coerce.number().int().positive(),
});
export const AwardParams = z.object({ awardId: z.coerce.number().int().positive() });
export const ReportParams = AwardParams.extend({ term: z.coerce.number().int().min(1).max(1200) });
