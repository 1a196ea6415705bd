import { PERFORMANCE_BANDS, POTENTIAL_BANDS } from '@jenjang/domain/talent/nine-box.rules';
import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../scroll-table';

/** Rows from the top: potential tinggi, menengah, rendah (indexes into boxNumbers). */
const ROWS_TOP_DOWN = [2, 1, 0] as const;

/**
 * The nine boxes as PermenPANRB 3/2020 draws them: potential in rows, tinggi at the top;
 * performance in columns, di bawah ekspektasi on the left. `cell` gets the indexes of
 * boxNumbers[potential][performance].
 */
export function BoxGrid({
  label,
  cell,
  testId,
}: {
  label: string;
  cell: (potential: number, performance: number) => ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation('talentSettings');
  return (
    <ScrollTable label={label} minWidth={290}>
      <Table
        withTableBorder
        withColumnBorders
        layout="fixed"
        verticalSpacing="xs"
        horizontalSpacing={6}
        // Long Indonesian words ('ekspektasi', 'Pengembangan') in narrow columns on a phone.
        style={{ overflowWrap: 'anywhere', hyphens: 'auto' }}
        data-testid={testId}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="18%">
              <Text size="xs" c="dimmed" component="span">
                {t('boxes.potentialAxis')} ↓ / {t('boxes.performanceAxis')} →
              </Text>
            </Table.Th>
            {PERFORMANCE_BANDS.map((band) => (
              <Table.Th key={band} scope="col">
                <Text size="xs" fw={600} component="span">
                  {t(`band.performance.${band}`)}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ROWS_TOP_DOWN.map((potential) => (
            <Table.Tr key={potential}>
              <Table.Th scope="row">
                <Text size="xs" fw={600} component="span">
                  {t(`band.potential.${POTENTIAL_BANDS[potential]}`)}
                </Text>
              </Table.Th>
              {PERFORMANCE_BANDS.map((band, performance) => (
                <Table.Td key={band}>{cell(potential, performance)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** The band names of a cell, for labels: ['tinggi', 'di bawah ekspektasi']. */
export function useBandNames() {
  const { t } = useTranslation('talentSettings');
  return (potential: number, performance: number) => ({
    potential: t(`band.potential.${POTENTIAL_BANDS[potential] ?? 'low'}`),
    performance: t(`band.performance.${PERFORMANCE_BANDS[performance] ?? 'below'}`),
  });
}
