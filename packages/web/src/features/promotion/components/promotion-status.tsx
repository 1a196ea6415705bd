import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Promotion, PromotionState } from '../../../api/types';
import { useFormat } from '../../../lib/use-format';

// A proposal's state in words (the colour only repeats them), and its decree or reason.

const STATE_COLORS: Record<PromotionState, string> = { proposed: 'blue', approved: 'teal', rejected: 'red' };
const badgeStyle = { flex: 'none' } as const;

export function EligibilityBadge({ eligible }: { eligible: boolean }) {
  const { t } = useTranslation('promotion');
  return (
    <Badge color={eligible ? 'teal' : 'gray'} variant="light" autoContrast tt="none" style={badgeStyle}>
      {eligible ? t('eligibility.eligible') : t('eligibility.notEligible')}
    </Badge>
  );
}

export function PromotionStateBadge({ state }: { state: PromotionState }) {
  const { t } = useTranslation('promotion');
  return (
    <Badge color={STATE_COLORS[state]} variant="dot" tt="none" style={badgeStyle}>
      {t(`state.${state}`)}
    </Badge>
  );
}

/** 'SK 800/123 tanggal 2 Maret 2026 · TMT 1 April 2026', the rejection's reason, or the proposal waiting. */
export function PromotionOutcome({ promotion }: { promotion: Promotion }) {
  const { t } = useTranslation('promotion');
  const format = useFormat();
  return (
    <Stack gap={2} align="flex-start">
      <PromotionStateBadge state={promotion.state} />
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {promotion.state === 'approved'
          ? t('decree.approved', {
              number: promotion.decreeNumber ?? '—',
              date: format.date(promotion.decreeDate) ?? '—',
              tmt: format.date(promotion.tmt) ?? '—',
            })
          : promotion.state === 'rejected'
            ? t('decree.rejected', { reason: promotion.reason ?? '—' })
            : t('decree.proposed', { to: promotion.toGolongan })}
      </Text>
    </Stack>
  );
}
