import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PerformanceCycleState, Predikat, SkpState } from '../../../api/types';

// States and predikat in words; the colour only repeats them.

const SKP_COLORS: Record<SkpState, string> = { draft: 'gray', proposed: 'blue', agreed: 'teal' };
const CYCLE_COLORS: Record<PerformanceCycleState, string> = {
  planning: 'blue',
  running: 'teal',
  appraisal: 'grape',
  closed: 'gray',
};

/** Each predikat's colour in the charts, best to worst (a shade strong enough for a bar). */
export const PREDIKAT_COLORS: Record<Predikat, string> = {
  sangat_baik: 'teal.7',
  baik: 'blue.6',
  butuh_perbaikan: 'yellow.6',
  kurang: 'orange.7',
  sangat_kurang: 'red.8',
};

// A badge takes the colour's name only: a light badge of one shade loses its text's contrast.
// Not green: its light text stays below 4.5:1 on its light background (theme.ts).
const PREDIKAT_BADGE_COLORS: Record<Predikat, string> = {
  sangat_baik: 'teal',
  baik: 'blue',
  butuh_perbaikan: 'yellow',
  kurang: 'orange',
  sangat_kurang: 'red',
};

const badgeStyle = { flex: 'none' } as const;

export function SkpStateBadge({ state }: { state: SkpState }) {
  const { t } = useTranslation('performance');
  return (
    <Badge color={SKP_COLORS[state]} variant="light" autoContrast style={badgeStyle}>
      {t(`skpState.${state}`)}
    </Badge>
  );
}

export function CycleStateBadge({ state }: { state: PerformanceCycleState }) {
  const { t } = useTranslation('performance');
  return (
    <Badge color={CYCLE_COLORS[state]} variant="dot" style={badgeStyle}>
      {t(`cycleState.${state}`)}
    </Badge>
  );
}

export function PredikatBadge({ predikat }: { predikat: Predikat }) {
  const { t } = useTranslation('performance');
  return (
    <Badge color={PREDIKAT_BADGE_COLORS[predikat]} variant="light" autoContrast tt="none" style={badgeStyle}>
      {t(`predikat.${predikat}`)}
    </Badge>
  );
}
