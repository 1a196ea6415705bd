import type { AuditAction, AuditEntity } from '@jenjang/domain/shared/audit-actions';
import type { EventOf, EventType } from '../../platform/events/event-catalogue';
import { subscriber } from '../../platform/events/subscriber';
import { appendAudit } from './audit.repository';

// The audit log is an inline subscriber: each entry is written inside the transaction of the
// change it records, so a change and its entry commit together or not at all, the entry's subject
// (a name, a unit path) is looked up as the change left it, and the chain's order is the order in
// which changes committed. docs/architecture.md ("Events") says why it is not queued.

interface AuditRule {
  action: AuditAction;
  entity: AuditEntity;
  /** The payload field naming the thing the entry is about. */
  id?: string;
  /** Payload fields that are not the entry's data. */
  omit?: readonly string[];
}

const rule = (
  action: AuditAction,
  entity: AuditEntity,
  id?: string,
  omit?: readonly string[],
): AuditRule => ({
  action,
  entity,
  ...(id === undefined ? {} : { id }),
  ...(omit === undefined ? {} : { omit }),
});

/**
 * Each event type's audit entry, or null for an event that records no state change of its own
 * (its change is audited by another event). Exhaustive: a new event type must say which.
 */
export const AUDIT_RULES: { readonly [T in EventType]: AuditRule | null } = {
  'auth.login': rule('auth.login', 'account', 'accountId'),
  'auth.logout': rule('auth.logout', 'account', 'accountId'),
  'auth.loginFailed': rule('auth.loginFailed', 'account', 'accountId'),
  'auth.loginThrottled': rule('auth.loginThrottled', 'account', 'accountId'),
  'auth.localeChanged': rule('auth.localeChanged', 'account', 'accountId'),
  'auth.passwordChanged': rule('auth.passwordChanged', 'account', 'accountId'),
  'auth.passwordSetByLink': rule('auth.passwordSetByLink', 'account', 'accountId'),
  'account.created': rule('account.created', 'account', 'accountId'),
  'account.passwordLinkIssued': rule('account.passwordLinkIssued', 'account', 'accountId'),
  'account.disabled': rule('account.disabled', 'account', 'accountId'),
  'account.enabled': rule('account.enabled', 'account', 'accountId'),
  'account.updated': rule('account.updated', 'account', 'accountId'),
  'tenant.created': rule('tenant.created', 'tenant', 'tenantId'),
  'tenant.settingsChanged': rule('tenant.settingsChanged', 'tenant', 'tenantId'),
  'import.refused': rule('import.refused', 'import'),
  'import.failed': rule('import.failed', 'job', 'jobId'),
  'policy.created': rule('policy.created', 'policy', 'policyId'),
  'policy.updated': rule('policy.updated', 'policy', 'policyId'),
  'policy.provision.added': rule('policy.provision.added', 'policy', 'policyId'),
  'policy.provision.changed': rule('policy.provision.changed', 'policy', 'policyId'),
  'policy.provision.removed': rule('policy.provision.removed', 'policy', 'policyId'),
  'policy.transitioned': rule('policy.transitioned', 'policy', 'policyId'),
  'policy.indicator.added': rule('policy.indicator.added', 'policy', 'policyId'),
  'policy.indicator.removed': rule('policy.indicator.removed', 'policy', 'policyId'),
  'policy.indicator.measured': rule('policy.indicator.measured', 'policy', 'policyId'),
  'policy.indicator.measurementWithdrawn': rule(
    'policy.indicator.measurementWithdrawn',
    'policy',
    'policyId',
  ),
  'policy.comment.added': rule('policy.comment.added', 'policy', 'policyId'),
  'policy.comment.supported': rule('policy.comment.supported', 'policy', 'policyId'),
  'policy.comment.hidden': rule('policy.comment.hidden', 'policy', 'policyId'),
  'policy.comment.responded': rule('policy.comment.responded', 'policy', 'policyId'),
  'policy.version.acknowledged': rule('policy.version.acknowledged', 'policy', 'policyId'),
  'policy.evaluation.finding.added': rule('policy.evaluation.finding.added', 'policy', 'policyId'),
  'policy.evaluation.recommended': rule('policy.evaluation.recommended', 'policy', 'policyId'),
  'policy.trigger.added': rule('policy.trigger.added', 'policy', 'policyId'),
  'policy.trigger.removed': rule('policy.trigger.removed', 'policy', 'policyId'),
  'policy.trigger.fired': rule('policy.trigger.fired', 'policy', 'policyId'),
  'policy.proposal.accepted': rule('policy.proposal.accepted', 'policy', 'policyId'),
  'policy.proposal.dismissed': rule('policy.proposal.dismissed', 'policy', 'policyId'),
  'policy.published': rule('policy.published', 'policy', 'policyId'),
  'policy.unpublished': rule('policy.unpublished', 'policy', 'policyId'),
  'policy.forum.created': rule('policy.forum.created', 'forum', 'forumId'),
  'policy.forum.agendaSet': rule('policy.forum.agendaSet', 'forum', 'forumId'),
  'policy.forum.updated': rule('policy.forum.updated', 'forum', 'forumId'),
  'policy.forum.stepped': rule('policy.forum.stepped', 'forum', 'forumId'),
  'policy.forum.proposed': rule('policy.forum.proposed', 'forum', 'forumId'),
  'policy.forum.replied': rule('policy.forum.replied', 'forum', 'forumId'),
  'policy.forum.voted': rule('policy.forum.voted', 'forum', 'forumId'),
  'policy.forum.voteWithdrawn': rule('policy.forum.voteWithdrawn', 'forum', 'forumId'),
  'policy.forum.minutesWritten': rule('policy.forum.minutesWritten', 'forum', 'forumId'),
  'policy.forum.outcomeRecorded': rule('policy.forum.outcomeRecorded', 'forum', 'forumId'),
  'policy.forum.hidden': rule('policy.forum.hidden', 'forum', 'forumId'),
  'demo.loaded': rule('demo.loaded', 'tenant', 'tenantId'),
  'demo.surveys.loaded': rule('demo.surveys.loaded', 'tenant', 'tenantId'),
  'employee.imported': rule('employee.import', 'job', 'jobId'),
  'employee.corrected': rule('employee.corrected', 'employee', 'employeeId'),
  'unit.imported': rule('unit.import', 'job', 'jobId'),
  'unit.created': rule('unit.created', 'unit', 'unitId'),
  'unit.renamed': rule('unit.renamed', 'unit', 'unitId'),
  'unit.moved': rule('unit.moved', 'unit', 'unitId'),
  'unit.closed': rule('unit.closed', 'unit', 'unitId'),
  'position.imported': rule('position.import', 'job', 'jobId'),
  'position.created': rule('position.created', 'position', 'positionId'),
  'position.updated': rule('position.updated', 'position', 'positionId'),
  'instrument.created': rule('instrument.created', 'instrument', 'instrumentId'),
  'instrument.updated': rule('instrument.updated', 'instrument', 'instrumentId'),
  'survey.created': rule('survey.created', 'survey', 'surveyId'),
  'survey.archived': rule('survey.archived', 'survey', 'surveyId'),
  'survey.restored': rule('survey.restored', 'survey', 'surveyId'),
  'survey.wave.created': rule('survey.wave.created', 'survey_wave', 'waveId'),
  'survey.wave.opened': rule('survey.wave.opened', 'survey_wave', 'waveId'),
  // Telling the invitees is not a change of the wave: its publication (opened) is the entry.
  'survey.wave.announced': null,
  'survey.wave.closed': rule('survey.wave.closed', 'survey_wave', 'waveId'),
  'survey.wave.reminded': rule('survey.wave.reminded', 'survey_wave', 'waveId', ['title', 'accountIds']),
  'survey.text.hidden': rule('survey.text.hidden', 'survey_response', 'textId'),
  'survey.text.shown': rule('survey.text.shown', 'survey_response', 'textId'),
  'competency.created': rule('competency.created', 'competency', 'competencyId'),
  'competency.updated': rule('competency.updated', 'competency', 'competencyId'),
  'competency.removed': rule('competency.removed', 'competency', 'competencyId'),
  'competency.standardChanged': rule('competency.standardChanged', 'position', 'positionId'),
  'competency.standardsImported': rule('competency.standardImport', 'job', 'jobId'),
  'competency.assessed': rule('competency.assessed', 'employee', 'employeeId'),
  'competency.assessmentsImported': rule('competency.assessmentImport', 'job', 'jobId'),
  'development.recorded': rule('development.recorded', 'employee', 'employeeId'),
  'development.imported': rule('development.import', 'job', 'jobId'),
  'development.idp.changed': rule('development.idp.changed', 'employee', 'employeeId'),
  'development.plan.created': rule('development.plan.created', 'development_plan', 'planId'),
  'development.plan.changed': rule('development.plan.changed', 'development_plan', 'planId'),
  'development.plan.transitioned': rule('development.plan.transitioned', 'development_plan', 'planId'),
  'program.created': rule('program.created', 'program', 'programId'),
  'program.changed': rule('program.changed', 'program', 'programId'),
  'program.transitioned': rule('program.transitioned', 'program', 'programId'),
  'program.applied': rule('program.applied', 'program', 'programId'),
  'program.withdrawn': rule('program.withdrawn', 'program', 'programId'),
  'program.selected': rule('program.selected', 'program', 'programId'),
  'program.participantRecorded': rule('program.participantRecorded', 'program', 'programId'),
  'program.learningTestRecorded': rule('program.learningTestRecorded', 'program', 'programId'),
  'program.appealFiled': rule('program.appealFiled', 'program', 'programId'),
  'program.appealDecided': rule('program.appealDecided', 'program', 'programId'),
  'program.batchClosed': rule('program.batchClosed', 'program', 'programId'),
  'program.certificateRevoked': rule('program.certificateRevoked', 'program', 'programId'),
  'program.curriculumRevised': rule('program.curriculumRevised', 'program', 'programId'),
  'program.letterheadChanged': rule('program.letterheadChanged', 'tenant', 'tenantId'),
  'program.partnerSaved': rule('program.partnerSaved', 'partner', 'partnerId'),
  'program.agreementAdded': rule('program.agreementAdded', 'partner', 'partnerId'),
  'program.partnerAccountLinked': rule('program.partnerAccountLinked', 'partner', 'partnerId'),
  'program.trainerChanged': rule('program.trainerChanged', 'program', 'programId'),
  'program.mentoringChanged': rule('program.mentoringChanged', 'program', 'programId'),
  'program.mentorsPaired': rule('program.mentorsPaired', 'program', 'programId'),
  'program.mentoringPairEnded': rule('program.mentoringPairEnded', 'program', 'programId'),
  'program.mentoringSessionLogged': rule('program.mentoringSessionLogged', 'program', 'programId'),
  'program.mentoringSessionConfirmed': rule('program.mentoringSessionConfirmed', 'program', 'programId'),
  'program.scholarshipChanged': rule('program.scholarshipChanged', 'program', 'programId'),
  'performance.cycleChanged': rule('performance.cycleChanged', 'performance_cycle', 'cycleId'),
  'performance.skpChanged': rule('performance.skpChanged', 'employee', 'employeeId'),
  'performance.feedbackGiven': rule('performance.feedbackGiven', 'employee', 'employeeId'),
  'performance.appraised': rule('performance.appraised', 'employee', 'employeeId'),
  'performance.imported': rule('performance.import', 'job', 'jobId'),
  'promotion.rulesChanged': rule('promotion.rulesChanged', 'policy', 'policyId'),
  'promotion.changed': rule('promotion.changed', 'employee', 'employeeId'),
  'promotion.sanctionChanged': rule('promotion.sanctionChanged', 'employee', 'employeeId'),
  'talent.settingsChanged': rule('talent.settingsChanged', 'policy', 'policyId'),
  'talent.placed': rule('talent.placed', 'job', 'jobId'),
  'talent.scoresChanged': rule('talent.scoresChanged', 'employee', 'employeeId'),
  'talent.successionChanged': rule('talent.successionChanged', 'position', 'positionId'),
};

