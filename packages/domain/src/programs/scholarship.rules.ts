import { addDays, addMonths } from '../shared/calendar-date';

// Scholarships for degree study (tugas belajar; Perlan LAN 10/2018's path "pendidikan", which has no
// KL/NKL code: Jenjang's programs name it PEND). A call is a program on that path, so applications,
// eligibility, the published score, the selection, appeals and the waiting list are the programs'
// own; what is the scholarship's own is here: the awardee's status through their study, the reports
// due each term, and the service bond (ikatan dinas) after their return to work.
//
// The bond's length is the agency's rule, published with the call: DOMAIN.md records no verified
// regulation for it, so it is configuration — a multiple of the months actually studied plus extra
// months (the common practice of "2n" is the default, 2 × the study, with no extra).

export const DEGREES = ['D3', 'D4', 'S1', 'S2', 'S3', 'profesi', 'spesialis'] as const;
export type Degree = (typeof DEGREES)[number];

/** The documents a call may require, each uploaded once per applicant (the latest replaces it). */
export const DOCUMENT_KINDS = [
  'ijazah',
  'transkrip',
  'rekomendasiAtasan',
  'suratPernyataan',
  'suratKesehatan',
  'loa',
  'proposalStudi',
  'sertifikatBahasa',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const AWARD_STATUSES = [
  'studying',
  'onLeave',
  'graduated',
  'failed',
  'resigned',
  'bondBroken',
] as const;
export type AwardStatus = (typeof AWARD_STATUSES)[number];

/**
 * Where an awardee's status may go: on leave (cuti akademik) and back, graduated, failed or
 * resigned while studying; once graduated and back at work, the bond broken by leaving the service
 * before it ends. Failed, resigned and a broken bond are final.
 */
const NEXT: Record<AwardStatus, readonly AwardStatus[]> = {
  studying: ['onLeave', 'graduated', 'failed', 'resigned'],
  onLeave: ['studying', 'failed', 'resigned'],
  graduated: ['bondBroken'],
  failed: [],
  resigned: [],
  bondBroken: [],
};

export function canMove(from: AwardStatus, to: AwardStatus, returned: boolean): boolean {
  if (to === 'bondBroken' && !returned) return false;
  return NEXT[from].includes(to);
}

export interface BondRule {
  /** Months of service owed per month studied. */
  factor: number;
  /** Months owed on top of them. */
  extraMonths: number;
}

export const DEFAULT_BOND_RULE: BondRule = { factor: 2, extraMonths: 0 };

/** Whole calendar months from the first day to the last, a month begun counted whole. */
export function monthsBetween(from: string, to: string): number {
  if (to < from) throw new RangeError('the end is before the start');
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm);
  return td > fd ? months + 1 : Math.max(months, 0);
}

/** The bond's months: the rule's multiple of the months studied, rounded up, plus its extra months. */
export function bondMonths(studiedMonths: number, rule: BondRule = DEFAULT_BOND_RULE): number {
  if (!Number.isInteger(studiedMonths) || studiedMonths < 0)
    throw new RangeError('months: a whole number ≥ 0');
  return Math.ceil(studiedMonths * rule.factor - 1e-9) + rule.extraMonths;
}

/** The last day of the bond: the day before the bond's months have run from the return to work. */
export function bondEndsOn(returnedOn: string, months: number): string {
  return months === 0 ? returnedOn : addDays(addMonths(returnedOn, months), -1);
}

export interface ReportTerm {
  term: number;
  /** The term's last day: its report is due then. */
  endsOn: string;
}

/** The terms of a study from its first day to its expected last, each `everyMonths` long (the last may be shorter). */
export function reportTerms(startsOn: string, expectedEndOn: string, everyMonths: number): ReportTerm[] {
  if (!Number.isInteger(everyMonths) || everyMonths < 1) throw new RangeError('months per term: ≥ 1');
  const terms: ReportTerm[] = [];
  for (let term = 1; term <= 1200; term++) {
    const endsOn = addDays(addMonths(startsOn, term * everyMonths), -1);
    if (endsOn >= expectedEndOn) {
      terms.push({ term, endsOn: expectedEndOn });
      break;
    }
    terms.push({ term, endsOn });
  }
  return terms;
}

/** The terms already over on `today` whose report is missing: what the awardee owes. */
export function reportsOverdue(terms: readonly ReportTerm[], submitted: ReadonlySet<number>, today: string) {
  return terms.filter((t) => t.endsOn < today && !submitted.has(t.term));
}
