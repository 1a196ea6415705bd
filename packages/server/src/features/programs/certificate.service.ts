import { formatNip } from '@jenjang/domain/people/nip.rules';
import {
  type CertificateVerification,
  VERIFICATION_CODE,
} from '@jenjang/domain/programs/certificate.contract';
import type { ProgramPath } from '@jenjang/domain/programs/program-paths';
import { type Actor, can } from '@jenjang/domain/shared/access';
import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import type { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { publish } from '../../events';
import { fileName } from '../../http/pdf';
import { notFound, ProblemError } from '../../http/problem';
import { type Locale, translate } from '../../i18n/translate';
import * as repo from './certificate.repository';
import { certificatePdf } from './certificate-document';

// A program's certificates after the batch closed (attendance.service.ts issues them): the list
// and the PDF for the participant (their own) and for the agency, revocation by the agency, and
// the public verification by the code in the QR. A certificate is the whole government's act:
// kept by program.manage over the government (an OPD's admin does not revoke one).

const GOVERNMENT = (actor: Actor) => ({ tenantId: actor.tenantId, unitPath: null });

const manages = (actor: Actor) => can(actor, 'program.manage', GOVERNMENT(actor));

/** The address of a certificate's public verification page (the QR's), under `base`. */
export const verificationUrl = (base: string, slug: string, code: string) =>
  `${base}/verifikasi/${encodeURIComponent(slug)}/${encodeURIComponent(code)}`;

/** A name as a certificate writes it: "Dr. Siti Aminah, S.Kom., M.T.". */
const fullName = (row: { name: string; frontTitle: string | null; backTitle: string | null }) =>
  [row.frontTitle, row.name].filter(Boolean).join(' ') + (row.backTitle ? `, ${row.backTitle}` : '');

async function programInReach(tx: Tx, actor: Actor, programId: number) {
  if (!can(actor, 'program.read', GOVERNMENT(actor))) throw notFound();
  const program = await repo.findProgramBrief(tx, programId);
  // Only a completed participant has a certificate, so never of a draft; still, nobody but the
  // agency learns that a draft exists.
  if (!program || (program.state === 'draft' && !manages(actor))) throw notFound();
  return program;
}

/** One certificate for its own participant or the agency; anyone else is told it does not exist. */
async function certificateInReach(tx: Tx, actor: Actor, programId: number, certificateId: number) {
  const program = await programInReach(tx, actor, programId);
  const certificate = await repo.findCertificate(tx, programId, certificateId);
  if (!certificate) throw notFound();
  const own = can(actor, 'program.apply', {
    tenantId: actor.tenantId,
    employeeId: certificate.employeeId,
    unitPath: certificate.unitPath,
  });
  if (!own && !manages(actor)) throw notFound();
  return { program, certificate };
}

function view(row: repo.CertificateRow, issuer: repo.Issuer, base: string) {
  return {
    id: row.id,
    applicationId: row.applicationId,
    number: row.number,
    issuedOn: row.issuedOn,
    employee: { id: row.employeeId, name: fullName(row), nip: row.nip },
    batch: { id: row.batchId, name: row.batchName, startsOn: row.startsOn, endsOn: row.endsOn },
    revokedOn: row.revokedAt === null ? null : calendarDateIn(row.revokedAt, issuer.timeZone),
    revokedReason: row.revokedReason,
    verificationUrl: verificationUrl(base, issuer.slug, row.verificationCode),
  };
}

/** The program's certificates: all of them for the agency, one's own for anyone else. */
export async function listCertificates(
  db: Db,
  actor: Actor,
  programId: number,
  page: { page: number; pageSize: number },
  base: string,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    await programInReach(tx, actor, programId);
    const employeeId = manages(actor) ? null : actor.employeeId;
    if (employeeId === null && !manages(actor)) return { items: [], total: 0, ...page };
    const { rows, total } = await repo.listCertificates(tx, programId, { employeeId }, page);
    const issuer = await repo.findIssuer(tx);
    return { items: rows.map((row) => view(row, issuer, base)), total, ...page };
  });
}

