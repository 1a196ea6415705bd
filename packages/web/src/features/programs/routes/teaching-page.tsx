import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TeachingBatch } from '../../../api/types';
import { CardItem } from '../../../components/card-list';
import { OwnListPage } from '../../../components/own-list-page';
import { AnchorLink } from '../../../components/router-links';
import { useFormat } from '../../../lib/use-format';
import { useTeaching } from '../api/trainers';

/**
 * Angkatan yang saya ajar: the batches naming the signed-in account among their trainers, each with
 * the way to its roster (attendance, scores, the day's check-in code). A partner's trainer reads
 * nothing else of the programs.
 */
export function TeachingPage() {
  const { t } = useTranslation('programs');
  const teaching = useTeaching();
  return (
    <OwnListPage
      title={t('teaching.title')}
      intro={t('teaching.intro')}
      query={teaching}
      empty={{ title: t('teaching.empty'), help: t('teaching.emptyHelp') }}
    >
      {(batch) => <TeachingCard key={batch.batchId} batch={batch} />}
    </OwnListPage>
  );
}

function TeachingCard({ batch }: { batch: TeachingBatch }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  return (
    <CardItem>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Text fw={600}>
            {batch.programTitle} — {batch.batchName}
          </Text>
          <Badge color={batch.closed ? 'gray' : 'teal'} variant="light" autoContrast>
            {batch.closed ? t('teaching.closed') : t('teaching.running')}
          </Badge>
        </Group>
        <Text size="sm">
          {t('batches.dates', { from: format.date(batch.startsOn), to: format.date(batch.endsOn) })}
          {batch.venue ? ` · ${batch.venue}` : ''}
        </Text>
        <Text size="sm" c="dimmed">
          {t('teaching.participants', { count: batch.participants })}
          {batch.topic ? ` · ${t('teaching.topic', { topic: batch.topic })}` : ''}
        </Text>
        <AnchorLink
          to="/programs/$programId/batches/$batchId"
          params={{ programId: String(batch.programId), batchId: String(batch.batchId) }}
          size="sm"
        >
          {t('teaching.roster', { name: `${batch.programTitle} — ${batch.batchName}` })}
        </AnchorLink>
        {batch.closed && (
          <AnchorLink
            to="/teaching/programs/$programId/evaluation"
            params={{ programId: String(batch.programId) }}
            search={{ title: batch.programTitle }}
            size="sm"
          >
            {t('teaching.evaluation', { name: batch.programTitle })}
          </AnchorLink>
        )}
      </Stack>
    </CardItem>
  );
}
