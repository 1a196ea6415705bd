import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyPromotion, Promotion, PromotionState } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { PromotionChecks } from '../../../components/promotion/promotion-checks';
import { RulesSource } from '../../../components/promotion/rules-source';
import { QueryContent } from '../../../components/query-content';
import { isApiError } from '../../../lib/api-client';
import { useFormat } from '../../../lib/use-format';
import { useMyPromotion } from '../api/my-promotion';
import { TitledSection } from './titled-section';

const STATE_COLORS: Record<PromotionState, string> = { proposed: 'blue', approved: 'teal', rejected: 'red' };

/**
 * Kenaikan Pangkat Saya, mostly read on a phone: the next period and whether the reader is eligible
 * for it, each check with its reason in words, whose rules these are, and their promotions so far.
 */
export function MyPromotionSection() {
  const { t } = useTranslation('promotion');
  const mine = useMyPromotion();
  // An account without an employee record has no kenaikan pangkat to show.
  if (isApiError(mine.error, 404)) return null;
  return (
    <div data-testid="my-promotion">
      <TitledSection id="performance-promotion" title={t('mine.title')}>
        <QueryContent query={mine} height={160}>
          {(data) => <MyPromotionView data={data} />}
        </QueryContent>
      </TitledSection>
    </div>
  );
}

function MyPromotionView({ data }: { data: MyPromotion }) {
  const { t } = useTranslation('promotion');
  const format = useFormat();
  const next = data.next;
  return (
    <Stack gap="md">
      {next === null ? (
        <Text size="sm">{t('mine.noNext')}</Text>
      ) : (
        <Paper withBorder radius="md" p="md">
          <Stack gap="sm">
            <Group justify="space-between" align="flex-start" gap="sm">
              <Stack gap={2}>
                <Text fw={600}>{t('mine.next', { date: format.date(next.period) })}</Text>
                <Text size="sm" c="dimmed">
                  {t('mine.due', { due: format.date(next.proposalDue) })}
                </Text>
              </Stack>
              <Badge color={next.eligible ? 'teal' : 'gray'} variant="light" autoContrast tt="none">
                {next.eligible ? t('eligibility.eligible') : t('eligibility.notEligible')}
              </Badge>
            </Group>
            <Text size="sm">
              {next.eligible && next.target
                ? t('mine.eligible', { target: next.target })
                : t('mine.notEligible')}
            </Text>
            <PromotionChecks checks={next.checks} />
            <RulesSource source={next.current} />
            {!next.eligible && (
              <Text size="sm" c="dimmed">
                {t('mine.fix')}
              </Text>
            )}
          </Stack>
        </Paper>
      )}
      <Stack gap="xs">
        <Text fw={600} size="sm" component="h3" m={0}>
          {t('mine.historyTitle')}
        </Text>
        {data.history.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('mine.historyNone')}
          </Text>
        ) : (
          <CardList label={t('mine.historyLabel')} busy={false}>
            {data.history.map((promotion) => (
              <CardItem key={promotion.id}>
                <HistoryItem promotion={promotion} />
              </CardItem>
            ))}
          </CardList>
        )}
      </Stack>
    </Stack>
  );
}

function HistoryItem({ promotion }: { promotion: Promotion }) {
  const { t } = useTranslation('promotion');
  const format = useFormat();
  return (
    <Stack gap={4}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Text fw={600} size="sm">
          {t('mine.historyItem', { from: promotion.fromGolongan, to: promotion.toGolongan })}
        </Text>
        <Badge color={STATE_COLORS[promotion.state]} variant="dot" tt="none" style={{ flex: 'none' }}>
          {t(`state.${promotion.state}`)}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t('mine.historyPeriod', { date: format.date(promotion.period) })}
      </Text>
      {promotion.state === 'approved' && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('decree.approved', {
            number: promotion.decreeNumber ?? '—',
            date: format.date(promotion.decreeDate) ?? '—',
            tmt: format.date(promotion.tmt) ?? '—',
          })}
        </Text>
      )}
      {promotion.state === 'rejected' && promotion.reason && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('decree.rejected', { reason: promotion.reason })}
        </Text>
      )}
    </Stack>
  );
}
