import { citationsByVersion } from '@jenjang/domain/policies/provision-citation.rules';
import { documentOrder } from '@jenjang/domain/policies/provision-comparison.rules';
import type { PublicConsultationBody, PublicPolicies } from '@jenjang/domain/policies/publication.contract';
import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import { type Db, withTenant } from '../../db/database';
import { tenantToday, tenantZone } from '../../db/tenant-clock';
import { notFound, ProblemError } from '../../http/problem';
import type { Locale } from '../../i18n/translate';
import * as consultations from './consultation.repository';
import { addPublicComment } from './consultation.service';
import * as repo from './policy.repository';
import { versionSummaries } from './policy.service';
import { consultationWindow, renderVersion } from './policy-pdf.service';
import * as provisions from './provision.repository';
import { adoptedVersionText } from './provision-reading.service';

// The government's transparency page, read by citizens without an account: the policies it
// published, each with its adopted text and the PDF of adopted versions. Nothing else of a policy
// leaves here — no discarded text, no staff's consultation comment, no one's name — but what a round
// inviting the public opens to citizens: its draft while it takes input, and citizens' own input
// once it has its official response (migration 0037). An unknown
// government, a policy not published (or of another government) and a version not adopted all
// answer 404 alike.

export const publicPdfPath = (slug: string, policyId: number, versionId: number) =>
  `/api/v1/public/governments/${slug}/policies/${policyId}/versions/${versionId}/pdf`;

async function governmentId(db: Db, slug: string): Promise<number> {
  const id = await repo.findPublicGovernment(db, slug);
  if (id === null) throw notFound();
  return id;
}

export async function publicPolicies(
  db: Db,
  slug: string,
  locale: Locale,
  now: Date,
): Promise<PublicPolicies> {
  const tenantId = await governmentId(db, slug);
  return withTenant(db, tenantId, async (tx) => {
    const government = await repo.findGovernment(tx);
    const today = await tenantToday(tx, now);
    const zone = await tenantZone(tx);
    const policies = [];
    for (const policy of await repo.listPublicPolicies(tx)) {
      const adopted = await versionSummaries(
        tx,
        policy.id,
        today,
        policy.state === 'retired',
        (row) => row.status === 'adopted',
      );
      // The version in force, or before the first one takes effect (or once retired) the latest adopted.
      const shown = adopted.find((v) => v.inForce) ?? adopted[0];
      const text = shown && (await adoptedVersionText(tx, policy, shown.id, locale, today));
      if (!text || policy.public_since === null) continue;
      const { version } = text;
      const adoptedIds = new Set(adopted.map((v) => v.id));
      const allRounds = await consultations.roundsOf(tx, policy.id);
      const rounds = allRounds.filter((r) => adoptedIds.has(r.version_id));
      const open = allRounds.find(
        (r) =>
          r.invites_public && policy.state === 'consultation' && r.closed_at === null && now < r.closes_at,
      );
      const texts = await provisions.textsOf(
        tx,
        allRounds.filter((r) => r.invites_public).map((r) => r.version_id),
      );
      const cited = citationsByVersion(texts);
      const labelOf = (versionId: number, provisionId: number) =>
        cited.get(versionId)?.get(provisionId) ?? null;
      const answered = await consultations.answeredPublicInput(tx, policy.id);
      policies.push({
        id: policy.id,
        title: policy.title,
        area: policy.area,
        state: policy.state,
        purpose: policy.purpose,
        principles: policy.principles,
        legalBasis: policy.legal_basis,
        publicSince: policy.public_since.toISOString(),
        version: {
          id: version.id,
          number: version.number,
          adoptedOn: version.adoptedOn ?? '',
          effectiveFrom: version.effectiveFrom ?? '',
          inForce: version.inForce,
          provisions: text.provisions.map((p) => ({
            provisionId: p.provisionId,
            parentId: p.parentId,
            depth: p.depth,
            label: p.label,
            heading: p.heading,
            body: p.body,
          })),
        },
        consultations: rounds.map((round) => consultationWindow(round, zone)),
        openConsultation: open
          ? {
              versionNumber: open.version_number,
              // Its last day: the window ends at the midnight after it.
              until: calendarDateIn(new Date(open.closes_at.getTime() - 1), zone),
              provisions: documentOrder(texts.get(open.version_id) ?? []).map(({ provision, depth }) => ({
                provisionId: provision.provisionId,
                parentId: provision.parentId,
                depth,
                label: provision.label,
                heading: provision.heading,
                body: provision.body,
              })),
            }
          : null,
        publicInput: answered.flatMap((c) =>
          c.response && c.response_reason
            ? [
                {
                  id: c.id,
                  kind: c.kind,
                  provisionLabel: c.provision_id === null ? null : labelOf(c.version_id, c.provision_id),
                  quote: c.quote,
                  body: c.body,
                  response: { response: c.response, reason: c.response_reason },
                },
              ]
            : [],
        ),
        pdfUrl: publicPdfPath(slug, policy.id, version.id),
      });
    }
    return { government: { name: government?.name ?? '', slug }, policies };
  });
}

/** An adopted version of a published policy as a PDF, for anyone. */
export async function publicVersionPdf(
  db: Db,
  address: { slug: string; id: number; versionId: number },
  locale: Locale,
  now: Date,
) {
  const tenantId = await governmentId(db, address.slug);
  return withTenant(db, tenantId, async (tx) => {
    const policy = await repo.findPolicy(tx, address.id);
    if (!policy || policy.public_since === null) throw notFound();
    const text = await adoptedVersionText(tx, policy, address.versionId, locale, await tenantToday(tx, now));
    if (!text) throw notFound();
    return renderVersion(tx, policy, text, locale, now);
  });
}

/** A citizen's comment or proposal on a round inviting the public; the honeypot turns bots away. */
export async function sendPublicInput(
  db: Db,
  address: { slug: string; id: number },
  input: PublicConsultationBody,
  now: Date,
) {
  if (input.website) throw new ProblemError(400, 'policy.publicRejected');
  const tenantId = await governmentId(db, address.slug);
  const { website: _website, ...body } = input;
  return addPublicComment(db, tenantId, address.id, body, now);
}
