import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyDetail, PolicyTransition, PolicyVersionSummary } from '../../../api/types';
import { PageTitle } from '../../../components/page-title';
import { QueryContent } from '../../../components/query-content';
import { AnchorLink, ButtonLink } from '../../../components/router-links';
import { hasPermission, useMe } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { useForums } from '../api/forums';
import { usePolicy } from '../api/policies';
import { versionPdfUrl } from '../api/publication';
import { ConsultationCard } from '../components/consultation-card';
import { EvaluationsCard } from '../components/evaluations-card';
import { IndicatorsCard } from '../components/indicators-card';
import { PolicyAreaBadge, PolicyStateBadge } from '../components/policy-badges';
import { PolicyFormModal } from '../components/policy-form';
import { ProposalsCard } from '../components/proposals-card';
import { PublicationCard } from '../components/publication-card';
import { TransitionModal } from '../components/transition-modal';

/** One policy: what it is, the steps open now, its versions and its history. */
export function PolicyPage() {
  const { policyId } = useParams({ from: '/_authed/policies/$policyId' });
  const policy = usePolicy(Number(policyId));
  return (
    <QueryContent query={policy} height={320}>
      {(data) => <PolicyView policy={data} />}
    </QueryContent>
  );
}

function PolicyView({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation('policies');
  const me = useMe();
  const [editing, setEditing] = useState(false);
  const manages = hasPermission(me, 'policy.manage') && policy.state !== 'retired';
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <PageTitle title={policy.title} />
        <Group gap="xs">
          <PolicyStateBadge state={policy.state} />
          <PolicyAreaBadge area={policy.area} />
          {policy.ownerUnit && (
            <Text size="sm" c="dimmed">
              {t('detail.owner', { unit: policy.ownerUnit.name })}
            </Text>
          )}
        </Group>
      </Stack>
      <Steps policy={policy} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <About policy={policy} />
        <Card withBorder radius="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('detail.versions')}
            </Title>
            <Versions policy={policy} />
          </Stack>
        </Card>
      </SimpleGrid>
      <PublicationCard policy={policy} />
      <ConsultationCard policy={policy} />
      <IndicatorsCard policy={policy} />
      <ProposalsCard policy={policy} />
      <EvaluationsCard policy={policy} />
      {me.role !== 'mitra' && <ForumLink policyId={policy.id} />}
      {policy.history.length > 0 && <History policy={policy} />}
      {manages && (
        <Group>
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('detail.edit')}
          </Button>
        </Group>
      )}
      <PolicyFormModal
        policy={policy}
        opened={editing}
        onClose={() => setEditing(false)}
        onSaved={() => setEditing(false)}
      />
    </Stack>
  );
}

/** Where the staff's own proposals are heard: the yearly Forum Diskusi ASN, those on this policy first. */
function ForumLink({ policyId }: { policyId: number }) {
  const { t } = useTranslation('forum');
  const forums = useForums();
  const about = (forums.data?.items ?? []).filter((forum) => forum.policyIds.includes(policyId));
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="policy-forum">
      <Stack gap={6}>
        <Title order={2} size="h4" id="policy-forum">
          {t('list.title')}
        </Title>
        <Text size="sm">{t('policyLink.text')}</Text>
        {about.map((forum) => (
          <AnchorLink key={forum.id} to="/forums/$forumId" params={{ forumId: String(forum.id) }} size="sm">
            {forum.title} · {t(`state.${forum.state}`)} ·{' '}
            {t('list.proposals', { count: forum.proposalCount })}
          </AnchorLink>
        ))}
        <AnchorLink to="/forums" size="sm">
          {t('policyLink.open')}
        </AnchorLink>
      </Stack>
    </Card>
  );
}

