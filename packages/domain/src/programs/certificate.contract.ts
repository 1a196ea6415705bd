import { z } from 'zod';
import { GovernmentParam } from '../policies/publication.contract';
import { CalendarDate, pageOf, textBlock } from '../shared/common.contract';

// Certificates of development programs: one per participant who completed a program (issued when
// the batch closes), its PDF for the participant and the agency, its revocation by the agency, and
// its public verification by the code in its QR — which tells whether it stands and for whom,
// nothing else.

const id = z.number().int().positive();

export const CertificateParams = z.object({
  id: z.coerce.number().int().positive(),
  certificateId: z.coerce.number().int().positive(),
});

export const CertificateListQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const ProgramCertificate = z
  .object({
    id,
    applicationId: id,
    number: z.string(),
    issuedOn: CalendarDate,
    employee: z.object({ id, name: z.string(), nip: z.string() }),
    batch: z.object({ id, name: z.string(), startsOn: CalendarDate, endsOn: CalendarDate }),
    /** The day it was revoked on the government's calendar, with the reason; null while it stands. */
    revokedOn: CalendarDate.nullable(),
    revokedReason: z.string().nullable(),
    /** The public verification page its QR code leads to. */
    verificationUrl: z.string(),
  })
  .meta({ id: 'ProgramCertificate' });

export const ProgramCertificatePage = pageOf(ProgramCertificate).meta({ id: 'ProgramCertificatePage' });

export const RevokeCertificateBody = z
  .object({ reason: textBlock(1000) })
  .strict()
  .meta({ id: 'RevokeCertificateBody' });

/** The code in a certificate's QR, with its government's slug: /verifikasi/<slug>/<code>. */
export const PublicCertificateParams = GovernmentParam.extend({ code: z.string().min(1).max(100) });

/** The shape of a verification code (migration 0052): anything else is unknown without a lookup. */
export const VERIFICATION_CODE = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * What anyone holding the code learns: whether the certificate stands or was revoked (and on which
 * day), who it names, for which program, its dates and JP, and the government that issued it.
 * No NIP, unit, score or reason.
 */
export const CertificateVerification = z
  .object({
    status: z.enum(['valid', 'revoked']),
    revokedOn: CalendarDate.nullable(),
    government: z.string(),
    participant: z.string(),
    program: z.string(),
    startsOn: CalendarDate,
    endsOn: CalendarDate,
    jp: z.number(),
  })
  .meta({ id: 'CertificateVerification' });
