import { BOX_KEYS, TALENT_RECOMMENDATIONS, TALENT_VIEWERS } from '@jenjang/domain/talent/nine-box.contract';
import { Checkbox, Fieldset, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { BoxGrid, useBandNames } from './box-grid';
import { type TalentFormValues, withBoxNumber } from './talent-settings-values';

const NUMBERS = BOX_KEYS.map((key) => ({ value: key, label: key }));

/**
 * The box numbering as the grid shows it: one number select per box. Choosing a number another
 * box has swaps the two, so the grid always numbers 1–9 once each.
 */
export function BoxNumbersField({ form }: { form: UseFormReturnType<TalentFormValues> }) {
  const { t } = useTranslation('talentSettings');
  const bands = useBandNames();
  const error = form.errors.boxNumbers;
  return (
    <Fieldset legend={t('boxes.legend')} variant="unstyled" p={0}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('boxes.help')}
        </Text>
        <BoxGrid
          label={t('boxes.gridLabel')}
          testId="talent-box-numbers"
          cell={(potential, performance) => (
            <Select
              aria-label={t('boxes.numberFor', bands(potential, performance))}
              data={NUMBERS}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              value={form.values.boxNumbers[potential]?.[performance] ?? null}
              onChange={(chosen) => {
                if (!chosen) return;
                form.setFieldValue(
                  'boxNumbers',
                  withBoxNumber(form.values.boxNumbers, potential, performance, chosen),
                );
                form.clearFieldError('boxNumbers');
              }}
              data-testid={`talent-box-number-${potential}-${performance}`}
            />
          )}
        />
        {error && (
          <Text size="sm" c="red.8" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}

/** Where a box is on the grid, for its fields' legend: 'Potensi tinggi, kinerja di atas ekspektasi'. */
function useCellOf(form: UseFormReturnType<TalentFormValues>) {
  const bands = useBandNames();
  return (box: string) => {
    for (const [potential, row] of form.values.boxNumbers.entries()) {
      const performance = row.indexOf(box);
      if (performance >= 0) return bands(potential, performance);
    }
    return null;
  };
}

/** Each box's short name (optional) and recommendation, box 1 to 9. */
export function BoxDetailsField({ form }: { form: UseFormReturnType<TalentFormValues> }) {
  const { t } = useTranslation('talentSettings');
  const cellOf = useCellOf(form);
  const recommendations = TALENT_RECOMMENDATIONS.map((r) => ({ value: r, label: t(`recommendation.${r}`) }));
  return (
    <Fieldset legend={t('boxes.perBox')} variant="unstyled" p={0}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('boxes.perBoxHelp')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {BOX_KEYS.map((box) => {
            const cell = cellOf(box);
            return (
              <Paper key={box} withBorder radius="md" p="sm" data-testid={`talent-box-${box}`}>
                <Fieldset legend={t('boxes.box', { number: box })} variant="unstyled" p={0}>
                  <Stack gap="xs">
                    {cell && (
                      <Text size="xs" c="dimmed">
                        {t('boxes.boxCell', cell)}
                      </Text>
                    )}
                    <TextInput
                      label={t('boxes.labelFor', { number: box })}
                      maxLength={40}
                      {...form.getInputProps(`boxLabels.${box}`)}
                    />
                    <Select
                      label={t('boxes.recommendationFor', { number: box })}
                      data={recommendations}
                      allowDeselect={false}
                      {...form.getInputProps(`recommendations.${box}`)}
                    />
                  </Stack>
                </Fieldset>
              </Paper>
            );
          })}
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}

/** Who besides the agency and the person placed sees placements. */
export function VisibleToField({ form }: { form: UseFormReturnType<TalentFormValues> }) {
  const { t } = useTranslation('talentSettings');
  return (
    <Checkbox.Group
      label={t('visibleTo.legend')}
      description={t('visibleTo.help')}
      data-testid="talent-visible-to"
      {...form.getInputProps('visibleTo')}
    >
      <Stack gap="xs" mt="xs">
        {TALENT_VIEWERS.map((viewer) => (
          <Checkbox key={viewer} value={viewer} label={t(`visibleTo.${viewer}`)} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