/** The certificate as a PDF, with the file name it downloads as. */
export async function getCertificatePdf(
  db: Db,
  actor: Actor,
  programId: number,
  certificateId: number,
  options: { base: string; locale: Locale; now: Date },
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const { program, certificate } = await certificateInReach(tx, actor, programId, certificateId);
    const issuer = await repo.findIssuer(tx);
    const shown = view(certificate, issuer, options.base);
    const bytes = await certificatePdf(
      {
        government: issuer.name,
        letterhead: { agency: issuer.agency, address: issuer.address },
        number: certificate.number,
        participant: { name: shown.employee.name, nip: formatNip(certificate.nip) },
        program: { title: program.title, pathCode: program.pathCode as ProgramPath, jp: program.jp },
        startsOn: certificate.startsOn,
        endsOn: certificate.endsOn,
        issuedOn: certificate.issuedOn,
        signer: {
          name: issuer.signerName,
          title: issuer.signerTitle,
          nip: issuer.signerNip === null ? null : formatNip(issuer.signerNip),
        },
        verificationUrl: shown.verificationUrl,
        revokedOn: shown.revokedOn,
      },
      options.locale,
      options.now,
    );
    const name = fileName(
      translate(options.locale, 'certificate.pdf.fileName', {
        number: certificate.number,
        name: certificate.name,
      }),
      'pdf',
    );
    return { bytes, name };
  });
}

/**
 * Revokes a certificate (a participant found not to have met the rule, a certificate issued in
 * error): from then on its public verification says it was revoked, and on which day. The JP
 * credited stays in the history until the agency corrects it there; the reason is audited.
 */
export async function revokeCertificate(
  db: Db,
  actor: Actor,
  programId: number,
  certificateId: number,
  reason: string,
  options: { base: string; now: Date },
) {
  if (!manages(actor)) throw new ProblemError(403, 'certificate.notManager');
  return withTenant(db, actor.tenantId, async (tx) => {
    await programInReach(tx, actor, programId);
    const certificate = await repo.findCertificate(tx, programId, certificateId, { lock: true });
    if (!certificate) throw notFound();
    const revoked = await repo.revokeCertificate(tx, certificateId, {
      reason,
      revokedBy: actor.accountId,
      at: options.now,
    });
    if (!revoked) throw new ProblemError(409, 'certificate.alreadyRevoked');
    await publish(tx, actor.tenantId, {
      type: 'program.certificateRevoked',
      actorAccountId: actor.accountId,
      payload: {
        programId,
        certificateId,
        employeeId: certificate.employeeId,
        number: certificate.number,
        reason,
        unitPath: certificate.unitPath ?? [],
      },
    });
    const after = (await repo.findCertificate(tx, programId, certificateId))!;
    return view(after, await repo.findIssuer(tx), options.base);
  });
}

/**
 * The public verification of a certificate by its government's slug and code, for anyone: whether
 * it stands or since which day it is revoked, whom it names, for what, when and how many JP —
 * nothing else. An unknown government, an unknown code and a code of another government all
 * answer the same 404.
 */
export async function verifyCertificate(
  db: Db,
  slug: string,
  code: string,
): Promise<z.output<typeof CertificateVerification>> {
  if (!VERIFICATION_CODE.test(code)) throw new ProblemError(404, 'certificate.notFound');
  const tenantId = await repo.findPublicGovernment(db, slug);
  if (tenantId === null) throw new ProblemError(404, 'certificate.notFound');
  return withTenant(db, tenantId, async (tx) => {
    const found = await repo.findByVerificationCode(tx, code);
    if (!found) throw new ProblemError(404, 'certificate.notFound');
    const issuer = await repo.findIssuer(tx);
    return {
      status: found.revokedAt === null ? 'valid' : 'revoked',
      revokedOn: found.revokedAt === null ? null : calendarDateIn(found.revokedAt, issuer.timeZone),
      government: issuer.name,
      participant: fullName(found),
      program: found.title,
      startsOn: found.startsOn,
      endsOn: found.endsOn,
      jp: found.jp,
    };
  });
}
