import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../api/types';
import { formatRupiah } from '../../../lib/development-paths';

/** The plan's estimated cost against its budget: a bar (red when over) and the same in words. */
export function BudgetProgress({ plan }: { plan: Pick<PlanSummary, 'budget' | 'totals'> }) {
  const { t } = useTranslation('development');
  const cost = plan.totals.estimatedCost;
  const budget = plan.budget;
  if (budget === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('budget.none', { cost: formatRupiah(cost) })}
      </Text>
    );
  }
  const over = cost > budget;
  const share = budget > 0 ? Math.min(100, (cost / budget) * 100) : over ? 100 : 0;
  const words = over
    ? t('budget.over', {
        cost: formatRupiah(cost),
        budget: formatRupiah(budget),
        over: formatRupiah(cost - budget),
      })
    : t('budget.within', {
        cost: formatRupiah(cost),
        budget: formatRupiah(budget),
        remaining: formatRupiah(budget - cost),
      });
  return (
    <Stack gap={4}>
      <Progress.Root size="md">
        <Progress.Section
          value={share}
          color={over ? 'red' : 'teal'}
          aria-label={t('budget.label')}
          aria-valuetext={words}
        />
      </Progress.Root>
      <Text size="sm" c={over ? 'red.8' : undefined} fw={over ? 600 : undefined}>
        {words}
      </Text>
    </Stack>
  );
}
