import { Button, Group, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PerformanceCycle } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { isApiError } from '../../../lib/api-client';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useNotify } from '../../../lib/use-notify';
import { useOpenSkpFor } from '../api/performance';
import { EmployeeSearchSelect, type PickedEmployee } from './employee-search-select';

interface Errors {
  employee?: string | null;
  appraiser?: string | null;
}

/**
 * Buka SKP pegawai: the agency opens a year's SKP for an employee — one without an account, or
 * whose supervisor the organisation does not give — with the appraiser the organisation gives
 * unless it names one. Once open, its page.
 */
export function OpenSkpDialog({ cycle, onClose }: { cycle: PerformanceCycle; onClose: () => void }) {
  const { t } = useTranslation('performance');
  const notify = useNotify();
  const navigate = useNavigate();
  const open = useOpenSkpFor();
  const [employee, setEmployee] = useState<PickedEmployee | null>(null);
  const [appraiser, setAppraiser] = useState<PickedEmployee | null>(null);
  const [errors, setErrors] = useState<Errors>({});

  const onError = (error: unknown) => {
    const fields = serverFieldErrors(error);
    setErrors({
      employee: fields.employeeId,
      // A 409 without a named appraiser is most often the organisation giving none (noAppraiser);
      // the server's words above say which conflict it was, so the prompt stays conditional.
      appraiser:
        fields.appraiserEmployeeId ??
        (isApiError(error, 409) && appraiser === null ? t('open.appraiserNeeded') : null),
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!employee) {
      setErrors({ employee: t('form.required') });
      return;
    }
    if (appraiser?.id === employee.id) {
      setErrors({ appraiser: t('open.appraiserSelf') });
      return;
    }
    open.mutate(
      { cycleId: cycle.id, employeeId: employee.id, appraiserEmployeeId: appraiser?.id ?? null },
      {
        onSuccess: (skp) => {
          notify({ color: 'teal', message: t('open.opened', { name: employee.fullName, year: cycle.year }) });
          onClose();
          void navigate({ to: '/performance/skp/$skpId', params: { skpId: String(skp.id) } });
        },
        onError,
      },
    );
  };

  return (
    <ResponsiveModal opened onClose={onClose} title={t('open.title', { year: cycle.year })}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {open.isError && <ErrorAlert error={open.error} />}
          <Text size="sm">{t('open.intro', { year: cycle.year })}</Text>
          <EmployeeSearchSelect
            value={employee}
            onChange={(next) => {
              setEmployee(next);
              setErrors({});
            }}
            label={t('open.employee')}
            error={errors.employee}
          />
          <EmployeeSearchSelect
            value={appraiser}
            onChange={(next) => {
              setAppraiser(next);
              setErrors((previous) => ({ ...previous, appraiser: null }));
            }}
            label={t('open.appraiser')}
            description={appraiser ? t('picker.help') : t('open.appraiserAuto')}
            placeholder={t('open.appraiserPlaceholder')}
            clearLabel={t('open.appraiserClear')}
            error={errors.appraiser}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={open.isPending}>
              {t('open.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
