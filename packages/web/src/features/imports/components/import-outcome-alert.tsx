import { Alert, List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../api/types';
import { CheckCircleIcon, WarningIcon, XCircleIcon } from '../../../components/icons';
import { useFormat } from '../../../lib/use-format';
import { importedRows, importOutcome } from './import-outcome';

const LOOK = {
  succeeded: { color: 'teal', icon: <CheckCircleIcon size={20} /> },
  partial: { color: 'orange', icon: <WarningIcon size={20} /> },
  rejected: { color: 'red', icon: <XCircleIcon size={20} /> },
  failed: { color: 'red', icon: <XCircleIcon size={20} /> },
} as const;

/**
 * How a finished import went, in a title that says it (not only a colour), an icon, and a
 * sentence with the counts: complete, partial, every row rejected, or failed.
 */
export function ImportOutcomeAlert({ job }: { job: Job }) {
  const { t } = useTranslation();
  const format = useFormat();
  const outcome = importOutcome(job);
  if (outcome === 'running') return null;
  const result = job.result;
  let body: ReactNode = null;
  if (outcome === 'failed') {
    const messages = [...new Set((job.errors ?? []).map((error) => error.message))];
    body =
      messages.length > 0 ? (
        <List size="sm">
          {messages.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      ) : (
        t('imports.job.failedBody')
      );
  } else if (result) {
    const counts = {
      rows: format.number(result.rows),
      imported: format.number(importedRows(result)),
      invalid: format.number(result.invalid),
      warnings: format.number(result.warnings),
    };
    body = (
      <>
        <Text size="sm">{t(`imports.outcome.${outcome}Body`, counts)}</Text>
        {outcome === 'succeeded' && result.warnings > 0 && (
          <Text size="sm">{t('imports.outcome.warnings', { count: result.warnings, ...counts })}</Text>
        )}
        {job.finishedAt && (
          <Text size="sm" c="dimmed">
            {t('imports.job.finishedAt', { at: format.timestamp(job.finishedAt) })}
          </Text>
        )}
      </>
    );
  }
  const look = LOOK[outcome];
  return (
    <Alert
      color={look.color}
      variant="light"
      icon={look.icon}
      title={t(`imports.outcome.${outcome}`)}
      data-outcome={outcome}
    >
      {body}
    </Alert>
  );
}
