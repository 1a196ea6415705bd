import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUnitRequest } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// POST /api/v1/units — 201 with the unit; 403 outside the admin's reach, 404 parent unknown,
// 409 sibling name taken or parent closed; details come translated.

export function createUnit(body: CreateUnitRequest) {
  return unwrap(api.POST('/api/v1/units', { body }));
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.units.all }),
  });
}
