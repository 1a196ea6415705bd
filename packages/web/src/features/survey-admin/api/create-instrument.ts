import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateInstrumentRequest, InstrumentDetail } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';
import { storeInstrument } from './get-instrument';

// POST /api/v1/instruments — the government's own editable copy of a shipped template
// ({templateKey}) or a new questionnaire ({definition}); 201 with it.

export function createInstrument(body: CreateInstrumentRequest): Promise<InstrumentDetail> {
  return apiRequest<InstrumentDetail>('/instruments', { method: 'POST', body });
}

export function useCreateInstrument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInstrument,
    onSuccess: (instrument) => storeInstrument(queryClient, instrument),
  });
}
