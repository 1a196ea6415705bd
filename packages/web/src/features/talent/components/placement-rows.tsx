import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { TalentPlacementRow } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { ScrollTable } from '../../../components/scroll-table';
import { RECOMMENDATION_COLORS } from '../../../components/talent/nine-box-grid';
import { useTalentWords } from '../../../components/talent/talent-words';

/**
 * A page of a year's people: each with their box and what it suggests (or why they have none), both
 * scores with their bands, and a button to their placement and why. Cards on a phone, a table wider.
 */
export function PlacementRows({
  label,
  items,
  busy,
  onOpen,
}: {
  label: string;
  items: readonly TalentPlacementRow[];
  busy: boolean;
  onOpen: (row: TalentPlacementRow) => void;
}) {
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  if (isPhone) {
    return (
      <CardList label={label} busy={busy}>
        {items.map((row) => (
          <CardItem key={row.employeeId}>
            <Stack gap={6} data-testid={`talent-person-${row.employeeId}`}>
              <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                {row.name}
              </Text>
              <Text size="xs" c="dimmed">
                {row.nip}
              </Text>
              <Place row={row} />
              <BoxOf row={row} />
              <Scores row={row} />
              <OpenButton row={row} onOpen={onOpen} />
            </Stack>
          </CardItem>
        ))}
      </CardList>
    );
  }
  return <PeopleTable label={label} items={items} busy={busy} onOpen={onOpen} />;
}

function Place({ row }: { row: TalentPlacementRow }) {
  if (!row.position && !row.unit) return null;
  return (
    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
      {[row.position, row.unit].filter(Boolean).join(' · ')}
    </Text>
  );
}

/** The box and its recommendation, or the reasons there is none. */
function BoxOf({ row }: { row: TalentPlacementRow }) {
  const words = useTalentWords();
  if (row.box === null) {
    return (
      <Stack gap={2}>
        {row.reasons.map((reason) => (
          <Text key={reason} size="sm">
            {words.reason(reason)}
          </Text>
        ))}
      </Stack>
    );
  }
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm" fw={700}>
        {words.box(row.box, row.label)}
      </Text>
      {row.recommendation && (
        <Badge
          color={`${RECOMMENDATION_COLORS[row.recommendation]}.1`}
          c="dark.9"
          variant="filled"
          tt="none"
          size="sm"
        >
          {words.recommendation(row.recommendation)}
        </Badge>
      )}
    </Group>
  );
}

function Scores({ row }: { row: TalentPlacementRow }) {
  const { t } = useTranslation('talent');
  const words = useTalentWords();
  return (
    <Stack gap={0}>
      <Text size="sm">
        {t('list.performance', {
          score: words.number(row.performanceScore),
          band: row.performanceBand ? words.performanceBand(row.performanceBand) : t('why.noBand'),
        })}
      </Text>
      <Text size="sm">
        {t('list.potential', {
          score: words.number(row.potentialScore),
          band: row.potentialBand ? words.potentialBand(row.potentialBand) : t('why.noBand'),
        })}
      </Text>
    </Stack>
  );
}

function OpenButton({ row, onOpen }: { row: TalentPlacementRow; onOpen: (row: TalentPlacementRow) => void }) {
  const { t } = useTranslation('talent');
  return (
    <Button
      size="xs"
      variant="light"
      style={{ alignSelf: 'flex-start' }}
      aria-label={t('list.openOf', { name: row.name })}
      onClick={() => onOpen(row)}
    >
      {t('list.open')}
    </Button>
  );
}

function PeopleTable({
  label,
  items,
  busy,
  onOpen,
}: {
  label: string;
  items: readonly TalentPlacementRow[];
  busy: boolean;
  onOpen: (row: TalentPlacementRow) => void;
}) {
  const { t } = useTranslation('talent');
  return (
    <ScrollTable label={label} minWidth={860}>
      <Table striped verticalSpacing="sm" aria-busy={busy}>
        <Table.Caption className="visually-hidden">{label}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('list.employee')}</Table.Th>
            <Table.Th scope="col">{t('list.box')}</Table.Th>
            <Table.Th scope="col">{t('list.scores')}</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t('list.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((row) => (
            <Table.Tr
              key={row.employeeId}
              data-testid={`talent-person-${row.employeeId}`}
              style={{ verticalAlign: 'top' }}
            >
              <Table.Td w="34%">
                <Stack gap={2}>
                  <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {row.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {row.nip}
                  </Text>
                  <Place row={row} />
                </Stack>
              </Table.Td>
              <Table.Td w="26%">
                <BoxOf row={row} />
              </Table.Td>
              <Table.Td>
                <Scores row={row} />
              </Table.Td>
              <Table.Td w="14%">
                <OpenButton row={row} onOpen={onOpen} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
