import { Stack, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitSelect } from '../../../../components/unit-select';
import { useUnits } from '../../../../lib/get-units';

interface ServiceFieldsProps {
  unitId: number | undefined;
  onUnitChange: (unitId: number | undefined, unitName: string | null) => void;
  unitError?: ReactNode;
  nameProps: GetInputPropsReturnType;
}

/** A public survey's service: the unit giving it (for the report) and the name citizens know it by. */
export function ServiceFields({ unitId, onUnitChange, unitError, nameProps }: ServiceFieldsProps) {
  const { t } = useTranslation('surveyAdmin');
  const units = useUnits();
  return (
    <Stack gap="md">
      <UnitSelect
        label={t('new.service.unit')}
        description={t('new.service.unitHint')}
        placeholder={t('new.service.unitPlaceholder')}
        clearLabel={t('new.service.clearUnit')}
        value={unitId}
        onChange={(next) =>
          onUnitChange(next, units.data?.items.find((unit) => unit.id === next)?.name ?? null)
        }
        error={unitError}
      />
      <TextInput
        label={t('new.service.name')}
        description={t('new.service.nameHint')}
        required
        maxLength={200}
        autoComplete="off"
        {...nameProps}
      />
    </Stack>
  );
}
