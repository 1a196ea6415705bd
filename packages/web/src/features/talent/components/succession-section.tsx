import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { ResultsHeading } from '../../../components/results-heading';
import { isApiError } from '../../../lib/api-client';
import { useFormat } from '../../../lib/use-format';
import { useKeyPositions } from '../api/succession';
import type { OnSearch, TalentSearch } from '../routes/talent-search';
import { KeyPositionRows } from './key-position-rows';
import { MarkKeyPositionDialog } from './mark-key-position-dialog';
import { SuccessionDrawer } from './succession-drawer';

/**
 * Rencana Suksesi (PermenPANRB 3/2020): the key positions with their holders, successors and those
 * ready now, each opening its successors and the talent pool's candidates; the agency marks positions
 * as key. Readers whose reach is not the whole government are told it is not theirs to see.
 */
export function SuccessionSection({ search, onSearch }: { search: TalentSearch; onSearch: OnSearch }) {
  const { t } = useTranslation('talent');
  const format = useFormat();
  const list = useKeyPositions();
  const [marking, setMarking] = useState(false);
  const open = (positionId: number | undefined) =>
    onSearch({ position: positionId }, positionId === undefined);
  if (isApiError(list.error, 403)) return <NoSuccessionAccess />;
  const data = list.data;
  return (
    <Stack gap="md" component="section" aria-labelledby="succession-heading" data-testid="succession">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4} style={{ flex: 1, minWidth: 240 }}>
          <Title order={2} size="h4" id="succession-heading">
            {t('succession.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('succession.intro')}
          </Text>
        </Stack>
        {data?.canManage && <Button onClick={() => setMarking(true)}>{t('mark.button')}</Button>}
      </Group>
      <ResultsHeading
        id="succession-results-heading"
        label={
          data
            ? t('succession.total', { count: data.items.length, formatted: format.number(data.items.length) })
            : null
        }
        busy={list.isFetching}
      />
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {data && data.items.length === 0 && (
        <EmptyMessage title={t('succession.empty')}>
          {data.canManage ? t('succession.emptyAgency') : t('succession.emptyHelp')}
        </EmptyMessage>
      )}
      {data && data.items.length > 0 && (
        <KeyPositionRows
          label={t('succession.listLabel')}
          items={data.items}
          busy={list.isFetching}
          onOpen={(item) => open(item.positionId)}
        />
      )}
      {marking && (
        <MarkKeyPositionDialog
          onClose={() => setMarking(false)}
          onMarked={(positionId) => {
            setMarking(false);
            open(positionId);
          }}
        />
      )}
      {search.position !== undefined && (
        <SuccessionDrawer
          key={search.position}
          positionId={search.position}
          onClose={() => open(undefined)}
        />
      )}
    </Stack>
  );
}

/** For a supervisor or an employee: succession planning is the whole government's, not a unit's. */
function NoSuccessionAccess() {
  const { t } = useTranslation('talent');
  return (
    <Paper withBorder radius="md" p="md" data-testid="succession-no-access">
      <Stack gap="xs">
        <Text fw={600}>{t('succession.noAccess.title')}</Text>
        <Text size="sm">{t('succession.noAccess.text')}</Text>
      </Stack>
    </Paper>
  );
}
