import { describe, expect, it } from 'vitest';
import type { ScholarshipApplicant, ScholarshipCall, ScholarshipTerm } from '../../../api/types';
import {
  awardable,
  callBody,
  callValues,
  creditsOf,
  fieldsOf,
  gpaOf,
  needsReason,
  plannedBond,
  reportable,
  termState,
} from './scholarship-values';

const call: ScholarshipCall = {
  programId: 4,
  degree: 'S2',
  fields: ['Ilmu Administrasi Publik', 'Kebijakan Publik'],
  institution: 'Universitas Tanjungpura',
  partnerId: null,
  studyMonths: 24,
  requirements: null,
  documents: ['ijazah', 'loa'],
  bondFactor: 2,
  bondExtraMonths: 0,
  reportMonths: 6,
};

const term = (over: Partial<ScholarshipTerm> = {}): ScholarshipTerm => ({
  term: 1,
  endsOn: '2027-06-30',
  report: null,
  overdue: false,
  ...over,
});

const report = (review: 'accepted' | 'revise' | null) => ({
  id: 1,
  gpa: 3.5,
  credits: 18,
  summary: 'Kuliah lancar',
  fileName: null,
  submittedAt: '2027-06-20T03:00:00Z',
  review,
  reviewNote: review === 'revise' ? 'Lampirkan transkrip' : null,
});

describe('the call form', () => {
  it('gives back the terms it was opened with', () => {
    expect(callBody(callValues(call))).toEqual({
      degree: 'S2',
      fields: ['Ilmu Administrasi Publik', 'Kebijakan Publik'],
      institution: 'Universitas Tanjungpura',
      partnerId: null,
      studyMonths: 24,
      requirements: null,
      documents: ['ijazah', 'loa'],
      bondFactor: 2,
      bondExtraMonths: 0,
      reportMonths: 6,
    });
  });

  it('reads the fields one a line, leaving out blank lines and repeats', () => {
    expect(fieldsOf(' Hukum \n\nHukum\nAkuntansi\n')).toEqual(['Hukum', 'Akuntansi']);
  });

  it('starts a new call with the common 2n bond and a report every semester', () => {
    expect(callValues(null)).toMatchObject({ bondFactor: 2, bondExtraMonths: 0, reportMonths: 6 });
  });
});

describe('awardable', () => {
  const applicant = (state: string, awardId: number | null): ScholarshipApplicant => ({
    applicationId: awardId ?? 9,
    employee: { id: 1, nip: '1', name: 'A', unit: null },
    state,
    documents: [],
    awardId,
  });

  it('offers only selected applicants not awarded yet', () => {
    const list = [applicant('selected', null), applicant('selected', 3), applicant('waitlisted', null)];
    expect(awardable(list)).toEqual([list[0]]);
  });
});

describe('termState', () => {
  it('is not due before the report window opens two weeks ahead of the term end', () => {
    expect(termState(term(), 'studying', '2027-06-15')).toBe('notDue');
    expect(termState(term(), 'studying', '2027-06-16')).toBe('open');
  });

  it('is overdue once the term is over without a report', () => {
    expect(termState(term(), 'studying', '2027-07-01')).toBe('overdue');
    expect(termState(term({ overdue: true }), 'onLeave', '2027-06-01')).toBe('overdue');
  });

  it('follows the review of a report sent', () => {
    expect(termState(term({ report: report(null) }), 'studying', '2027-07-01')).toBe('pending');
    expect(termState(term({ report: report('accepted') }), 'studying', '2027-07-01')).toBe('accepted');
    expect(termState(term({ report: report('revise') }), 'studying', '2027-07-01')).toBe('revise');
  });

  it('owes nothing once the study stopped', () => {
    expect(termState(term(), 'resigned', '2027-07-01')).toBe('unreported');
  });

  it('lets the awardee report an open, late or returned term only', () => {
    expect(
      ['notDue', 'open', 'overdue', 'pending', 'accepted', 'revise'].filter((s) => reportable(s as 'open')),
    ).toEqual(['open', 'overdue', 'revise']);
  });
});

describe('report fields', () => {
  it('takes a GPA up to 4 with a comma or a point and two decimals at most', () => {
    expect(gpaOf('3,45')).toBe('3.45');
    expect(gpaOf('4')).toBe('4');
    expect(gpaOf('')).toBe('');
    expect(gpaOf('4.5')).toBeNull();
    expect(gpaOf('3.456')).toBeNull();
  });

  it('takes credits as a whole number up to 200', () => {
    expect(creditsOf('018')).toBe('18');
    expect(creditsOf('201')).toBeNull();
    expect(creditsOf('1.5')).toBeNull();
  });
});

describe('plannedBond', () => {
  it('owes twice the months of a two-year study under the 2n rule', () => {
    expect(plannedBond('2027-01-01', '2028-12-31', { factor: 2, extraMonths: 0 })).toBe(48);
  });

  it('adds the extra months', () => {
    expect(plannedBond('2027-01-01', '2027-12-31', { factor: 1, extraMonths: 6 })).toBe(18);
  });
});

describe('needsReason', () => {
  it('asks a reason for leave, failure, resignation and a broken bond only', () => {
    expect(needsReason('studying')).toBe(false);
    expect(needsReason('graduated')).toBe(false);
    expect(needsReason('onLeave')).toBe(true);
    expect(needsReason('bondBroken')).toBe(true);
  });
});
