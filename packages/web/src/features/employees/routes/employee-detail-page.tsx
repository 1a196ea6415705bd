import { Anchor, Button, Group, Skeleton, Stack } from '@mantine/core';
import { getRouteApi, useCanGoBack, useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { NotFoundMessage } from '../../../components/not-found';
import { PageTitle, useTitle } from '../../../components/page-title';
import { AnchorLink } from '../../../components/router-links';
import { isApiError } from '../../../lib/api-client';
import { useEmployee } from '../../../lib/get-employee';
import { useGolongan } from '../../../lib/get-golongan';
import { useCan } from '../../../lib/session';
import { CompetencySection } from '../components/competency-section';
import { CorrectEmployeeDialog } from '../components/correct-employee-dialog';
import { DevelopmentSection } from '../components/development-section';
import { EmployeeBadges, EmployeeProfile } from '../components/employee-profile';
import { IdpSection } from '../components/idp-section';

const route = getRouteApi('/_authed/employees/$employeeId');

export function EmployeeDetailPage() {
  const { employeeId } = route.useParams();
  const id = Number(employeeId);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundMessage />;
  return <EmployeeDetail id={id} />;
}

function EmployeeDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const employee = useEmployee(id);
  const golongan = useGolongan();
  const canCorrect = useCan('employee.write');
  const [correcting, setCorrecting] = useState(false);
  useTitle(employee.data?.fullName ?? t('employees.detail.title'));

  if (isApiError(employee.error, 404) || isApiError(employee.error, 403)) {
    return (
      <NotFoundMessage title={t('employees.detail.notFound')} body={t('employees.detail.notFoundBody')} />
    );
  }

  return (
    <Stack gap="lg">
      <BackLink />
      {employee.isPending && (
        <Stack gap="md" aria-busy="true">
          <Skeleton h={36} w="60%" />
          <Skeleton h={240} />
        </Stack>
      )}
      {employee.isError && <ErrorAlert error={employee.error} onRetry={() => void employee.refetch()} />}
      {employee.data && (
        <>
          <Group justify="space-between" align="flex-start" gap="sm">
            <Stack gap="xs">
              <PageTitle title={employee.data.fullName} />
              <EmployeeBadges employee={employee.data} />
            </Stack>
            {canCorrect && (
              <Button variant="default" onClick={() => setCorrecting(true)}>
                {t('employees.correct.open')}
              </Button>
            )}
          </Group>
          <EmployeeProfile employee={employee.data} golongan={golongan.data?.items} />
          <CompetencySection employee={employee.data} />
          <DevelopmentSection employee={employee.data} />
          <IdpSection employee={employee.data} />
          {correcting && (
            <CorrectEmployeeDialog
              employee={employee.data}
              onClose={() => setCorrecting(false)}
              onReload={() => void employee.refetch()}
            />
          )}
        </>
      )}
    </Stack>
  );
}

/** Back to where the user came from (the list keeps its query, filters and page), else to the list. */
function BackLink() {
  const { t } = useTranslation();
  const router = useRouter();
  const canGoBack = useCanGoBack();
  const canList = useCan('employee.read');
  if (canGoBack) {
    return (
      <Anchor
        component="button"
        type="button"
        size="sm"
        style={{ alignSelf: 'flex-start' }}
        onClick={() => router.history.back()}
      >
        ← {t('common.back')}
      </Anchor>
    );
  }
  if (!canList) return null;
  return (
    <AnchorLink to="/employees" size="sm" style={{ alignSelf: 'flex-start' }}>
      ← {t('employees.detail.toList')}
    </AnchorLink>
  );
}
