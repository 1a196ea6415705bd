import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api-client';
import { queryKeys } from './query-keys';

// GET /api/v1/notifications — the signed-in account's latest notifications (survey invitations
// and reminders) and how many are unread.

const POLL_MS = 60_000;

export function getNotifications(signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/notifications', { signal }));
}

export const notificationsQueryOptions = queryOptions({
  queryKey: queryKeys.notifications.all,
  queryFn: ({ signal }) => getNotifications(signal),
  // Polled while the tab is visible (TanStack Query pauses the interval in a hidden tab) and
  // fetched again when the user comes back to it.
  refetchInterval: POLL_MS,
  refetchIntervalInBackground: false,
  staleTime: 30_000,
});

export function useNotifications() {
  return useQuery(notificationsQueryOptions);
}
