import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssessmentRequest } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// POST /api/v1/employees/:id/assessments — one assessment, kept in the history for good; 400 with
// field errors (a day after today, a competency not in the dictionary), 409 when the very same
// assessment is already recorded, 403 outside a supervisor's subtree.

export function useRecordAssessment(employeeId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssessmentRequest) =>
      unwrap(api.POST('/api/v1/employees/{id}/assessments', { params: { path: { id: employeeId } }, body })),
    onSuccess: () => {
      // An assessed competency can no longer be removed from the dictionary.
      void queryClient.invalidateQueries({ queryKey: queryKeys.competencies.all });
      return queryClient.invalidateQueries({ queryKey: queryKeys.employees.competencies(employeeId) });
    },
  });
}
