import { PNS_GOLONGAN } from '@jenjang/domain/people/golongan';
import { FUNGSIONAL_LEVELS, type FungsionalLevel } from '@jenjang/domain/people/position';
import { PREDIKATS } from '@jenjang/domain/performance/predikat.rules';
import { EDUCATION_LEVELS, type EducationLevel } from '@jenjang/domain/talent/education-level';
import { Alert, Checkbox, Fieldset, NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PromotionRules } from '../../../api/types';
import { monthName } from '../../../components/promotion/promotion-words';
import { useNotify } from '../../../lib/use-notify';
import { useSavePromotionRules } from '../api/promotion-rules';
import { checkRules, formValuesOf, RULE_RANGES, type RulesFormValues } from './promotion-rules-values';
import { RulesFormFooter } from './rules-form-footer';

const GOLONGAN = PNS_GOLONGAN.map((g) => g.code);
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * A draft version's kenaikan pangkat rules: years in rank, the appraisals weighed and the lowest
 * predikat, the sanction bar, a golongan ceiling per education level, the period months and how
 * early proposals are due. Checked with the contract the server checks them with before saving.
 */
export function PromotionRulesForm({
  policyId,
  versionId,
  versionNumber,
  initial,
  defaults,
  fromDefaults,
  onDone,
}: {
  policyId: number;
  versionId: number;
  versionNumber: number;
  initial: PromotionRules;
  defaults: PromotionRules;
  /** The form starts from the defaults (the version has no rules yet): say what they are. */
  fromDefaults: boolean;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation('promotion');
  const notify = useNotify();
  const save = useSavePromotionRules(policyId, versionId);
  const [showDefaultsNote, setShowDefaultsNote] = useState(fromDefaults);
  const form = useForm<RulesFormValues>({
    initialValues: formValuesOf(initial),
    validate: (values) => {
      const checked = checkRules(values);
      if (checked.ok) return {};
      return Object.fromEntries(
        Object.entries(checked.issues).map(([field, issue]) => [
          field,
          t(`rules.errors.${issue.key}`, issue.params),
        ]),
      );
    },
  });
  const submit = (values: RulesFormValues) => {
    const checked = checkRules(values);
    if (!checked.ok) return;
    save.mutate(checked.rules, {
      onSuccess: () => {
        notify({ color: 'teal', message: t('rules.saved') });
        onDone();
      },
    });
  };
  const noAppraisals = Number(form.values.appraisalsConsidered) === 0;
  const range = (field: keyof typeof RULE_RANGES) => ({
    min: RULE_RANGES[field].min,
    max: RULE_RANGES[field].max,
    allowDecimal: false,
    allowNegative: false,
    clampBehavior: 'none' as const,
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(submit)}
      aria-label={t('rules.formLabel', { number: versionNumber })}
      data-testid="promotion-rules-form"
    >
      <Stack gap="md">
        {showDefaultsNote && (
          <Alert variant="light" color="yellow">
            <Text size="sm">{t('rules.defaultsNote')}</Text>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NumberInput
            label={t('rules.minYearsInRank')}
            description={t('rules.minYearsInRankHelp')}
            {...range('minYearsInRank')}
            {...form.getInputProps('minYearsInRank')}
          />
          <NumberInput
            label={t('rules.proposalLeadMonths')}
            {...range('proposalLeadMonths')}
            {...form.getInputProps('proposalLeadMonths')}
          />
          <NumberInput
            label={t('rules.appraisalsConsidered')}
            description={t('rules.appraisalsConsideredHelp')}
            {...range('appraisalsConsidered')}
            {...form.getInputProps('appraisalsConsidered')}
          />
          <Select
            label={t('rules.minimumPredikat')}
            data={PREDIKATS.map((predikat) => ({ value: predikat, label: t(`predikat.${predikat}`) }))}
            allowDeselect={false}
            disabled={noAppraisals}
            {...form.getInputProps('minimumPredikat')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('rules.requireNoActiveSanction')}
          {...form.getInputProps('requireNoActiveSanction', { type: 'checkbox' })}
        />
        <CeilingSelects
          legend={t('rules.ceilings')}
          help={t('rules.ceilingsHelp')}
          error={form.errors.educationCeilings}
          levels={EDUCATION_LEVELS.map((level) => ({ level, name: t(`education.${level}`) }))}
          value={(level) => form.values.educationCeilings[level as EducationLevel] || null}
          onChange={(level, value) => {
            form.setFieldValue(`educationCeilings.${level}`, value ?? '');
            form.clearFieldError('educationCeilings');
          }}
          columns={5}
          testId="promotion-ceiling"
        />
        <CeilingSelects
          legend={t('rules.positionCeilings')}
          help={t('rules.positionCeilingsHelp')}
          levels={FUNGSIONAL_LEVELS.map((level) => ({ level, name: t(`positionLevel.${level}`) }))}
          value={(level) => form.values.positionCeilings[level as FungsionalLevel] || null}
          onChange={(level, value) => form.setFieldValue(`positionCeilings.${level}`, value ?? '')}
          columns={4}
          testId="promotion-position-ceiling"
        />
        <Checkbox.Group
          label={t('rules.periods')}
          description={t('rules.periodsHelp')}
          {...form.getInputProps('periods')}
        >
          <SimpleGrid cols={{ base: 2, xs: 3, sm: 4, md: 6 }} spacing="xs" mt="xs">
            {MONTHS.map((month) => (
              <Checkbox key={month} value={String(month)} label={monthName(month, i18n.language)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <RulesFormFooter
          save={save}
          words={{ useDefaults: t('rules.useDefaults'), cancel: t('form.cancel'), save: t('rules.save') }}
          onUseDefaults={() => {
            form.setValues(formValuesOf(defaults));
            form.clearErrors();
            setShowDefaultsNote(true);
          }}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}

/** One golongan select per level (of education, or of a functional position): its ceiling, or none. */
function CeilingSelects(props: {
  legend: string;
  help: string;
  error?: ReactNode;
  levels: { level: string; name: string }[];
  value: (level: string) => string | null;
  onChange: (level: string, value: string | null) => void;
  columns: number;
  testId: string;
}) {
  const { t } = useTranslation('promotion');
  return (
    <Fieldset legend={props.legend} variant="unstyled" p={0}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {props.help}
        </Text>
        {props.error && (
          <Text size="sm" c="red.8" role="alert">
            {props.error}
          </Text>
        )}
        <SimpleGrid cols={{ base: 2, xs: 3, md: props.columns }} spacing="sm">
          {props.levels.map(({ level, name }) => (
            <Select
              key={level}
              label={t('rules.ceilingFor', { level: name })}
              placeholder={t('rules.ceilingNone')}
              data={GOLONGAN}
              clearable
              clearButtonProps={{ 'aria-label': t('rules.ceilingClear', { level: name }) }}
              value={props.value(level)}
              onChange={(value) => props.onChange(level, value)}
              data-testid={`${props.testId}-${level}`}
            />
          ))}
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}
