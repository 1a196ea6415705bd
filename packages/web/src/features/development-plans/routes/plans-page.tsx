import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import { Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../api/types';
import { EmptyMessage } from '../../../components/empty-state';
import { PageTitle } from '../../../components/page-title';
import { QueryContent } from '../../../components/query-content';
import { AnchorLink } from '../../../components/router-links';
import { hasPermission, useMe } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { usePlans } from '../api/plans';
import { BudgetProgress } from '../components/budget-progress';
import { CreatePlanDialog } from '../components/create-plan-dialog';
import { PlanStateBadge } from '../components/plan-state-badge';
import { yearShown, yearsOffered } from './plans-search';

const route = getRouteApi('/_authed/development-plans');

/** Rencana Pengembangan Kompetensi: a year's government plan first, then each OPD's part. */
export function PlansPage() {
  const { t } = useTranslation('development');
  const me = useMe();
  const navigate = useNavigate();
  const search = route.useSearch();
  const format = useFormat();
  const thisYear = Number(calendarDateIn(new Date(), format.timeZone).slice(0, 4));
  const [creating, setCreating] = useState(false);
  const plans = usePlans();
  const planYears = [...new Set((plans.data?.items ?? []).map((plan) => plan.year))];
  const year = yearShown(search.year, planYears, thisYear);
  const mayPlan = hasPermission(me, 'development.plan');
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <PageTitle title={t('plans.title')} />
          <Text c="dimmed" size="sm">
            {t('plans.intro')}
          </Text>
        </div>
        {mayPlan && <Button onClick={() => setCreating(true)}>{t('plans.new')}</Button>}
      </Group>
      <Select
        label={t('plans.year')}
        data={yearsOffered(planYears, thisYear, year).map(String)}
        value={String(year)}
        onChange={(value) =>
          value && void navigate({ to: '/development-plans', search: { year: Number(value) }, replace: true })
        }
        allowDeselect={false}
        w={160}
      />
      <QueryContent query={plans} height={160}>
        {(all) => {
          const data = { items: all.items.filter((plan) => plan.year === year) };
          if (data.items.length === 0) {
            return (
              <EmptyMessage title={t('plans.empty', { year })}>
                {mayPlan ? t('plans.emptyManage') : t('plans.emptyRead')}
              </EmptyMessage>
            );
          }
          const government = data.items.find((plan) => plan.unit === null);
          const parts = data.items.filter((plan) => plan.unit !== null);
          return (
            <Stack gap="lg">
              <Stack gap="sm" component="section" aria-labelledby="plans-government">
                <Title order={2} size="h4" id="plans-government">
                  {t('plans.governmentHeading')}
                </Title>
                {government ? (
                  <PlanCard plan={government} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('plans.noGovernment', { year })}
                  </Text>
                )}
              </Stack>
              <Stack gap="sm" component="section" aria-labelledby="plans-opd">
                <Title order={2} size="h4" id="plans-opd">
                  {t('plans.opdHeading')}
                </Title>
                {parts.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('plans.noOpd', { year })}
                  </Text>
                ) : (
                  <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                    {parts.map((plan) => (
                      <li key={plan.id}>
                        <PlanCard plan={plan} />
                      </li>
                    ))}
                  </Stack>
                )}
              </Stack>
            </Stack>
          );
        }}
      </QueryContent>
      {creating && (
        <CreatePlanDialog
          year={year}
          onClose={() => setCreating(false)}
          onCreated={(plan) => {
            setCreating(false);
            void navigate({ to: '/development-plans/$planId', params: { planId: String(plan.id) } });
          }}
        />
      )}
    </Stack>
  );
}

function PlanCard({ plan }: { plan: PlanSummary }) {
  const { t } = useTranslation('development');
  const format = useFormat();
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap={8}>
        <Group justify="space-between" gap="xs">
          <AnchorLink to="/development-plans/$planId" params={{ planId: String(plan.id) }} fw={600} size="lg">
            {plan.unit ? plan.unit.name : t('plans.government')}
          </AnchorLink>
          <PlanStateBadge state={plan.state} />
        </Group>
        <Text size="sm">
          {t('plans.summary', {
            items: format.number(plan.totals.items),
            participants: format.number(plan.totals.participants),
            jp: format.number(plan.totals.jp),
          })}
        </Text>
        <BudgetProgress plan={plan} />
      </Stack>
    </Card>
  );
}
