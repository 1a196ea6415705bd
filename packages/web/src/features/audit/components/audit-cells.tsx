import { Code, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../api/types';
import { AnchorLink } from '../../../components/router-links';
import { useDomainLabels } from '../../../lib/domain-labels';
import { detailsOf } from './audit-details';

// The parts of one entry, shared by the table (wide screens) and the cards (phones).

export function ActorCell({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('audit');
  if (!entry.actor) {
    return (
      <Text span c="dimmed" size="sm">
        {t('system')}
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      <Text size="sm">{entry.actor.name}</Text>
      <Text size="xs" c="dimmed" ff="monospace">
        {entry.actor.username}
      </Text>
    </Stack>
  );
}

export function ActionCell({ entry }: { entry: AuditEntry }) {
  const labels = useDomainLabels();
  const label = labels.auditAction(entry.action);
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {label !== entry.action && (
        <Code fz="xs" c="dimmed" bg="transparent" p={0}>
          {entry.action}
        </Code>
      )}
    </Stack>
  );
}

/** What was touched, named; a link narrows the log to that object's history. */
export function SubjectCell({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('audit');
  const labels = useDomainLabels();
  const kind = labels.auditEntity(entry.entity);
  const name = entry.subject ?? (entry.entityId ? t('noSubject', { id: entry.entityId }) : null);
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {kind}
      </Text>
      {name && entry.entityId ? (
        <AnchorLink
          to="/audit"
          search={{ entity: entry.entity, entityId: entry.entityId }}
          size="sm"
          style={{ overflowWrap: 'anywhere' }}
          aria-label={t('historyOfLabel', { subject: `${kind} ${name}` })}
        >
          {name}
        </AnchorLink>
      ) : (
        name && <Text size="sm">{name}</Text>
      )}
    </Stack>
  );
}

export function DetailsCell({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('audit');
  const labels = useDomainLabels();
  const { changes, facts } = detailsOf(entry.data);
  if (changes.length === 0 && facts.length === 0) return null;
  const blank = t('blank');
  const value = (key: string, raw: string | null) => {
    if (raw === null) return blank;
    if (key === 'reason' && entry.reasonText) return entry.reasonText;
    return labels.auditValue(key, raw);
  };
  return (
    <List size="xs" spacing={2} listStyleType="none" style={{ overflowWrap: 'anywhere' }}>
      {changes.map((change) => (
        <List.Item key={`c-${change.field}`}>
          {t('change', {
            field: labels.auditDetail(change.field),
            before: value(change.field, change.before),
            after: value(change.field, change.after),
          })}
        </List.Item>
      ))}
      {facts.map((fact) => (
        <List.Item key={`f-${fact.key}`}>
          {labels.auditDetail(fact.key)}: {value(fact.key, fact.value)}
        </List.Item>
      ))}
    </List>
  );
}
