import { Drawer, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { QueryContent } from '../../../components/query-content';
import { useFormat } from '../../../lib/use-format';
import { useProvisionHistory } from '../api/policy-texts';
import { ChangeNote } from './change-note';

/** "Mengapa ketentuan ini?": the provision through every version, each change with its reason and evidence. */
export function WhyDrawer({
  policyId,
  provisionId,
  onClose,
}: {
  policyId: number;
  provisionId: number | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('policies');
  const { t: tc } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const history = useProvisionHistory(policyId, provisionId);
  const format = useFormat();
  return (
    <Drawer
      opened={provisionId !== null}
      onClose={onClose}
      position={isPhone ? 'bottom' : 'right'}
      size={isPhone ? '85%' : 'lg'}
      title={t('why.title')}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      {provisionId !== null && (
        <QueryContent query={history} height={200}>
          {(data) => (
            <Stack gap="md">
              {data.origins.length > 0 && (
                <Text size="sm">
                  {t('why.origins', { labels: data.origins.map((o) => o.label).join(', ') })}
                </Text>
              )}
              {data.entries.map((entry) => (
                <Stack key={entry.version.id} gap={6}>
                  <Title order={3} size="h5">
                    {t('version.number', { number: entry.version.number })}
                    {entry.version.effectiveFrom
                      ? ` · ${t('version.effectiveFrom', { date: format.date(entry.version.effectiveFrom) })}`
                      : ` · ${t(`version.statusName.${entry.version.status}`)}`}
                  </Title>
                  {entry.body !== null ? (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      <Text span fw={600} size="sm">
                        {entry.label}
                        {entry.heading ? ` — ${entry.heading}` : ''}
                      </Text>{' '}
                      {entry.body}
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('why.removedHere')}
                    </Text>
                  )}
                  {entry.change ? (
                    <ChangeNote change={entry.change} />
                  ) : (
                    <Text size="xs" c="dimmed">
                      {entry.version.number === 1 ? t('why.firstText') : t('why.unchanged')}
                    </Text>
                  )}
                </Stack>
              ))}
            </Stack>
          )}
        </QueryContent>
      )}
    </Drawer>
  );
}
