import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, send } from './api-client';
import { queryKeys } from './query-keys';

// POST /api/v1/notifications/read — marks the given notifications read, or all without `ids`.

export function markNotificationsRead(ids?: number[]): Promise<void> {
  return send(api.POST('/api/v1/notifications/read', { body: ids ? { ids } : {} }));
}

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationsRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications.all }),
  });
}
