import { zoneAbbreviation } from '@jenjang/domain/shared/time-zone';
import { krejcieMorganSample } from '@jenjang/domain/surveys/ikm.rules';
import { NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/use-format';
import { type WaveFieldProblem, type WaveValues, waveProblems } from './wave-values';

interface WaveFieldsProps {
  values: WaveValues;
  inputProps: (field: keyof WaveValues) => GetInputPropsReturnType;
  /** Public surveys: the number of service users, for the minimum sample. */
  withPopulation: boolean;
  /** Employees' surveys: an automatic reminder to those who have not answered. */
  withReminder: boolean;
}

/** Label, window, (public surveys) population and (employees' surveys) automatic reminder of a wave. */
export function WaveFields({ values, inputProps, withPopulation, withReminder }: WaveFieldsProps) {
  const { t } = useTranslation('surveyAdmin');
  const format = useFormat();
  // Typed on the government's clock, named: WIB, WITA or WIT.
  const zoneHint = t('wave.timeZone', { zone: zoneAbbreviation(format.timeZone) });
  const population = Number(values.population);
  const minimum =
    values.population !== '' && Number.isInteger(population) && population > 0
      ? krejcieMorganSample(population)
      : null;

  return (
    <Stack gap="md">
      <TextInput
        label={t('wave.label')}
        description={t('wave.labelHint')}
        required
        maxLength={100}
        autoComplete="off"
        {...inputProps('label')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          type="datetime-local"
          label={t('wave.opensAt')}
          description={zoneHint}
          required
          {...inputProps('opensAt')}
        />
        <TextInput
          type="datetime-local"
          label={t('wave.closesAt')}
          description={zoneHint}
          required
          {...inputProps('closesAt')}
        />
      </SimpleGrid>
      {withReminder && (
        <TextInput
          type="datetime-local"
          label={t('wave.reminderAt')}
          description={t('wave.reminderHint', { zone: zoneAbbreviation(format.timeZone) })}
          {...inputProps('reminderAt')}
        />
      )}
      {withPopulation && (
        <Stack gap={4}>
          <NumberInput
            label={t('wave.population')}
            description={t('wave.populationHint')}
            min={0}
            max={100_000_000}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator={format.language === 'id' ? '.' : ','}
            decimalSeparator={format.language === 'id' ? ',' : '.'}
            {...inputProps('population')}
          />
          <Text size="sm" aria-live="polite">
            {minimum === null
              ? t('wave.minimumSampleUnknown')
              : t('wave.minimumSample', { count: minimum, formatted: format.number(minimum) })}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}

/** The sentence for each problem of a typed wave, keyed by field (for a form's validate). */
export function useWaveValidation() {
  const { t } = useTranslation('surveyAdmin');
  const { timeZone } = useFormat();
  return useCallback(
    (values: WaveValues, prefix = ''): Record<string, string> => {
      const messages: Record<WaveFieldProblem, string> = {
        labelRequired: t('wave.errors.labelRequired'),
        opensInvalid: t('wave.errors.opensInvalid'),
        closesInvalid: t('wave.errors.closesInvalid'),
        closesBeforeOpens: t('wave.errors.closesBeforeOpens'),
        populationInvalid: t('wave.errors.populationInvalid'),
        reminderInvalid: t('wave.errors.reminderInvalid'),
        reminderOutsideWindow: t('wave.errors.reminderOutsideWindow'),
      };
      const errors: Record<string, string> = {};
      for (const [field, problem] of Object.entries(waveProblems(values, timeZone))) {
        if (problem) errors[`${prefix}${field}`] = messages[problem];
      }
      return errors;
    },
    [t, timeZone],
  );
}

/** "Semester I 2026" style label of a half-year. */
export function useSemesterLabel() {
  const { t } = useTranslation('surveyAdmin');
  return useCallback(
    ({ semester, year }: { semester: 1 | 2; year: number }) =>
      t('wave.semesterLabel', { semester: semester === 1 ? 'I' : 'II', year }),
    [t],
  );
}
