import {
  Badge,
  Button,
  Card,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationDetail, PolicyDetail, PolicyTransition, RecommendRequest } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { PageTitle } from '../../../components/page-title';
import { QueryContent } from '../../../components/query-content';
import { AnchorLink } from '../../../components/router-links';
import { useFormat } from '../../../lib/use-format';
import {
  evaluationPdfUrl,
  evaluationWorkbookUrl,
  useAddFinding,
  useEvaluation,
  useRecommend,
} from '../api/evaluations';
import { usePolicy } from '../api/policies';
import { EvaluationOutcome } from '../components/evaluations-card';
import { Indicator } from '../components/indicators-card';
import { TransitionModal } from '../components/transition-modal';

const RECOMMENDATIONS: RecommendRequest['recommendation'][] = ['keep', 'adjust', 'revise'];

/**
 * One evaluation of a policy: the report Jenjang compiled from the government's own data, the
 * findings, the evaluators' recommendation and the leader's decision.
 */
export function EvaluationPage() {
  const { policyId, evaluationId } = useParams({
    from: '/_authed/policies/$policyId/evaluations/$evaluationId',
  });
  const evaluation = useEvaluation(Number(policyId), Number(evaluationId));
  const policy = usePolicy(Number(policyId));
  return (
    <QueryContent query={evaluation} height={320}>
      {(data) => <EvaluationView evaluation={data} policy={policy.data} />}
    </QueryContent>
  );
}

function EvaluationView({ evaluation, policy }: { evaluation: EvaluationDetail; policy?: PolicyDetail }) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  const { report } = evaluation;
  const period = t('evaluation.period', {
    from: format.date(evaluation.period.from),
    to: format.date(evaluation.period.to),
  });
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <AnchorLink to="/policies/$policyId" params={{ policyId: String(evaluation.policyId) }} size="sm">
          {report.policyTitle}
        </AnchorLink>
        <PageTitle title={t('evaluation.pageTitle', { period })} />
        <Group gap="xs">
          <EvaluationOutcome evaluation={evaluation} />
          <Text size="sm" c="dimmed">
            {t('version.number', { number: report.version.number })} ·{' '}
            {t('evaluation.started', {
              date: format.timestamp(evaluation.startedAt),
              by: evaluation.startedBy ?? t('evaluation.bySchedule'),
            })}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {evaluation.decision
            ? t('evaluation.frozen', { date: format.timestamp(report.compiledAt) })
            : t('evaluation.live')}
        </Text>
        <Group gap="xs">
          <Button
            component="a"
            href={evaluationWorkbookUrl(evaluation.policyId, evaluation.id)}
            variant="default"
            size="sm"
          >
            {t('evaluation.download')}
          </Button>
          <Button
            component="a"
            href={evaluationPdfUrl(evaluation.policyId, evaluation.id, format.language)}
            variant="default"
            size="sm"
          >
            {t('evaluation.downloadPdf')}
          </Button>
        </Group>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Findings evaluation={evaluation} />
        <Stack gap="lg">
          <Recommendation evaluation={evaluation} />
          <Decision evaluation={evaluation} policy={policy} />
        </Stack>
      </SimpleGrid>
      <Card withBorder radius="md" component="section" aria-labelledby="evaluation-indicators">
        <Stack gap="sm">
          <Title order={2} size="h4" id="evaluation-indicators">
            {t('indicator.title')}
          </Title>
          {report.indicators.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('indicator.none')}
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              {report.indicators.map((indicator) => (
                <Indicator
                  key={indicator.id}
                  indicator={indicator}
                  versions={[report.version]}
                  policyId={evaluation.policyId}
                  manages={false}
                  measurements={false}
                />
              ))}
            </SimpleGrid>
          )}
        </Stack>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Surveys evaluation={evaluation} />
        <Consultation evaluation={evaluation} />
      </SimpleGrid>
    </Stack>
  );
}

