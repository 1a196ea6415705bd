import { DocumentQuery } from '@jenjang/domain/policies/publication.contract';
import {
  CertificateListQuery,
  CertificateParams,
  CertificateVerification,
  ProgramCertificate,
  ProgramCertificatePage,
  PublicCertificateParams,
  RevokeCertificateBody,
} from '@jenjang/domain/programs/certificate.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendPdf } from '../../http/pdf';
import { ProblemError } from '../../http/problem';
import { publicBase } from '../../http/public-url';
import { RateLimiter } from '../../http/rate-limit';
import { type AppDeps, requireActor } from '../../http/types';
import { XLSX_TYPE } from '../../http/xlsx';
import * as certificates from './certificate.service';
import { siasnWorkbook } from './siasn-export';

const tags = ['programs'];
/** Routes without a session: listed apart in the API docs, as they are in route-access.test.ts. */
const publicTags = ['public (no session)'];
/**
 * Someone checking a certificate reads one or a few; guessing codes (96 random bits each) at this
 * pace from one address would take longer than the certificates' lives.
 */
const PUBLIC_LOOKUPS_PER_MINUTE = 30;

/** Certificates of completed participants, their public verification, and the SIASN export. */
export const certificateRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/programs/:id/certificates',
    {
      config: { permission: 'program.read' },
      schema: {
        tags,
        description:
          'The program’s certificates: all of them for the agency, the reader’s own for a participant.',
        params: IdParam,
        querystring: CertificateListQuery,
        response: { 200: ProgramCertificatePage, 404: Problem },
      },
    },
    (request) =>
      certificates.listCertificates(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.query,
        publicBase(deps.config, request),
      ),
  );

  app.get(
    '/programs/:id/certificates/:certificateId/pdf',
    {
      config: { permission: 'program.read' },
      schema: {
        tags,
        description:
          'A certificate as PDF (A4 landscape: letterhead, number, participant, program, dates, JP, signer, ' +
          'and a QR code of its public verification page), for its participant and the agency. ' +
          '`?lang=id|en` or the request’s language.',
        params: CertificateParams,
        querystring: DocumentQuery,
        response: { 404: Problem },
      },
    },
    async (request, reply) =>
      sendPdf(
        reply,
        await certificates.getCertificatePdf(
          deps.db,
          requireActor(request.actor),
          request.params.id,
          request.params.certificateId,
          {
            base: publicBase(deps.config, request),
            locale: request.query.lang ?? request.locale,
            now: deps.clock.now(),
          },
        ),
      ),
  );

  app.post(
    '/programs/:id/certificates/:certificateId/revoke',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description:
          'Revokes a certificate, with the reason (audited); its public verification says so from then on.',
        params: CertificateParams,
        body: RevokeCertificateBody,
        response: { 200: ProgramCertificate, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    (request) =>
      certificates.revokeCertificate(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.certificateId,
        request.body.reason,
        { base: publicBase(deps.config, request), now: deps.clock.now() },
      ),
  );

  app.get(
    '/programs/:id/siasn.xlsx',
    {
      config: { permission: 'program.manage' },
      // No response schema: the body is a workbook.
      schema: {
        tags,
        description:
          'The program’s completed participants in SIASN’s training-history shapes: a "kursus" sheet and, for ' +
          'structural leadership training (KL01), a "diklat" sheet; NIP first, dates dd-mm-yyyy. SIASN’s own ' +
          'reference ids are left empty (403/404 problem+json when out of reach).',
        params: IdParam,
      },
    },
    async (request, reply) => {
      const file = await siasnWorkbook(deps.db, requireActor(request.actor), request.params.id);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.stream);
    },
  );

  const limiter = new RateLimiter(PUBLIC_LOOKUPS_PER_MINUTE);

  app.get(
    '/public/governments/:slug/certificates/:code',
    {
      config: { permission: 'public', ignoreSession: true },
      schema: {
        tags: publicTags,
        security: [],
        description:
          'Verifies a certificate by the code in its QR, for anyone: valid or revoked (with the day), the ' +
          'participant’s name, the program, its dates and JP, and the issuing government — nothing else. ' +
          'Unknown codes and governments answer 404 alike; rate-limited per address.',
        params: PublicCertificateParams,
        response: { 200: CertificateVerification, 404: Problem, 429: Problem },
      },
    },
    async (request) => {
      if (!limiter.take(request.ip)) throw new ProblemError(429, 'certificate.tooManyLookups');
      return certificates.verifyCertificate(deps.db, request.params.slug, request.params.code);
    },
  );
};
