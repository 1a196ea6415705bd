import { JPM_LABELS } from '@jenjang/domain/competency/competency-gap.rules';
import { PREDIKATS } from '@jenjang/domain/performance/predikat.rules';
import { EDUCATION_LEVELS } from '@jenjang/domain/talent/education-level';
import { Fieldset, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ComponentsField, POINTS_INPUT } from './components-field';
import type { TalentFormValues } from './talent-settings-values';

type Form = UseFormReturnType<TalentFormValues>;

/** A group of inputs under a small heading, with the contract's error for the group as a whole. */
function Group(props: { legend: string; help?: string; error?: ReactNode; children: ReactNode }) {
  return (
    <Fieldset legend={props.legend} variant="unstyled" p={0}>
      <Stack gap="xs">
        {props.help && (
          <Text size="sm" c="dimmed">
            {props.help}
          </Text>
        )}
        {props.children}
        {props.error && (
          <Text size="sm" c="red.8" role="alert">
            {props.error}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}

/** Where an axis's middle and highest bands begin. */
function CutoffsField({ form, axis }: { form: Form; axis: 'performance' | 'potential' }) {
  const { t } = useTranslation('talentSettings');
  return (
    <Group legend={t('cutoffs.legend')} help={t('cutoffs.help')} error={form.errors[`${axis}.cutoffs`]}>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <NumberInput
          label={t('cutoffs.low')}
          {...POINTS_INPUT}
          {...form.getInputProps(`${axis}.cutoffs.0`)}
          data-testid={`talent-${axis}-cutoff-low`}
        />
        <NumberInput
          label={t('cutoffs.high')}
          {...POINTS_INPUT}
          {...form.getInputProps(`${axis}.cutoffs.1`)}
          data-testid={`talent-${axis}-cutoff-high`}
        />
      </SimpleGrid>
    </Group>
  );
}

/** Performance: points per predikat, the government's components, and the band cut-offs. */
export function PerformanceFields({ form }: { form: Form }) {
  const { t } = useTranslation('talentSettings');
  return (
    <Fieldset legend={t('performance.legend')} data-testid="talent-performance">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('performance.help')}
        </Text>
        <Group legend={t('performance.predikatPoints')} error={form.errors['performance.predikatPoints']}>
          <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm">
            {PREDIKATS.map((predikat) => (
              <NumberInput
                key={predikat}
                label={t('performance.predikatFor', { predikat: t(`predikat.${predikat}`) })}
                {...POINTS_INPUT}
                {...form.getInputProps(`performance.predikatPoints.${predikat}`)}
              />
            ))}
          </SimpleGrid>
        </Group>
        <ComponentsField form={form} axis="performance" />
        <CutoffsField form={form} axis="performance" />
      </Stack>
    </Fieldset>
  );
}

/**
 * Potential: points per JPM category and per education level, for years of service and for
 * recent development programs, the government's components, and the band cut-offs.
 */
export function PotentialFields({ form }: { form: Form }) {
  const { t } = useTranslation('talentSettings');
  const other = form.values.potential.otherQualificationPoints;
  return (
    <Fieldset legend={t('potential.legend')} data-testid="talent-potential">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('potential.help')}
        </Text>
        <Group legend={t('potential.jpmPoints')} error={form.errors['potential.jpmPoints']}>
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            {JPM_LABELS.map((category) => (
              <NumberInput
                key={category}
                label={t('potential.jpmFor', { category: t(`jpm.${category}`) })}
                {...POINTS_INPUT}
                {...form.getInputProps(`potential.jpmPoints.${category}`)}
              />
            ))}
          </SimpleGrid>
        </Group>
        <Group legend={t('potential.qualification')} help={t('potential.qualificationHelp')}>
          <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm">
            {EDUCATION_LEVELS.map((level) => (
              <NumberInput
                key={level}
                label={t('potential.qualificationFor', { level: t(`education.${level}`) })}
                placeholder={String(other)}
                {...POINTS_INPUT}
                {...form.getInputProps(`potential.qualificationPoints.${level}`)}
              />
            ))}
            <NumberInput
              label={t('potential.otherQualification')}
              {...POINTS_INPUT}
              {...form.getInputProps('potential.otherQualificationPoints')}
            />
          </SimpleGrid>
        </Group>
        <Group legend={t('potential.serviceYears')}>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NumberInput
              label={t('potential.pointsPerYear')}
              {...POINTS_INPUT}
              {...form.getInputProps('potential.serviceYears.pointsPerYear')}
            />
            <NumberInput
              label={t('potential.serviceCap')}
              {...POINTS_INPUT}
              {...form.getInputProps('potential.serviceYears.cap')}
            />
          </SimpleGrid>
        </Group>
        <Group legend={t('potential.training')}>
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <NumberInput
              label={t('potential.pointsPerProgram')}
              {...POINTS_INPUT}
              {...form.getInputProps('potential.training.pointsPerProgram')}
            />
            <NumberInput
              label={t('potential.trainingCap')}
              {...POINTS_INPUT}
              {...form.getInputProps('potential.training.cap')}
            />
            <NumberInput
              label={t('potential.windowYears')}
              min={1}
              max={5}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              {...form.getInputProps('potential.training.windowYears')}
            />
          </SimpleGrid>
        </Group>
        <ComponentsField form={form} axis="potential" />
        <CutoffsField form={form} axis="potential" />
      </Stack>
    </Fieldset>
  );
}