function Findings({ evaluation }: { evaluation: EvaluationDetail }) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  const add = useAddFinding(evaluation.policyId, evaluation.id);
  const [body, setBody] = useState('');
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="evaluation-findings">
      <Stack gap="sm">
        <Title order={2} size="h4" id="evaluation-findings">
          {t('evaluation.findingsTitle')}
        </Title>
        {evaluation.findings.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('evaluation.noFindings')}
          </Text>
        )}
        <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {evaluation.findings.map((finding) => (
            <Stack key={finding.id} component="li" gap={2}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {finding.body}
              </Text>
              <Text size="xs" c="dimmed">
                {finding.by ?? ''} · {format.timestamp(finding.at)}
              </Text>
              {finding.uses.length > 0 && (
                <Text size="sm">
                  {t('evaluation.changed')}{' '}
                  {finding.uses.map((use, index) => (
                    <span key={`${use.versionId}-${use.label}`}>
                      {index > 0 && ', '}
                      <AnchorLink
                        to="/policies/$policyId/versions/$versionId"
                        params={{ policyId: String(evaluation.policyId), versionId: String(use.versionId) }}
                        size="sm"
                      >
                        {t(use.removed ? 'evaluation.useRemoved' : 'evaluation.use', {
                          label: use.label,
                          number: use.versionNumber,
                        })}
                      </AnchorLink>
                    </span>
                  ))}
                </Text>
              )}
            </Stack>
          ))}
        </Stack>
        {evaluation.canAddFinding && (
          <Stack gap="xs">
            <Textarea
              label={t('evaluation.newFinding')}
              description={t('evaluation.newFindingHelp')}
              autosize
              minRows={2}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
            />
            {add.isError && <ErrorAlert error={add.error} />}
            <Group justify="flex-end">
              <Button
                size="sm"
                variant="light"
                disabled={!body.trim()}
                loading={add.isPending}
                onClick={() => add.mutate(body.trim(), { onSuccess: () => setBody('') })}
              >
                {t('evaluation.addFinding')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function Recommendation({ evaluation }: { evaluation: EvaluationDetail }) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  const recommend = useRecommend(evaluation.policyId, evaluation.id);
  const [choice, setChoice] = useState<string>(evaluation.recommendation ?? '');
  const [reason, setReason] = useState(evaluation.recommendationDetail?.reason ?? '');
  const detail = evaluation.recommendationDetail;
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="evaluation-recommendation">
      <Stack gap="sm">
        <Title order={2} size="h4" id="evaluation-recommendation">
          {t('evaluation.recommendationTitle')}
        </Title>
        {evaluation.recommendation && detail ? (
          <Stack gap={2}>
            <Text fw={600}>{t(`evaluation.recommendation.${evaluation.recommendation}`)}</Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {detail.reason}
            </Text>
            <Text size="xs" c="dimmed">
              {detail.by ?? ''} · {format.timestamp(detail.at)}
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('evaluation.noRecommendation')}
          </Text>
        )}
        {evaluation.canRecommend && (
          <Stack gap="xs">
            <Radio.Group label={t('evaluation.recommend')} value={choice} onChange={setChoice}>
              <Stack gap={6} mt={4}>
                {RECOMMENDATIONS.map((value) => (
                  <Radio key={value} value={value} label={t(`evaluation.recommendation.${value}`)} />
                ))}
              </Stack>
            </Radio.Group>
            <Textarea
              label={t('evaluation.reason')}
              autosize
              minRows={2}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            {recommend.isError && <ErrorAlert error={recommend.error} />}
            <Group justify="flex-end">
              <Button
                size="sm"
                disabled={!choice || !reason.trim()}
                loading={recommend.isPending}
                onClick={() =>
                  recommend.mutate({
                    recommendation: choice as RecommendRequest['recommendation'],
                    reason: reason.trim(),
                  })
                }
              >
                {t('evaluation.saveRecommendation')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

/** The leader's decision: recorded, or the two steps a leader may take once recommended. */
function Decision({ evaluation, policy }: { evaluation: EvaluationDetail; policy?: PolicyDetail }) {
  const { t } = useTranslation('policies');
  const { t: td } = useTranslation('domain');
  const format = useFormat();
  const [chosen, setChosen] = useState<PolicyTransition | null>(null);
  const detail = evaluation.decisionDetail;
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="evaluation-decision">
      <Stack gap="sm">
        <Title order={2} size="h4" id="evaluation-decision">
          {t('evaluation.decisionTitle')}
        </Title>
        {evaluation.decision && detail ? (
          <Stack gap={2}>
            <Text fw={600}>{t(`evaluation.decided.${evaluation.decision}`)}</Text>
            {detail.note && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {detail.note}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {detail.by ?? ''} · {format.timestamp(detail.at)}
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {evaluation.canDecide ? t('evaluation.decideHelp') : t('evaluation.notDecided')}
          </Text>
        )}
        {evaluation.canDecide && policy && (
          <>
            <Group gap="xs">
              {(['keep', 'revise'] as const).map((decision) => (
                <Button
                  key={decision}
                  variant={decision === evaluation.recommendation ? 'filled' : 'light'}
                  onClick={() => setChosen(decision)}
                >
                  {td(`policyTransition.${decision}`)}
                </Button>
              ))}
            </Group>
            <TransitionModal policy={policy} transition={chosen} onClose={() => setChosen(null)} />
          </>
        )}
      </Stack>
    </Card>
  );
}

function Surveys({ evaluation }: { evaluation: EvaluationDetail }) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="evaluation-surveys">
      <Stack gap="sm">
        <Title order={2} size="h4" id="evaluation-surveys">
          {t('evaluation.surveys')}
        </Title>
        {evaluation.report.surveys.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('evaluation.noSurveys')}
          </Text>
        )}
        {evaluation.report.surveys.map((survey) => (
          <Table.ScrollContainer key={survey.surveyId} minWidth={320}>
            <Table fz="sm" captionSide="top">
              <Table.Caption style={{ textAlign: 'left' }}>{survey.title}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('evaluation.wave')}</Table.Th>
                  <Table.Th ta="right">{t('evaluation.responses')}</Table.Th>
                  <Table.Th ta="right">{t('evaluation.responseRate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {survey.waves.map((wave) => (
                  <Table.Tr key={wave.waveId}>
                    <Table.Td>
                      {wave.label}{' '}
                      {wave.inPeriod && (
                        <Badge size="xs" variant="light" tt="none">
                          {t('evaluation.inPeriod')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{format.number(wave.responses)}</Table.Td>
                    <Table.Td ta="right">
                      {wave.responseRate === null ? '—' : format.percent(wave.responseRate)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ))}
      </Stack>
    </Card>
  );
}

function Consultation({ evaluation }: { evaluation: EvaluationDetail }) {
  const { t } = useTranslation('policies');
  const c = evaluation.report.consultation;
  const rows: [string, number][] = [
    [t('evaluation.rounds'), c.rounds],
    [t('evaluation.comments'), c.comments],
    [t('evaluation.proposals'), c.proposals],
    ...(['accepted', 'partial', 'rejected', 'unanswered'] as const).map(
      (response) => [t(`evaluation.response.${response}`), c.responses[response] ?? 0] as [string, number],
    ),
  ];
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="evaluation-consultation">
      <Stack gap="sm">
        <Title order={2} size="h4" id="evaluation-consultation">
          {t('evaluation.consultation')}
        </Title>
        <Table fz="sm" withRowBorders={false} aria-labelledby="evaluation-consultation">
          <Table.Tbody>
            {rows.map(([label, count]) => (
              <Table.Tr key={label}>
                <Table.Td>{label}</Table.Td>
                <Table.Td ta="right">{count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}
