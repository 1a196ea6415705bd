import { describe, expect, it } from 'vitest';
import { toNotificationItem } from './notification-items';

const base = { id: 1, createdAt: '2026-03-12T10:00:00Z', read: false };

describe('toNotificationItem', () => {
  it('reads the wave and the survey title of an invitation', () => {
    expect(
      toNotificationItem({ ...base, kind: 'survey.invitation', data: { waveId: 42, title: 'SKM' } }),
    ).toEqual({
      ...base,
      kind: 'survey.invitation',
      waveId: 42,
      to: '/my-surveys/42',
      title: 'SKM',
      detail: null,
    });
  });

  it('shows an unknown kind as a plain notification without a link', () => {
    const item = toNotificationItem({ ...base, kind: 'program.enrolled', data: { waveId: '42' } });
    expect(item.kind).toBe('other');
    expect(item.waveId).toBeNull();
    expect(item.to).toBeNull();
    expect(item.title).toBeNull();
  });

  it('ignores a wave id that is not a positive whole number', () => {
    for (const waveId of [0, -3, 1.5, null]) {
      const item = toNotificationItem({ ...base, kind: 'survey.reminder', data: { waveId } });
      expect(item.waveId).toBeNull();
      expect(item.to).toBeNull();
    }
  });

  it('leads a fired trigger to its policy, naming the indicator and the wave', () => {
    const item = toNotificationItem({
      ...base,
      kind: 'policy.triggerFired',
      data: {
        policyId: 7,
        title: 'Kebijakan',
        proposalId: 3,
        indicatorName: 'Promosi',
        pointLabel: 'Semester II',
      },
    });
    expect(item).toMatchObject({
      kind: 'policy.triggerFired',
      to: '/policies/7',
      title: 'Kebijakan',
      detail: { indicatorName: 'Promosi', pointLabel: 'Semester II' },
    });
  });

  it('leads an opened forum to the forum, and a decision to its policy', () => {
    expect(
      toNotificationItem({ ...base, kind: 'policy.forumOpened', data: { forumId: 4, title: 'Forum' } }).to,
    ).toBe('/forums/4');
    const decided = toNotificationItem({
      ...base,
      kind: 'policy.evaluationDecided',
      data: { policyId: 2, title: 'K', decision: 'revise' },
    });
    expect([decided.to, decided.detail]).toEqual(['/policies/2', { decision: 'revise' }]);
  });

  it('leads a program notification to the program, with its batch, place or first day', () => {
    const selected = toNotificationItem({
      ...base,
      kind: 'program.selected',
      data: { programId: 7, title: 'Bimtek', batch: 'Angkatan I' },
    });
    expect([selected.to, selected.detail]).toEqual(['/programs/7', { batch: 'Angkatan I', startsOn: null }]);
    const waiting = toNotificationItem({
      ...base,
      kind: 'program.waitlisted',
      data: { programId: 7, position: 3 },
    });
    expect(waiting.detail).toEqual({ position: 3 });
    const reminder = toNotificationItem({
      ...base,
      kind: 'program.reminder',
      data: { programId: 7, batch: 'Angkatan I', startsOn: '2027-03-02' },
    });
    expect(reminder.detail).toEqual({ batch: 'Angkatan I', startsOn: '2027-03-02' });
    const odd = toNotificationItem({
      ...base,
      kind: 'program.waitlisted',
      data: { programId: 'x', position: -1 },
    });
    expect([odd.to, odd.detail]).toEqual([null, null]);
  });

  it('leads an agreement running out to the partners page, with its number and last day', () => {
    const expiring = toNotificationItem({
      ...base,
      kind: 'program.agreementExpiring',
      data: {
        partnerId: 3,
        title: 'Universitas Tanjungpura',
        number: 'PKS/01/2026',
        validUntil: '2027-04-15',
      },
    });
    expect([expiring.to, expiring.title, expiring.detail]).toEqual([
      '/partners',
      'Universitas Tanjungpura',
      { agreement: 'PKS/01/2026', validUntil: '2027-04-15' },
    ]);
  });

  it('leads a mentoring pair and a session to confirm to the pair, naming the other side', () => {
    const paired = toNotificationItem({
      ...base,
      kind: 'program.mentoringPaired',
      data: { programId: 7, pairId: 12, title: 'Mentoring Pejabat Fungsional', name: 'Siti Aminah' },
    });
    expect([paired.to, paired.title, paired.detail]).toEqual([
      '/mentoring/12',
      'Mentoring Pejabat Fungsional',
      { partner: 'Siti Aminah' },
    ]);
    const toConfirm = toNotificationItem({
      ...base,
      kind: 'program.mentoringSessionToConfirm',
      data: { programId: 7, pairId: 12, title: 'Mentoring', name: 'Budi' },
    });
    expect([toConfirm.kind, toConfirm.to, toConfirm.detail]).toEqual([
      'program.mentoringSessionToConfirm',
      '/mentoring/12',
      { partner: 'Budi' },
    ]);
    const odd = toNotificationItem({
      ...base,
      kind: 'program.mentoringPaired',
      data: { programId: 7, name: '' },
    });
    expect([odd.to, odd.detail]).toEqual([null, null]);
  });

  it('leads a scholarship report due to the award, naming the term and its last day', () => {
    const due = toNotificationItem({
      ...base,
      kind: 'program.scholarshipReportDue',
      data: { programId: 7, awardId: 21, title: 'Tugas Belajar S2', term: 3, endsOn: '2028-01-31' },
    });
    expect([due.kind, due.to, due.title, due.detail]).toEqual([
      'program.scholarshipReportDue',
      '/scholarships/awards/21',
      'Tugas Belajar S2',
      { term: 3, endsOn: '2028-01-31' },
    ]);
  });

  it('leads a study ending to the award, naming the awardee and the expected end', () => {
    const ending = toNotificationItem({
      ...base,
      kind: 'program.scholarshipEnding',
      data: {
        programId: 7,
        awardId: 21,
        title: 'Tugas Belajar S2',
        name: 'Siti Aminah',
        endsOn: '2029-07-31',
      },
    });
    expect([ending.to, ending.detail]).toEqual([
      '/scholarships/awards/21',
      { awardee: 'Siti Aminah', endsOn: '2029-07-31' },
    ]);
    const odd = toNotificationItem({
      ...base,
      kind: 'program.scholarshipEnding',
      data: { programId: 7, awardId: 0, name: 'Siti', endsOn: '31 Juli' },
    });
    expect([odd.to, odd.detail]).toEqual([null, null]);
  });
});
