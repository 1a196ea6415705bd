import { Badge, Stack, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PerformanceBand, PotentialBand, TalentRecommendation, TalentSettings } from '../../api/types';
import { useTalentWords } from './talent-words';

/** One box of the grid: where it sits, what the government calls it and suggests, how many are in it. */
export interface GridCell {
  box: number;
  performanceBand: PerformanceBand;
  potentialBand: PotentialBand;
  label: string | null;
  recommendation: TalentRecommendation | null;
  count?: number;
}

// PermenPANRB 3/2020's grid as people draw it: high potential on top, better performance right.
const ROWS: readonly PotentialBand[] = ['high', 'middle', 'low'];
const COLUMNS: readonly PerformanceBand[] = ['below', 'meets', 'above'];
const SETTINGS_ROWS: readonly PotentialBand[] = ['low', 'middle', 'high'];

/** A colour per recommendation, light enough for dark text; the words say it too. */
export const RECOMMENDATION_COLORS: Record<TalentRecommendation, string> = {
  talentPool: 'teal',
  develop: 'blue',
  rotate: 'yellow',
  performanceFollowUp: 'orange',
};

/** The nine boxes as a government's settings number, name and advise them (without counts). */
export function cellsOf(settings: TalentSettings): GridCell[] {
  return SETTINGS_ROWS.flatMap((potentialBand, row) =>
    COLUMNS.map((performanceBand, column) => {
      const box = settings.boxNumbers[row]?.[column] ?? 0;
      const key = String(box) as keyof TalentSettings['recommendations'];
      return {
        box,
        performanceBand,
        potentialBand,
        label: settings.boxLabels[key] ?? null,
        recommendation: settings.recommendations[key] ?? null,
      };
    }),
  );
}

/**
 * The nine-box grid (PermenPANRB 3/2020) as a table: rows potential tinggi → rendah, columns
 * performance di bawah → di atas ekspektasi. Each box shows its number, name, count and what it
 * suggests. With `onSelect` a box is a toggle button that filters a list; `highlight` marks one
 * person's box in words as well as by its border.
 */
export function NineBoxGrid({
  cells,
  caption,
  selected = null,
  onSelect,
  highlight = null,
  compact = false,
}: {
  cells: readonly GridCell[];
  caption: string;
  selected?: number | null;
  onSelect?: (box: number | null) => void;
  highlight?: number | null;
  compact?: boolean;
}) {
  const { t } = useTranslation('talent');
  const words = useTalentWords();
  const at = (potential: PotentialBand, performance: PerformanceBand) =>
    cells.find((c) => c.potentialBand === potential && c.performanceBand === performance);
  return (
    <Table
      withTableBorder
      withColumnBorders
      layout="fixed"
      verticalSpacing={4}
      horizontalSpacing={4}
      data-testid="nine-box-grid"
      style={{ borderCollapse: 'separate', borderSpacing: 0 }}
    >
      <Table.Caption className="visually-hidden">{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Td w={compact ? 68 : 92} />
          <Table.Th scope="colgroup" colSpan={3} ta="center">
            <Text size="xs" fw={700}>
              {t('grid.performanceAxis')}
            </Text>
          </Table.Th>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="col">
            <Text size="xs" fw={700}>
              {t('grid.potentialAxis')}
            </Text>
          </Table.Th>
          {COLUMNS.map((band) => (
            <Table.Th key={band} scope="col" ta="center">
              <Text size="xs" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {words.performanceBand(band)}
              </Text>
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {ROWS.map((potential) => (
          <Table.Tr key={potential}>
            <Table.Th scope="row">
              {/* Broken inside a word only when it cannot fit (Menengah on a phone), and then hyphenated. */}
              <Text size="xs" fw={600} style={{ overflowWrap: 'break-word', hyphens: 'auto' }}>
                {words.potentialBand(potential)}
              </Text>
            </Table.Th>
            {COLUMNS.map((performance) => {
              const cell = at(potential, performance);
              return (
                <Table.Td key={performance} p={0} style={{ verticalAlign: 'top', height: '1px' }}>
                  {cell && (
                    <BoxCell
                      cell={cell}
                      compact={compact}
                      selected={selected === cell.box}
                      highlighted={highlight === cell.box}
                      onSelect={onSelect}
                    />
                  )}
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function BoxCell({
  cell,
  compact,
  selected,
  highlighted,
  onSelect,
}: {
  cell: GridCell;
  compact: boolean;
  selected: boolean;
  highlighted: boolean;
  onSelect?: (box: number | null) => void;
}) {
  const { t } = useTranslation('talent');
  const words = useTalentWords();
  const color = cell.recommendation ? RECOMMENDATION_COLORS[cell.recommendation] : 'gray';
  const marked = selected || highlighted;
  const style: CSSProperties = {
    display: 'block',
    width: '100%',
    height: '100%',
    minHeight: compact ? 56 : 104,
    padding: compact ? 4 : 8,
    background: `var(--mantine-color-${color}-0)`,
    outline: marked ? '3px solid var(--mantine-color-blue-8)' : undefined,
    outlineOffset: -3,
    textAlign: 'left',
  };
  const content: ReactNode = (
    <Stack gap={2}>
      <Text fw={800} size={compact ? 'md' : 'xl'} lh={1.1}>
        <VisuallyHidden component="span">{t('grid.boxWord')} </VisuallyHidden>
        {cell.box}
      </Text>
      {cell.label && (
        <Text size="xs" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {cell.label}
        </Text>
      )}
      {cell.count !== undefined && (
        <Text size="sm" fw={700} data-testid={`nine-box-count-${cell.box}`}>
          {t('grid.count', { count: cell.count, formatted: words.number(cell.count) })}
        </Text>
      )}
      {cell.recommendation && !compact && (
        <Text size="xs" c="gray.8" style={{ overflowWrap: 'anywhere' }}>
          {words.recommendation(cell.recommendation)}
        </Text>
      )}
      {highlighted && (
        <Badge size="xs" color="blue.8" variant="filled" tt="none" style={{ alignSelf: 'flex-start' }}>
          {t('grid.you')}
        </Badge>
      )}
    </Stack>
  );
  if (!onSelect) {
    return (
      <div style={style} data-testid={`nine-box-cell-${cell.box}`} aria-current={highlighted || undefined}>
        {content}
      </div>
    );
  }
  return (
    <UnstyledButton
      style={style}
      aria-pressed={selected}
      onClick={() => onSelect(selected ? null : cell.box)}
      data-testid={`nine-box-cell-${cell.box}`}
    >
      {content}
    </UnstyledButton>
  );
}
