import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SkpDetail, SkpPerson } from '../../../api/types';
import { PageTitle } from '../../../components/page-title';
import { useFormat } from '../../../lib/use-format';
import { CycleStateBadge, SkpStateBadge } from './performance-badges';
import { SkpActions } from './skp-actions';

/** The SKP's year and state, whose it is and who appraises it, what to do next, and the steps open now. */
export function SkpHeader({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation('performance');
  const format = useFormat();
  const hint = skp.may.propose ? t('skp.hint.propose') : skp.may.agree ? t('skp.hint.agree') : null;
  return (
    <Stack gap="sm">
      <Group gap="sm" align="center">
        <PageTitle
          title={t('skp.title', { year: skp.cycle.year })}
          documentTitle={t('skp.documentTitle', { year: skp.cycle.year, name: skp.employee.name })}
        />
        <SkpStateBadge state={skp.state} />
        <CycleStateBadge state={skp.cycle.state} />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <PersonBlock label={t('skp.employee')} person={skp.employee} />
        <PersonBlock label={t('skp.appraiser')} person={skp.appraiser} />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {t('skp.checkIns', { frequency: t(`checkIns.${skp.cycle.checkIns}`) })}
        {skp.agreedAt && ` · ${t('skp.agreedAt', { at: format.timestamp(skp.agreedAt) })}`}
      </Text>
      {hint && <Text size="sm">{hint}</Text>}
      <SkpActions skp={skp} />
    </Stack>
  );
}

function PersonBlock({ label, person }: { label: string; person: SkpPerson }) {
  const { t } = useTranslation('performance');
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
        {person.name}
      </Text>
      <Text size="sm">{t('skp.nip', { nip: person.nip })}</Text>
      {person.position && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {person.position}
        </Text>
      )}
      {person.unit && (
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {person.unit}
        </Text>
      )}
    </Stack>
  );
}
