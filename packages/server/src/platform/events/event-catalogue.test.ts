import { describe, expect, it } from 'vitest';
import { SUBSCRIBERS } from '../../events';
import { EVENT_TYPES, eventOf } from './event-catalogue';

describe('the event catalogue', () => {
  // Who hears what. A change here is a change of behaviour: update it deliberately, with the
  // subscriber or event that made it.
  it('lists every event type with its subscribers', () => {
    const table = Object.fromEntries(
      EVENT_TYPES.map((type) => [
        type,
        SUBSCRIBERS.filter((s) => s.events.includes(type))
          .map((s) => `${s.name} (${s.mode})`)
          .join(', '),
      ]),
    );
    expect(table).toEqual({
      'auth.login': 'audit (inline)',
      'auth.logout': 'audit (inline)',
      'auth.loginFailed': 'audit (inline)',
      'auth.loginThrottled': 'audit (inline)',
      'auth.localeChanged': 'audit (inline)',
      'auth.passwordChanged': 'audit (inline)',
      'auth.passwordSetByLink': 'audit (inline)',
      'account.created': 'audit (inline)',
      'account.passwordLinkIssued': 'audit (inline)',
      'account.disabled': 'audit (inline)',
      'account.enabled': 'audit (inline)',
      'account.updated': 'audit (inline)',
      'tenant.created': 'audit (inline)',
      'tenant.settingsChanged': 'audit (inline)',
      'import.refused': 'audit (inline)',
      'import.failed': 'audit (inline)',
      'competency.assessed': 'audit (inline)',
      'competency.assessmentsImported': 'audit (inline)',
      'competency.created': 'audit (inline)',
      'competency.removed': 'audit (inline)',
      'competency.standardChanged': 'audit (inline)',
      'competency.standardsImported': 'audit (inline)',
      'competency.updated': 'audit (inline)',
      'demo.loaded': 'audit (inline)',
      'development.idp.changed': 'audit (inline)',
      'development.imported': 'audit (inline)',
      'development.plan.changed': 'audit (inline)',
      'development.plan.created': 'audit (inline)',
      'development.plan.transitioned': 'audit (inline)',
      'development.recorded': 'audit (inline)',
      'program.created': 'audit (inline)',
      'program.changed': 'audit (inline)',
      'program.transitioned': 'audit (inline)',
      'program.applied': 'audit (inline), program-notifications (queued)',
      'program.withdrawn': 'audit (inline), program-notifications (queued)',
      'program.selected': 'audit (inline), program-notifications (queued)',
      'program.participantRecorded': 'audit (inline)',
      'program.learningTestRecorded': 'audit (inline)',
      'program.appealFiled': 'audit (inline)',
      'program.appealDecided': 'audit (inline), program-notifications (queued)',
      'program.batchClosed': 'audit (inline), program-notifications (queued)',
      'program.certificateRevoked': 'audit (inline)',
      'program.curriculumRevised': 'audit (inline)',
      'program.letterheadChanged': 'audit (inline)',
      'program.partnerSaved': 'audit (inline)',
      'program.agreementAdded': 'audit (inline)',
      'program.partnerAccountLinked': 'audit (inline)',
      'program.trainerChanged': 'audit (inline)',
      'program.mentoringChanged': 'audit (inline)',
      'program.mentorsPaired': 'audit (inline), program-notifications (queued)',
      'program.mentoringPairEnded': 'audit (inline)',
      'program.mentoringSessionLogged': 'audit (inline), program-notifications (queued)',
      'program.mentoringSessionConfirmed': 'audit (inline)',
      'program.scholarshipChanged': 'audit (inline)',
      'performance.cycleChanged': 'audit (inline)',
      'performance.skpChanged': 'audit (inline)',
      'performance.feedbackGiven': 'audit (inline)',
      'performance.appraised': 'audit (inline)',
      'performance.imported': 'audit (inline)',
      'promotion.rulesChanged': 'audit (inline)',
      'promotion.changed': 'audit (inline)',
      'promotion.sanctionChanged': 'audit (inline)',
      'demo.surveys.loaded': 'audit (inline)',
      'employee.imported': 'audit (inline)',
      'employee.corrected': 'audit (inline)',
      'unit.imported': 'audit (inline)',
      'unit.created': 'audit (inline)',
      'unit.renamed': 'audit (inline)',
      'unit.moved': 'audit (inline)',
      'unit.closed': 'audit (inline)',
      'position.imported': 'audit (inline)',
      'position.created': 'audit (inline)',
      'position.updated': 'audit (inline)',
      'instrument.created': 'audit (inline)',
      'instrument.updated': 'audit (inline)',
      'survey.created': 'audit (inline)',
      'survey.archived': 'audit (inline)',
      'survey.restored': 'audit (inline)',
      'survey.wave.created': 'audit (inline)',
      'survey.wave.opened': 'audit (inline)',
      'survey.wave.announced': 'notifications (queued)',
      'survey.wave.closed': 'audit (inline), policy-triggers (queued)',
      'survey.wave.reminded': 'audit (inline), notifications (queued)',
      'survey.text.hidden': 'audit (inline)',
      'survey.text.shown': 'audit (inline)',
      'policy.created': 'audit (inline)',
      'policy.updated': 'audit (inline)',
      'policy.provision.added': 'audit (inline)',
      'policy.provision.changed': 'audit (inline)',
      'policy.provision.removed': 'audit (inline)',
      'policy.transitioned': 'audit (inline), policy-notifications (queued)',
      'policy.indicator.added': 'audit (inline)',
      'policy.indicator.removed': 'audit (inline)',
      'policy.indicator.measured': 'audit (inline)',
      'policy.indicator.measurementWithdrawn': 'audit (inline)',
      'policy.comment.added': 'audit (inline)',
      'policy.comment.supported': 'audit (inline)',
      'policy.comment.hidden': 'audit (inline)',
      'policy.comment.responded': 'audit (inline)',
      'policy.version.acknowledged': 'audit (inline)',
      'policy.evaluation.finding.added': 'audit (inline)',
      'policy.evaluation.recommended': 'audit (inline)',
      'policy.trigger.added': 'audit (inline)',
      'policy.trigger.removed': 'audit (inline)',
      'policy.trigger.fired': 'audit (inline), policy-notifications (queued)',
      'policy.proposal.accepted': 'audit (inline)',
      'policy.proposal.dismissed': 'audit (inline)',
      'policy.published': 'audit (inline)',
      'policy.unpublished': 'audit (inline)',
      'policy.forum.created': 'audit (inline)',
      'policy.forum.agendaSet': 'audit (inline)',
      'policy.forum.updated': 'audit (inline)',
      'policy.forum.stepped': 'audit (inline), policy-notifications (queued)',
      'policy.forum.proposed': 'audit (inline)',
      'policy.forum.replied': 'audit (inline)',
      'policy.forum.voted': 'audit (inline)',
      'policy.forum.voteWithdrawn': 'audit (inline)',
      'policy.forum.minutesWritten': 'audit (inline)',
      'policy.forum.outcomeRecorded': 'audit (inline)',
      'policy.forum.hidden': 'audit (inline)',
    });
  });

  it('gives each type one schema, and names are feature.thing[.detail].pastTense', () => {
    expect(new Set(EVENT_TYPES).size).toBe(EVENT_TYPES.length);
    for (const type of EVENT_TYPES) expect(type).toMatch(/^[a-z]+(\.[a-z]+[A-Za-z]*)+$/);
  });

  it('refuses an event whose payload lacks a field, or has one nobody declared', () => {
    expect(() =>
      eventOf({ type: 'survey.wave.closed', actorAccountId: 1, payload: {} as { waveId: number } }),
    ).toThrow();
    expect(() =>
      eventOf({
        type: 'survey.wave.closed',
        actorAccountId: 1,
        payload: { waveId: 1, respondent: 5 } as { waveId: number },
      }),
    ).toThrow();
    expect(eventOf({ type: 'survey.wave.closed', actorAccountId: 1, payload: { waveId: 1 } })).toEqual({
      type: 'survey.wave.closed',
      version: 1,
      actorAccountId: 1,
      payload: { waveId: 1 },
    });
  });
});
