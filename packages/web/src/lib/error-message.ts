import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api-client';

/** A sentence for the user about a failed request: the server's own words when it sent a problem. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) {
        const problem = error.problem;
        if (problem?.detail) return problem.detail;
        if (problem?.title) return problem.title;
        return error.status >= 500 ? t('errors.server') : t('errors.generic');
      }
      if (error instanceof TypeError) return t('errors.network');
      return t('errors.generic');
    },
    [t],
  );
}
