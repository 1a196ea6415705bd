import { POSITION_KINDS } from '@jenjang/domain/people/position';
import { Select, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapQuery, PositionKind } from '../../../api/types';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { UnitSelect } from '../../../components/unit-select';
import { useDomainLabels } from '../../../lib/domain-labels';
import { useFormat } from '../../../lib/use-format';
import { useGapAnalysis } from '../api/get-competency-gaps';
import type { TabPanelProps } from '../routes/competencies-search';
import { GapHeatMap } from './gap-heat-map';
import { GapNeedsList } from './gap-needs-list';
import { CompetencyGapsCard, JpmCard } from './gap-summary';
import { PositionKindGaps } from './position-kind-gaps';
import { StatedNeedsSection } from './stated-needs-section';

/**
 * Analisis Kesenjangan: where a unit subtree (or the government) falls short of its positions'
 * standards, by competency, by unit, by position kind and by JPM label; optionally against an
 * earlier day; who is furthest below; and whether staff stated the same needs in a needs survey.
 */
export function GapsPanel({ search, onSearch }: TabPanelProps) {
  const { t } = useTranslation('competencies');
  const labels = useDomainLabels();
  const format = useFormat();
  const headingId = useId();
  const { unit: unitId, kind: positionKind, compare: compareTo = '' } = search;
  const query: GapQuery = { unitId, positionKind, compareTo: compareTo || undefined };
  const analysis = useGapAnalysis(query);
  const data = analysis.data;

  return (
    <Stack gap="lg" component="section" aria-labelledby={headingId}>
      <Stack gap={4}>
        <Title order={2} size="h4" id={headingId}>
          {t('gaps.heading')}
        </Title>
        <Text size="sm" c="dimmed" maw={720}>
          {t('gaps.intro')}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <UnitSelect
          label={t('gaps.unit')}
          placeholder={t('gaps.unitAll')}
          clearLabel={t('gaps.unitClear')}
          value={unitId}
          onChange={(unit) => onSearch({ unit })}
        />
        <Select
          label={t('gaps.positionKind')}
          placeholder={t('gaps.positionKindAll')}
          clearable
          data={POSITION_KINDS.map((kind) => ({ value: kind, label: labels.positionKind(kind) }))}
          value={positionKind ?? null}
          onChange={(next) => onSearch({ kind: (next as PositionKind | null) ?? undefined })}
        />
        <TextInput
          type="date"
          label={t('gaps.compareTo')}
          description={t('gaps.compareToHelp')}
          value={compareTo}
          max={data?.asOf}
          onChange={(event) => onSearch({ compare: event.currentTarget.value || undefined })}
        />
      </SimpleGrid>
      {analysis.isPending ? (
        <Stack gap="xs" aria-busy="true">
          <Text size="sm" c="dimmed" role="status">
            {t('gaps.loading')}
          </Text>
          <Skeleton h={240} radius="md" />
        </Stack>
      ) : analysis.isError ? (
        <ErrorAlert error={analysis.error} onRetry={() => void analysis.refetch()} />
      ) : data && data.competencies.length === 0 ? (
        <EmptyMessage title={t('gaps.empty')}>{t('gaps.emptyBody')}</EmptyMessage>
      ) : data ? (
        <Stack gap="lg" aria-busy={analysis.isPlaceholderData}>
          <Text size="sm" data-testid="gap-scope">
            {t('gaps.scope', {
              unit: data.unit?.name ?? t('gaps.unitAll'),
              date: format.date(data.asOf),
            })}
            {data.compareTo ? ` ${t('gaps.scopeCompared', { date: format.date(data.compareTo) })}` : ''}
          </Text>
          <JpmCard analysis={data} />
          <CompetencyGapsCard analysis={data} />
          <GapHeatMap analysis={data} />
          <PositionKindGaps analysis={data} />
          <GapNeedsList unitId={unitId} positionKind={positionKind} />
        </Stack>
      ) : null}
      <StatedNeedsSection unitId={unitId} />
    </Stack>
  );
}
