import { PREDIKATS } from '@jenjang/domain/performance/predikat.rules';
import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramEvaluation } from '../../../api/types';
import { useFormat } from '../../../lib/use-format';

type PerformanceChange = NonNullable<ProgramEvaluation['performance']>;

/**
 * Level 4 by the appraisal, for the agency: the completed participants' annual predikat in the year
 * before their batch and in the first full year after it — how many were appraised in both, the
 * share at least Baik before and after, who moved up or down, and the counts per predikat; under
 * the k rule, only how many.
 */
export function PerformanceChangeCard({ change, k }: { change: PerformanceChange; k: number }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const headingId = useId();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={3} size="h4" id={headingId}>
          {t('evaluation.performance.title')}
        </Title>
        <Text size="sm">{t('evaluation.performance.rule')}</Text>
        <Text size="sm">
          {t('evaluation.performance.paired', {
            paired: format.number(change.paired),
            participants: format.number(change.participants),
          })}
        </Text>
        {change.withheld && <Text size="sm">{t('evaluation.performance.withheld', { k })}</Text>}
        {!change.withheld && change.paired === 0 && (
          <Text size="sm" c="dimmed">
            {t('evaluation.performance.none')}
          </Text>
        )}
        {change.before && change.after && (
          <>
            <Text size="sm" fw={600}>
              {t('evaluation.performance.summary', {
                before: format.number(change.atLeastBaikBefore ?? 0),
                after: format.number(change.atLeastBaikAfter ?? 0),
                improved: format.number(change.improved ?? 0),
                same: format.number(change.same ?? 0),
                worse: format.number(change.worse ?? 0),
              })}
            </Text>
            <Table striped verticalSpacing={4}>
              <Table.Caption>{t('evaluation.performance.tableTitle')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('evaluation.performance.predikat')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('evaluation.performance.before')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('evaluation.performance.after')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {PREDIKATS.map((predikat) => (
                  <Table.Tr key={predikat}>
                    <Table.Th scope="row" fw={400}>
                      {t(`evaluation.performance.predikats.${predikat}`)}
                    </Table.Th>
                    <Table.Td ta="right">{format.number(change.before?.[predikat] ?? 0)}</Table.Td>
                    <Table.Td ta="right">{format.number(change.after?.[predikat] ?? 0)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Card>
  );
}
