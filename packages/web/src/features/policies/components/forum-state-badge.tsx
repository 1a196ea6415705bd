import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ForumSummary } from '../../../api/types';

/** Where a forum is in its life: planned, taking proposals, finished. */
export function ForumStateBadge({ state }: { state: ForumSummary['state'] }) {
  const { t } = useTranslation('forum');
  return (
    <Badge
      variant="light"
      tt="none"
      color={state === 'open' ? 'blue' : state === 'closed' ? 'gray' : 'indigo'}
    >
      {t(`state.${state}`)}
    </Badge>
  );
}
