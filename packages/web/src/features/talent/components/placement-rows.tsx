import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TalentPlacementRow } from '../../../api/types';
import { ResponsiveRows } from '../../../components/responsive-rows';
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
  const { t } = useTranslation('talent');
  return (
    <ResponsiveRows
      label={label}
      items={items}
      busy={busy}
      rowKey={(row) => row.employeeId}
      testId={(row) => `talent-person-${row.employeeId}`}
      card={(row) => <PersonCard row={row} onOpen={onOpen} />}
      minWidth={860}
      columns={[
        { label: t('list.employee') },
        { label: t('list.box') },
        { label: t('list.scores') },
        { label: t('list.actions'), hidden: true },
      ]}
      cells={(row) => <PersonCells row={row} onOpen={onOpen} />}
    />
  );
}

function PersonCard({ row, onOpen }: { row: TalentPlacementRow; onOpen: (row: TalentPlacementRow) => void }) {
  return (
    <>
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
    </>
  );
}

/** A row's cells in the table: the person, their box, their scores, the button to their why. */
function PersonCells({
  row,
  onOpen,
}: {
  row: TalentPlacementRow;
  onOpen: (row: TalentPlacementRow) => void;
}) {
  return (
    <>
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
    </>
  );
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
