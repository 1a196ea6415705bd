// What the audit log records. Every writer names its action from this list (the server's
// appendAudit accepts nothing else), so each entry an inspector reads has a translated name in
// both languages (i18n `auditAction.*`, checked by a test). A new kind of change adds its action
// here and its two translations.

export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.logout',
  'auth.loginFailed',
  'auth.loginThrottled',
  'auth.localeChanged',
  'auth.passwordChanged',
  'auth.passwordSetByLink',
  'account.created',
  'account.passwordLinkIssued',
  'account.disabled',
  'account.enabled',
  'account.updated',
  'employee.import',
  'employee.corrected',
  'import.refused',
  'import.failed',
  'unit.created',
  'unit.renamed',
  'unit.moved',
  'unit.closed',
  'unit.import',
  'position.created',
  'position.updated',
  'position.import',
  'tenant.created',
  'tenant.settingsChanged',
  'instrument.created',
  'instrument.updated',
  'survey.created',
  'survey.archived',
  'survey.restored',
  'survey.wave.created',
  'survey.wave.opened',
  'survey.wave.closed',
  'survey.wave.reminded',
  'survey.text.hidden',
  'survey.text.shown',
  'policy.created',
  'policy.updated',
  'policy.provision.added',
  'policy.provision.changed',
  'policy.provision.removed',
  'policy.transitioned',
  'policy.indicator.added',
  'policy.indicator.removed',
  'policy.indicator.measured',
  'policy.indicator.measurementWithdrawn',
  'policy.comment.added',
  'policy.comment.supported',
  'policy.comment.hidden',
  'policy.comment.responded',
  'policy.version.acknowledged',
  'policy.evaluation.finding.added',
  'policy.evaluation.recommended',
  'policy.trigger.added',
  'policy.trigger.removed',
  'policy.trigger.fired',
  'policy.proposal.accepted',
  'policy.proposal.dismissed',
  'policy.published',
  'policy.unpublished',
  'policy.forum.created',
  'policy.forum.agendaSet',
  'policy.forum.updated',
  'policy.forum.stepped',
  'policy.forum.proposed',
  'policy.forum.replied',
  'policy.forum.voted',
  'policy.forum.voteWithdrawn',
  'policy.forum.minutesWritten',
  'policy.forum.outcomeRecorded',
  'policy.forum.hidden',
  'demo.loaded',
  'demo.surveys.loaded',
  'competency.created',
  'competency.updated',
  'competency.removed',
  'competency.standardChanged',
  'competency.standardImport',
  'competency.assessed',
  'competency.assessmentImport',
  'development.recorded',
  'development.import',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Kinds of things an entry is about (`entity`), each with a translated name (`auditEntity.*`). */
export const AUDIT_ENTITIES = [
  'account',
  'employee',
  'unit',
  'position',
  'job',
  'import',
  'tenant',
  'instrument',
  'survey',
  'survey_wave',
  'survey_response',
  'policy',
  'forum',
  'competency',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** The groups an inspector filters by: the part of the action before its first dot. */
export function auditActionGroup(action: string): string {
  return action.split('.')[0] ?? action;
}

export const AUDIT_ACTION_GROUPS = [...new Set(AUDIT_ACTIONS.map(auditActionGroup))];
