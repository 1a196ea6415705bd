import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateInstrumentRequest } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { storeInstrument } from './get-instrument';

// POST /api/v1/instruments — the government's own editable copy of a shipped template
// ({templateKey}) or a new questionnaire ({definition}); 201 with it.

export function createInstrument(body: CreateInstrumentRequest) {
  return unwrap(api.POST('/api/v1/instruments', { body }));
}

export function useCreateInstrument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInstrument,
    onSuccess: (instrument) => storeInstrument(queryClient, instrument),
  });
}
