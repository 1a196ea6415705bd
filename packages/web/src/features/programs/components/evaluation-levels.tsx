import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramEvaluation } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { ScrollTable } from '../../../components/scroll-table';
import { FigureText, FollowUp, type LevelFigure, RowHeader, useLevelFigures } from './evaluation-cells';
import type { Row } from './evaluation-values';

type Level = 'reaction' | 'learning' | 'alumni' | 'supervisors';
const LEVELS: Level[] = ['reaction', 'learning', 'alumni', 'supervisors'];

/**
 * Levels 1 to 3 side by side for each row of the grouping: the reaction score, the learning's
 * normalised gain, the behaviour score of the alumni and of their supervisors, each with what it
 * rests on or why it is withheld; per batch, its follow-up. A table, or one card per row on a phone.
 */
export function EvaluationLevels({
  data,
  rows,
  by,
  surveyLinks,
}: {
  data: ProgramEvaluation;
  rows: Row[];
  by: string;
  /** The agency, who reads the follow-up's surveys. */
  surveyLinks: boolean;
}) {
  const { t } = useTranslation('programs');
  const headingId = useId();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const figures = useLevelFigures(data.minGroupSize);
  const figureOf = (row: Row, level: Level): LevelFigure =>
    level === 'learning'
      ? figures.learning(row.learning)
      : figures.survey(level === 'reaction' ? row.reaction : row.behaviour[level]);
  const title = t('evaluation.levels.title', { by });
  const followUps = rows.some((r) => r.batch);
  const followUp = (row: Row) =>
    row.batch && (
      <FollowUp batch={row.batch} followUpMonths={data.plan.followUpMonths} surveyLinks={surveyLinks} />
    );
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {title}
        </Title>
        <Text size="sm">{t('evaluation.levels.help', { min: data.scale.min, max: data.scale.max })}</Text>
        {isPhone ? (
          <CardList label={title} busy={false}>
            {rows.map((row) => (
              <CardItem key={row.key}>
                <Stack gap="xs">
                  <Text fw={row.total ? 700 : 600}>{row.label}</Text>
                  <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
                    {LEVELS.map((level) => (
                      <Stack key={level} gap={0}>
                        <Text size="xs" c="dimmed">
                          {t(`evaluation.levels.${level}`)}
                        </Text>
                        <FigureText figure={figureOf(row, level)} />
                      </Stack>
                    ))}
                  </SimpleGrid>
                  {row.batch && (
                    <Stack gap={0}>
                      <Text size="xs" c="dimmed">
                        {t('evaluation.levels.followUp')}
                      </Text>
                      {followUp(row)}
                    </Stack>
                  )}
                </Stack>
              </CardItem>
            ))}
          </CardList>
        ) : (
          <ScrollTable label={title} minWidth={followUps ? 900 : 720}>
            <Table striped verticalSpacing={4}>
              <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>{title}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{by}</Table.Th>
                  {LEVELS.map((level) => (
                    <Table.Th key={level} scope="col">
                      {t(`evaluation.levels.${level}`)}
                    </Table.Th>
                  ))}
                  {followUps && <Table.Th scope="col">{t('evaluation.levels.followUp')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.key}>
                    <RowHeader row={row} />
                    {LEVELS.map((level) => (
                      <Table.Td key={level}>
                        <FigureText figure={figureOf(row, level)} />
                      </Table.Td>
                    ))}
                    {followUps && <Table.Td>{followUp(row)}</Table.Td>}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>
    </Card>
  );
}
