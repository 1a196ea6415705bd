import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import {
  AUDIT_ACTION_GROUPS,
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  auditActionGroup,
  isAuditAction,
} from './audit-actions';

type Messages = { [key: string]: string | Messages };

function lookup(messages: Messages, key: string): unknown {
  let node: unknown = messages;
  for (const part of key.split('.')) node = (node as Messages | undefined)?.[part];
  return node;
}

describe('audit vocabulary', () => {
  it.each([
    ['id', id],
    ['en', en],
  ] as const)('names every action, action group and entity kind in %s', (_, messages) => {
    for (const action of AUDIT_ACTIONS) {
      expect(typeof lookup(messages, `auditAction.${action}`), action).toBe('string');
    }
    for (const group of AUDIT_ACTION_GROUPS) {
      expect(typeof lookup(messages, `auditActionGroup.${group}`), group).toBe('string');
    }
    for (const entity of AUDIT_ENTITIES) {
      expect(typeof lookup(messages, `auditEntity.${entity}`), entity).toBe('string');
    }
  });

  it('has the actions issue 7 added, under exactly these names', () => {
    for (const action of [
      'auth.loginFailed',
      'auth.loginThrottled',
      'auth.localeChanged',
      'account.disabled',
      'account.enabled',
      'account.updated',
      'import.refused',
      'import.failed',
      'unit.created',
      'unit.renamed',
      'unit.moved',
      'unit.closed',
      'position.created',
      'position.updated',
      'employee.corrected',
      'tenant.created',
      'survey.archived',
    ]) {
      expect(isAuditAction(action), action).toBe(true);
    }
    expect(isAuditAction('auth')).toBe(false);
  });

  it('groups an action by what comes before its first dot', () => {
    expect(auditActionGroup('survey.wave.opened')).toBe('survey');
    expect(AUDIT_ACTION_GROUPS).toContain('auth');
  });
});
