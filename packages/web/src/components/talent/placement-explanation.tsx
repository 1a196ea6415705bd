import { Badge, Group, List, Paper, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TalentPlacement, TalentScoreLine } from '../../api/types';
import { useFormat } from '../../lib/use-format';
import { RECOMMENDATION_COLORS } from './nine-box-grid';
import { type TalentWords, useTalentWords } from './talent-words';

/**
 * Why a person sits in their box: the box and what it suggests (or why there is none), then each
 * axis with every line that added to its score, the band cut-offs it was measured against and the
 * formula, all under the settings that placed the year.
 */
export function PlacementExplanation({
  placement,
  headingOrder = 3,
}: {
  placement: TalentPlacement;
  headingOrder?: TitleOrder;
}) {
  const { t } = useTranslation('talent');
  const words = useTalentWords();
  const format = useFormat();
  const { performance, potential, settings } = placement;
  return (
    <Stack gap="md" data-testid="talent-why">
      <PlacementResult placement={placement} />
      <AxisLines
        title={t('why.performance', {
          score: words.number(performance.score),
          band: performance.band ? words.performanceBand(performance.band) : t('why.noBand'),
        })}
        lines={performance.lines}
        cutoffs={settings.performance.cutoffs}
        bands={[
          words.performanceBand('below'),
          words.performanceBand('meets'),
          words.performanceBand('above'),
        ]}
        formula={t('why.performanceFormula')}
        headingOrder={headingOrder}
        words={words}
      />
      <AxisLines
        title={t('why.potential', {
          score: words.number(potential.score),
          band: potential.band ? words.potentialBand(potential.band) : t('why.noBand'),
        })}
        lines={potential.lines}
        cutoffs={settings.potential.cutoffs}
        bands={[words.potentialBand('low'), words.potentialBand('middle'), words.potentialBand('high')]}
        formula={t('why.potentialFormula')}
        headingOrder={headingOrder}
        words={words}
      />
      <Text size="sm" c="dimmed">
        {t('why.boxFormula')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('why.placedAt', { date: format.timestamp(placement.placedAt) })}
      </Text>
    </Stack>
  );
}

/** The box and its recommendation, or the reasons there is no box. */
export function PlacementResult({
  placement,
}: {
  placement: Pick<TalentPlacement, 'box' | 'label' | 'recommendation' | 'reasons'>;
}) {
  const { t } = useTranslation('talent');
  const words = useTalentWords();
  if (placement.box === null) {
    return (
      <Stack gap={4}>
        <Text fw={600}>{t('why.unplaced')}</Text>
        <List size="sm" spacing={2}>
          {placement.reasons.map((reason) => (
            <List.Item key={reason}>{words.reason(reason)}</List.Item>
          ))}
        </List>
      </Stack>
    );
  }
  return (
    <Group gap="sm" align="center">
      <Text fw={700} size="lg" data-testid="talent-box">
        {words.box(placement.box, placement.label)}
      </Text>
      {placement.recommendation && (
        <Badge
          color={`${RECOMMENDATION_COLORS[placement.recommendation]}.1`}
          c="dark.9"
          variant="filled"
          tt="none"
        >
          {words.recommendation(placement.recommendation)}
        </Badge>
      )}
    </Group>
  );
}

function AxisLines({
  title,
  lines,
  cutoffs,
  bands,
  formula,
  headingOrder,
  words,
}: {
  title: string;
  lines: readonly TalentScoreLine[];
  cutoffs: readonly number[];
  bands: readonly [string, string, string];
  formula: string;
  headingOrder: TitleOrder;
  words: TalentWords;
}) {
  const { t } = useTranslation('talent');
  const [low = 0, high = 0] = cutoffs;
  return (
    <Paper withBorder radius="md" p="sm">
      <Stack gap={6}>
        <Title order={headingOrder} size="h5">
          {title}
        </Title>
        <List size="sm" spacing={4} listStyleType="none" pl={0}>
          {lines.map((line) => (
            <List.Item key={`${line.key}-${line.component ?? ''}`}>
              <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {words.line(line)}
                </Text>
                <Text size="sm" fw={600} style={{ flex: 'none', fontVariantNumeric: 'tabular-nums' }}>
                  {words.points(line.points)}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
        <Text size="xs" c="dimmed">
          {t('why.cutoffs', {
            low: words.number(low),
            high: words.number(high),
            lowBand: bands[0],
            middleBand: bands[1],
            highBand: bands[2],
          })}
        </Text>
        <Text size="xs" c="dimmed">
          {formula}
        </Text>
      </Stack>
    </Paper>
  );
}
