import { Skeleton, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';

/**
 * A card's content once its query has answered (the home pages, the national page); a skeleton
 * before, the error with a retry after.
 */
export function QueryContent<T>({
  query,
  height = 96,
  children,
}: {
  query: UseQueryResult<T>;
  height?: number;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Stack gap="xs" aria-busy="true">
        <Text size="sm" c="dimmed" role="status">
          {t('common.loading')}
        </Text>
        <Skeleton h={height} radius="md" />
      </Stack>
    );
  }
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
