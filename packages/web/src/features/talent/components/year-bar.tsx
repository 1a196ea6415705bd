import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TalentOverview } from '../../../api/types';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { TalentSource } from '../../../components/talent/talent-source';
import { useFormat } from '../../../lib/use-format';
import { usePlaceYear } from '../api/talent';
import { PlacingProgress } from './placing-progress';

/**
 * The year picker: the years placed and, for the agency, those that may be placed (with annual
 * appraisals); the agency places or places again the year shown and follows the job to its end.
 */
export function YearBar({
  overview,
  year,
  onYear,
}: {
  overview: TalentOverview;
  year: number | null;
  onYear: (year: number) => void;
}) {
  const { t } = useTranslation('talent');
  const format = useFormat();
  const place = usePlaceYear();
  const [jobId, setJobId] = useState<string | null>(null);
  if (year === null) {
    return (
      <Stack gap="sm">
        <EmptyMessage title={t('year.none')}>
          {overview.canPlace ? t('year.noneAgency') : t('year.noneHelp')}
        </EmptyMessage>
        <TalentSource source={overview.current} />
      </Stack>
    );
  }
  const placed = overview.years.find((y) => y.year === year);
  const years = [...new Set([...overview.years.map((y) => y.year), ...overview.placeable, year])].sort(
    (a, b) => b - a,
  );
  const options = years.map((value) => {
    const summary = overview.years.find((y) => y.year === value);
    return {
      value: String(value),
      label: summary
        ? t('year.placedOption', { year: value, date: format.timestamp(summary.placedAt) })
        : t('year.notPlacedOption', { year: value }),
    };
  });
  const mayPlace = overview.canPlace && overview.placeable.includes(year);
  const start = () =>
    place.mutate(year, {
      onSuccess: ({ jobId: id }) => setJobId(id),
    });
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('year.label')}
          data={options}
          value={String(year)}
          onChange={(value) => value && onYear(Number(value))}
          allowDeselect={false}
          w={{ base: '100%', xs: 320 }}
          data-testid="talent-year"
        />
        {mayPlace && (
          <Button
            onClick={start}
            loading={place.isPending}
            disabled={jobId !== null}
            variant={placed ? 'default' : 'filled'}
          >
            {placed ? t('place.again', { year }) : t('place.first', { year })}
          </Button>
        )}
      </Group>
      {mayPlace && (
        <Text size="xs" c="dimmed" maw={760}>
          {t('place.help')}
        </Text>
      )}
      {place.isError && <ErrorAlert error={place.error} />}
      {jobId && <PlacingProgress jobId={jobId} year={year} onDone={() => setJobId(null)} />}
      {placed ? (
        <Text size="sm">
          {t('year.summary', {
            placed: format.number(placed.placed),
            considered: format.number(placed.considered),
            date: format.timestamp(placed.placedAt),
          })}
        </Text>
      ) : (
        <EmptyMessage title={t('year.notPlaced', { year })}>
          {mayPlace ? t('year.notPlacedAgency') : t('year.notPlacedHelp')}
        </EmptyMessage>
      )}
      {!placed && <TalentSource source={overview.current} />}
    </Stack>
  );
}
