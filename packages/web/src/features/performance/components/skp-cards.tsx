import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SkpSummary } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { AnchorLink } from '../../../components/router-links';
import { PredikatBadge, SkpStateBadge } from './performance-badges';

/**
 * SKP as cards, each leading to its page: the reader's own (with their appraiser) or those they
 * appraise (with the employee's name, NIP and unit).
 */
export function SkpCards({
  label,
  items,
  side,
}: {
  label: string;
  items: readonly SkpSummary[];
  side: 'own' | 'appraised';
}) {
  return (
    <CardList label={label} busy={false}>
      {items.map((skp) => (
        <SkpCard key={skp.id} skp={skp} side={side} />
      ))}
    </CardList>
  );
}

function SkpCard({ skp, side }: { skp: SkpSummary; side: 'own' | 'appraised' }) {
  const { t } = useTranslation('performance');
  const title = side === 'own' ? t('skp.title', { year: skp.year }) : skp.employee.name;
  return (
    <CardItem>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Text>
          <SkpStateBadge state={skp.state} />
        </Group>
        {side === 'appraised' ? (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('skp.title', { year: skp.year })} · {t('skp.nip', { nip: skp.employee.nip })}
            {skp.employee.unit ? ` · ${skp.employee.unit}` : ''}
          </Text>
        ) : (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('mine.appraiser', { name: skp.appraiserName })}
          </Text>
        )}
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t('mine.stage', { stage: t(`cycleState.${skp.cycleState}`) })}
          </Text>
          {skp.predikat && <PredikatBadge predikat={skp.predikat} />}
        </Group>
        <AnchorLink to="/performance/skp/$skpId" params={{ skpId: String(skp.id) }} size="sm">
          {side === 'own'
            ? t('mine.open', { year: skp.year })
            : t('mine.openOf', { year: skp.year, name: skp.employee.name })}
        </AnchorLink>
      </Stack>
    </CardItem>
  );
}
