import { z } from 'zod';
import { domainEvent, EventUnitPath } from '../shared/domain-event';
import { Letterhead } from '../shared/settings.contract';
import { PROGRAM_STATES, PROGRAM_TRANSITIONS } from './program.rules';
import { AWARD_STATUSES } from './scholarship.rules';

// Events of development programs: the catalog, applications and the selection.

const id = z.number().int().positive();

export const PROGRAM_EVENTS = [
  domainEvent('program.created', 1, { programId: id, title: z.string() }),
  domainEvent('program.changed', 1, {
    programId: id,
    title: z.string(),
    change: z.enum(['details', 'batchAdded', 'batchChanged', 'batchRemoved', 'evaluationPlan']),
    batchId: id.optional(),
  }),
  domainEvent('program.transitioned', 1, {
    programId: id,
    title: z.string(),
    transition: z.enum(PROGRAM_TRANSITIONS),
    from: z.enum(PROGRAM_STATES),
    to: z.enum(PROGRAM_STATES),
  }),
  domainEvent('program.applied', 1, {
    programId: id,
    applicationId: id,
    employeeId: id,
    source: z.enum(['self', 'nomination', 'assignment']),
    unitPath: EventUnitPath,
  }),
  domainEvent('program.withdrawn', 1, {
    programId: id,
    applicationId: id,
    employeeId: id,
    /** The seat it freed went to this application from the waiting list. */
    promotedApplicationId: id.optional(),
    unitPath: EventUnitPath,
  }),
  domainEvent('program.selected', 1, {
    programId: id,
    title: z.string(),
    applicants: z.number().int(),
    selected: z.number().int(),
    totalScore: z.number().int(),
  }),
  domainEvent('program.participantRecorded', 1, {
    programId: id,
    batchId: id,
    applicationId: id,
    employeeId: id,
    change: z.enum(['present', 'absent', 'score']),
    day: z.iso.date().optional(),
    unitPath: EventUnitPath,
  }),
  /** A participant's learning test before or after, recorded by the batch's trainer or the agency. */
  domainEvent('program.learningTestRecorded', 1, {
    programId: id,
    batchId: id,
    applicationId: id,
    employeeId: id,
    unitPath: EventUnitPath,
  }),
  /** An applicant not selected appealed the selection (sanggah). */
  domainEvent('program.appealFiled', 1, {
    programId: id,
    appealId: id,
    applicationId: id,
    employeeId: id,
    unitPath: EventUnitPath,
  }),
  /** The agency decided an appeal; upheld with a batch, the applicant took a seat there. */
  domainEvent('program.appealDecided', 1, {
    programId: id,
    appealId: id,
    applicationId: id,
    employeeId: id,
    decision: z.enum(['upheld', 'rejected']),
    batchId: id.optional(),
    unitPath: EventUnitPath,
  }),
  domainEvent('program.batchClosed', 1, {
    programId: id,
    batchId: id,
    title: z.string(),
    completed: z.number().int(),
    failed: z.number().int(),
  }),
  /** A curriculum version recorded: the first, or a revision with its reason and evidence batches. */
  domainEvent('program.curriculumRevised', 1, {
    programId: id,
    title: z.string(),
    curriculumId: id,
    version: z.number().int().positive(),
    reason: z.string().nullable(),
    evidenceBatchIds: z.array(id),
    /** Batches not yet started that moved to this version. */
    movedBatchIds: z.array(id),
  }),
  /** A certificate revoked by the agency: the public verification says so from that day on. */
  domainEvent('program.certificateRevoked', 1, {
    programId: id,
    certificateId: id,
    employeeId: id,
    number: z.string(),
    reason: z.string(),
    unitPath: EventUnitPath,
  }),
  /** A partner of the government recorded or its details changed (partner.service.ts). */
  domainEvent('program.partnerSaved', 1, {
    partnerId: id,
    name: z.string(),
    change: z.enum(['created', 'details']),
  }),
  /** An agreement (MoU/PKS) with a partner recorded: its number and validity. */
  domainEvent('program.agreementAdded', 1, {
    partnerId: id,
    agreementId: id,
    number: z.string(),
    validFrom: z.iso.date(),
    validUntil: z.iso.date(),
  }),
  /** A trainer account (role mitra) linked to a partner, or unlinked from it. */
  domainEvent('program.partnerAccountLinked', 1, {
    partnerId: id,
    accountId: id,
    linked: z.boolean(),
  }),
  /** A batch's trainer (narasumber) named or removed by the agency; an account named keeps the batch. */
  domainEvent('program.trainerChanged', 1, {
    programId: id,
    batchId: id,
    trainerId: id,
    name: z.string(),
    accountId: id.nullable(),
    change: z.enum(['added', 'removed']),
  }),
  /** A mentoring scheme set or changed: its rules, mentors, mentees, exclusions, or its end. */
  domainEvent('program.mentoringChanged', 1, {
    programId: id,
    change: z.enum(['scheme', 'mentor', 'mentee', 'exclusion', 'ended']),
  }),
  /** Mentors and mentees paired by the agency (the optimal proposal, or by hand with a reason). */
  domainEvent('program.mentorsPaired', 1, { programId: id, pairIds: z.array(id) }),
  /** A pair ended by the agency (kept with its sessions), or removed before it ever met. */
  domainEvent('program.mentoringPairEnded', 1, { programId: id, pairId: id, removed: z.boolean() }),
  /** A mentoring session logged; by one side it waits for the other's confirmation. */
  domainEvent('program.mentoringSessionLogged', 1, {
    programId: id,
    pairId: id,
    sessionId: id,
    loggedAs: z.enum(['mentor', 'mentee', 'agency']),
    jp: z.number(),
  }),
  /** A mentoring session confirmed: its JP credited to the mentee's year (developmentRecordId). */
  domainEvent('program.mentoringSessionConfirmed', 1, {
    programId: id,
    pairId: id,
    sessionId: id,
    employeeId: id,
    developmentRecordId: id.optional(),
    unitPath: EventUnitPath,
  }),
  /** A scholarship call's terms, an applicant's document, an award, its status, return or reports. */
  domainEvent('program.scholarshipChanged', 1, {
    programId: id,
    change: z.enum([
      'call',
      'document',
      'awarded',
      'status',
      'returned',
      'reportSubmitted',
      'reportReviewed',
    ]),
    awardId: id.optional(),
    employeeId: id.optional(),
    status: z.enum(AWARD_STATUSES).optional(),
  }),
  /** The letterhead and signer the government's certificates carry (Pengaturan › Instansi). */
  domainEvent('program.letterheadChanged', 1, {
    tenantId: id,
    from: Letterhead,
    to: Letterhead,
  }),
] as const;
