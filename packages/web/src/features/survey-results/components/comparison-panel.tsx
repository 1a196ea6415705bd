import { questionsOf } from '@jenjang/domain/contracts/instrument.contract';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaveResults } from '../../../api/types';
import { ScrollTable } from '../../../components/scroll-table';
import { type ComparisonRow, type ComparisonTable, comparableTables, comparisonTable } from './comparison';
import { FigureTable } from './figure-table';
import { ResultPanel } from './result-panel';
import { NO_FIGURE, useResultFormat } from './use-result-format';

const TONE_COLORS = { better: 'teal.9', worse: 'red.9', neutral: 'gray.8' } as const;
const ARROWS = { up: '▲', down: '▼', same: '■' } as const;

/** The change since the previous wave: before, after, and the move in words and arrows. */
export function ComparisonPanel({ results }: { results: WaveResults }) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  const previous = results.previousWave;
  const comparison = results.report.comparison;
  if (!previous || !comparison || comparison.length === 0) return null;

  const questions = questionsOf(results.definition);
  const tables = comparableTables(
    comparison.map((item) =>
      comparisonTable(
        item,
        questions.find((q) => q.key === item.key),
        format.language,
      ),
    ),
  );
  if (tables.length === 0) return null;
  // Questions with one mean each read best together; options and statements get a table each.
  const means = tables.filter((table) => table.type === 'likert' || table.type === 'number');
  const others = tables.filter((table) => table.type !== 'likert' && table.type !== 'number');
  const labels = { before: previous.label, after: results.wave.label };

  return (
    <ResultPanel title={t('comparison.title', { label: previous.label })} intro={t('comparison.intro')}>
      <Stack gap="lg">
        {means.length > 0 && (
          <ComparisonTableView
            title={t('comparison.means')}
            firstColumn={t('comparison.question')}
            rows={means.flatMap((table) => table.rows.map((row) => ({ row, table })))}
            labels={labels}
          />
        )}
        {others.map((table) => (
          <ComparisonTableView
            key={table.key}
            title={table.title}
            firstColumn={
              table.measure === 'points' ? t('question.columns.option') : t('question.columns.statement')
            }
            rows={table.rows.map((row) => ({ row, table }))}
            labels={labels}
          />
        ))}
      </Stack>
    </ResultPanel>
  );
}

function ComparisonTableView({
  title,
  firstColumn,
  rows,
  labels,
}: {
  title: string;
  firstColumn: string;
  rows: { row: ComparisonRow; table: ComparisonTable }[];
  labels: { before: string; after: string };
}) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  const figure = (value: number | null, table: ComparisonTable) => {
    if (value === null) return NO_FIGURE;
    return table.measure === 'points' ? format.share(value) : format.decimal(value, table.decimals);
  };
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {title}
      </Title>
      <ScrollTable label={title} minWidth={480}>
        <FigureTable
          caption={title}
          hiddenCaption
          verticalSpacing={6}
          testId="comparison-table"
          rows={rows}
          rowKey={({ row, table }) => `${table.key}.${row.key}`}
          columns={[
            {
              key: 'question',
              header: firstColumn,
              rowHeader: true,
              cell: ({ row, table }) => (
                <>
                  {table.element && row.key === table.key && (
                    <Text span fw={700} size="sm">
                      {table.element}{' '}
                    </Text>
                  )}
                  {row.label}
                </>
              ),
            },
            {
              key: 'before',
              header: labels.before,
              numeric: true,
              nowrap: true,
              cell: ({ row, table }) => figure(row.before, table),
            },
            {
              key: 'after',
              header: labels.after,
              numeric: true,
              nowrap: true,
              cell: ({ row, table }) => figure(row.after, table),
            },
            {
              key: 'change',
              header: t('comparison.change'),
              cell: ({ row, table }) => <ChangeText row={row} table={table} />,
            },
          ]}
        />
      </ScrollTable>
    </Stack>
  );
}

/** The move in words ('turun 0,50'), with an arrow and a colour that only repeat it. */
function ChangeText({ row, table }: { row: ComparisonRow; table: ComparisonTable }) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  if (row.direction === null || row.change === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('comparison.notComparable')}
      </Text>
    );
  }
  const amount = format.decimal(Math.abs(row.change), table.decimals);
  const words =
    row.direction === 'same'
      ? t('comparison.same')
      : t(`comparison.${row.direction}`, {
          amount: table.measure === 'points' ? t('comparison.points', { amount }) : amount,
        });
  return (
    <Text
      size="sm"
      fw={600}
      c={TONE_COLORS[row.tone]}
      style={{ whiteSpace: 'nowrap' }}
      data-direction={row.direction}
    >
      <span aria-hidden="true">{ARROWS[row.direction]} </span>
      {words}
      {row.tone !== 'neutral' && (
        <Text span size="xs" fw={400}>
          {' '}
          ({t(`comparison.tone.${row.tone}`)})
        </Text>
      )}
    </Text>
  );
}
