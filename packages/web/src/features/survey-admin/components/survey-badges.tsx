import { Badge } from '@mantine/core';
import type { SurveyMode, WaveStatus } from '../../../api/types';
import { useSurveyLabels } from './survey-labels';

const MODE_COLORS: Record<SurveyMode, string> = { identified: 'indigo', anonymous: 'violet', public: 'cyan' };
const STATE_COLORS: Record<WaveStatus, string> = {
  draft: 'gray',
  scheduled: 'blue',
  open: 'teal',
  closed: 'dark',
};

export function ModeBadge({ mode, size = 'sm' }: { mode: SurveyMode; size?: 'xs' | 'sm' | 'md' }) {
  const labels = useSurveyLabels();
  return (
    <Badge size={size} variant="light" color={MODE_COLORS[mode]} w="max-content" tt="none">
      {labels.mode(mode)}
    </Badge>
  );
}

export function WaveStateBadge({ state, size = 'sm' }: { state: WaveStatus; size?: 'xs' | 'sm' | 'md' }) {
  const labels = useSurveyLabels();
  return (
    <Badge size={size} variant="light" color={STATE_COLORS[state]} w="max-content" tt="none">
      {labels.state(state)}
    </Badge>
  );
}
