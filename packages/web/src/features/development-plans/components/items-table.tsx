import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanItem } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { ScrollTable } from '../../../components/scroll-table';
import { formatRupiah, usePathName } from '../../../lib/development-paths';
import { useFormat } from '../../../lib/use-format';
import { ItemBasis } from './item-basis';

const PRIORITY_COLORS = { 1: 'red', 2: 'orange', 3: 'gray' } as const;

function PriorityBadge({ priority }: { priority: number }) {
  const { t } = useTranslation('development');
  const key = String(priority) as '1' | '2' | '3';
  return (
    <Badge variant="light" color={PRIORITY_COLORS[priority as 1 | 2 | 3] ?? 'gray'}>
      {t(`priority.${key}`)}
    </Badge>
  );
}

interface ItemsProps {
  plan: Plan;
  caption: string;
  onEdit: (item: PlanItem) => void;
  onRemove: (item: PlanItem) => void;
}

/** The plan's activities: a table, or one card per activity on a phone. */
export function ItemsTable(props: ItemsProps) {
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  return isPhone ? <ItemCards {...props} /> : <ItemRows {...props} />;
}

function ItemActions({
  item,
  onEdit,
  onRemove,
}: { item: PlanItem } & Pick<ItemsProps, 'onEdit' | 'onRemove'>) {
  const { t } = useTranslation('development');
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="compact-sm"
        variant="subtle"
        aria-label={t('table.edit', { title: item.title })}
        onClick={() => onEdit(item)}
      >
        {t('item.edit')}
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        aria-label={t('table.remove', { title: item.title })}
        onClick={() => onRemove(item)}
      >
        {t('item.remove')}
      </Button>
    </Group>
  );
}

function ItemRows({ plan, caption, onEdit, onRemove }: ItemsProps) {
  const { t } = useTranslation('development');
  const format = useFormat();
  const pathName = usePathName();
  return (
    <ScrollTable label={caption} minWidth={980}>
      <Table verticalSpacing="sm" striped>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('table.competency')}</Table.Th>
            <Table.Th scope="col">{t('table.target')}</Table.Th>
            <Table.Th scope="col">{t('table.path')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('table.jp')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('table.participants')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('table.cost')}
            </Table.Th>
            <Table.Th scope="col">{t('table.priority')}</Table.Th>
            <Table.Th scope="col">{t('table.basis')}</Table.Th>
            {plan.editable && <Table.Th scope="col">{t('table.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {item.title}
                </Text>
                {item.competency && (
                  <Text size="xs" c="dimmed">
                    {item.competency.code} · {item.competency.name}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{item.targetGroup}</Table.Td>
              <Table.Td>{pathName(item.pathCode)}</Table.Td>
              <Table.Td ta="end">{format.number(item.jp)}</Table.Td>
              <Table.Td ta="end">{format.number(item.participants)}</Table.Td>
              <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                {formatRupiah(item.estimatedCost)}
              </Table.Td>
              <Table.Td>
                <PriorityBadge priority={item.priority} />
              </Table.Td>
              <Table.Td>
                <ItemBasis item={item} />
              </Table.Td>
              {plan.editable && (
                <Table.Td>
                  <ItemActions item={item} onEdit={onEdit} onRemove={onRemove} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function ItemCards({ plan, caption, onEdit, onRemove }: ItemsProps) {
  const { t } = useTranslation('development');
  const format = useFormat();
  const pathName = usePathName();
  return (
    <CardList label={caption} busy={false}>
      {plan.items.map((item) => (
        <CardItem key={item.id}>
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text fw={600}>{item.title}</Text>
              <PriorityBadge priority={item.priority} />
            </Group>
            {item.competency && (
              <Text size="sm" c="dimmed">
                {item.competency.code} · {item.competency.name}
              </Text>
            )}
            <Text size="sm">
              {t('table.target')}: {item.targetGroup}
            </Text>
            <Text size="sm">
              {t('table.path')}: {pathName(item.pathCode)}
            </Text>
            <Text size="sm">
              {t('table.jp')} {format.number(item.jp)} · {t('table.participants')}{' '}
              {format.number(item.participants)} · {formatRupiah(item.estimatedCost)}
            </Text>
            <ItemBasis item={item} />
            {plan.editable && <ItemActions item={item} onEdit={onEdit} onRemove={onRemove} />}
          </Stack>
        </CardItem>
      ))}
    </CardList>
  );
}
