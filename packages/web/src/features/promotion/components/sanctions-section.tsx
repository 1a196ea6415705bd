import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sanction } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { EmptyMessage } from '../../../components/empty-state';
import { QueryContent } from '../../../components/query-content';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../lib/use-format';
import { useSanctions } from '../api/promotion';
import { EndSanctionDialog, SanctionDialog } from './sanction-dialogs';

/** Whether a sanction still runs today (or has not yet begun): it may still be ended. */
const running = (sanction: Sanction, today: string) => sanction.endsOn === null || sanction.endsOn >= today;

/**
 * Disciplinary sanctions (PP 94/2021), latest first: the agency records them and ends them; while
 * one runs on a period date it bars the person's promotion, if the rules say so.
 */
export function SanctionsSection() {
  const { t } = useTranslation('promotion');
  const format = useFormat();
  const today = calendarDateIn(new Date(), format.timeZone);
  const sanctions = useSanctions();
  const [recording, setRecording] = useState(false);
  const [ending, setEnding] = useState<Sanction | null>(null);
  return (
    <Stack gap="md" component="section" aria-labelledby="promotion-sanctions">
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={2} size="h4" id="promotion-sanctions">
            {t('sanctions.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('sanctions.intro')}
          </Text>
        </div>
        <Button w={{ base: '100%', xs: 'auto' }} onClick={() => setRecording(true)}>
          {t('sanctions.record')}
        </Button>
      </Group>
      <QueryContent query={sanctions} height={160}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyMessage title={t('sanctions.empty')}>{t('sanctions.emptyHelp')}</EmptyMessage>
          ) : (
            <SanctionRows items={data.items} today={today} busy={sanctions.isFetching} onEnd={setEnding} />
          )
        }
      </QueryContent>
      {recording && <SanctionDialog today={today} onClose={() => setRecording(false)} />}
      {ending && <EndSanctionDialog sanction={ending} today={today} onClose={() => setEnding(null)} />}
    </Stack>
  );
}

function SanctionRows({
  items,
  today,
  busy,
  onEnd,
}: {
  items: readonly Sanction[];
  today: string;
  busy: boolean;
  onEnd: (sanction: Sanction) => void;
}) {
  const { t } = useTranslation('promotion');
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const label = t('sanctions.label');
  const endButton = (sanction: Sanction) =>
    running(sanction, today) && (
      <Button
        size="xs"
        variant="light"
        style={{ alignSelf: 'flex-start' }}
        aria-label={t('sanctions.endOf', { name: sanction.name })}
        onClick={() => onEnd(sanction)}
      >
        {t('sanctions.end')}
      </Button>
    );
  if (isPhone) {
    return (
      <CardList label={label} busy={busy}>
        {items.map((sanction) => (
          <CardItem key={sanction.id}>
            <Stack gap={4} data-testid={`sanction-${sanction.id}`}>
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {sanction.name}
                </Text>
                <RunningBadge sanction={sanction} today={today} />
              </Group>
              <Text size="sm">{t('list.nip', { nip: sanction.nip })}</Text>
              <Text size="sm">{t('sanctions.levelOf', { level: t(`sanctionLevel.${sanction.level}`) })}</Text>
              <SanctionPeriod sanction={sanction} />
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {t('sanctions.decreeOf', { decree: sanction.decree })}
              </Text>
              {sanction.note && (
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {sanction.note}
                </Text>
              )}
              {endButton(sanction)}
            </Stack>
          </CardItem>
        ))}
      </CardList>
    );
  }
  return (
    <ScrollTable label={label} minWidth={860}>
      <Table striped verticalSpacing="xs" aria-busy={busy}>
        <Table.Caption className="visually-hidden">{label}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('sanctions.employee')}</Table.Th>
            <Table.Th scope="col">{t('sanctions.level')}</Table.Th>
            <Table.Th scope="col">{t('sanctions.period')}</Table.Th>
            <Table.Th scope="col">{t('sanctions.decree')}</Table.Th>
            <Table.Th scope="col">{t('sanctions.note')}</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t('sanctions.end')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((sanction) => (
            <Table.Tr key={sanction.id} data-testid={`sanction-${sanction.id}`}>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" fw={600}>
                    {sanction.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {sanction.nip}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>{t(`sanctionLevel.${sanction.level}`)}</Table.Td>
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  <RunningBadge sanction={sanction} today={today} />
                  <SanctionPeriod sanction={sanction} />
                </Stack>
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{sanction.decree}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{sanction.note ?? '—'}</Table.Td>
              <Table.Td>{endButton(sanction)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function RunningBadge({ sanction, today }: { sanction: Sanction; today: string }) {
  const { t } = useTranslation('promotion');
  const runs = running(sanction, today);
  return (
    <Badge color={runs ? 'orange' : 'gray'} variant="light" autoContrast tt="none" style={{ flex: 'none' }}>
      {runs ? t('sanctions.running') : t('sanctions.ended')}
    </Badge>
  );
}

function SanctionPeriod({ sanction }: { sanction: Sanction }) {
  const { t } = useTranslation('promotion');
  const format = useFormat();
  return (
    <Text size="sm">
      {sanction.endsOn === null
        ? t('sanctions.since', { from: format.date(sanction.startsOn) })
        : t('sanctions.range', { from: format.date(sanction.startsOn), until: format.date(sanction.endsOn) })}
    </Text>
  );
}
