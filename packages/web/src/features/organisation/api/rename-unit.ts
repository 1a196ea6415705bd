import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UnitRecord } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';
import { unitsQueryOptions } from '../../../lib/get-units';

// PATCH /api/v1/units/:id — a new name; 409 when a sibling has it or the unit is closed.

export function renameUnit({ id, name }: { id: number; name: string }): Promise<UnitRecord> {
  return apiRequest<UnitRecord>(`/units/${id}`, { method: 'PATCH', body: { name } });
}

export function useRenameUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: renameUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsQueryOptions.queryKey }),
  });
}
