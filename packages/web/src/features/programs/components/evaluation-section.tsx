import type { ReactionQuestion } from '@jenjang/domain/programs/reaction-instrument';
import { Button, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramEvaluation } from '../../../api/types';
import { ChartCard } from '../../../components/chart-card';
import { QueryContent } from '../../../components/query-content';
import { hasPermission, useMe } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { useProgramEvaluation } from '../api/evaluation';
import { BehaviourCard } from './evaluation-behaviour-card';
import { RowHeader, Withheld } from './evaluation-cells';
import { EvaluationLevels } from './evaluation-levels';
import { PerformanceChangeCard } from './evaluation-performance';
import { EvaluationPlan } from './evaluation-plan';
import { ResultsBlock } from './evaluation-results';
import { GROUPINGS, type Grouping, type Row, round, rowsOf } from './evaluation-values';

const EvaluationChart = lazy(() =>
  import('./evaluation-chart').then((module) => ({ default: module.EvaluationChart })),
);

/**
 * The program's evaluation, Kirkpatrick levels 1 to 4: the reaction survey's means and the learning
 * test's gain, the behaviour follow-up's scores of the alumni and their supervisors, per batch,
 * trainer or curriculum version and for the whole program, groups of fewer than k withheld with the
 * reason; and the IKM of the service the training aims at, before and after it. For the agency and
 * for trainers (their batches). The agency (`manageable`) also sets the evaluation plan and opens the
 * follow-up's surveys; `onRevise` opens a curriculum revision citing the batches shown as evidence.
 */
export function EvaluationSection({
  programId,
  reader,
  manageable = false,
  onRevise,
}: {
  programId: number;
  /** The agency, or a trainer of one of its batches (who reads those batches only). */
  reader: boolean;
  manageable?: boolean;
  onRevise?: ((batchIds: number[]) => void) | undefined;
}) {
  const { t } = useTranslation('programs');
  const evaluation = useProgramEvaluation(programId, reader);
  if (!reader) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="program-evaluation">
      <Title order={2} size="h4" id="program-evaluation">
        {t('evaluation.title')}
      </Title>
      <QueryContent query={evaluation} height={240}>
        {(data) => <EvaluationView data={data} manageable={manageable} onRevise={onRevise} />}
      </QueryContent>
    </Stack>
  );
}

