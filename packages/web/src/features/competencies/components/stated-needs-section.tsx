import { Badge, Card, Select, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedAgreement } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ScrollTable } from '../../../components/scroll-table';
import { useNeedsWaves } from '../../../lib/get-needs-waves';
import { useFormat } from '../../../lib/use-format';
import { useStatedNeeds } from '../api/get-competency-gaps';

const AGREEMENT_COLORS: Record<NeedAgreement, string> = {
  both: 'red',
  measuredOnly: 'orange',
  statedOnly: 'grape',
  neither: 'teal',
  unknown: 'gray',
};

/**
 * Kesenjangan terukur vs kebutuhan yang dinyatakan: the scope's measured gaps beside a needs survey
 * wave's ratings (need − ability), and where the two agree.
 */
export function StatedNeedsSection({ unitId }: { unitId?: number }) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  const headingId = useId();
  const waves = useNeedsWaves();
  const [waveId, setWaveId] = useState<number | undefined>();
  const comparison = useStatedNeeds(waveId, unitId);
  const title = t('gaps.stated.title');
  const number = (value: number | null) =>
    value === null ? '–' : new Intl.NumberFormat(format.language, { maximumFractionDigits: 2 }).format(value);

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb={4}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('gaps.stated.intro')}
      </Text>
      <Stack gap="md">
        {waves.isError ? (
          <ErrorAlert error={waves.error} />
        ) : !waves.isPending && waves.groups.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('gaps.stated.noWaves')}
          </Text>
        ) : (
          <Select
            label={t('gaps.stated.wave')}
            placeholder={waves.isPending ? t('gaps.loading') : t('gaps.stated.wavePlaceholder')}
            disabled={waves.isPending}
            data={waves.groups}
            value={waveId === undefined ? null : String(waveId)}
            onChange={(next) => setWaveId(next ? Number(next) : undefined)}
            searchable
            clearable
            maw={520}
          />
        )}
        {waveId === undefined ? null : comparison.isPending ? (
          <Skeleton h={160} aria-busy="true" />
        ) : comparison.isError ? (
          <ErrorAlert error={comparison.error} />
        ) : comparison.data.rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('gaps.stated.none')}
          </Text>
        ) : (
          <Stack gap="xs">
            <Text size="sm">
              {t('gaps.stated.responses', {
                count: comparison.data.wave.responses,
                formatted: format.number(comparison.data.wave.responses),
              })}
            </Text>
            {comparison.data.unit && (
              <Text size="sm" c="dimmed">
                {t('gaps.stated.wholeWave', { unit: comparison.data.unit.name })}
              </Text>
            )}
            <ScrollTable label={t('gaps.scroll', { table: title })} minWidth={720}>
              <Table striped verticalSpacing={4} data-testid="stated-needs">
                <Table.Caption>
                  {t('gaps.stated.caption', {
                    survey: comparison.data.survey.title,
                    wave: comparison.data.wave.label,
                  })}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('gaps.byCompetency.competency')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('gaps.stated.measured')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('gaps.stated.ability')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('gaps.stated.need')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('gaps.stated.gap')}
                    </Table.Th>
                    <Table.Th scope="col">{t('gaps.stated.agreement')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {comparison.data.rows.map((row) => (
                    <Table.Tr key={row.code}>
                      <Table.Th scope="row" fw={400}>
                        {row.code} {row.name}
                      </Table.Th>
                      <Table.Td ta="right">
                        {row.assessed === 0
                          ? '–'
                          : t('gaps.byCompetency.belowValue', {
                              count: format.number(row.below),
                              share: format.percent(row.below / row.assessed),
                            })}
                      </Table.Td>
                      <Table.Td ta="right">{number(row.meanAbility)}</Table.Td>
                      <Table.Td ta="right">{number(row.meanNeed)}</Table.Td>
                      <Table.Td ta="right">{number(row.statedGap)}</Table.Td>
                      <Table.Td>
                        <Badge color={AGREEMENT_COLORS[row.agreement]} variant="light" tt="none">
                          {t(`gaps.stated.agreements.${row.agreement}`)}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
