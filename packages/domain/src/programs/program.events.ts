import { z } from 'zod';
import { domainEvent, EventUnitPath } from '../shared/domain-event';
import { Letterhead } from '../shared/settings.contract';
import { PROGRAM_STATES, PROGRAM_TRANSITIONS } from './program.rules';

// Events of development programs: the catalog, applications and the selection.

const id = z.number().int().positive();

export const PROGRAM_EVENTS = [
  domainEvent('program.created', 1, { programId: id, title: z.string() }),
  domainEvent('program.changed', 1, {
    programId: id,
    title: z.string(),
    change: z.enum(['details', 'batchAdded', 'batchChanged', 'batchRemoved']),
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
  domainEvent('program.batchClosed', 1, {
    programId: id,
    batchId: id,
    title: z.string(),
    completed: z.number().int(),
    failed: z.number().int(),
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
  /** The letterhead and signer the government's certificates carry (Pengaturan › Instansi). */
  domainEvent('program.letterheadChanged', 1, {
    tenantId: id,
    from: Letterhead,
    to: Letterhead,
  }),
] as const;
