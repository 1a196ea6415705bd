import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EvaluationSummary, PolicyDetail } from '../../../api/types';
import { QueryContent } from '../../../components/query-content';
import { AnchorLink } from '../../../components/router-links';
import { hasPermission, useMe } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { useEvaluations } from '../api/evaluations';

/** The policy's evaluations for those who review it: the next one due, and each with its outcome. */
export function EvaluationsCard({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation('policies');
  const me = useMe();
  const format = useFormat();
  const reviews = hasPermission(me, 'policy.review');
  const evaluations = useEvaluations(policy.id, reviews);
  if (!reviews) return null;
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="policy-evaluations">
      <Stack gap="sm">
        <Title order={2} size="h4" id="policy-evaluations">
          {t('evaluation.title')}
        </Title>
        <Text size="sm">
          {policy.evaluation.nextDue
            ? t('evaluation.nextDue', {
                date: format.date(policy.evaluation.nextDue),
                count: policy.evaluation.months,
              })
            : t('evaluation.noneDue', { count: policy.evaluation.months })}
        </Text>
        <QueryContent query={evaluations} height={80}>
          {(data) =>
            data.items.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('evaluation.none')}
              </Text>
            ) : (
              <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {data.items.map((item) => (
                  <EvaluationLine key={item.id} policyId={policy.id} evaluation={item} />
                ))}
              </Stack>
            )
          }
        </QueryContent>
      </Stack>
    </Card>
  );
}

function EvaluationLine({ policyId, evaluation }: { policyId: number; evaluation: EvaluationSummary }) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  const period = t('evaluation.period', {
    from: format.date(evaluation.period.from),
    to: format.date(evaluation.period.to),
  });
  return (
    <Stack component="li" gap={4} py="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Group justify="space-between" gap="xs">
        <AnchorLink
          to="/policies/$policyId/evaluations/$evaluationId"
          params={{ policyId: String(policyId), evaluationId: String(evaluation.id) }}
          fw={600}
        >
          {period}
        </AnchorLink>
        <EvaluationOutcome evaluation={evaluation} />
      </Group>
      <Text size="sm" c="dimmed">
        {t('version.number', { number: evaluation.versionNumber })} ·{' '}
        {t('evaluation.findings', { count: evaluation.findings })} ·{' '}
        {evaluation.startedBy ?? t('evaluation.bySchedule')}
      </Text>
    </Stack>
  );
}

/** Under way, recommended, or decided: what became of an evaluation. */
export function EvaluationOutcome({
  evaluation,
}: {
  evaluation: Pick<EvaluationSummary, 'decision' | 'recommendation'>;
}) {
  const { t } = useTranslation('policies');
  if (evaluation.decision) {
    return (
      <Badge color={evaluation.decision === 'keep' ? 'teal' : 'grape'} variant="light" tt="none">
        {t(`evaluation.decided.${evaluation.decision}`)}
      </Badge>
    );
  }
  return (
    <Badge color="orange" variant="light" tt="none">
      {evaluation.recommendation
        ? t('evaluation.recommendedShort', {
            recommendation: t(`evaluation.recommendation.${evaluation.recommendation}`),
          })
        : t('evaluation.underWay')}
    </Badge>
  );
}
