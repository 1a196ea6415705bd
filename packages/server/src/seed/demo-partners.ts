import { AgreementBody, PartnerBody, TrainerBody } from '@jenjang/domain/programs/partner.contract';
import type { Actor } from '@jenjang/domain/shared/access';
import type { Db } from '../db/database';
import * as partners from '../features/partners/partner.service';
import { registerPartnerSchedules } from '../features/partners/partner-schedules';
import * as trainers from '../features/programs/trainer.service';
import type { Clock } from '../platform/clock';
import { Scheduler } from '../platform/jobs/schedule';
import { dayOf } from './demo-surveys';
import type { DemoProgram } from './stories/story';

// The partners that provide a story's programs, as its agency recorded them: a university and an
// NGO in Pontianak (its information-system training, and data literacy), the local university in
// Belawan (its IT, finance and public-service trainings); each with its agreement (MoU/PKS), one of
// Pontianak's running out within the warning window, so the agency's bell says so. The demo
// account mitra.<slug> signs in for the university and is named a trainer of its batches. No
// random draws: the rest of the demo draws as before.

const DAY = 86_400_000;

interface DemoAgreement {
  number: string;
  scope: string;
  /** Days from today. */
  from: number;
  until: number;
}

interface DemoPartner {
  name: string;
  kind: 'university' | 'ngo' | 'institute';
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  agreements: DemoAgreement[];
  /** The demo trainer account mitra.<slug> signs in for it. */
  mitra?: boolean;
  /** Per program it provides (by title), the topic its trainer teaches there. */
  teaches: { title: RegExp; topic: string }[];
}

const PARTNERS: Record<string, DemoPartner[]> = {
  pontianak: [
    {
      name: 'Universitas Tanjungpura',
      kind: 'university',
      contactName: 'Dr. Rina Kartika, M.Kom.',
      contactEmail: 'kerjasama@untan.ac.id',
      contactPhone: '(0561) 739630',
      agreements: [
        {
          number: '017/UN22/KS/2025',
          scope:
            'Pelatihan sistem informasi manajemen pemerintahan berbasis elektronik bagi ASN Pemerintah Kota Pontianak, termasuk narasumber dan laboratorium komputer.',
          from: -420,
          until: 675,
        },
      ],
      mitra: true,
      teaches: [{ title: /Sistem Informasi Manajemen/, topic: 'Arsitektur dan tata kelola SPBE' }],
    },
    {
      name: 'Yayasan Literasi Digital Khatulistiwa',
      kind: 'ngo',
      contactName: 'Siti Nurhaliza',
      contactEmail: 'program@literasidigital-khatulistiwa.or.id',
      contactPhone: '0812-5678-9012',
      agreements: [
        {
          number: 'PKS/045/BKPSDM-PTK/2025',
          scope: 'Pendampingan literasi data dan keamanan informasi bagi operator layanan publik.',
          from: -330,
          until: 35,
        },
      ],
      teaches: [{ title: /Literasi Data/, topic: 'Literasi data dan keamanan informasi' }],
    },
  ],
  belawan: [
    {
      name: 'Universitas Sumatera Utara',
      kind: 'university',
      contactName: 'Prof. Dr. Ahmad Siregar',
      contactEmail: 'kerjasama@usu.ac.id',
      contactPhone: '(061) 8211633',
      agreements: [
        {
          number: '1123/UN5.1.R/KS/2025',
          scope:
            'Pelatihan teknologi informasi, pengelolaan keuangan daerah, dan pelayanan publik bagi ASN Kota Belawan.',
          from: -250,
          until: 845,
        },
      ],
      mitra: true,
      teaches: [
        { title: /Teknologi Informasi/, topic: 'Pengembangan sistem informasi pelayanan' },
        { title: /Keuangan Daerah/, topic: 'Penatausahaan dan pelaporan keuangan daerah' },
      ],
    },
  ],
};

/** The demo government's partners (recorded once, with agreements and the mitra account), by name. */
export async function ensureDemoPartners(
  db: Db,
  tenant: { id: number; slug: string },
  admin: Actor,
  clock: Clock,
): Promise<Map<string, number>> {
  const story = PARTNERS[tenant.slug] ?? [];
  const now = clock.now();
  const existing = await partners.listPartners(db, admin, { page: 1, pageSize: 200 }, now);
  if (existing.total > 0 || story.length === 0) {
    return new Map(existing.items.map((p) => [p.name, p.id] as const));
  }
  // The agency's daily warning of agreements running out, set as recording one sets it.
  const schedules = new Scheduler(db, clock, undefined);
  registerPartnerSchedules(schedules);
  const mitra = (await partners.listMitraAccounts(db, admin)).items.find(
    (a) => a.username === `mitra.${tenant.slug}`,
  );
  const ids = new Map<string, number>();
  for (const partner of story) {
    const { agreements, mitra: signsIn, teaches: _teaches, ...details } = partner;
    const created = await partners.createPartner(db, admin, PartnerBody.parse(details), now);
    ids.set(partner.name, created.id);
    for (const agreement of agreements) {
      const body = AgreementBody.parse({
        number: agreement.number,
        scope: agreement.scope,
        validFrom: dayOf(new Date(now.getTime() + agreement.from * DAY)),
        validUntil: dayOf(new Date(now.getTime() + agreement.until * DAY)),
      });
      await partners.addAgreement(db, admin, created.id, body, { now, schedules });
    }
    if (signsIn && mitra) await partners.linkAccount(db, admin, created.id, mitra.id, true, now);
  }
  return ids;
}

/**
 * A partner's trainers on a program's batches, named as the batches are planned: the demo mitra
 * account where it signs in for the partner, else the partner's facilitators by name.
 */
export async function nameDemoTrainers(
  db: Db,
  tenant: { slug: string },
  admin: Actor,
  program: DemoProgram,
  opened: { id: number; batchIds: number[] },
  partnerIds: Map<string, number>,
) {
  if (program.provider.kind !== 'partner') return;
  const partner = (PARTNERS[tenant.slug] ?? []).find((p) => p.name === program.provider.name);
  const topic = partner?.teaches.find((t) => t.title.test(program.title))?.topic;
  if (!partner || !topic) return;
  const mitra = partner.mitra
    ? (await partners.listMitraAccounts(db, admin)).items.find((a) => a.username === `mitra.${tenant.slug}`)
    : undefined;
  const body = TrainerBody.parse({
    name: mitra?.displayName ?? `Tim Fasilitator ${partner.name}`,
    topic,
    accountId: mitra?.id ?? null,
    partnerId: partnerIds.get(partner.name) ?? null,
  });
  for (const batchId of opened.batchIds) await trainers.addTrainer(db, admin, opened.id, batchId, body);
}
