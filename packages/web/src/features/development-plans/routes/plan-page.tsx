import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanItem } from '../../../api/types';
import { EmptyMessage } from '../../../components/empty-state';
import { NotFoundMessage } from '../../../components/not-found';
import { PageTitle } from '../../../components/page-title';
import { QueryContent } from '../../../components/query-content';
import { AnchorLink } from '../../../components/router-links';
import { apiHref, isApiError } from '../../../lib/api-client';
import { useFormat } from '../../../lib/use-format';
import { usePlan } from '../api/plans';
import { BudgetProgress } from '../components/budget-progress';
import { GenerateDialog } from '../components/generate-dialog';
import { ItemDialog } from '../components/item-dialog';
import { ItemsTable } from '../components/items-table';
import { PlanDetails } from '../components/plan-details';
import { PlanStateBadge } from '../components/plan-state-badge';
import { RemoveItemDialog } from '../components/remove-item-dialog';
import { TransitionButtons } from '../components/transition-buttons';

const route = getRouteApi('/_authed/development-plans/$planId');

/** One plan: its state and moves, budget and note, its activities against the budget. */
export function PlanPage() {
  const { planId } = route.useParams();
  const id = Number(planId);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundMessage />;
  return <PlanLoader id={id} />;
}

function PlanLoader({ id }: { id: number }) {
  const { t } = useTranslation('development');
  const plan = usePlan(id);
  if (isApiError(plan.error, 404) || isApiError(plan.error, 403)) {
    return <NotFoundMessage title={t('plan.notFound')} />;
  }
  return (
    <Stack gap="lg">
      <AnchorLink to="/development-plans" size="sm">
        {t('plan.back')}
      </AnchorLink>
      <QueryContent query={plan} height={240}>
        {(data) => <PlanView plan={data} />}
      </QueryContent>
    </Stack>
  );
}

type Dialog =
  | { kind: 'generate' }
  | { kind: 'item'; item: PlanItem | null }
  | { kind: 'remove'; item: PlanItem };

function PlanView({ plan }: { plan: Plan }) {
  const { t } = useTranslation('development');
  const format = useFormat();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const name = plan.unit
    ? t('plan.opdTitle', { unit: plan.unit.name, year: plan.year })
    : t('plan.governmentTitle', { year: plan.year });
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group gap="sm" align="center">
          <PageTitle title={name} />
          <PlanStateBadge state={plan.state} />
        </Group>
        <TransitionButtons plan={plan} />
      </Stack>
      <PlanDetails plan={plan} />
      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="plan-totals">
        <Stack gap="xs">
          <Title order={2} size="h4" id="plan-totals">
            {t('plan.totals')}
          </Title>
          <Text size="sm">
            {t('plan.totalsLine', {
              items: format.number(plan.totals.items),
              participants: format.number(plan.totals.participants),
              jp: format.number(plan.totals.jp),
            })}
          </Text>
          <BudgetProgress plan={plan} />
        </Stack>
      </Card>
      <Stack gap="sm" component="section" aria-labelledby="plan-items">
        <Group justify="space-between" align="center">
          <Title order={2} size="h4" id="plan-items">
            {t('plan.items')}
          </Title>
          <Group gap="xs">
            <Anchor
              href={apiHref('/api/v1/development-plans/{id}/export.xlsx', {
                path: { id: plan.id },
                query: { lang: format.language },
              })}
              size="sm"
            >
              {t('plan.export')}
            </Anchor>
            {plan.editable && (
              <>
                <Button variant="default" onClick={() => setDialog({ kind: 'generate' })}>
                  {t('plan.generate')}
                </Button>
                <Button onClick={() => setDialog({ kind: 'item', item: null })}>{t('plan.addItem')}</Button>
              </>
            )}
          </Group>
        </Group>
        {plan.items.length === 0 ? (
          <EmptyMessage title={t('plan.itemsEmpty')}>
            {plan.editable ? t('plan.itemsEmptyEdit') : null}
          </EmptyMessage>
        ) : (
          <ItemsTable
            plan={plan}
            caption={t('table.caption', { name })}
            onEdit={(item) => setDialog({ kind: 'item', item })}
            onRemove={(item) => setDialog({ kind: 'remove', item })}
          />
        )}
      </Stack>
      {dialog?.kind === 'generate' && <GenerateDialog plan={plan} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'item' && (
        <ItemDialog plan={plan} item={dialog.item} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'remove' && (
        <RemoveItemDialog plan={plan} item={dialog.item} onClose={() => setDialog(null)} />
      )}
    </Stack>
  );
}
