import { Card, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapAnalysis } from '../../../api/types';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../lib/use-format';
import { heatShade, shareBelow } from './gap-figures';

/** The unit column stays in view while the competencies scroll past it. */
const STICKY = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  background: 'var(--mantine-color-body)',
} as const;

/**
 * Units (rows) × competencies (columns): each cell the share of requirements below standard, as a
 * shade and as a number; "–" where nothing was assessed. Wide: it scrolls inside its own region.
 */
export function GapHeatMap({ analysis }: { analysis: GapAnalysis }) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  const headingId = useId();
  const title = t('gaps.heatMap.title');
  const columns = analysis.competencies;

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb={4}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('gaps.heatMap.intro')}
      </Text>
      {analysis.units.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('gaps.heatMap.none')}
        </Text>
      ) : (
        <ScrollTable label={t('gaps.scroll', { table: title })} minWidth={200 + columns.length * 72}>
          <Table
            withTableBorder
            withColumnBorders
            verticalSpacing={4}
            horizontalSpacing="xs"
            data-testid="gap-heat-map"
          >
            <Table.Caption>{t('gaps.heatMap.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" style={STICKY}>
                  {t('gaps.heatMap.unit')}
                </Table.Th>
                {columns.map((c) => (
                  <Table.Th key={c.competencyId} scope="col" ta="center">
                    <abbr title={c.name}>{c.code}</abbr>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {analysis.units.map((unit) => {
                const cells = new Map(unit.cells.map((cell) => [cell.competencyId, cell]));
                return (
                  <Table.Tr key={unit.unitId ?? 'none'}>
                    <Table.Th scope="row" fw={500} style={STICKY}>
                      {unit.unitId === null ? t('gaps.heatMap.noUnit') : unit.name}
                    </Table.Th>
                    {columns.map((c) => {
                      const cell = cells.get(c.competencyId);
                      const share = cell ? shareBelow(cell) : null;
                      return (
                        <Table.Td
                          key={c.competencyId}
                          ta="center"
                          style={{
                            background: heatShade(share),
                            color: share ? 'var(--mantine-color-black)' : undefined,
                          }}
                          title={
                            cell && share !== null
                              ? t('gaps.heatMap.cellTitle', {
                                  below: format.number(cell.below),
                                  assessed: format.number(cell.assessed),
                                })
                              : undefined
                          }
                        >
                          {share === null ? '–' : format.percent(share)}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Card>
  );
}
