import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { KeyPosition } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { ScrollTable } from '../../../components/scroll-table';
import { useDomainLabels } from '../../../lib/domain-labels';
import { useFormat } from '../../../lib/use-format';

/**
 * The key positions: each with its kind, holders, successors and those ready now (a warning when no
 * one is), and a button to its succession. Cards on a phone, a table wider.
 */
export function KeyPositionRows({
  label,
  items,
  busy,
  onOpen,
}: {
  label: string;
  items: readonly KeyPosition[];
  busy: boolean;
  onOpen: (item: KeyPosition) => void;
}) {
  const { t } = useTranslation('talent');
  const format = useFormat();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  if (isPhone) {
    return (
      <CardList label={label} busy={busy}>
        {items.map((item) => (
          <CardItem key={item.positionId}>
            <Stack gap={6} data-testid={`key-position-${item.positionId}`}>
              <PositionName item={item} />
              <Text size="sm">
                {t('succession.counts', {
                  holders: format.number(item.holders),
                  successors: format.number(item.successors),
                  readyNow: format.number(item.readyNow),
                })}
              </Text>
              <Warnings item={item} />
              <OpenButton item={item} onOpen={onOpen} />
            </Stack>
          </CardItem>
        ))}
      </CardList>
    );
  }
  return (
    <ScrollTable label={label} minWidth={720}>
      <Table striped verticalSpacing="sm" aria-busy={busy}>
        <Table.Caption className="visually-hidden">{label}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('succession.position')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('succession.holders')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('succession.successors')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('succession.readyNow')}
            </Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t('succession.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr
              key={item.positionId}
              data-testid={`key-position-${item.positionId}`}
              style={{ verticalAlign: 'top' }}
            >
              <Table.Td w="44%">
                <Stack gap={4}>
                  <PositionName item={item} />
                  <Warnings item={item} />
                </Stack>
              </Table.Td>
              <Table.Td ta="right">{format.number(item.holders)}</Table.Td>
              <Table.Td ta="right">{format.number(item.successors)}</Table.Td>
              <Table.Td ta="right">{format.number(item.readyNow)}</Table.Td>
              <Table.Td w="18%">
                <OpenButton item={item} onOpen={onOpen} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** The position's name, its kind and level in words, and when it was marked. */
export function PositionName({ item }: { item: KeyPosition }) {
  const { t } = useTranslation('talent');
  const labels = useDomainLabels();
  const format = useFormat();
  const kind = [
    item.kind ? labels.positionKind(item.kind) : null,
    item.level ? labels.fungsionalLevel(item.level) : null,
  ].filter(Boolean);
  return (
    <Stack gap={2}>
      <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
        {item.name}
      </Text>
      <Text size="xs" c="dimmed">
        {[...kind, t('succession.markedAt', { date: format.timestamp(item.markedAt) })].join(' · ')}
      </Text>
    </Stack>
  );
}

/** What needs attention: no one holds it, or no successor is ready now. */
function Warnings({ item }: { item: KeyPosition }) {
  const { t } = useTranslation('talent');
  if (item.holders > 0 && item.readyNow > 0) return null;
  return (
    <Group gap={6} wrap="wrap">
      {item.holders === 0 && (
        <Badge color="orange.1" c="dark.9" variant="filled" tt="none" size="sm">
          {t('succession.noHolder')}
        </Badge>
      )}
      {item.readyNow === 0 && (
        <Badge color="yellow.1" c="dark.9" variant="filled" tt="none" size="sm">
          {t('succession.noneReady')}
        </Badge>
      )}
    </Group>
  );
}

function OpenButton({ item, onOpen }: { item: KeyPosition; onOpen: (item: KeyPosition) => void }) {
  const { t } = useTranslation('talent');
  return (
    <Button
      size="xs"
      variant="light"
      style={{ alignSelf: 'flex-start' }}
      aria-label={t('succession.openOf', { name: item.name })}
      onClick={() => onOpen(item)}
    >
      {t('succession.open')}
    </Button>
  );
}
