import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/event-deliveries — deliveries of published events that failed (retrying or given
// up), for the government's tenant-wide admins.

export function getEventDeliveries(signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/event-deliveries', { signal }));
}

export const eventDeliveriesQuery = queryOptions({
  queryKey: queryKeys.eventDeliveries.all,
  queryFn: ({ signal }) => getEventDeliveries(signal),
});

export function useEventDeliveries() {
  return useQuery(eventDeliveriesQuery);
}
