import { Badge, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaveResults } from '../../../api/types';
import { PageTitle } from '../../../components/page-title';
import { answeredOf } from '../../../lib/wave-counts';
import { useResultFormat } from './use-result-format';
import { progressOf, responseRate } from './wave-progress';

const STATE_COLORS = { draft: 'gray', scheduled: 'blue', open: 'teal', closed: 'dark' } as const;

/** What the figures are of: the survey, the wave and its window, how many answered, and the k rule. */
export function ResultsHeader({ results }: { results: WaveResults }) {
  const { t } = useTranslation('surveyResults');
  const { t: tc } = useTranslation();
  const format = useResultFormat();
  const answered = answeredOf(results.wave);
  const { survey, wave, report } = results;

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t('header.section')}
        </Text>
        <PageTitle
          title={survey.title}
          documentTitle={t('header.documentTitle', { survey: survey.title, wave: wave.label })}
        />
        <Group gap="xs" wrap="wrap">
          <Text fw={600}>{t('header.wave', { label: wave.label, number: wave.number })}</Text>
          <Badge color={STATE_COLORS[wave.status]} variant="light">
            {tc(`surveys.state.${wave.status}`)}
          </Badge>
          <Badge color="gray" variant="outline">
            {tc(`surveys.mode.${survey.mode}`)}
          </Badge>
        </Group>
        {survey.serviceName && <Text size="sm">{t('header.service', { name: survey.serviceName })}</Text>}
        <Text size="sm" c="dimmed">
          {t('header.window', { range: format.window(wave.opensAt, wave.closesAt) })}
        </Text>
      </Stack>
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          {survey.mode === 'public' ? (
            <SampleProgress
              responses={report.responses}
              minimumSample={report.minimumSample}
              population={wave.population}
            />
          ) : (
            answered !== null &&
            wave.invited !== null && <InvitedProgress responses={answered} invited={wave.invited} />
          )}
          {survey.mode === 'public' && wave.status === 'open' && (
            // No waiting count: it would tell an attacker when one citizen's answer waits alone.
            <Text size="sm" data-testid="public-release">
              {t('header.publicRelease', { k: report.minGroupSize })}
            </Text>
          )}
          {wave.pending !== null && wave.pending > 0 && (
            <Text size="sm">
              {t('header.pending', {
                count: wave.pending,
                formatted: format.number(wave.pending),
                k: report.minGroupSize,
              })}
            </Text>
          )}
          {wave.withheld !== null && wave.withheld > 0 && (
            <Text size="sm" data-testid="withheld">
              {t('header.withheld', {
                count: wave.withheld,
                formatted: format.number(wave.withheld),
                k: report.minGroupSize,
              })}
            </Text>
          )}
          {results.reach.kind === 'slice' && (
            <Text size="sm" fw={600} data-testid="slice">
              {t('header.slice', { units: results.reach.units.join(', ') })}
            </Text>
          )}
          <Text size="sm" c="dimmed" data-testid="k-rule">
            {t('header.kRule', { k: report.minGroupSize })}
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}

function SampleProgress({
  responses,
  minimumSample,
  population,
}: {
  responses: number;
  minimumSample: number | null;
  population: number | null;
}) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  const count = t('header.responses', { count: responses, formatted: format.number(responses) });
  const progress = progressOf(responses, minimumSample);
  if (minimumSample === null || population === null || !progress) {
    return (
      <Stack gap={2}>
        <Text fw={600}>{count}</Text>
        <Text size="sm" c="dimmed">
          {t('header.noPopulation')}
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap={6}>
      <Text fw={600}>{count}</Text>
      <Text size="sm" data-testid="minimum-sample">
        {t('header.sample', {
          sample: format.number(minimumSample),
          population: format.number(population),
          status: progress.met ? t('header.sampleMet') : t('header.sampleNotMet'),
        })}
      </Text>
      <Progress
        value={Math.round(progress.percent)}
        color={progress.met ? 'teal.8' : 'indigo.7'}
        size="lg"
        aria-label={t('header.sampleProgress', {
          responses: format.number(responses),
          sample: format.number(minimumSample),
        })}
      />
      <Text size="xs" c="dimmed">
        {t('header.sampleHelp')}
      </Text>
    </Stack>
  );
}

function InvitedProgress({ responses, invited }: { responses: number; invited: number }) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  const rate = responseRate(responses, invited);
  const progress = progressOf(responses, invited);
  return (
    <Stack gap={6}>
      <Text fw={600}>
        {t('header.invited', {
          responses: format.number(responses),
          invited: format.number(invited),
        })}
        {rate !== null && ` (${format.percent(rate)})`}
      </Text>
      {progress && (
        <Progress
          value={Math.round(progress.percent)}
          color="indigo.7"
          size="lg"
          aria-label={t('header.responseRate')}
        />
      )}
    </Stack>
  );
}

/**
 * A reader of part of the wave whose slice is not shown: why (the wave is still open, none of its
 * answers is in reach, or too few), and nothing else — not even how many answered there.
 */
export function SliceHeldBackMessage({ reach, k }: { reach: WaveResults['reach']; k: number }) {
  const { t } = useTranslation('surveyResults');
  return (
    <Paper withBorder radius="md" p="xl" role="status" data-testid="slice-held-back">
      <Stack gap={4} align="center">
        <Text fw={700} size="lg" ta="center">
          {t('sliceHeldBack.title')}
        </Text>
        <Text ta="center">{t(`sliceHeldBack.${reach.reason ?? 'small'}`, { k })}</Text>
      </Stack>
    </Paper>
  );
}

/** Fewer than k answered: only the count above is shown, nothing computed from the answers. */
export function SuppressedMessage({ k, responses }: { k: number; responses: number }) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  return (
    <Paper withBorder radius="md" p="xl" role="status">
      <Stack gap={4} align="center">
        <Text fw={700} size="lg" ta="center">
          {t('suppressed.title')}
        </Text>
        <Text ta="center">
          {t('suppressed.body', { k, count: responses, formatted: format.number(responses) })}
        </Text>
      </Stack>
    </Paper>
  );
}
