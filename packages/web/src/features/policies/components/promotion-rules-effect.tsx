import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import { promotionPeriods } from '@jenjang/domain/talent/promotion.rules';
import { List, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PromotionRules, PromotionRulesEffect, PromotionRulesPerson } from '../../../api/types';
import { FailingCard } from '../../../components/promotion/failing-card';
import { RulesSource } from '../../../components/promotion/rules-source';
import { QueryContent } from '../../../components/query-content';
import { useFormat } from '../../../lib/use-format';
import { usePromotionRulesEffect } from '../api/promotion-rules';

/**
 * What a version's kenaikan pangkat rules change for one period against the rules before them —
 * for a draft, before it is adopted: eligible before and after, how many fail each rule before and
 * after, and who gains or loses eligibility (by name for the agency only).
 */
export function PromotionRulesEffectPanel({
  policyId,
  versionId,
  versionNumber,
  draft,
  rules,
}: {
  policyId: number;
  versionId: number;
  versionNumber: number;
  draft: boolean;
  rules: PromotionRules;
}) {
  const { t } = useTranslation('promotion');
  const format = useFormat();
  const headingId = useId();
  const today = calendarDateIn(new Date(), format.timeZone);
  const periods = promotionPeriods(today, 4, rules);
  const [chosen, setChosen] = useState<string | null>(null);
  const period = chosen !== null && periods.includes(chosen) ? chosen : (periods[0] ?? null);
  const effect = usePromotionRulesEffect(policyId, versionId, period, true);
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId} data-testid="promotion-effect">
      <Title order={3} size="h5" id={headingId}>
        {draft ? t('effect.titleDraft') : t('effect.title', { number: versionNumber })}
      </Title>
      <Text size="sm" c="dimmed">
        {draft ? t('effect.introDraft') : t('effect.intro')}
      </Text>
      <Select
        label={t('effect.period')}
        data={periods.map((date) => ({ value: date, label: format.date(date) ?? date }))}
        value={period}
        onChange={(value) => value && setChosen(value)}
        allowDeselect={false}
        maw={320}
        data-testid="promotion-effect-period"
      />
      <QueryContent query={effect} height={200}>
        {(data) => <EffectView effect={data} draft={draft} />}
      </QueryContent>
    </Stack>
  );
}

function EffectView({ effect, draft }: { effect: PromotionRulesEffect; draft: boolean }) {
  const { t } = useTranslation('promotion');
  const format = useFormat();
  const date = format.date(effect.period) ?? effect.period;
  const after = draft ? t('effect.afterDraft') : t('effect.after');
  const figures = [
    { key: 'before', label: t('effect.before'), summary: effect.before },
    { key: 'after', label: after, summary: effect.after },
  ];
  return (
    <Stack gap="sm">
      <RulesSource source={effect.current} against />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        {figures.map((figure) => (
          <Paper
            key={figure.key}
            withBorder
            radius="md"
            p="sm"
            data-testid={`promotion-effect-${figure.key}`}
          >
            <Text size="sm" c="dimmed">
              {figure.label}
            </Text>
            <Text fw={600}>
              {t('effect.eligible', {
                eligible: format.number(figure.summary.eligible),
                considered: format.number(figure.summary.considered),
              })}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Text size="sm">
        {t('effect.gained', { count: effect.gainedCount, formatted: format.number(effect.gainedCount) })}
        {' · '}
        {t('effect.lost', { count: effect.lostCount, formatted: format.number(effect.lostCount) })}
      </Text>
      <FailingCard
        title={t('effect.failingTitle', { date })}
        order={4}
        series={[
          { name: 'before', label: t('effect.before'), color: 'gray.6', summary: effect.before },
          { name: 'after', label: after, color: 'blue.7', summary: effect.after },
        ]}
      >
        <Text size="sm" c="dimmed">
          {t('failing.note')}
        </Text>
      </FailingCard>
      {effect.gained === null || effect.lost === null ? (
        (effect.gainedCount > 0 || effect.lostCount > 0) && (
          <Text size="sm" c="dimmed">
            {t('effect.namesHidden')}
          </Text>
        )
      ) : (
        <>
          <People label={t('effect.gainedList')} people={effect.gained} />
          <People label={t('effect.lostList')} people={effect.lost} />
        </>
      )}
    </Stack>
  );
}

function People({ label, people }: { label: string; people: readonly PromotionRulesPerson[] }) {
  const { t } = useTranslation('promotion');
  const headingId = useId();
  if (people.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm" id={headingId}>
        {label}
      </Text>
      <List size="sm" spacing={4} aria-labelledby={headingId}>
        {people.map((person) => (
          <List.Item key={person.employeeId}>
            <Text span size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('effect.person', { name: person.name, nip: person.nip })}
            </Text>
            {(person.golongan || person.unit) && (
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {[person.golongan, person.unit].filter(Boolean).join(' · ')}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
