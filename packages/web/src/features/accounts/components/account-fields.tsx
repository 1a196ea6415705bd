import { Select, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../api/types';
import { UnitSelect } from '../../../components/unit-select';
import { useDomainLabels } from '../../../lib/domain-labels';
import { useMe } from '../../../lib/session';
import { DISPLAY_NAME_MAX_LENGTH, grantableRoles, isValidEmail, mustScope } from './account-rules';
import type { PickedEmployee } from './employee-picker';

// What creating and changing an account have in common: the same fields, checked the same way.

export interface AccountFieldValues {
  displayName: string;
  email: string;
  role: Role;
  scopeUnitId: number | undefined;
  employee: PickedEmployee | null;
}

/** The checks of the shared fields, for `useForm`'s `validate`. */
export function useAccountFieldRules() {
  const { t } = useTranslation('accounts');
  const me = useMe();
  return {
    displayName: (value: string) => {
      const name = value.trim();
      if (name === '') return t('create.displayNameRequired');
      if (name.length > DISPLAY_NAME_MAX_LENGTH)
        return t('create.displayNameTooLong', { max: DISPLAY_NAME_MAX_LENGTH });
      return null;
    },
    email: (value: string) => (isValidEmail(value) ? null : t('create.emailInvalid')),
    scopeUnitId: (value: number | undefined, values: { role: Role }) =>
      mustScope(me, values.role) && value === undefined
        ? me.scopeUnit
          ? t('edit.unitRequiredScoped')
          : t('create.unitRequired')
        : null,
  };
}

/**
 * E-mail, role and unit. Only roles the user may give; a user limited to one unit gives accounts
 * limited to it, so the unit is then required.
 */
export function AccountAccessFields({ form }: { form: UseFormReturnType<AccountFieldValues> }) {
  const { t } = useTranslation('accounts');
  const labels = useDomainLabels();
  const me = useMe();
  const roles = grantableRoles(me);
  const unitRequired = mustScope(me, form.values.role);
  return (
    <>
      <TextInput
        type="email"
        label={t('create.email')}
        description={t('create.emailHint')}
        autoComplete="off"
        {...form.getInputProps('email')}
      />
      <Select
        label={t('create.role')}
        data={roles.map((role) => ({ value: role, label: labels.role(role) }))}
        value={form.values.role}
        onChange={(value) => {
          const role = roles.find((option) => option === value);
          if (role) form.setFieldValue('role', role);
          form.clearFieldError('scopeUnitId');
        }}
        allowDeselect={false}
        required
      />
      <UnitSelect
        label={t('create.unit')}
        description={unitRequired ? t('create.unitHintRequired') : t('create.unitHint')}
        placeholder={unitRequired ? t('create.unitPlaceholderRequired') : t('create.unitPlaceholder')}
        clearLabel={t('create.clearUnit')}
        required={unitRequired}
        value={form.values.scopeUnitId}
        onChange={(unitId) => form.setFieldValue('scopeUnitId', unitId)}
        error={form.errors.scopeUnitId}
      />
    </>
  );
}
