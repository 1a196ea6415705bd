import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicySummary } from '../../../api/types';
import { EmptyMessage } from '../../../components/empty-state';
import { PageTitle } from '../../../components/page-title';
import { QueryContent } from '../../../components/query-content';
import { AnchorLink } from '../../../components/router-links';
import { hasPermission, useMe } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { usePolicies } from '../api/policies';
import { PolicyAreaBadge, PolicyStateBadge } from '../components/policy-badges';
import { PolicyFormModal } from '../components/policy-form';

/** Kebijakan: the government's policies, each with its stage and the version in force. */
export function PoliciesPage() {
  const { t } = useTranslation('policies');
  const me = useMe();
  const policies = usePolicies();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const manages = hasPermission(me, 'policy.manage');
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <PageTitle title={t('list.title')} />
          <Text c="dimmed" size="sm">
            {t('list.intro')}
          </Text>
        </div>
        {manages && <Button onClick={() => setCreating(true)}>{t('list.new')}</Button>}
      </Group>
      <QueryContent query={policies} height={160}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyMessage title={t('list.empty')}>
              {manages ? t('list.emptyManage') : t('list.emptyRead')}
            </EmptyMessage>
          ) : (
            <Stack gap="sm">
              {data.items.map((policy) => (
                <PolicyCard key={policy.id} policy={policy} />
              ))}
            </Stack>
          )
        }
      </QueryContent>
      <PolicyFormModal
        policy={null}
        opened={creating}
        onClose={() => setCreating(false)}
        onSaved={(policy) => {
          setCreating(false);
          void navigate({ to: '/policies/$policyId', params: { policyId: String(policy.id) } });
        }}
      />
    </Stack>
  );
}

function PolicyCard({ policy }: { policy: PolicySummary }) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap={6}>
        <AnchorLink to="/policies/$policyId" params={{ policyId: String(policy.id) }} fw={600} size="lg">
          {policy.title}
        </AnchorLink>
        <Group gap="xs">
          <PolicyStateBadge state={policy.state} />
          <PolicyAreaBadge area={policy.area} />
        </Group>
        <Text size="sm" c="dimmed">
          {policy.inForce
            ? t('list.inForce', {
                number: policy.inForce.number,
                date: format.date(policy.inForce.effectiveFrom),
              })
            : t('list.notInForce')}
          {policy.ownerUnitName ? ` · ${policy.ownerUnitName}` : ''}
        </Text>
      </Stack>
    </Card>
  );
}
