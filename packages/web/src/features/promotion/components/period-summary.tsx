import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EligibilityList, PromotionState } from '../../../api/types';
import { DownloadIcon } from '../../../components/icons';
import { FailingCard } from '../../../components/promotion/failing-card';
import { useFormat } from '../../../lib/use-format';
import { exportHref } from '../api/promotion';

/**
 * A period at a glance: how many of the PNS weighed are eligible, the proposals by state, how many
 * fail each rule (chart and table), and the period's decrees for SIASN.
 */
export function PeriodSummary({ list }: { list: EligibilityList }) {
  const { t } = useTranslation('promotion');
  const format = useFormat();
  const date = format.date(list.period) ?? list.period;
  const proposals = (state: PromotionState) => format.number(list.proposals[state] ?? 0);
  return (
    <Stack gap="sm" component="section" aria-labelledby="promotion-summary" data-testid="promotion-summary">
      <Title order={2} size="h4" id="promotion-summary">
        {t('summaryCard.title', { date })}
      </Title>
      <Stack gap={4}>
        <Text fw={600}>
          {t('summaryCard.eligible', {
            eligible: format.number(list.summary.eligible),
            considered: format.number(list.summary.considered),
          })}
        </Text>
        <Text size="sm">
          {t('summaryCard.proposals', {
            proposed: proposals('proposed'),
            approved: proposals('approved'),
            rejected: proposals('rejected'),
          })}
        </Text>
      </Stack>
      <FailingCard
        title={t('summaryCard.failingTitle', { date })}
        series={[{ name: 'failing', label: t('failing.count'), color: 'orange.8', summary: list.summary }]}
      >
        <Text size="sm" c="dimmed">
          {t('failing.note')}
        </Text>
      </FailingCard>
      <Stack gap={2}>
        <Anchor href={exportHref(list.period)} download size="sm">
          <Group gap={6} component="span" wrap="nowrap">
            <DownloadIcon />
            {t('summaryCard.export', { date })}
          </Group>
        </Anchor>
        <Text size="xs" c="dimmed">
          {t('summaryCard.exportHelp')}
        </Text>
      </Stack>
    </Stack>
  );
}
