import { EQUITY_DIMENSIONS, type EquityDimension, FOUR_FIFTHS } from '@jenjang/domain/programs/equity.rules';
import { Badge, Select, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EquityReport } from '../../../api/types';
import { ChartCard } from '../../../components/chart-card';
import { QueryContent } from '../../../components/query-content';
import { useFormat } from '../../../lib/use-format';
import { useProgramEquity } from '../api/programs';

const SelectionRateChart = lazy(() =>
  import('./equity-chart').then((module) => ({ default: module.SelectionRateChart })),
);

/** Application and selection rates per group of staff, the groups under four fifths of the best flagged. */
export function EquitySection({ programId }: { programId: number }) {
  const { t } = useTranslation('programs');
  const [dimension, setDimension] = useState<EquityDimension>('sex');
  const report = useProgramEquity(programId);
  return (
    <Stack gap="sm" component="section" aria-labelledby="program-equity">
      <Title order={2} size="h4" id="program-equity">
        {t('equity.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('equity.intro', { percent: FOUR_FIFTHS * 100 })}
      </Text>
      <Select
        label={t('equity.dimension')}
        allowDeselect={false}
        value={dimension}
        onChange={(value) => setDimension((value ?? 'sex') as EquityDimension)}
        data={EQUITY_DIMENSIONS.map((d) => ({ value: d, label: t(`equity.by.${d}`) }))}
        w={{ base: '100%', xs: 260 }}
      />
      <QueryContent query={report} height={200}>
        {(data) => <EquityCard report={data} dimension={dimension} />}
      </QueryContent>
    </Stack>
  );
}

function EquityCard({ report, dimension }: { report: EquityReport; dimension: EquityDimension }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const part = report.dimensions.find((d) => d.dimension === dimension)!;
  const rate = (value: number | null) => (value === null ? '—' : format.percent(value));
  const bestRate = Math.max(
    0,
    ...part.rows.filter((r) => r.judged && r.selectionRate !== null).map((r) => r.selectionRate ?? 0),
  );
  const title = t('equity.chartTitle', { by: t(`equity.by.${dimension}`) });
  const flagged = part.rows.filter((r) => r.flagged);
  return (
    <ChartCard
      title={title}
      order={3}
      empty={part.rows.every((r) => r.applicants === 0)}
      chartHeight={part.rows.length * 32 + 40}
      tableMinWidth={640}
      chart={
        <SelectionRateChart
          data={part.rows
            .filter((r) => r.selectionRate !== null)
            .map((r) => ({
              label: r.label,
              rate: Math.round((r.selectionRate ?? 0) * 1000) / 10,
              flagged: r.flagged,
            }))}
          seriesLabel={t('equity.selectionRate')}
          threshold={report.selected && bestRate > 0 ? Math.round(bestRate * FOUR_FIFTHS * 1000) / 10 : null}
          thresholdLabel={t('equity.threshold')}
          valueFormatter={(value) => format.percent(value / 100)}
        />
      }
      table={
        <Table striped verticalSpacing={4}>
          <Table.Caption>{title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('equity.group')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('equity.population')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('equity.applicants')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('equity.applicationRate')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('equity.selected')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('equity.selectionRate')}
              </Table.Th>
              <Table.Th scope="col">{t('equity.verdict')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {part.rows.map((row) => (
              <Table.Tr key={row.group}>
                <Table.Th scope="row" fw={400}>
                  {row.label}
                </Table.Th>
                <Table.Td ta="right">{format.number(row.population)}</Table.Td>
                <Table.Td ta="right">{format.number(row.applicants)}</Table.Td>
                <Table.Td ta="right">{rate(row.applicationRate)}</Table.Td>
                <Table.Td ta="right">{format.number(row.selected)}</Table.Td>
                <Table.Td ta="right">{rate(row.selectionRate)}</Table.Td>
                <Table.Td>
                  {!report.selected ? (
                    '—'
                  ) : row.flagged ? (
                    <Badge color="red" variant="light">
                      {t('equity.flagged', { ratio: format.percent(row.ratioToBest ?? 0) })}
                    </Badge>
                  ) : row.judged ? (
                    t('equity.fine')
                  ) : (
                    t('equity.tooFew')
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    >
      {report.selected && (
        <Text
          size="sm"
          c={flagged.length > 0 ? 'red.9' : undefined}
          fw={flagged.length > 0 ? 600 : undefined}
        >
          {flagged.length > 0
            ? t('equity.flaggedSummary', { groups: flagged.map((r) => r.label).join(', ') })
            : part.parity === null
              ? t('equity.notJudged')
              : t('equity.even', { ratio: format.percent(part.parity) })}
        </Text>
      )}
    </ChartCard>
  );
}
