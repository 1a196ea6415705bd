import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RetryEventDeliveryRequest } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';
import { eventDeliveriesQueryKey } from './get-event-deliveries';

// POST /api/v1/event-deliveries/retry — a given-up delivery is due again now.

export function useRetryEventDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RetryEventDeliveryRequest) =>
      apiRequest<null>('/event-deliveries/retry', { method: 'POST', body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: eventDeliveriesQueryKey }),
  });
}
