import { useTranslation } from 'react-i18next';
import type { EmployeeSummary } from '../../../api/types';
import { SEARCH_MIN_LENGTH, ServerSearchSelect } from '../../../components/server-search-select';
import { useFindEmployees } from '../../../lib/find-employees';

export type PickedEmployee = Pick<EmployeeSummary, 'id' | 'fullName' | 'nipFormatted'>;

interface EmployeePickerProps {
  value: PickedEmployee | null;
  onChange: (employee: PickedEmployee | null) => void;
  error?: string | null;
}

const asPicked = (employee: EmployeeSummary): PickedEmployee => employee;
const nameOf = (employee: PickedEmployee) => employee.fullName;
const nipOf = (employee: PickedEmployee) => employee.nipFormatted;

/** Finds the account owner's employee record by name or NIP on the server. */
export function EmployeePicker({ value, onChange, error }: EmployeePickerProps) {
  const { t } = useTranslation('accounts');
  return (
    <ServerSearchSelect
      value={value}
      onChange={onChange}
      useMatches={useFindEmployees}
      toItem={asPicked}
      nameOf={nameOf}
      detailOf={nipOf}
      label={t('create.employee')}
      description={t('create.employeeHint')}
      placeholder={t('create.employeePlaceholder')}
      clearLabel={t('create.clearEmployee')}
      typeMore={t('create.employeeTypeMore', { min: SEARCH_MIN_LENGTH })}
      nothingFound={t('create.employeeNothingFound')}
      error={error}
    />
  );
}
