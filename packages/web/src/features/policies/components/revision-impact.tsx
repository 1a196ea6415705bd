import { revisionImpact } from '@jenjang/domain/policies/revision-impact.rules';
import { startOfDayIn } from '@jenjang/domain/shared/time-zone';
import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorList } from '../../../api/types';
import { ScrollTable } from '../../../components/scroll-table';
import { useMe } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { formatValue, isShare } from './indicator-format';

type Point = IndicatorList['items'][number]['points'][number];

const TREND_COLOUR = { better: 'teal.9', worse: 'red.9', same: 'gray.8' } as const;

/**
 * The impact view: for every revision of the policy, each indicator's value before it took effect
 * and after (revision-impact.rules.ts), with the measurements' names and dates, and whether it moved
 * the right way.
 */
export function RevisionImpacts({ data }: { data: IndicatorList }) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  const zone = useMe().tenant.timeZone;
  const versions = [...data.versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const revisions = versions.slice(1);
  if (revisions.length === 0 || data.items.length === 0) return null;
  const startOf = (date: string) => startOfDayIn(date, zone) ?? new Date(`${date}T00:00:00Z`);

  return (
    <Stack gap="sm" component="section" aria-labelledby="policy-impact">
      <Title order={3} size="h5" id="policy-impact">
        {t('impact.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('impact.intro')}
      </Text>
      {revisions.map((revision, index) => {
        const next = revisions[index + 1];
        const caption = t('impact.revision', {
          number: revision.number,
          date: format.date(revision.effectiveFrom),
        });
        return (
          <Stack gap={4} key={revision.number}>
            <Text fw={600} size="sm">
              {caption}
            </Text>
            <ScrollTable label={caption} minWidth={560}>
              <Table fz="sm" verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('impact.indicator')}</Table.Th>
                    <Table.Th>{t('impact.before')}</Table.Th>
                    <Table.Th>{t('impact.after')}</Table.Th>
                    <Table.Th>{t('impact.change')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((indicator) => {
                    const impact = revisionImpact(
                      indicator.points,
                      startOf(revision.effectiveFrom),
                      next ? startOf(next.effectiveFrom) : null,
                      indicator.direction,
                    );
                    const shown = (point: Point | null) =>
                      point === null ? (
                        <Text size="sm" c="dimmed">
                          {t('impact.none')}
                        </Text>
                      ) : (
                        <>
                          <Text size="sm" fw={600}>
                            {formatValue(indicator, point.value ?? 0, format.number, format.percent)}
                            {point.provisional ? ` (${t('indicator.provisional')})` : ''}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {point.label} · {format.date(point.at.slice(0, 10))}
                          </Text>
                        </>
                      );
                    return (
                      <Table.Tr key={indicator.id}>
                        <Table.Td>{indicator.name}</Table.Td>
                        <Table.Td>{shown(impact.before)}</Table.Td>
                        <Table.Td>{shown(impact.after)}</Table.Td>
                        <Table.Td>
                          {impact.trend === null ? (
                            <Text size="sm" c="dimmed">
                              —
                            </Text>
                          ) : (
                            <Badge variant="light" color={TREND_COLOUR[impact.trend]} tt="none">
                              {t(`impact.trend.${impact.trend}`, {
                                change: isShare(indicator)
                                  ? t('impact.points', {
                                      points: format.number(Math.round(Math.abs(impact.change ?? 0) * 100)),
                                    })
                                  : formatValue(
                                      indicator,
                                      Math.abs(impact.change ?? 0),
                                      format.number,
                                      format.percent,
                                    ),
                              })}
                            </Badge>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </Stack>
        );
      })}
    </Stack>
  );
}
