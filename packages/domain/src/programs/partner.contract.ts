import { z } from 'zod';
import { CalendarDate, PageQuery, pageOf, textBlock, textLine } from '../shared/common.contract';
import { AGREEMENT_STATUSES } from './partner.rules';

// Partners (universities, NGOs, training institutes…) of the government, their agreements (MoU/PKS)
// and the trainer accounts (role mitra) that sign in for them; the batches' trainers (narasumber)
// and a trainer's own view of the batches they teach.

const id = z.number().int().positive();

export const PARTNER_KINDS = ['university', 'ngo', 'institute', 'government', 'company'] as const;

export const PartnerAgreement = z
  .object({
    id: z.number().int(),
    partnerId: z.number().int(),
    number: z.string(),
    scope: z.string(),
    validFrom: CalendarDate,
    validUntil: CalendarDate,
    /** On the government's today, with the warning window (domain partner.rules.ts). */
    status: z.enum(AGREEMENT_STATUSES),
    /** Days until its last day; negative once it is over. */
    daysLeft: z.number().int(),
    /** The day the agency was warned that it runs out. */
    expiryWarnedOn: CalendarDate.nullable(),
  })
  .meta({ id: 'PartnerAgreement' });

export const PartnerAccount = z
  .object({ id: z.number().int(), username: z.string(), displayName: z.string() })
  .meta({ id: 'PartnerAccount' });

export const Partner = z
  .object({
    id: z.number().int(),
    name: z.string(),
    kind: z.enum(PARTNER_KINDS),
    contactName: z.string().nullable(),
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
    /** Newest first. */
    agreements: z.array(PartnerAgreement),
    /** The trainer accounts (role mitra) that sign in for it. */
    accounts: z.array(PartnerAccount),
  })
  .meta({ id: 'Partner' });

export const PartnerPage = pageOf(Partner).meta({ id: 'PartnerPage' });

export const PartnerQuery = PageQuery.extend({ q: z.string().trim().max(100).optional() });

export const PartnerBody = z
  .object({
    name: textLine(200),
    kind: z.enum(PARTNER_KINDS),
    contactName: textLine(200).nullable().default(null),
    contactEmail: z.email().max(200).nullable().default(null),
    contactPhone: z
      .string()
      .trim()
      .regex(/^[0-9+() -]{6,30}$/)
      .nullable()
      .default(null),
  })
  .strict()
  .meta({ id: 'PartnerBody' });

export const AgreementBody = z
  .object({
    number: textLine(100),
    scope: textBlock(2000),
    validFrom: CalendarDate,
    validUntil: CalendarDate,
  })
  .strict()
  .refine((b) => b.validFrom <= b.validUntil, {
    path: ['validUntil'],
    params: { i18n: 'errors.partner.agreementDates' },
  })
  .meta({ id: 'AgreementBody' });

export const PartnerAccountParams = z.object({
  id: z.coerce.number().int().positive(),
  accountId: z.coerce.number().int().positive(),
});

/** The government's trainer accounts (role mitra), with the partner each signs in for. */
export const MitraAccountList = z
  .object({
    items: z.array(
      PartnerAccount.extend({
        partnerId: z.number().int().nullable(),
        partnerName: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'MitraAccountList' });

export const Trainer = z
  .object({
    id: z.number().int(),
    batchId: z.number().int(),
    name: z.string(),
    topic: z.string().nullable(),
    /** The account they sign in with to keep the batch, if any. */
    account: PartnerAccount.nullable(),
    partner: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  })
  .meta({ id: 'Trainer' });

export const TrainerList = z.object({ items: z.array(Trainer) }).meta({ id: 'TrainerList' });

export const TrainerBody = z
  .object({
    name: textLine(200),
    topic: textLine(300).nullable().default(null),
    /** An account of this government: a partner's (role mitra) or an employee's own. */
    accountId: id.nullable().default(null),
    /** The partner they come from; by default the account's partner. */
    partnerId: id.nullable().default(null),
  })
  .strict()
  .meta({ id: 'TrainerBody' });

export const TrainerParams = z.object({
  id: z.coerce.number().int().positive(),
  batchId: z.coerce.number().int().positive(),
  trainerId: z.coerce.number().int().positive(),
});

/** A batch the signed-in account teaches: what a trainer needs to find it, nothing else. */
export const TeachingBatch = z
  .object({
    programId: z.number().int(),
    programTitle: z.string(),
    batchId: z.number().int(),
    batchName: z.string(),
    startsOn: CalendarDate,
    endsOn: CalendarDate,
    venue: z.string().nullable(),
    /** Their own topic in it. */
    topic: z.string().nullable(),
    participants: z.number().int(),
    closed: z.boolean(),
  })
  .meta({ id: 'TeachingBatch' });

export const TeachingList = z.object({ items: z.array(TeachingBatch) }).meta({ id: 'TeachingList' });
