import { Badge } from '@mantine/core';
import type { SuccessorReadiness } from '../../api/types';
import { useTalentWords } from './talent-words';

// The contract's SUCCESSOR_READINESS, soonest first, without the contract's zod in the page's chunk.
export const READINESS = ['now', 'soon', 'later'] as const satisfies readonly SuccessorReadiness[];

/** A colour per readiness, light enough for dark text; the words say it too. */
const READINESS_COLORS: Record<SuccessorReadiness, string> = {
  now: 'teal',
  soon: 'blue',
  later: 'gray',
};

/** How soon a successor would be ready, as a badge: "Siap sekarang", "Siap 1–2 tahun", … */
export function ReadinessBadge({ readiness }: { readiness: SuccessorReadiness }) {
  const words = useTalentWords();
  return (
    <Badge color={`${READINESS_COLORS[readiness]}.1`} c="dark.9" variant="filled" tt="none" size="sm">
      {words.readiness(readiness)}
    </Badge>
  );
}
