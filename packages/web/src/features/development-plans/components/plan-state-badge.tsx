import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanState } from '../../../api/types';

const COLORS: Record<PlanState, string> = {
  draft: 'gray',
  proposed: 'blue',
  consolidated: 'grape',
  approved: 'teal',
};

/** The plan's state in words (the colour only repeats it). */
export function PlanStateBadge({ state }: { state: PlanState }) {
  const { t } = useTranslation('development');
  return (
    <Badge color={COLORS[state]} variant="light">
      {t(`state.${state}`)}
    </Badge>
  );
}
