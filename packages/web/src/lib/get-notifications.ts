import { queryOptions, useQuery } from '@tanstack/react-query';
import type { NotificationList } from '../api/types';
import { apiRequest } from './api-client';

// GET /api/v1/notifications — the signed-in account's latest notifications (survey invitations
// and reminders) and how many are unread.

export const notificationsQueryKey = ['notifications'] as const;
const POLL_MS = 60_000;

export function getNotifications(signal?: AbortSignal): Promise<NotificationList> {
  return apiRequest<NotificationList>('/notifications', { signal });
}

export const notificationsQueryOptions = queryOptions({
  queryKey: notificationsQueryKey,
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
