import type { VersionText } from '@jenjang/domain/policies/policy.contract';
import type { Actor } from '@jenjang/domain/shared/access';
import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantZone } from '../../db/tenant-clock';
import { fileName } from '../../http/pdf';
import { type Locale, translate } from '../../i18n/translate';
import * as consultations from './consultation.repository';
import * as repo from './policy.repository';
import { versionPdf } from './policy-document';
import { versionText } from './provision-reading.service';

// A policy version as a PDF for whoever may read that version: the same check as its text
// (versionText answers 404 for a draft this reader may not see, 403 without policy.read).

type PolicyRow = NonNullable<Awaited<ReturnType<typeof repo.findPolicy>>>;

/** A consultation round's window on the government's calendar: its first day to its last (or its closing). */
export function consultationWindow(
  round: Awaited<ReturnType<typeof consultations.roundsOf>>[number],
  zone: Parameters<typeof calendarDateIn>[1],
) {
  const end =
    round.closed_at !== null && round.closed_at < round.closes_at ? round.closed_at : round.closes_at;
  return {
    versionNumber: round.version_number,
    from: calendarDateIn(round.opened_at, zone),
    until: calendarDateIn(end, zone),
    audience: {
      employees: round.invites_employees,
      leaders: round.invites_leaders,
      partners: round.invites_partners,
      public: round.invites_public,
    },
  };
}

/** The PDF of a version's text that the caller has already been allowed to read, with its file name. */
export async function renderVersion(tx: Tx, policy: PolicyRow, text: VersionText, locale: Locale, now: Date) {
  const zone = await tenantZone(tx);
  const government = await repo.findGovernment(tx);
  const rounds = (await consultations.roundsOf(tx, policy.id)).filter(
    (round) => round.version_id === text.version.id,
  );
  const bytes = await versionPdf(
    {
      policy: {
        title: policy.title,
        state: policy.state,
        purpose: policy.purpose,
        principles: policy.principles,
        legalBasis: policy.legal_basis,
      },
      government: { name: government?.name ?? '', timeZone: zone },
      text,
      consultations: rounds.map((round) => consultationWindow(round, zone)),
    },
    locale,
    now,
  );
  const name = fileName(
    translate(locale, 'policy.pdf.fileName', { title: policy.title, number: text.version.number }),
    'pdf',
  );
  return { bytes, name };
}

export function getVersionPdf(
  db: Db,
  actor: Actor,
  policyId: number,
  versionId: number,
  locale: Locale,
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const text = await versionText(tx, actor, policyId, versionId, locale, now);
    const policy = await repo.findPolicy(tx, policyId);
    if (!policy) throw new Error(`policy ${policyId} vanished while its version was read`);
    return renderVersion(tx, policy, text, locale, now);
  });
}
