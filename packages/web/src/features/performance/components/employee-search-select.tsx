import { useTranslation } from 'react-i18next';
import type { EmployeeSummary } from '../../../api/types';
import { SEARCH_MIN_LENGTH, ServerSearchSelect } from '../../../components/server-search-select';
import { useFindEmployees } from '../../../lib/find-employees';

export type PickedEmployee = Pick<EmployeeSummary, 'id' | 'fullName' | 'nipFormatted'>;

const asPicked = (employee: EmployeeSummary): PickedEmployee => employee;
const nameOf = (employee: PickedEmployee) => employee.fullName;
const nipOf = (employee: PickedEmployee) => employee.nipFormatted;

/** One employee of the registry, found by name or NIP: an SKP's employee or its appraiser. */
export function EmployeeSearchSelect({
  value,
  onChange,
  label,
  description,
  placeholder,
  clearLabel,
  error,
}: {
  value: PickedEmployee | null;
  onChange: (employee: PickedEmployee | null) => void;
  label: string;
  description?: string;
  placeholder?: string;
  clearLabel?: string;
  error?: string | null;
}) {
  const { t } = useTranslation('performance');
  return (
    <ServerSearchSelect
      value={value}
      onChange={onChange}
      useMatches={useFindEmployees}
      toItem={asPicked}
      nameOf={nameOf}
      detailOf={nipOf}
      label={label}
      description={description ?? t('picker.help')}
      placeholder={placeholder ?? t('picker.placeholder')}
      clearLabel={clearLabel ?? t('picker.clear')}
      typeMore={t('picker.typeMore', { min: SEARCH_MIN_LENGTH })}
      nothingFound={t('picker.nothingFound')}
      error={error}
    />
  );
}