const AUDITED = (Object.keys(AUDIT_RULES) as EventType[]).filter((type) => AUDIT_RULES[type] !== null);

/**
 * The entry of one event: the rule's action and entity, the id from the payload, the payload's
 * other fields as data. `unitPath` and `subject`, where an event carries them, are the entry's
 * (the writer knows better than a lookup: both places of a move, a thing made just now).
 */
export function auditEntryOf(event: EventOf<EventType>) {
  const auditRule = AUDIT_RULES[event.type];
  if (!auditRule) return null;
  const { unitPath, subject, ...rest } = event.payload as Record<string, unknown>;
  const skipped = new Set([auditRule.id, ...(auditRule.omit ?? [])]);
  const data = Object.fromEntries(Object.entries(rest).filter(([key]) => !skipped.has(key)));
  return {
    actorAccountId: event.actorAccountId,
    action: auditRule.action,
    entity: auditRule.entity,
    entityId: auditRule.id === undefined ? null : (rest[auditRule.id] as string | number),
    ...(Object.keys(data).length > 0 ? { data } : {}),
    ...(unitPath === undefined ? {} : { unitPath: unitPath as number[] }),
    ...(subject === undefined ? {} : { subject: subject as string }),
  };
}

export const auditSubscriber = subscriber({
  name: 'audit',
  mode: 'inline',
  events: AUDITED,
  async handle(event, { tx, tenantId }) {
    const entry = auditEntryOf(event);
    if (entry) await appendAudit(tx, tenantId, entry);
  },
});
