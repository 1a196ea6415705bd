import { ROLES } from '@jenjang/domain/shared/access';
import { Button, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UnitSelect } from '../../../components/unit-select';
import { useDomainLabels } from '../../../lib/domain-labels';
import { ACCOUNT_STATUSES, type AccountsSearch, type PasswordState } from '../routes/accounts-search';

interface AccountFiltersProps {
  search: AccountsSearch;
  onChange: (patch: Partial<AccountsSearch>) => void;
}

/** Role, status, unit (with the units below it) and whether a password has been set. */
export function AccountFilters({ search, onChange }: AccountFiltersProps) {
  const { t } = useTranslation('accounts');
  const labels = useDomainLabels();
  const clear = (name: string) => ({ 'aria-label': t('filters.clearOne', { filter: name }) });
  const active = [search.role, search.status, search.unitId, search.password].some((v) => v !== undefined);

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="sm">
      <Select
        label={t('filters.role')}
        placeholder={t('filters.all')}
        data={ROLES.map((role) => ({ value: role, label: labels.role(role) }))}
        value={search.role ?? null}
        onChange={(value) => onChange({ role: ROLES.find((role) => role === value) })}
        clearable
        clearButtonProps={clear(t('filters.role'))}
      />
      <Select
        label={t('filters.status')}
        placeholder={t('filters.all')}
        data={ACCOUNT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        value={search.status ?? null}
        onChange={(value) => onChange({ status: ACCOUNT_STATUSES.find((status) => status === value) })}
        clearable
        clearButtonProps={clear(t('filters.status'))}
      />
      <UnitSelect
        label={t('filters.unit')}
        description={t('filters.unitHint')}
        placeholder={t('filters.allUnits')}
        clearLabel={t('filters.clearUnit')}
        value={search.unitId}
        onChange={(unitId) => onChange({ unitId })}
      />
      <Select
        label={t('filters.password')}
        placeholder={t('filters.all')}
        data={[
          { value: 'set', label: t('filters.passwordSet') },
          { value: 'waiting', label: t('filters.passwordWaiting') },
        ]}
        value={search.password ?? null}
        onChange={(value) => onChange({ password: (value ?? undefined) as PasswordState | undefined })}
        clearable
        clearButtonProps={clear(t('filters.password'))}
      />
      {active && (
        <Button
          variant="subtle"
          style={{ justifySelf: 'start' }}
          onClick={() =>
            onChange({ role: undefined, status: undefined, unitId: undefined, password: undefined })
          }
        >
          {t('filters.reset')}
        </Button>
      )}
    </SimpleGrid>
  );
}