function EvaluationView({
  data,
  manageable,
  onRevise,
}: {
  data: ProgramEvaluation;
  manageable: boolean;
  onRevise?: ((batchIds: number[]) => void) | undefined;
}) {
  const { t } = useTranslation('programs');
  const me = useMe();
  const [grouping, setGrouping] = useState<Grouping>('batch');
  const rows = rowsOf(data, grouping, {
    version: (version) => t('evaluation.version', { version }),
    noVersion: t('evaluation.noVersion'),
    total: t('evaluation.total'),
  });
  const by = t(`evaluation.by.${grouping}`);
  const surveyLinks = manageable && hasPermission(me, 'survey.read');
  const evidence = data.batches
    .filter((b) => b.closed && (b.reaction.shown || b.learning.shown))
    .map((b) => b.id);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('evaluation.intro', { k: data.minGroupSize })}
      </Text>
      <SegmentedControl
        aria-label={t('evaluation.grouping')}
        value={grouping}
        onChange={(value) => setGrouping(value as Grouping)}
        data={GROUPINGS.map((g) => ({ value: g, label: t(`evaluation.by.${g}`) }))}
        w={{ base: '100%', xs: 'auto' }}
        style={{ alignSelf: 'flex-start' }}
      />
      {data.batches.length === 0 ? (
        <Text size="sm">{t('evaluation.empty')}</Text>
      ) : (
        <>
          <EvaluationLevels data={data} rows={rows} by={by} surveyLinks={surveyLinks} />
          <ReactionCard data={data} rows={rows} by={by} />
          <LearningCard data={data} rows={rows} by={by} />
          <BehaviourCard data={data} rows={rows} by={by} />
        </>
      )}
      {(data.results !== null || manageable) && (
        <ResultsBlock results={data.results} surveyLinks={surveyLinks} />
      )}
      {data.performance && <PerformanceChangeCard change={data.performance} k={data.minGroupSize} />}
      {manageable && <EvaluationPlan programId={data.programId} data={data} />}
      {onRevise && evidence.length > 0 && (
        <Group>
          <Button variant="default" onClick={() => onRevise(evidence)}>
            {t('evaluation.revise')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function ReactionCard({ data, rows, by }: { data: ProgramEvaluation; rows: Row[]; by: string }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const mean = (value: number | null) => (value === null ? '—' : format.number(round(value)));
  const title = t('evaluation.reaction.title', { by });
  const shown = rows.filter((r) => r.reaction.shown && r.reaction.overall !== null);
  const question = (key: string) => t(`evaluation.question.${key as ReactionQuestion}`);
  return (
    <ChartCard
      title={title}
      order={3}
      empty={shown.length === 0 && rows.every((r) => !r.reaction.shown && r.reaction.withheld === 'none')}
      chartHeight={Math.max(120, shown.length * 28 + 40)}
      tableMinWidth={720}
      chart={
        <EvaluationChart
          data={shown.map((r) => ({
            label: r.label,
            overall: r.reaction.shown ? round(r.reaction.overall ?? 0) : 0,
          }))}
          series={[{ name: 'overall', label: t('evaluation.reaction.overall'), color: 'blue.7' }]}
          domain={[data.scale.min, data.scale.max]}
          valueFormatter={(value) => format.number(value)}
        />
      }
      table={
        <Table striped verticalSpacing={4}>
          <Table.Caption>{title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{by}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('evaluation.reaction.responses')}
              </Table.Th>
              {data.questions.map((key) => (
                <Table.Th key={key} scope="col" ta="right">
                  {question(key)}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t('evaluation.reaction.overall')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <RowHeader row={row} />
                {row.reaction.shown ? (
                  <>
                    <Table.Td ta="right">{format.number(row.reaction.responses)}</Table.Td>
                    {data.questions.map((key) => {
                      const value = row.reaction.shown
                        ? (row.reaction.questions.find((q) => q.key === key)?.mean ?? null)
                        : null;
                      return (
                        <Table.Td key={key} ta="right">
                          {mean(value)}
                        </Table.Td>
                      );
                    })}
                    <Table.Td ta="right" fw={600}>
                      {mean(row.reaction.overall)}
                    </Table.Td>
                  </>
                ) : (
                  <Table.Td colSpan={data.questions.length + 2}>
                    <Withheld reason={row.reaction.withheld} k={data.minGroupSize} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    >
      <Text size="sm">{t('evaluation.reaction.scale', { min: data.scale.min, max: data.scale.max })}</Text>
    </ChartCard>
  );
}

function LearningCard({ data, rows, by }: { data: ProgramEvaluation; rows: Row[]; by: string }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const title = t('evaluation.learning.title', { by });
  const shown = rows.filter((r) => r.learning.shown);
  const points = (value: number) => format.number(round(value));
  return (
    <ChartCard
      title={title}
      order={3}
      empty={shown.length === 0 && rows.every((r) => !r.learning.shown && r.learning.withheld === 'none')}
      chartHeight={Math.max(120, shown.length * 56 + 40)}
      tableMinWidth={640}
      chart={
        <EvaluationChart
          data={shown.map((r) => ({
            label: r.label,
            pre: r.learning.shown ? round(r.learning.meanPre) : 0,
            post: r.learning.shown ? round(r.learning.meanPost) : 0,
          }))}
          series={[
            { name: 'pre', label: t('evaluation.learning.pre'), color: 'gray.6' },
            { name: 'post', label: t('evaluation.learning.post'), color: 'teal.8' },
          ]}
          domain={[0, 100]}
          valueFormatter={points}
        />
      }
      table={
        <Table striped verticalSpacing={4}>
          <Table.Caption>{title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{by}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('evaluation.learning.pairs')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('evaluation.learning.pre')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('evaluation.learning.post')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('evaluation.learning.gain')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('evaluation.learning.normalised')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <RowHeader row={row} />
                {row.learning.shown ? (
                  <>
                    <Table.Td ta="right">{format.number(row.learning.pairs)}</Table.Td>
                    <Table.Td ta="right">{points(row.learning.meanPre)}</Table.Td>
                    <Table.Td ta="right">{points(row.learning.meanPost)}</Table.Td>
                    <Table.Td ta="right">{points(row.learning.meanGain)}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {row.learning.normalisedGain === null
                        ? '—'
                        : format.percent(row.learning.normalisedGain)}
                    </Table.Td>
                  </>
                ) : (
                  <Table.Td colSpan={5}>
                    <Withheld reason={row.learning.withheld} k={data.minGroupSize} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    >
      <Text size="sm">{t('evaluation.learning.help')}</Text>
    </ChartCard>
  );
}
