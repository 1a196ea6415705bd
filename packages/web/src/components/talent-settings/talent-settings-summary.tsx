import { JPM_LABELS } from '@jenjang/domain/competency/competency-gap.rules';
import { PREDIKATS } from '@jenjang/domain/performance/predikat.rules';
import { EDUCATION_LEVELS } from '@jenjang/domain/talent/education-level';
import type { BoxKey, TalentComponent, TalentSettings } from '@jenjang/domain/talent/nine-box.contract';
import { PERFORMANCE_BANDS, POTENTIAL_BANDS } from '@jenjang/domain/talent/nine-box.rules';
import { List, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BoxGrid } from './box-grid';
import { useTalentSettingsWords } from './talent-settings-words';

/**
 * A version's talent settings to read: each axis as sentences (points, components, where the
 * bands begin), the grid with each box's number, name and recommendation, and who sees placements.
 */
export function TalentSettingsSummary({ settings, label }: { settings: TalentSettings; label: string }) {
  const { t } = useTranslation('talentSettings');
  const words = useTalentSettingsWords();
  const { performance: perf, potential: pot } = settings;
  const pairs = (items: [string, number][]) =>
    words.list(items.map(([name, points]) => t('summary.pair', { name, points: words.points(points) })));
  const components = (list: readonly TalentComponent[]) =>
    list.length === 0
      ? t('summary.noComponents')
      : t('summary.components', {
          list: words.list(
            list.map((c) => t(`summary.${c.kind}`, { label: c.label, points: words.points(c.maxPoints) })),
          ),
        });
  const cutoffs = ([low, high]: readonly [number, number], axis: 'performance' | 'potential') => {
    const bands =
      axis === 'performance'
        ? PERFORMANCE_BANDS.map((band) => t(`band.performance.${band}`))
        : POTENTIAL_BANDS.map((band) => t(`band.potential.${band}`));
    return t('summary.cutoffs', {
      low: words.points(low),
      high: words.points(high),
      lowest: bands[0],
      middle: bands[1],
      highest: bands[2],
    });
  };
  const levels = EDUCATION_LEVELS.filter((level) => pot.qualificationPoints[level] !== undefined);
  const other = words.points(pot.otherQualificationPoints);
  const axes = [
    {
      title: t('summary.performanceTitle'),
      lines: [
        t('summary.predikat', {
          list: pairs(PREDIKATS.map((p) => [t(`predikat.${p}`), perf.predikatPoints[p]])),
        }),
        components(perf.components),
        cutoffs(perf.cutoffs, 'performance'),
      ],
    },
    {
      title: t('summary.potentialTitle'),
      lines: [
        t('summary.jpm', { list: pairs(JPM_LABELS.map((j) => [t(`jpm.${j}`), pot.jpmPoints[j]])) }),
        levels.length === 0
          ? t('summary.qualificationOnlyOther', { other })
          : t('summary.qualification', {
              list: pairs(
                levels.map((level) => [t(`education.${level}`), pot.qualificationPoints[level] ?? 0]),
              ),
              other,
            }),
        t('summary.serviceYears', {
          points: words.points(pot.serviceYears.pointsPerYear),
          cap: words.points(pot.serviceYears.cap),
        }),
        t('summary.training', {
          points: words.points(pot.training.pointsPerProgram),
          years: pot.training.windowYears,
          cap: words.points(pot.training.cap),
        }),
        components(pot.components),
        cutoffs(pot.cutoffs, 'potential'),
      ],
    },
  ];
  return (
    <Stack gap="sm" data-testid="talent-settings-summary">
      {axes.map((axis) => (
        <Lines key={axis.title} title={axis.title} lines={axis.lines} />
      ))}
      <Text fw={600} size="sm">
        {t('summary.boxesTitle')}
      </Text>
      <BoxGrid
        label={label}
        cell={(potential, performance) => {
          const number = settings.boxNumbers[potential]?.[performance] ?? 0;
          const key = String(number) as BoxKey;
          return (
            <Stack gap={2}>
              <Text size="sm" fw={700}>
                {words.box(number, settings)}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`recommendation.${settings.recommendations[key]}`)}
              </Text>
            </Stack>
          );
        }}
      />
      <Text size="sm">
        {settings.visibleTo.length === 0
          ? t('summary.visibleToNone')
          : t('summary.visibleTo', {
              list: words.list(settings.visibleTo.map((viewer) => t(`summary.viewer.${viewer}`))),
            })}
      </Text>
    </Stack>
  );
}

function Lines({ title, lines }: { title: string; lines: string[] }) {
  const headingId = useId();
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm" id={headingId}>
        {title}
      </Text>
      <List size="sm" spacing={4} aria-labelledby={headingId}>
        {lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
