import { useCallback, useState } from 'react';
import { browserStore, clearDraft, readDraft, writeDraft } from './answer-storage';

/**
 * The answers being given, kept as a draft on this device under `key` (null: not kept) so a
 * respondent who leaves the page finds them again. `restored` tells whether there was a draft.
 */
export function useAnswerDraft(key: string | null) {
  const [initial] = useState(() => (key ? readDraft(browserStore('local'), key) : null));
  const [answers, setAnswers] = useState<Record<string, unknown>>(initial ?? {});

  const change = useCallback(
    (next: Record<string, unknown>) => {
      setAnswers(next);
      if (key) writeDraft(browserStore('local'), key, next);
    },
    [key],
  );
  const clear = useCallback(() => {
    if (key) clearDraft(browserStore('local'), key);
  }, [key]);

  return { answers, change, clear, restored: initial !== null };
}
