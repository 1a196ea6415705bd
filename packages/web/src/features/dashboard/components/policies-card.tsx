import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryContent } from '../../../components/query-content';
import { AnchorLink } from '../../../components/router-links';
import { usePolicies } from '../../../lib/get-policies';
import { useFormat } from '../../../lib/use-format';
import { HomeSection } from './home-section';

/** The government's policies at a glance: each one's stage, the version in force, the next evaluation. */
export function PoliciesCard() {
  const { t } = useTranslation('dashboard');
  const { t: td } = useTranslation('domain');
  const format = useFormat();
  const policies = usePolicies();
  return (
    <HomeSection
      title={t('policies.title')}
      testId="home-policies"
      action={
        <AnchorLink to="/policies" size="sm">
          {t('policies.all')}
        </AnchorLink>
      }
    >
      <QueryContent query={policies} height={80}>
        {(data) =>
          data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('policies.empty')}
            </Text>
          ) : (
            <Stack gap="xs">
              {data.items.slice(0, 6).map((policy) => (
                <Stack key={policy.id} gap={2}>
                  <Group gap="xs" wrap="nowrap" justify="space-between">
                    <AnchorLink
                      to="/policies/$policyId"
                      params={{ policyId: String(policy.id) }}
                      size="sm"
                      fw={600}
                    >
                      {policy.title}
                    </AnchorLink>
                    <Badge
                      variant="light"
                      color={policy.state === 'in_force' ? 'teal' : 'gray'}
                      tt="none"
                      style={{ flexShrink: 0 }}
                    >
                      {td(`policyState.${policy.state}`)}
                    </Badge>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {policy.inForce
                      ? t('policies.inForce', {
                          number: policy.inForce.number,
                          date: format.date(policy.inForce.effectiveFrom),
                        })
                      : t('policies.notInForce')}
                    {policy.nextEvaluationDue
                      ? ` · ${t('policies.nextEvaluation', { date: format.date(policy.nextEvaluationDue) })}`
                      : ''}
                  </Text>
                </Stack>
              ))}
            </Stack>
          )
        }
      </QueryContent>
    </HomeSection>
  );
}
