import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgramApplication, ProgramState } from '../../../api/types';

const COLORS: Record<ProgramState, string> = {
  draft: 'gray',
  open: 'blue',
  closed: 'grape',
  selected: 'teal',
  completed: 'dark',
  cancelled: 'red',
};

/** The program's state in words (the colour only repeats it). */
export function ProgramStateBadge({ state }: { state: ProgramState }) {
  const { t } = useTranslation('programs');
  return (
    <Badge color={COLORS[state]} variant="light">
      {t(`state.${state}`)}
    </Badge>
  );
}

const APPLICATION_COLORS: Record<ProgramApplication['state'], string> = {
  applied: 'blue',
  selected: 'teal',
  waitlisted: 'orange',
  notSelected: 'gray',
  withdrawn: 'gray',
};

/** An application's state in words. */
export function ApplicationStateBadge({ state }: { state: ProgramApplication['state'] }) {
  const { t } = useTranslation('programs');
  return (
    <Badge color={APPLICATION_COLORS[state]} variant="light">
      {t(`application.state.${state}`)}
    </Badge>
  );
}
