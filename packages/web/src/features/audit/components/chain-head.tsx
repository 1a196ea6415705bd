import { Alert, Button, CopyButton, Group, Stack, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditHead } from '../../../api/types';

/**
 * The chain's newest entry, to copy and keep outside the server: the same JSON line
 * `jenjang audit head` prints, so it can go straight into an anchor file for `audit verify --anchor`.
 */
export function ChainHead({ head }: { head: AuditHead }) {
  const { t } = useTranslation('audit');
  const line = JSON.stringify({ tenant: head.tenant, seq: head.seq, hash: head.hash, at: head.at });
  return (
    <Alert variant="light" color="indigo" title={t('head.title')}>
      <Stack gap="xs">
        <Text size="sm">{t('head.body', { seq: head.seq })}</Text>
        <Textarea
          label={t('head.label')}
          value={line}
          readOnly
          autosize
          minRows={1}
          onFocus={(event) => event.currentTarget.select()}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', wordBreak: 'break-all' } }}
        />
        <CopyButton value={line} timeout={3000}>
          {({ copied, copy }) => (
            <Group gap="sm">
              <VisuallyHidden role="status">{copied ? t('head.copied') : ''}</VisuallyHidden>
              <Button size="xs" variant="default" onClick={copy}>
                {copied ? t('head.copied') : t('head.copy')}
              </Button>
            </Group>
          )}
        </CopyButton>
      </Stack>
    </Alert>
  );
}
