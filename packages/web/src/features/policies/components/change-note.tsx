import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProvisionChange } from '../../../api/types';
import { EvidenceList } from './evidence-list';
import { ChangeBadge } from './policy-badges';

/** What a version did to a provision and why: its kind, the reason, the evidence. */
export function ChangeNote({
  change,
  withVersion = false,
}: {
  change: ProvisionChange;
  withVersion?: boolean;
}) {
  const { t } = useTranslation('policies');
  return (
    <Paper withBorder radius="sm" p="xs" bg="var(--mantine-color-gray-0)">
      <Stack gap={4}>
        <Group gap="xs">
          <ChangeBadge kind={change.kind} />
          {withVersion && (
            <Text size="xs" c="dimmed">
              {t('version.number', { number: change.versionNumber })}
            </Text>
          )}
        </Group>
        <Text size="sm">
          <Text span fw={600} size="sm">
            {t('change.reason')}:{' '}
          </Text>
          {change.reason ?? t('change.noReason')}
        </Text>
        <EvidenceList evidence={change.evidence} />
      </Stack>
    </Paper>
  );
}
