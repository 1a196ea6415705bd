import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InstrumentDetail, UpdateInstrumentRequest } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';
import { storeInstrument } from './get-instrument';

// PUT /api/v1/instruments/:id — saves the definition in place, or as version N+1 when the latest
// version is frozen (a wave using it has opened); running waves keep the version they opened with.

export function updateInstrument({
  id,
  ...body
}: UpdateInstrumentRequest & { id: number }): Promise<InstrumentDetail> {
  return apiRequest<InstrumentDetail>(`/instruments/${id}`, { method: 'PUT', body });
}

export function useUpdateInstrument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateInstrument,
    onSuccess: (instrument) => storeInstrument(queryClient, instrument),
  });
}
