import { type BEHAVIOUR_QUESTIONS, FOLLOW_UP_WAVE_DAYS } from '@jenjang/domain/programs/follow-up.rules';
import { Table, Text } from '@mantine/core';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramEvaluation } from '../../../api/types';
import { ChartCard } from '../../../components/chart-card';
import { useFormat } from '../../../lib/use-format';
import { useLevelFigures, Withheld } from './evaluation-cells';
import { hasBehaviour, overallOf, type Reaction, type Row, round } from './evaluation-values';

const EvaluationChart = lazy(() =>
  import('./evaluation-chart').then((module) => ({ default: module.EvaluationChart })),
);

type BehaviourQuestion = (typeof BEHAVIOUR_QUESTIONS)[number];
type Side = 'alumni' | 'supervisors';
const SIDES: Side[] = ['alumni', 'supervisors'];

/**
 * Level 3 against level 1: per row, the participants' reaction when the batch closed beside the
 * behaviour score months later, as the alumni and their direct supervisors rate it; the table adds
 * each behaviour question's mean per side.
 */
export function BehaviourCard({ data, rows, by }: { data: ProgramEvaluation; rows: Row[]; by: string }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const title = t('evaluation.behaviour.title', { by });
  const shown = rows.filter(hasBehaviour);
  const months = data.plan.followUpMonths;
  return (
    <ChartCard
      title={title}
      order={3}
      empty={
        shown.length === 0 &&
        rows.every((r) =>
          SIDES.every((side) => !r.behaviour[side].shown && r.behaviour[side].withheld === 'none'),
        )
      }
      chartHeight={Math.max(120, shown.length * 84 + 40)}
      tableMinWidth={1040}
      chart={
        <EvaluationChart
          data={shown.map((r) => ({
            label: r.label,
            reaction: overallOf(r.reaction),
            alumni: overallOf(r.behaviour.alumni),
            supervisors: overallOf(r.behaviour.supervisors),
          }))}
          series={[
            { name: 'reaction', label: t('evaluation.levels.reaction'), color: 'blue.7' },
            { name: 'alumni', label: t('evaluation.levels.alumni'), color: 'teal.8' },
            { name: 'supervisors', label: t('evaluation.levels.supervisors'), color: 'grape.8' },
          ]}
          domain={[data.scale.min, data.scale.max]}
          valueFormatter={(value) => format.number(value)}
        />
      }
      table={<BehaviourTable data={data} rows={rows} by={by} title={title} />}
    >
      <Text size="sm">{t('evaluation.behaviour.help', { min: data.scale.min, max: data.scale.max })}</Text>
      <Text size="sm" c="dimmed">
        {months === null
          ? t('evaluation.behaviour.noPlan')
          : t('evaluation.behaviour.plan', { count: months, days: FOLLOW_UP_WAVE_DAYS })}
      </Text>
    </ChartCard>
  );
}

function BehaviourTable({
  data,
  rows,
  by,
  title,
}: {
  data: ProgramEvaluation;
  rows: Row[];
  by: string;
  title: string;
}) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const mean = (value: number | null) => (value === null ? '—' : format.number(round(value)));
  const question = (key: string) => t(`evaluation.behaviourQuestion.${key as BehaviourQuestion}`);
  const figures = useLevelFigures(data.minGroupSize);
  const cells = (side: Reaction) =>
    side.shown ? (
      <>
        <Table.Td ta="right">{format.number(side.responses)}</Table.Td>
        {data.behaviourQuestions.map((key) => (
          <Table.Td key={key} ta="right">
            {mean(side.questions.find((q) => q.key === key)?.mean ?? null)}
          </Table.Td>
        ))}
        <Table.Td ta="right" fw={600}>
          {mean(side.overall)}
        </Table.Td>
      </>
    ) : (
      <Table.Td colSpan={data.behaviourQuestions.length + 2}>
        <Withheld
          reason={side.withheld}
          k={data.minGroupSize}
          text={side.withheld === 'small' ? figures.withheldAnswers : figures.notYet}
        />
      </Table.Td>
    );
  return (
    <Table verticalSpacing={4} withRowBorders>
      <Table.Caption>{title}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{by}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('evaluation.behaviour.reaction')}
          </Table.Th>
          <Table.Th scope="col">{t('evaluation.behaviour.side.label')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('evaluation.reaction.responses')}
          </Table.Th>
          {data.behaviourQuestions.map((key) => (
            <Table.Th key={key} scope="col" ta="right">
              {question(key)}
            </Table.Th>
          ))}
          <Table.Th scope="col" ta="right">
            {t('evaluation.behaviour.overall')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      {rows.map((row) => {
        const reaction = overallOf(row.reaction);
        return (
          <Table.Tbody key={row.key}>
            {SIDES.map((side, index) => (
              <Table.Tr key={side}>
                {index === 0 && (
                  <>
                    <Table.Th scope="rowgroup" rowSpan={SIDES.length} fw={row.total ? 700 : 400}>
                      {row.label}
                    </Table.Th>
                    <Table.Td rowSpan={SIDES.length} ta="right">
                      {reaction === null ? '—' : format.number(reaction)}
                    </Table.Td>
                  </>
                )}
                <Table.Th scope="row" fw={400}>
                  {t(`evaluation.behaviour.side.${side}`)}
                </Table.Th>
                {cells(row.behaviour[side])}
              </Table.Tr>
            ))}
          </Table.Tbody>
        );
      })}
    </Table>
  );
}
