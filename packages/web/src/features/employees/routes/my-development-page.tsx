import { Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageTitle } from '../../../components/page-title';
import { useEmployee } from '../../../lib/get-employee';
import { useMe } from '../../../lib/session';
import { CompetencySection } from '../components/competency-section';
import { DevelopmentSection } from '../components/development-section';
import { IdpSection } from '../components/idp-section';

/**
 * Pengembangan Saya: what every ASN opens on a phone — their own gaps and JPM, this year's JP and
 * history, and their IDP, which they draft and follow but never agree themselves.
 */
export function MyDevelopmentPage() {
  const { t } = useTranslation('development');
  const me = useMe();
  return (
    <Stack gap="lg">
      <div>
        <PageTitle title={t('my.title')} />
        <Text c="dimmed" size="sm">
          {t('my.intro')}
        </Text>
      </div>
      {me.employeeId === null ? (
        <EmptyMessage title={t('my.noRecord')} />
      ) : (
        <MyDevelopment id={me.employeeId} />
      )}
    </Stack>
  );
}

function MyDevelopment({ id }: { id: number }) {
  const employee = useEmployee(id);
  if (employee.isPending) return <Skeleton h={240} aria-busy="true" />;
  if (employee.isError) return <ErrorAlert error={employee.error} onRetry={() => void employee.refetch()} />;
  return (
    <>
      <CompetencySection employee={employee.data} />
      <DevelopmentSection employee={employee.data} />
      <IdpSection employee={employee.data} />
    </>
  );
}
