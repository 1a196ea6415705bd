import { PROMOTION_RULE_KEYS } from '@jenjang/domain/talent/promotion.rules';
import { Table } from '@mantine/core';
import { lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PromotionSummary } from '../../api/types';
import { useFormat } from '../../lib/use-format';
import { ChartCard } from '../chart-card';

const FailingChart = lazy(() =>
  import('./failing-chart').then((module) => ({ default: module.FailingChart })),
);

export interface FailingSeries {
  name: string;
  label: string;
  color: string;
  summary: PromotionSummary;
}

/**
 * How many people fail each kenaikan pangkat rule: a bar chart with its table, one column per
 * series (a period's list; or before and after a revision of the rules).
 */
export function FailingCard({
  title,
  series,
  order = 3,
  children,
}: {
  title: string;
  series: readonly FailingSeries[];
  order?: 2 | 3 | 4;
  children?: ReactNode;
}) {
  const { t } = useTranslation('promotion');
  const format = useFormat();
  const count = (summary: PromotionSummary, rule: string) => summary.failing[rule] ?? 0;
  const rows = PROMOTION_RULE_KEYS.map((rule) => ({
    rule,
    label: t(`rule.${rule}`),
    ...Object.fromEntries(series.map((s) => [s.name, count(s.summary, rule)])),
  }));
  return (
    <ChartCard
      title={title}
      order={order}
      chartHeight={Math.max(160, rows.length * series.length * 22 + 80)}
      empty={series.every((s) => s.summary.considered === 0)}
      chart={
        <FailingChart
          data={rows}
          series={series.map(({ name, label, color }) => ({ name, label, color }))}
          valueFormatter={format.number}
        />
      }
      table={
        <Table striped verticalSpacing={4}>
          <Table.Caption>{title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('failing.rule')}</Table.Th>
              {series.map((s) => (
                <Table.Th key={s.name} scope="col" ta="right">
                  {s.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {PROMOTION_RULE_KEYS.map((rule) => (
              <Table.Tr key={rule}>
                <Table.Th scope="row" fw={400}>
                  {t(`rule.${rule}`)}
                </Table.Th>
                {series.map((s) => (
                  <Table.Td key={s.name} ta="right">
                    {format.number(count(s.summary, rule))}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    >
      {children}
    </ChartCard>
  );
}
