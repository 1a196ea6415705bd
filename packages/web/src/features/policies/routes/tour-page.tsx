import { Badge, Card, Group, Progress, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicySummary } from '../../../api/types';
import { PageTitle } from '../../../components/page-title';
import { QueryContent } from '../../../components/query-content';
import { ButtonLink } from '../../../components/router-links';
import { useInstance } from '../../../lib/instance';
import { hasPermission, useMe } from '../../../lib/session';
import { useEvaluations } from '../api/evaluations';
import { usePolicies } from '../api/policies';
import { parseSeen, TOUR_STEPS, type TourStep, tourPolicy } from '../components/tour-steps';

// The guided tour (tour-steps.ts): a newcomer follows one policy round its loop in a few clicks.
// Each step says what to look at and opens the page; the steps already opened are ticked, and
// remembered in this browser, so the tour can be left and taken up again.

const SEEN_KEY = 'jenjang.tour.seen';

function useSeenSteps() {
  const [seen, setSeen] = useState<TourStep[]>(() => parseSeen(localStorage.getItem(SEEN_KEY)));
  useEffect(() => {
    localStorage.setItem(SEEN_KEY, JSON.stringify(seen));
  }, [seen]);
  const mark = (step: TourStep) => setSeen((now) => (now.includes(step) ? now : [...now, step]));
  return { seen, mark, reset: () => setSeen([]) };
}

export function TourPage() {
  const { t } = useTranslation('tour');
  const policies = usePolicies();
  return (
    <Stack gap="lg" maw={760}>
      <Stack gap={4}>
        <PageTitle title={t('title')} />
        <Text c="dimmed">{t('intro')}</Text>
      </Stack>
      <QueryContent query={policies} height={320}>
        {(data) =>
          data.items.length === 0 ? <Text>{t('noPolicies')}</Text> : <Tour policies={data.items} />
        }
      </QueryContent>
    </Stack>
  );
}

function Tour({ policies }: { policies: PolicySummary[] }) {
  const { t } = useTranslation('tour');
  const me = useMe();
  const demo = useInstance()?.demo ?? false;
  const [chosen, setChosen] = useState<number | null>(null);
  const policy = policies.find((item) => item.id === chosen) ?? tourPolicy(policies) ?? policies[0]!;
  // The demo's story notes are of Tanjungbalai's policy (the README's tour): shown with that one only.
  const story = demo && /tanjungbalai/i.test(me.tenant.name) && policy.id === tourPolicy(policies)?.id;
  const reviews = hasPermission(me, 'policy.review');
  const evaluations = useEvaluations(policy.id, reviews);
  const latest = evaluations.data?.items[0] ?? null;
  const { seen, mark, reset } = useSeenSteps();
  const revised = (policy.inForce?.number ?? 0) >= 2;

  const links: Partial<Record<Exclude<TourStep, 'phone'>, { to: string; params?: Record<string, string> }>> =
    {
      home: { to: '/' },
      policy: { to: '/policies/$policyId', params: { policyId: String(policy.id) } },
      evaluation: latest
        ? {
            to: '/policies/$policyId/evaluations/$evaluationId',
            params: { policyId: String(policy.id), evaluationId: String(latest.id) },
          }
        : undefined,
      compare: revised
        ? { to: '/policies/$policyId/compare', params: { policyId: String(policy.id) } }
        : undefined,
      indicators: { to: '/policies/$policyId', params: { policyId: String(policy.id) } },
      forum: { to: '/forums' },
    };

  return (
    <Stack gap="md">
      <Select
        label={t('policy')}
        data={policies.map((item) => ({ value: String(item.id), label: item.title }))}
        value={String(policy.id)}
        onChange={(value) => setChosen(value ? Number(value) : null)}
        allowDeselect={false}
      />
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{t('progress', { seen: seen.length, count: TOUR_STEPS.length })}</Text>
          {seen.length > 0 && (
            <Text size="sm" c="blue.8" component="button" type="button" onClick={reset} bd={0} bg="none">
              {t('restart')}
            </Text>
          )}
        </Group>
        <Progress.Root size="sm">
          <Progress.Section
            value={(seen.length / TOUR_STEPS.length) * 100}
            aria-label={t('progress', { seen: seen.length, count: TOUR_STEPS.length })}
          />
        </Progress.Root>
      </Stack>
      <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {TOUR_STEPS.map((step, index) => {
          const link = step === 'phone' ? undefined : links[step];
          const done = seen.includes(step);
          return (
            <Card key={step} component="li" withBorder radius="md" padding="md">
              <Stack gap={6}>
                <Group gap="xs" wrap="nowrap">
                  <Badge
                    variant={done ? 'filled' : 'light'}
                    color={done ? 'teal.9' : 'blue'}
                    circle
                    size="lg"
                  >
                    {index + 1}
                  </Badge>
                  <Title order={2} size="h5">
                    {t(`steps.${step}.title`)}
                  </Title>
                  {done && (
                    <Text size="xs" c="teal.9" fw={600}>
                      {t('seen')}
                    </Text>
                  )}
                </Group>
                <Text size="sm">{t(`steps.${step}.body`)}</Text>
                {story && step !== 'home' && (
                  <Text size="sm" c="dimmed">
                    {t(`steps.${step}.demo`)}
                  </Text>
                )}
                {step === 'evaluation' && !latest && (
                  <Text size="sm" c="dimmed">
                    {reviews ? t('noEvaluation') : t('reviewersOnly')}
                  </Text>
                )}
                {step === 'compare' && !revised && (
                  <Text size="sm" c="dimmed">
                    {t('notRevised')}
                  </Text>
                )}
                {link && step !== 'phone' && (
                  <Group>
                    <ButtonLink
                      to={link.to}
                      params={link.params}
                      hash={step === 'indicators' ? 'policy-indicators' : undefined}
                      variant={done ? 'default' : 'light'}
                      size="sm"
                      onClick={() => mark(step)}
                    >
                      {t(`steps.${step}.open`)}
                    </ButtonLink>
                  </Group>
                )}
                {!link && step === 'phone' && (
                  <Group>
                    <Text
                      size="sm"
                      c="blue.8"
                      component="button"
                      type="button"
                      bd={0}
                      bg="none"
                      p={0}
                      onClick={() => mark(step)}
                    >
                      {t('markSeen')}
                    </Text>
                  </Group>
                )}
              </Stack>
            </Card>
          );
        })}
      </Stack>
    </Stack>
  );
}
