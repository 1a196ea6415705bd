import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/router-links';
import { useCan } from '../../../lib/session';
import { usePolicyUses } from '../api/get-policy-uses';

/** The reverse view of a policy's evidence: which provisions this wave's results changed, and why. */
export function PolicyUsesPanel({ waveId }: { waveId: number }) {
  const { t } = useTranslation('surveyResults');
  const { t: td } = useTranslation('domain');
  const readsPolicies = useCan('policy.read');
  const uses = usePolicyUses(waveId, readsPolicies);
  const items = uses.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="policy-uses-title" data-print-hidden="">
      <Stack gap="xs">
        <Title order={2} size="h4" id="policy-uses-title">
          {t('policyUses.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('policyUses.intro')}
        </Text>
        <List size="sm" spacing="xs">
          {items.map((use) => (
            <List.Item key={`${use.versionId}-${use.provisionId}-${use.questionKey ?? ''}`}>
              <AnchorLink
                to="/policies/$policyId/versions/$versionId"
                params={{ policyId: String(use.policyId), versionId: String(use.versionId) }}
                size="sm"
              >
                {t('policyUses.item', {
                  policy: use.policyTitle,
                  number: use.versionNumber,
                  label: use.label,
                })}
              </AnchorLink>
              {use.versionStatus === 'draft' && ` (${td('policyState.draft')})`}
              {use.reason && (
                <Text size="sm" c="dimmed">
                  {use.reason}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