/** The steps this reader may take now, each behind a confirmation. */
function Steps({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation('policies');
  const { t: td } = useTranslation('domain');
  const [chosen, setChosen] = useState<PolicyTransition | null>(null);
  if (policy.transitions.length === 0) return null;
  const draft = policy.versions.find((v) => v.status === 'draft');
  return (
    <Card withBorder radius="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('detail.nextSteps')}
        </Title>
        <Text size="sm" c="dimmed">
          {t(`detail.stateHelp.${policy.state}`)}
        </Text>
        <Group gap="xs">
          {draft && policy.canEdit && (
            <ButtonLink
              to="/policies/$policyId/versions/$versionId"
              params={{ policyId: String(policy.id), versionId: String(draft.id) }}
            >
              {t('detail.editDraft')}
            </ButtonLink>
          )}
          {policy.transitions.map((transition) => (
            <Button
              key={transition}
              variant={transition === 'adopt' || transition === 'keep' ? 'filled' : 'light'}
              color={transition === 'retire' || transition === 'discardRevision' ? 'red' : undefined}
              onClick={() => setChosen(transition)}
            >
              {td(`policyTransition.${transition}`)}
            </Button>
          ))}
        </Group>
      </Stack>
      <TransitionModal policy={policy} transition={chosen} onClose={() => setChosen(null)} />
    </Card>
  );
}

function About({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation('policies');
  const me = useMe();
  const readsSurveys = hasPermission(me, 'survey.read');
  return (
    <Card withBorder radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('detail.about')}
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {policy.purpose}
        </Text>
        {policy.principles.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t('detail.principles')}
            </Text>
            <Group gap={6} mt={4}>
              {policy.principles.map((principle) => (
                <Badge key={principle} variant="light" tt="none">
                  {principle}
                </Badge>
              ))}
            </Group>
          </div>
        )}
        {policy.legalBasis.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t('detail.legalBasis')}
            </Text>
            <List size="sm">
              {policy.legalBasis.map((basis) => (
                <List.Item key={basis}>{basis}</List.Item>
              ))}
            </List>
          </div>
        )}
        {policy.surveys.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t('detail.surveys')}
            </Text>
            <List size="sm">
              {policy.surveys.map((survey) => (
                <List.Item key={survey.id}>
                  {readsSurveys ? (
                    <AnchorLink to="/surveys/$surveyId" params={{ surveyId: String(survey.id) }} size="sm">
                      {survey.title}
                    </AnchorLink>
                  ) : (
                    survey.title
                  )}
                </List.Item>
              ))}
            </List>
          </div>
        )}
      </Stack>
    </Card>
  );
}

function Versions({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  if (policy.versions.length === 0) return <Text size="sm">{t('detail.noVersions')}</Text>;
  const inForce = policy.versions.find((v) => v.inForce)?.number ?? null;
  return (
    <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {policy.versions.map((version) => (
        <Stack
          key={version.id}
          component="li"
          gap={4}
          py="xs"
          style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Group gap="xs" justify="space-between">
            <Text fw={600}>{t('version.number', { number: version.number })}</Text>
            <VersionStatus version={version} superseded={inForce !== null && version.number < inForce} />
          </Group>
          <Text size="sm" c="dimmed">
            {version.number === 1
              ? t('version.provisions', { count: version.provisionCount })
              : t('version.changed', { count: version.changeCount })}
            {version.effectiveFrom
              ? ` · ${t('version.effectiveFrom', { date: format.date(version.effectiveFrom) })}`
              : ''}
          </Text>
          <Group gap="md">
            <AnchorLink
              to="/policies/$policyId/versions/$versionId"
              params={{ policyId: String(policy.id), versionId: String(version.id) }}
              size="sm"
            >
              {t('version.readText', { number: version.number })}
            </AnchorLink>
            {version.number > 1 && (
              <AnchorLink
                to="/policies/$policyId/compare"
                params={{ policyId: String(policy.id) }}
                search={{ to: version.id }}
                size="sm"
              >
                {t('version.compare', { number: version.number })}
              </AnchorLink>
            )}
            <Anchor
              href={versionPdfUrl(policy.id, version.id, format.language)}
              download
              size="sm"
              aria-label={t('pdf.label', { number: version.number })}
            >
              {t('pdf.download')}
            </Anchor>
          </Group>
        </Stack>
      ))}
    </Stack>
  );
}

/** Its status: in force, a draft, discarded, adopted (to come), or superseded by a later text in force. */
export function VersionStatus({
  version,
  superseded = false,
}: {
  version: PolicyVersionSummary;
  superseded?: boolean;
}) {
  const { t } = useTranslation('policies');
  if (superseded && version.status === 'adopted') {
    return (
      <Badge color="gray" variant="light" tt="none">
        {t('version.superseded')}
      </Badge>
    );
  }
  if (version.inForce) {
    return (
      <Badge color="teal" variant="light" tt="none">
        {t('version.inForce')}
      </Badge>
    );
  }
  return (
    <Badge color={version.status === 'draft' ? 'grape' : 'gray'} variant="light" tt="none">
      {t(`version.statusName.${version.status}`)}
    </Badge>
  );
}

function History({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation('policies');
  const { t: td } = useTranslation('domain');
  const format = useFormat();
  return (
    <Card withBorder radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('detail.history')}
        </Title>
        <Timeline bulletSize={14} lineWidth={2} active={policy.history.length}>
          {policy.history.map((entry) => (
            <Timeline.Item
              key={`${entry.at}-${entry.transition}`}
              title={td(`policyTransition.${entry.transition}`)}
            >
              <Text size="sm" c="dimmed">
                {t('history.line', {
                  date: format.timestamp(entry.at),
                  from: td(`policyState.${entry.from}`),
                  to: td(`policyState.${entry.to}`),
                })}
                {entry.by ? ` · ${entry.by}` : ` · ${t('history.schedule')}`}
                {entry.versionNumber ? ` · ${t('version.number', { number: entry.versionNumber })}` : ''}
              </Text>
              {entry.note && <Text size="sm">{entry.note}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </Card>
  );
}
