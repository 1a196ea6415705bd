import { useTranslation } from 'react-i18next';
import { ChartCard } from '../../../components/chart-card';
import { sideBarsHeight } from './chart-size';
import { FigureTable } from './figure-table';
import { SideBars } from './lazy-charts';
import { RespondentsOnScale } from './respondents-on-scale';
import type { StatementMeanRow } from './result-data';
import { useResultFormat } from './use-result-format';

interface MatrixResultProps {
  title: string;
  rows: StatementMeanRow[];
  n: number;
  scale: { min: number; max: number };
}

/** A matrix of statements on one scale: each statement's mean, in the instrument's order. */
export function MatrixResult({ title, rows, n, scale }: MatrixResultProps) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  return (
    <ChartCard
      title={title}
      order={3}
      empty={n === 0}
      chartHeight={sideBarsHeight(rows.length)}
      chart={
        <SideBars
          data={rows.map((row) => ({ label: row.label, mean: row.mean }))}
          series={[{ name: 'mean', label: t('question.columns.mean'), color: 'teal.8' }]}
          valueFormatter={(value) => format.mean(value)}
          domain={[0, scale.max]}
        />
      }
      table={
        <FigureTable
          caption={title}
          rows={rows}
          rowKey={(row) => row.key}
          columns={[
            { key: 'statement', header: t('question.columns.statement'), cell: (row) => row.label },
            { key: 'n', header: t('question.columns.n'), numeric: true, cell: (row) => format.number(row.n) },
            {
              key: 'mean',
              header: t('question.columns.mean'),
              numeric: true,
              cell: (row) => format.mean(row.mean),
            },
          ]}
        />
      }
    >
      <RespondentsOnScale n={n} scale={scale} />
    </ChartCard>
  );
}
