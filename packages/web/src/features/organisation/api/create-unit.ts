import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUnitRequest, UnitRecord } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';
import { unitsQueryOptions } from '../../../lib/get-units';

// POST /api/v1/units — 201 with the unit; 403 outside the admin's reach, 404 parent unknown,
// 409 sibling name taken or parent closed; details come translated.

export function createUnit(body: CreateUnitRequest): Promise<UnitRecord> {
  return apiRequest<UnitRecord>('/units', { method: 'POST', body });
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsQueryOptions.queryKey }),
  });
}
