import { Badge, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardAttention } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { QueryContent } from '../../../components/query-content';
import { AnchorLink } from '../../../components/router-links';
import { formatDeadline } from '../../../lib/format';
import { useFormat } from '../../../lib/use-format';
import { useAttention } from '../api/get-attention';
import { HomeSection } from './home-section';

type OpenWave = DashboardAttention['openWaves'][number];
type ImportRun = DashboardAttention['imports'][number];

const STATUS_COLOR: Record<ImportRun['status'], string> = {
  queued: 'gray',
  running: 'blue',
  succeeded: 'teal',
  failed: 'red',
};

/** An admin's to-do: waves collecting answers (with participation) and the latest imports. */
export function AttentionCard() {
  const { t } = useTranslation('dashboard');
  const query = useAttention();
  return (
    <HomeSection title={t('attention.title')} testId="home-attention">
      <QueryContent query={query}>
        {(data) => (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <OpenWaves waves={data.openWaves} />
            <Imports runs={data.imports} />
          </SimpleGrid>
        )}
      </QueryContent>
    </HomeSection>
  );
}

function OpenWaves({ waves }: { waves: OpenWave[] }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('attention.openWaves')}
      </Title>
      {waves.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('attention.noOpenWaves')}
        </Text>
      ) : (
        <CardList label={t('attention.openWaves')} busy={false}>
          {waves.map((wave) => {
            // Public surveys invite nobody: their count of answers stands alone.
            const share = wave.invited > 0 ? Math.min(1, wave.answered / wave.invited) : null;
            return (
              <CardItem key={wave.waveId}>
                <Stack gap={6}>
                  <AnchorLink
                    to="/surveys/$surveyId"
                    params={{ surveyId: String(wave.surveyId) }}
                    fw={600}
                    aria-label={t('attention.openSurvey', { title: wave.title })}
                  >
                    {wave.title}
                  </AnchorLink>
                  <Text size="sm" c="dimmed">
                    {wave.label} ·{' '}
                    {t('attention.closes', {
                      date: formatDeadline(wave.closesAt, format.language, format.timeZone),
                    })}
                  </Text>
                  {share !== null && (
                    <Progress
                      value={share * 100}
                      size="sm"
                      aria-label={t('attention.progress', { title: wave.title })}
                    />
                  )}
                  <Text size="sm">
                    {share === null
                      ? t('attention.answeredPublic', { answered: format.number(wave.answered) })
                      : `${t('attention.answered', {
                          answered: format.number(wave.answered),
                          invited: format.number(wave.invited),
                        })} (${format.percent(share)})`}
                  </Text>
                </Stack>
              </CardItem>
            );
          })}
        </CardList>
      )}
    </Stack>
  );
}

function Imports({ runs }: { runs: ImportRun[] }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('attention.imports')}
      </Title>
      {runs.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('attention.noImports')}
        </Text>
      ) : (
        <CardList label={t('attention.imports')} busy={false}>
          {runs.map((run) => (
            <CardItem key={run.jobId}>
              <Stack gap={6}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text fw={600} size="sm">
                    {t(`attention.kind.${run.kind}`)}
                  </Text>
                  <Badge variant="light" color={STATUS_COLOR[run.status]} w="max-content">
                    {t(`attention.status.${run.status}`)}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  {t('attention.started', { date: format.timestamp(run.createdAt) })}
                </Text>
                {run.rows !== null && (
                  <Text size="sm">
                    {t('attention.rows', {
                      rows: format.number(run.rows),
                      invalid: format.number(run.invalid ?? 0),
                    })}
                  </Text>
                )}
                <AnchorLink
                  to={`/imports/${run.kind}`}
                  search={{ job: run.jobId }}
                  size="sm"
                  aria-label={t('attention.openImportNamed', {
                    kind: t(`attention.kind.${run.kind}`),
                    date: format.timestamp(run.createdAt),
                  })}
                >
                  {t('attention.openImport')}
                </AnchorLink>
              </Stack>
            </CardItem>
          ))}
        </CardList>
      )}
    </Stack>
  );
}
