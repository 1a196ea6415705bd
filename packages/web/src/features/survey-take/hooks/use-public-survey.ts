import { useCallback, useEffect, useRef, useState } from 'react';
import type { WaveForm } from '../../../api/types';
import { isApiError } from '../../../lib/api-client';
import type { Early } from '../../../lib/early';
import { getPublicSurvey } from '../api/get-public-survey';
import { type PublicResponse, submitPublicResponse } from '../api/submit-public-response';

// The citizen's survey page asks for one form and sends one answer: two plain hooks over the
// typed client instead of TanStack Query's cache (7 KB gzip of a page that must start in 120 KB),
// with the same behaviour the page had with it: failures other than 404 retried twice (1 s, then
// 2 s later: a weak signal at the counter), the form kept on screen while it is asked again.

export type Loaded<Data> =
  | { status: 'pending'; data?: undefined; error?: undefined }
  | { status: 'error'; data?: Data; error: unknown }
  | { status: 'success'; data: Data; error?: undefined };

const RETRIES = 2;

/** Whether a failure is worth another try: an unknown code stays unknown. */
const retryable = (error: unknown) => !isApiError(error, 404);

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  });

/**
 * The public survey's current wave; `reload` asks again (after a 409, say), keeping the form
 * meanwhile. `first` is the answer to the page's entry's request (survey-entry.tsx), taken as the
 * first try: shown at once when it is already in.
 */
export function usePublicSurvey(
  code: string,
  first?: Early<WaveForm>,
): Loaded<WaveForm> & { reload: () => void } {
  const [state, setState] = useState<Loaded<WaveForm>>(() =>
    first?.value ? { status: 'success', data: first.value } : { status: 'pending' },
  );
  const [round, setRound] = useState(0);

  useEffect(() => {
    const early = round === 0 ? first : undefined;
    if (early?.value) return;
    const abort = new AbortController();
    const ask = async () => {
      for (let failures = 0; ; failures++) {
        try {
          const data = await (early && failures === 0 ? early.promise : getPublicSurvey(code, abort.signal));
          if (!abort.signal.aborted) setState({ status: 'success', data });
          return;
        } catch (error) {
          if (abort.signal.aborted) return;
          if (failures >= RETRIES || !retryable(error)) {
            setState((current) => ({ status: 'error', data: current.data, error }));
            return;
          }
          await pause(1000 * 2 ** failures, abort.signal);
          if (abort.signal.aborted) return;
        }
      }
    };
    void ask();
    return () => abort.abort();
  }, [code, round, first]);

  const reload = useCallback(() => setRound((current) => current + 1), []);
  return { ...state, reload };
}

export interface Submission {
  isPending: boolean;
  isSuccess: boolean;
  isError: boolean;
  error: unknown;
  submit: (
    response: PublicResponse,
    then: { onSuccess: () => void; onError: (error: unknown) => void },
  ) => void;
}

/** Sends the citizen's answers, once at a time; never retried (a second answer would be refused). */
export function useSubmitPublicResponse(): Submission {
  const [state, setState] = useState<{ status: 'idle' | 'pending' | 'success' | 'error'; error: unknown }>({
    status: 'idle',
    error: null,
  });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const submit = useCallback<Submission['submit']>((response, then) => {
    setState({ status: 'pending', error: null });
    submitPublicResponse(response).then(
      () => {
        if (!mounted.current) return;
        then.onSuccess();
        setState({ status: 'success', error: null });
      },
      (error: unknown) => {
        if (!mounted.current) return;
        then.onError(error);
        setState({ status: 'error', error });
      },
    );
  }, []);

  return {
    isPending: state.status === 'pending',
    isSuccess: state.status === 'success',
    isError: state.status === 'error',
    error: state.error,
    submit,
  };
}
