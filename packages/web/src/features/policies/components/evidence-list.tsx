import { List, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { EvidenceView } from '../../../api/types';
import { AnchorLink } from '../../../components/router-links';
import { hasPermission, useMe } from '../../../lib/session';

/**
 * The evidence a change cites: a survey's result links to the wave's results for those who read
 * them, an evaluation's finding to the evaluation for those who review the policy, a forum
 * proposal to its forum.
 */
export function EvidenceList({ evidence }: { evidence: EvidenceView[] }) {
  const { t } = useTranslation('policies');
  // Every page showing a change is one of a policy's.
  const { policyId } = useParams({ strict: false });
  const me = useMe();
  if (evidence.length === 0) return null;
  const readsResults = hasPermission(me, 'survey.results');
  const reviews = hasPermission(me, 'policy.review');
  return (
    <div>
      <Text size="sm" fw={600}>
        {t('evidence.title')}
      </Text>
      <List size="sm" spacing={2}>
        {evidence.map((item, index) => (
          <List.Item key={index}>
            <Text span size="sm" c="dimmed">
              {t(`evidence.kind.${item.kind}`)}:{' '}
            </Text>
            {item.evaluationId !== null && policyId !== undefined && reviews ? (
              <AnchorLink
                to="/policies/$policyId/evaluations/$evaluationId"
                params={{ policyId: String(policyId), evaluationId: String(item.evaluationId) }}
                size="sm"
              >
                {item.label}
              </AnchorLink>
            ) : item.forumId !== null ? (
              <AnchorLink to="/forums/$forumId" params={{ forumId: String(item.forumId) }} size="sm">
                {item.label}
              </AnchorLink>
            ) : item.waveId !== null && readsResults ? (
              <AnchorLink
                to="/survey-waves/$waveId/results"
                params={{ waveId: String(item.waveId) }}
                size="sm"
              >
                {item.label}
              </AnchorLink>
            ) : (
              <Text span size="sm">
                {item.label}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </div>
  );
}
