import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CloseIcon } from '../icons';
import { newRowId, type TalentFormValues } from './talent-settings-values';

/** What a NumberInput of points takes: 0–100 with two decimals, checked by the contract, not clamped. */
export const POINTS_INPUT = {
  min: 0,
  max: 100,
  decimalScale: 2,
  allowNegative: false,
  clampBehavior: 'none',
} as const;

const MAX_COMPONENTS = 10;

/**
 * An axis's own scored items (innovation, achievements, a discipline penalty…): each its key,
 * name, most points and kind; added and removed, up to ten.
 */
export function ComponentsField({
  form,
  axis,
}: {
  form: UseFormReturnType<TalentFormValues>;
  axis: 'performance' | 'potential';
}) {
  const { t } = useTranslation('talentSettings');
  const path = `${axis}.components` as const;
  const list = form.values[axis].components;
  const listError = form.errors[path];
  return (
    <Fieldset
      legend={t('components.legend')}
      variant="unstyled"
      p={0}
      data-testid={`talent-${axis}-components`}
    >
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('components.help')}
        </Text>
        {list.length === 0 && <Text size="sm">{t('components.none')}</Text>}
        {list.map((component, index) => {
          const name = component.label.trim() || t('components.unnamed');
          return (
            <Paper key={component.rowId} withBorder radius="md" p="sm">
              <Fieldset legend={t('components.row', { index: index + 1 })} variant="unstyled" p={0}>
                <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
                  <TextInput
                    label={t('components.label')}
                    maxLength={80}
                    {...form.getInputProps(`${path}.${index}.label`)}
                  />
                  <TextInput
                    label={t('components.key')}
                    description={t('components.keyHelp')}
                    maxLength={40}
                    autoCapitalize="none"
                    spellCheck={false}
                    {...form.getInputProps(`${path}.${index}.key`)}
                  />
                  <NumberInput
                    label={t('components.maxPoints')}
                    {...POINTS_INPUT}
                    {...form.getInputProps(`${path}.${index}.maxPoints`)}
                  />
                  <Group gap="xs" align="flex-end" wrap="nowrap">
                    <Select
                      label={t('components.kind')}
                      data={[
                        { value: 'bonus', label: t('components.bonus') },
                        { value: 'penalty', label: t('components.penalty') },
                      ]}
                      allowDeselect={false}
                      style={{ flex: 1 }}
                      {...form.getInputProps(`${path}.${index}.kind`)}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      mb={2}
                      aria-label={t('components.remove', { name })}
                      onClick={() => form.removeListItem(path, index)}
                    >
                      <CloseIcon size={18} />
                    </ActionIcon>
                  </Group>
                </SimpleGrid>
              </Fieldset>
            </Paper>
          );
        })}
        {listError && (
          <Text size="sm" c="red.8" role="alert">
            {listError}
          </Text>
        )}
        <Group>
          <Button
            size="xs"
            variant="light"
            disabled={list.length >= MAX_COMPONENTS}
            onClick={() =>
              form.insertListItem(path, {
                rowId: newRowId(),
                key: '',
                label: '',
                maxPoints: '',
                kind: 'bonus',
              })
            }
          >
            {t('components.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
