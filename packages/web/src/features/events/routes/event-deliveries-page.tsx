import { Badge, Button, Code, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EventDeliveryList } from '../../../api/types';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageTitle } from '../../../components/page-title';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../lib/use-format';
import { useEventDeliveries } from '../api/get-event-deliveries';
import { useRetryEventDelivery } from '../api/retry-event-delivery';

type Delivery = EventDeliveryList['items'][number];

/**
 * Pengaturan › Pengiriman peristiwa: what a feature could not yet do after a change (the bell of
 * an invitation, say), retried by itself with growing waits, or given up and retried from here.
 */
export function EventDeliveriesPage() {
  const { t } = useTranslation();
  const deliveries = useEventDeliveries();
  return (
    <Stack gap="lg">
      <PageTitle title={t('eventDeliveries.title')} />
      <Text c="dimmed">{t('eventDeliveries.intro')}</Text>
      {deliveries.isError ? (
        <ErrorAlert error={deliveries.error} onRetry={() => void deliveries.refetch()} />
      ) : !deliveries.data ? (
        <Skeleton h={200} aria-busy="true" />
      ) : deliveries.data.items.length === 0 ? (
        <EmptyMessage title={t('eventDeliveries.none')}>{t('eventDeliveries.noneHelp')}</EmptyMessage>
      ) : (
        <DeliveryTable items={deliveries.data.items} />
      )}
    </Stack>
  );
}

function DeliveryTable({ items }: { items: Delivery[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const retry = useRetryEventDelivery();
  return (
    <Stack gap="sm">
      {retry.isError && <ErrorAlert error={retry.error} />}
      <ScrollTable label={t('eventDeliveries.title')} minWidth={820}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('eventDeliveries.event')}</Table.Th>
              <Table.Th>{t('eventDeliveries.subscriber')}</Table.Th>
              <Table.Th>{t('eventDeliveries.status')}</Table.Th>
              <Table.Th>{t('eventDeliveries.lastError')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={`${item.eventId} ${item.subscriber}`}>
                <Table.Td>
                  <Code>{item.type}</Code>
                  <Text size="sm" c="dimmed">
                    {format.timestamp(item.occurredAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {t(`eventDeliveries.subscribers.${item.subscriber}`, { defaultValue: item.subscriber })}
                </Table.Td>
                <Table.Td>
                  <Badge color={item.status === 'failed' ? 'red' : 'yellow'} variant="light">
                    {t(`eventDeliveries.statuses.${item.status}`)}
                  </Badge>
                  <Text size="sm" c="dimmed">
                    {item.nextAttemptAt === null
                      ? t('eventDeliveries.attempts', { count: item.attempts })
                      : t('eventDeliveries.nextAttempt', {
                          count: item.attempts,
                          at: format.timestamp(item.nextAttemptAt),
                        })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ wordBreak: 'break-word' }}>
                    {item.lastError}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {item.status === 'failed' && (
                    <Button
                      size="xs"
                      variant="light"
                      loading={retry.isPending && retry.variables?.eventId === item.eventId}
                      onClick={() => retry.mutate({ eventId: item.eventId, subscriber: item.subscriber })}
                    >
                      {t('eventDeliveries.retry')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
