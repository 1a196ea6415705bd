import {
  type AwardStatus,
  bondMonths,
  type Degree,
  type DocumentKind,
  monthsBetween,
} from '@jenjang/domain/programs/scholarship.rules';
import { addDays } from '@jenjang/domain/shared/calendar-date';
import type {
  ScholarshipApplicant,
  ScholarshipCall,
  ScholarshipCallRequest,
  ScholarshipTerm,
} from '../../../api/types';

// What the scholarship screens compute before they ask the server: the call form's values, who may
// still be awarded, where each term's report stands, and the bond a study would start.

/** A term's report may be sent from this many days before the term ends (the server's rule too). */
export const REPORT_OPENS_DAYS = 14;

/** What the server takes as a document or a transcript (judged again there by the file's bytes). */
export const DOCUMENT_ACCEPT = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

/** Statuses whose change needs no reason (the server's rule). */
const WITHOUT_REASON: readonly AwardStatus[] = ['studying', 'graduated'];
export const needsReason = (status: AwardStatus) => !WITHOUT_REASON.includes(status);

/** A study still under way: its terms' reports are owed. */
export const running = (status: AwardStatus) => status === 'studying' || status === 'onLeave';

export interface CallValues {
  degree: Degree;
  /** One field of study a line. */
  fields: string;
  institution: string;
  partnerId: string | null;
  studyMonths: number | string;
  requirements: string;
  documents: DocumentKind[];
  bondFactor: number | string;
  bondExtraMonths: number | string;
  reportMonths: number | string;
}

export function callValues(call: ScholarshipCall | null): CallValues {
  return {
    degree: call?.degree ?? 'S2',
    fields: (call?.fields ?? []).join('\n'),
    institution: call?.institution ?? '',
    partnerId: call?.partnerId ? String(call.partnerId) : null,
    studyMonths: call?.studyMonths ?? 24,
    requirements: call?.requirements ?? '',
    documents: [...(call?.documents ?? [])],
    bondFactor: call?.bondFactor ?? 2,
    bondExtraMonths: call?.bondExtraMonths ?? 0,
    reportMonths: call?.reportMonths ?? 6,
  };
}

/** The fields typed one a line, trimmed, without blanks or repeats. */
export function fieldsOf(text: string): string[] {
  return [...new Set(text.split('\n').map((line) => line.trim()))].filter(Boolean);
}

export function callBody(values: CallValues): ScholarshipCallRequest {
  return {
    degree: values.degree,
    fields: fieldsOf(values.fields),
    institution: values.institution.trim(),
    partnerId: values.partnerId ? Number(values.partnerId) : null,
    studyMonths: Number(values.studyMonths),
    requirements: values.requirements.trim() || null,
    documents: values.documents,
    bondFactor: Number(values.bondFactor),
    bondExtraMonths: Number(values.bondExtraMonths || 0),
    reportMonths: Number(values.reportMonths),
  };
}

/** Selected applicants not awarded yet: those the agency may award. */
export function awardable(applicants: readonly ScholarshipApplicant[]): ScholarshipApplicant[] {
  return applicants.filter((a) => a.state === 'selected' && a.awardId === null);
}

export type TermState = 'notDue' | 'open' | 'overdue' | 'pending' | 'accepted' | 'revise' | 'unreported';

/** Where a term's report stands on `today` for an award in `status`. */
export function termState(term: ScholarshipTerm, status: AwardStatus, today: string): TermState {
  const report = term.report;
  if (report) return report.review ?? 'pending';
  if (!running(status)) return 'unreported';
  if (term.overdue || term.endsOn < today) return 'overdue';
  return today >= reportOpensOn(term.endsOn) ? 'open' : 'notDue';
}

export const reportOpensOn = (endsOn: string) => addDays(endsOn, -REPORT_OPENS_DAYS);

/** The awardee may send (or send again) this term's report: it is missing or to be revised. */
export const reportable = (state: TermState) => state === 'open' || state === 'overdue' || state === 'revise';

/** The bond a study of the call's length would start under its rule (what an applicant weighs). */
export function plannedStudyBond(studyMonths: number, rule: { factor: number; extraMonths: number }) {
  return bondMonths(studyMonths, rule);
}

/** The bond a study from `startsOn` to `endsOn` would start under the rule (for planning; the server decides). */
export function plannedBond(startsOn: string, endsOn: string, rule: { factor: number; extraMonths: number }) {
  if (endsOn < startsOn) return null;
  return bondMonths(monthsBetween(startsOn, endsOn), rule);
}

/** A GPA as typed ('3,45' or '3.45') in the server's form, or null when it is not one. */
export function gpaOf(text: string): string | null {
  const value = text.trim().replace(',', '.');
  if (value === '') return '';
  return /^\d(\.\d{1,2})?$/.test(value) && Number(value) <= 4 ? value : null;
}

/** Credits as typed, or null when they are not a whole number up to 200. */
export function creditsOf(text: string): string | null {
  const value = text.trim();
  if (value === '') return '';
  return /^\d{1,3}$/.test(value) && Number(value) <= 200 ? String(Number(value)) : null;
}

/** A file's size for people: whole KB below a megabyte, MB with one decimal above. */
export function fileSize(bytes: number, number: (value: number) => string): string {
  if (bytes < 1024 * 1024) return `${number(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${number(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}
