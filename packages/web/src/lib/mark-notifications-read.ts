import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import { notificationsQueryKey } from './get-notifications';

// POST /api/v1/notifications/read — marks the given notifications read, or all without `ids`.

export function markNotificationsRead(ids?: number[]): Promise<void> {
  return apiRequest<void>('/notifications/read', { method: 'POST', body: ids ? { ids } : {} });
}

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationsRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  });
}
