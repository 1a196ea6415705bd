import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateInstrumentRequest } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { storeInstrument } from './get-instrument';

// PUT /api/v1/instruments/:id — saves the definition in place, or as version N+1 when the latest
// version is frozen (a wave using it has opened); running waves keep the version they opened with.

export function updateInstrument({ id, ...body }: UpdateInstrumentRequest & { id: number }) {
  return unwrap(api.PUT('/api/v1/instruments/{id}', { params: { path: { id } }, body }));
}

export function useUpdateInstrument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateInstrument,
    onSuccess: (instrument) => storeInstrument(queryClient, instrument),
  });
}
