import { POSITION_KINDS } from '@jenjang/domain/people/position';
import { Alert, Checkbox, Group, Loader, MultiSelect, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audience, EmployeeType } from '../../../../api/types';
import { UnitMultiSelect } from '../../../../components/unit-multi-select';
import { useDomainLabels } from '../../../../lib/domain-labels';
import { EMPLOYEE_TYPES, useGolonganOptions } from '../../../../lib/employee-options';
import { useErrorMessage } from '../../../../lib/error-message';
import { useFormat } from '../../../../lib/use-format';
import { useAudiencePreview } from '../../api/preview-audience';

const DEBOUNCE_MS = 400;

export interface AudienceFields {
  unitIds: string[];
  positionKinds: string[];
  golongan: string[];
  employeeTypes: EmployeeType[];
}

interface AudienceBuilderProps {
  value: AudienceFields;
  onChange: (patch: Partial<AudienceFields>) => void;
  errors: Partial<Record<keyof AudienceFields, ReactNode>>;
  audience: Audience;
  /** For anonymous surveys: the group minimum, to warn when fewer would be invited. */
  minGroupSize: number | null;
}

/** Who is invited: employees matching every criterion given, with a live count. */
export function AudienceBuilder({ value, onChange, errors, audience, minGroupSize }: AudienceBuilderProps) {
  const { t } = useTranslation('surveyAdmin');
  const labels = useDomainLabels();
  const golonganData = useGolonganOptions();

  return (
    <Stack gap="md">
      <Text size="sm">{t('new.audience.intro')}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <UnitMultiSelect
          label={t('new.audience.units')}
          description={t('new.audience.unitsHint')}
          placeholder={t('new.audience.allUnits')}
          clearLabel={t('new.audience.clearUnits')}
          value={value.unitIds}
          onChange={(unitIds) => onChange({ unitIds })}
          error={errors.unitIds}
        />
        <MultiSelect
          label={t('new.audience.positionKinds')}
          description={t('new.audience.anyHint')}
          placeholder={value.positionKinds.length === 0 ? t('new.audience.all') : undefined}
          data={POSITION_KINDS.map((kind) => ({ value: kind, label: labels.positionKind(kind) }))}
          value={value.positionKinds}
          onChange={(positionKinds) => onChange({ positionKinds })}
          clearable
          clearButtonProps={{ 'aria-label': t('new.audience.clearPositionKinds') }}
          error={errors.positionKinds}
        />
        <MultiSelect
          label={t('new.audience.golongan')}
          description={t('new.audience.anyHint')}
          placeholder={value.golongan.length === 0 ? t('new.audience.all') : undefined}
          data={golonganData}
          value={value.golongan}
          onChange={(next) => onChange({ golongan: next })}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('new.audience.clearGolongan') }}
          nothingFoundMessage={t('new.audience.nothingFound')}
          maxDropdownHeight={280}
          error={errors.golongan}
        />
        <Checkbox.Group
          label={t('new.audience.employeeTypes')}
          description={t('new.audience.employeeTypesHint')}
          value={value.employeeTypes}
          onChange={(next) =>
            onChange({ employeeTypes: EMPLOYEE_TYPES.filter((type) => next.includes(type)) })
          }
          error={errors.employeeTypes}
        >
          <Group gap="lg" mt="xs">
            {EMPLOYEE_TYPES.map((type) => (
              <Checkbox key={type} value={type} label={labels.employeeType(type)} />
            ))}
          </Group>
        </Checkbox.Group>
      </SimpleGrid>
      <AudienceCount audience={audience} minGroupSize={minGroupSize} />
    </Stack>
  );
}

/** The number of active employees the criteria name now, recounted a moment after each change. */
function AudienceCount({ audience, minGroupSize }: { audience: Audience; minGroupSize: number | null }) {
  const { t } = useTranslation('surveyAdmin');
  const format = useFormat();
  const message = useErrorMessage();
  const [debounced] = useDebouncedValue(audience, DEBOUNCE_MS);
  const preview = useAudiencePreview(debounced);
  const count = preview.data?.count;
  const tooFew = count !== undefined && minGroupSize !== null && count > 0 && count < minGroupSize;

  return (
    <Stack gap="xs">
      <Paper withBorder radius="md" p="md" bg="gray.0">
        <Group gap="sm" wrap="nowrap" justify="space-between">
          <Text fw={600} aria-live="polite" data-testid="audience-count">
            {preview.isError
              ? message(preview.error)
              : count === undefined
                ? t('new.audience.counting')
                : t('new.audience.count', { count, formatted: format.number(count) })}
          </Text>
          {preview.isFetching && <Loader size="xs" role="status" aria-label={t('new.audience.counting')} />}
        </Group>
        <Text size="xs" c="dimmed" mt={4}>
          {t('new.audience.countHint')}
        </Text>
      </Paper>
      {count === 0 && (
        <Alert color="orange" variant="light" title={t('new.audience.noneTitle')}>
          {t('new.audience.none')}
        </Alert>
      )}
      {tooFew && (
        <Alert color="orange" variant="light" title={t('new.audience.tooFewTitle')}>
          {t('new.audience.tooFew', { k: minGroupSize })}
        </Alert>
      )}
    </Stack>
  );
}
