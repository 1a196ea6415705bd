import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CloseIcon } from '../../../components/icons';
import { UnitMultiSelect } from '../../../components/unit-multi-select';

/** One affirmative group as the form keeps it (numbers as typed). */
export interface AffirmativeGroupValues {
  key: string;
  label: string;
  sexes: string[];
  employeeTypes: string[];
  unitIds: string[];
  golonganRankMax: string | null;
  ageMin: number | string;
}

export const NO_GROUP: AffirmativeGroupValues = {
  key: '',
  label: '',
  sexes: [],
  employeeTypes: [],
  unitIds: [],
  golonganRankMax: null,
  ageMin: '',
};

/** A new group's key from its label (kept once saved: batches name their reserved seats by it). */
export function keyOf(label: string, taken: readonly string[]): string {
  const base =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .replace(/^[^a-z]+/, '')
      .slice(0, 32) || 'kelompok';
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}-${n}`;
  return key;
}

/**
 * The program's affirmative groups, in order (an applicant counts in the first they belong to): who
 * belongs, by sex, PNS/PPPK, units, golongan and age. Each batch then reserves seats for them.
 */
export function AffirmativeGroupsField({
  value,
  onChange,
  golonganOptions,
  error,
}: {
  value: AffirmativeGroupValues[];
  onChange: (groups: AffirmativeGroupValues[]) => void;
  golonganOptions: { value: string; label: string }[];
  error?: string | undefined;
}) {
  const { t } = useTranslation('programs');
  const change = (index: number, patch: Partial<AffirmativeGroupValues>) =>
    onChange(value.map((group, i) => (i === index ? { ...group, ...patch } : group)));
  return (
    <Fieldset legend={t('affirmative.legend')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('affirmative.help')}
        </Text>
        {value.map((group, index) => (
          <Stack key={group.key || `new-${index}`} gap="xs" p="sm" bd="1px solid var(--mantine-color-gray-3)">
            <Group align="flex-end" wrap="nowrap" gap="xs">
              <TextInput
                label={t('affirmative.label', { n: index + 1 })}
                required
                maxLength={100}
                style={{ flex: 1 }}
                value={group.label}
                onChange={(event) => change(index, { label: event.currentTarget.value })}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('affirmative.remove', { label: group.label || index + 1 })}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                <CloseIcon size={18} />
              </ActionIcon>
            </Group>
            <Group grow align="flex-start" wrap="wrap">
              <MultiSelect
                label={t('affirmative.sexes')}
                placeholder={t('form.any')}
                data={[
                  { value: 'F', label: t('affirmative.sex.F') },
                  { value: 'M', label: t('affirmative.sex.M') },
                ]}
                miw={160}
                value={group.sexes}
                onChange={(sexes) => change(index, { sexes })}
              />
              <MultiSelect
                label={t('affirmative.employeeTypes')}
                placeholder={t('form.any')}
                data={['PNS', 'PPPK']}
                miw={160}
                value={group.employeeTypes}
                onChange={(employeeTypes) => change(index, { employeeTypes })}
              />
            </Group>
            <UnitMultiSelect
              label={t('affirmative.units')}
              description={t('affirmative.unitsHelp')}
              placeholder={t('form.any')}
              clearLabel={t('form.any')}
              value={group.unitIds}
              onChange={(unitIds) => change(index, { unitIds })}
            />
            <Group grow align="flex-start" wrap="wrap">
              <Select
                label={t('affirmative.golonganMax')}
                placeholder={t('form.any')}
                data={golonganOptions}
                clearable
                miw={160}
                value={group.golonganRankMax}
                onChange={(golonganRankMax) => change(index, { golonganRankMax })}
              />
              <NumberInput
                label={t('affirmative.ageMin')}
                min={18}
                max={70}
                allowDecimal={false}
                allowNegative={false}
                miw={160}
                value={group.ageMin}
                onChange={(ageMin) => change(index, { ageMin })}
              />
            </Group>
          </Stack>
        ))}
        {error && (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        )}
        {value.length < 5 && (
          <Button
            variant="default"
            size="xs"
            w="fit-content"
            onClick={() => onChange([...value, { ...NO_GROUP }])}
          >
            {t('affirmative.add')}
          </Button>
        )}
      </Stack>
    </Fieldset>
  );
}
