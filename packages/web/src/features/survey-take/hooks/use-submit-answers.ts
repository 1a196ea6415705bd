import type { Answers } from '@jenjang/domain/surveys/survey-response.rules';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { SurveyMode } from '../../../api/types';
import { isApiError } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { issueBallot } from '../api/issue-ballot';
import { submitAnonymous } from '../api/submit-anonymous';
import { submitResponse } from '../api/submit-response';
import { ballotKey, browserStore, clearBallot, readBallot, writeBallot } from './answer-storage';

interface Wave {
  waveId: number;
  mode: SurveyMode;
}

/** Whether this tab holds an anonymous wave's ballot whose answers have not been accepted yet. */
export function hasPendingBallot(accountId: number, waveId: number): boolean {
  return readBallot(browserStore('session'), ballotKey(accountId, waveId)) !== null;
}

/**
 * Sends an employee's answers: identified waves directly; anonymous waves in two steps, a ballot
 * (signed in) and then the answers with its token alone. The token is kept in this tab until the
 * answers are accepted, so a retry after a network failure or a rejected answer reuses it; a 409
 * means it was used (the answers went through) or is unknown, and it is forgotten.
 */
export function useSubmitAnswers(wave: Wave, accountId: number) {
  const queryClient = useQueryClient();
  // Also in memory, for browsers that refuse sessionStorage.
  const held = useRef<string | null>(null);
  const store = browserStore('session');
  const key = ballotKey(accountId, wave.waveId);

  const sendAnonymous = async (answers: Answers) => {
    let token = held.current ?? readBallot(store, key);
    if (!token) {
      token = (await issueBallot(wave.waveId)).token;
      writeBallot(store, key, token);
    }
    held.current = token;
    try {
      return await submitAnonymous(token, answers);
    } catch (error) {
      if (isApiError(error, 409)) {
        held.current = null;
        clearBallot(store, key);
      }
      throw error;
    }
  };

  return useMutation({
    mutationFn: (answers: Answers) =>
      wave.mode === 'anonymous' ? sendAnonymous(answers) : submitResponse(wave.waveId, answers),
    onSuccess: () => {
      held.current = null;
      clearBallot(store, key);
      void queryClient.invalidateQueries({ queryKey: queryKeys.mySurveys.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.notifications.all });
    },
    onError: (error) => {
      // Already answered, or closed meanwhile: the form says which once reloaded.
      if (isApiError(error, 409))
        void queryClient.invalidateQueries({ queryKey: queryKeys.surveyWaves.form(wave.waveId) });
    },
  });
}
