import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The count above a result list, announced politely, with a small loader while it refreshes. */
export function ResultsHeading({ id, label, busy }: { id: string; label: string | null; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" gap="xs">
      <Text id={id} fw={600} aria-live="polite">
        {label ?? t('common.loading')}
      </Text>
      {busy && <Loader size="xs" role="status" aria-label={t('common.loading')} />}
    </Group>
  );
}
