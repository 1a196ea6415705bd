import { Card, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapAnalysis } from '../../../api/types';
import { ScrollTable } from '../../../components/scroll-table';
import { useDomainLabels } from '../../../lib/domain-labels';
import { useFormat } from '../../../lib/use-format';
import { shareBelow } from './gap-figures';

/** The same figures by jenis jabatan, largest shortfall first (the server's order). */
export function PositionKindGaps({ analysis }: { analysis: GapAnalysis }) {
  const { t } = useTranslation('competencies');
  const labels = useDomainLabels();
  const format = useFormat();
  const headingId = useId();
  const title = t('gaps.byKind.title');
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb="md">
        {title}
      </Title>
      {analysis.positionKinds.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('gaps.byKind.none')}
        </Text>
      ) : (
        <ScrollTable label={t('gaps.scroll', { table: title })} minWidth={560}>
          <Table striped verticalSpacing={4}>
            <Table.Caption>{title}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('gaps.positionKind')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('gaps.employees')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('gaps.byCompetency.assessed')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('gaps.byCompetency.below')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('gaps.byCompetency.shortfall')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {analysis.positionKinds.map((row) => {
                const share = shareBelow(row);
                return (
                  <Table.Tr key={row.kind}>
                    <Table.Th scope="row" fw={400}>
                      {row.kind ? labels.positionKind(row.kind) : t('gaps.byKind.unknown')}
                    </Table.Th>
                    <Table.Td ta="right">{format.number(row.employees)}</Table.Td>
                    <Table.Td ta="right">{format.number(row.assessed)}</Table.Td>
                    <Table.Td ta="right">
                      {share === null
                        ? '–'
                        : t('gaps.byCompetency.belowValue', {
                            count: format.number(row.below),
                            share: format.percent(share),
                          })}
                    </Table.Td>
                    <Table.Td ta="right">{format.number(row.shortfall)}</Table.Td>
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
