import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TeachingBatch } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { EmptyMessage } from '../../../components/empty-state';
import { PageTitle } from '../../../components/page-title';
import { QueryContent } from '../../../components/query-content';
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
    <Stack gap="lg">
      <div>
        <PageTitle title={t('teaching.title')} />
        <Text c="dimmed" size="sm">
          {t('teaching.intro')}
        </Text>
      </div>
      <QueryContent query={teaching} height={200}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyMessage title={t('teaching.empty')}>{t('teaching.emptyHelp')}</EmptyMessage>
          ) : (
            <CardList label={t('teaching.title')} busy={teaching.isFetching}>
              {data.items.map((batch) => (
                <TeachingCard key={batch.batchId} batch={batch} />
              ))}
            </CardList>
          )
        }
      </QueryContent>
    </Stack>
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
