import { Skeleton, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageTitle } from '../../../components/page-title';
import { useNationalEmployees } from '../api/get-national-employees';
import { useNationalIkm } from '../api/get-national-ikm';
import { useNationalParticipation } from '../api/get-national-participation';
import { EmployeesCard } from '../components/employees-card';
import { IkmCard } from '../components/ikm-card';
import { NationalFigures } from '../components/national-figures';
import { ParticipationCard } from '../components/participation-card';

/**
 * The home of a national viewer (role nasional): figures across governments, never a person's
 * record; the server hides every group under k and whatever would reveal one.
 */
export function NationalPage() {
  const { t } = useTranslation('national');
  const employees = useNationalEmployees();
  const ikm = useNationalIkm();
  const participation = useNationalParticipation();
  const count = employees.data?.governments.length;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle title={t('title')} />
        {employees.data && (
          <Text c="dimmed">{count === 0 ? t('introNone') : t('intro', { count, k: employees.data.k })}</Text>
        )}
      </Stack>
      <Loaded query={employees} height={96}>
        {(data) => <NationalFigures totals={data.totals} />}
      </Loaded>
      <Loaded query={employees}>{(data) => <EmployeesCard data={data} />}</Loaded>
      <Loaded query={ikm}>{(data) => <IkmCard data={data} />}</Loaded>
      <Loaded query={participation}>{(data) => <ParticipationCard data={data} />}</Loaded>
    </Stack>
  );
}

/** A card's data: a placeholder while it loads, the error with a retry, else the card. */
function Loaded<T>({
  query,
  height = 320,
  children,
}: {
  query: UseQueryResult<T>;
  height?: number;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Stack gap={4} aria-busy="true">
        <Text role="status" c="dimmed" size="sm">
          {t('common.loading')}
        </Text>
        <Skeleton h={height} />
      </Stack>
    );
  }
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
