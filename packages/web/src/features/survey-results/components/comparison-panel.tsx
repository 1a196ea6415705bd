import { questionsOf } from '@jenjang/domain/surveys/instrument.rules';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IkmConvention, ReportComparison, WaveResults } from '../../../api/types';
import { ScrollTable } from '../../../components/scroll-table';
import { useConventionText } from '../../../lib/ikm-convention';
import { ChangeText } from './change-text';
import {
  type ComparisonRow,
  type ComparisonTable,
  comparableTables,
  comparisonTable,
  countMarked,
  groupTables,
} from './comparison';
import { FigureTable } from './figure-table';
import { ResultPanel } from './result-panel';
import { NO_FIGURE, useResultFormat } from './use-result-format';

/**
 * The change since the previous wave: the IKM first (SKM), then the elements U1–U9, then the rest.
 * Only changes beyond chance are marked, and the rule that says so is stated above them.
 */
export function ComparisonPanel({ results }: { results: WaveResults }) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  const previous = results.previousWave;
  const comparison = results.report.comparison;
  if (!previous || !comparison) return null;

  const questions = questionsOf(results.definition);
  const tables = comparableTables(
    comparison.items.map((item) =>
      comparisonTable(
        item,
        questions.find((q) => q.key === item.key),
        format.language,
      ),
    ),
  );
  if (tables.length === 0 && !comparison.ikm) return null;
  const groups = groupTables(tables);
  const labels = { before: previous.label, after: results.wave.label };
  const marked = countMarked(tables);
  const meanRows = (list: ComparisonTable[]) =>
    list.flatMap((table) => table.rows.map((row) => ({ row, table })));

  return (
    <ResultPanel title={t('comparison.title', { label: previous.label })} intro={t('comparison.intro')}>
      <Stack gap="lg" data-testid="comparison">
        <RuleSentence comparison={comparison} />
        <Text size="sm" fw={600} data-testid="comparison-summary">
          {marked.up + marked.down === 0
            ? t('comparison.summaryNone')
            : t('comparison.summary', { up: marked.up, down: marked.down })}
        </Text>
        {comparison.ikm && (
          <IkmHeadline
            ikm={comparison.ikm}
            labels={labels}
            convention={results.report.ikm?.convention ?? null}
          />
        )}
        {groups.elements.length > 0 && (
          <ComparisonTableView
            title={t('comparison.elements')}
            firstColumn={t('ikm.columns.element')}
            rows={meanRows(groups.elements)}
            labels={labels}
          />
        )}
        {groups.means.length > 0 && (
          <ComparisonTableView
            title={t('comparison.means')}
            firstColumn={t('comparison.question')}
            rows={meanRows(groups.means)}
            labels={labels}
          />
        )}
        {groups.others.map((table) => (
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

/** The rule in one sentence, with the minimum effect when the government asks for one. */
function RuleSentence({ comparison }: { comparison: ReportComparison }) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  const confidence = format.decimal(comparison.confidence * 100, 0);
  return (
    <Text size="sm" data-testid="comparison-rule">
      {t('comparison.rule', { confidence })}
      {comparison.minimumEffect > 0 &&
        ` ${t('comparison.ruleMinimum', { share: format.decimal(comparison.minimumEffect * 100, 0) })}`}
    </Text>
  );
}

/** The IKM before and after, each with its category, and its judged change. */
function IkmHeadline({
  ikm,
  labels,
  convention,
}: {
  ikm: NonNullable<ReportComparison['ikm']>;
  labels: { before: string; after: string };
  /** Both waves' IKM follow the government's convention, the one the current IKM states. */
  convention: IkmConvention | null;
}) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  const conventionText = useConventionText();
  const side = (label: string, value: number | null, category: typeof ikm.categoryBefore) => (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value === null ? NO_FIGURE : format.ikm(value)}
      </Text>
      {category && (
        <Text size="sm">
          {category.mutu} · {t(`ikm.kinerjaLabel.${category.kinerja}`)}
        </Text>
      )}
    </div>
  );
  const row: ComparisonRow = { key: 'ikm', label: 'IKM', ...ikm, tone: toneOfIkm(ikm.verdict) };
  return (
    <Paper withBorder radius="md" p="md" data-testid="comparison-ikm">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('comparison.ikmTitle')}
        </Title>
        <Group gap="xl" align="flex-end" wrap="wrap">
          {side(labels.before, ikm.before, ikm.categoryBefore)}
          <Text aria-hidden="true" fz="xl">
            →
          </Text>
          {side(labels.after, ikm.after, ikm.categoryAfter)}
          <ChangeText row={row} decimals={2} measure="mean" size="md" />
        </Group>
        {ikm.low !== null && ikm.high !== null && (
          <Text size="xs" c="dimmed">
            {t('comparison.interval', { low: format.change(ikm.low, 2), high: format.change(ikm.high, 2) })}
          </Text>
        )}
        {ikm.categoryBefore && ikm.categoryAfter && ikm.categoryBefore.mutu !== ikm.categoryAfter.mutu && (
          <Badge variant="outline" color="gray" w="max-content" tt="none">
            {t('comparison.categoryMoved', { from: ikm.categoryBefore.mutu, to: ikm.categoryAfter.mutu })}
          </Badge>
        )}
      </Stack>
      {convention && (
        <Text size="xs" c="dimmed" mt="xs" data-testid="comparison-convention">
          {conventionText(convention)}
        </Text>
      )}
    </Paper>
  );
}

const toneOfIkm = (verdict: ComparisonRow['verdict']) =>
  verdict === 'up' ? 'better' : verdict === 'down' ? 'worse' : 'neutral';

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
  const interval = (row: ComparisonRow, table: ComparisonTable) =>
    row.low === null || row.high === null
      ? NO_FIGURE
      : `${format.change(row.low, table.decimals)} … ${format.change(row.high, table.decimals)}`;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {title}
      </Title>
      <ScrollTable label={title} minWidth={560}>
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
              cell: ({ row, table }) => (
                <ChangeText row={row} decimals={table.decimals} measure={table.measure} />
              ),
            },
            {
              key: 'interval',
              header: t('comparison.intervalColumn'),
              nowrap: true,
              cell: ({ row, table }) => (
                <Text span size="xs" c="dimmed">
                  {interval(row, table)}
                </Text>
              ),
            },
          ]}
        />
      </ScrollTable>
    </Stack>
  );
}
