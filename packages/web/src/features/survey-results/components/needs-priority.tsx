import { Card, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaveResults } from '../../../api/types';
import { ScrollTable } from '../../../components/scroll-table';
import { needPriorityRows } from './result-data';
import { MEAN_DECIMALS } from './result-format';
import { NO_FIGURE, useResultFormat } from './use-result-format';

/**
 * PP 11/2017 art. 205–206: the development needs inventoried per competency, largest gap first —
 * the list the agency's competency development plan starts from.
 */
export function NeedsPriority({ results }: { results: WaveResults }) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  const headingId = useId();
  const rows = needPriorityRows(results.report.needs ?? [], results.definition, format.language);
  if (rows.length === 0) return null;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb={4}>
        {t('needs.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('needs.intro')}
      </Text>
      <ScrollTable label={t('needs.title')} minWidth={600}>
        <Table striped verticalSpacing={6} fz="sm">
          <Table.Caption className="visually-hidden">{t('needs.title')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('needs.columns.rank')}</Table.Th>
              <Table.Th scope="col">{t('needs.columns.competency')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('needs.columns.ratings')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('question.abilityNeed.ability')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('question.abilityNeed.need')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('question.abilityNeed.gap')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Td>{format.number(row.rank)}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {row.competency ?? t('needs.noCompetency')}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {row.statements.join('; ')}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{format.number(row.ratings)}</Table.Td>
                <Table.Td ta="right">{format.mean(row.meanAbility)}</Table.Td>
                <Table.Td ta="right">{format.mean(row.meanNeed)}</Table.Td>
                <Table.Td ta="right" fw={700}>
                  {row.gap === null ? NO_FIGURE : format.change(row.gap, MEAN_DECIMALS)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Card>
  );
}
