import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RetryEventDeliveryRequest } from '../../../api/types';
import { api, send } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// POST /api/v1/event-deliveries/retry — a given-up delivery is due again now.

export function retryEventDelivery(body: RetryEventDeliveryRequest) {
  return send(api.POST('/api/v1/event-deliveries/retry', { body }));
}

export function useRetryEventDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryEventDelivery,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.eventDeliveries.all }),
  });
}
