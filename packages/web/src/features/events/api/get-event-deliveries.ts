import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EventDeliveryList } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/event-deliveries — deliveries of published events that failed (retrying or given
// up), for the government's tenant-wide admins.

export const eventDeliveriesQueryKey = ['event-deliveries'] as const;

export const eventDeliveriesQuery = queryOptions({
  queryKey: eventDeliveriesQueryKey,
  queryFn: ({ signal }) => apiRequest<EventDeliveryList>('/event-deliveries', { signal }),
});

export function useEventDeliveries() {
  return useQuery(eventDeliveriesQuery);
}
