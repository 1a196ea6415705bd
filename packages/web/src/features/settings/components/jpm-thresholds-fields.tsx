import { NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/use-format';
import { type JpmThresholds, jpmThresholdProblems } from './jpm-thresholds';
import { SettingsFieldset } from './settings-fieldset';

/**
 * The JPM cut-offs (DOMAIN.md §4: about 80 % and 68 %, a government's own choice): at or above the
 * first a person "Memenuhi Syarat", at or above the second "Masih Memenuhi Syarat".
 */
export function JpmThresholdsFields({
  value,
  onChange,
  serverErrors,
}: {
  value: JpmThresholds;
  onChange: (next: JpmThresholds) => void;
  serverErrors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const problems = jpmThresholdProblems(value);
  const message = (problem: 'range' | 'order' | undefined) =>
    problem === 'range'
      ? t('governmentSettings.jpmRange')
      : problem === 'order'
        ? t('governmentSettings.jpmOrder')
        : undefined;
  const decimal = format.language === 'id' ? ',' : '.';
  const input = (key: keyof JpmThresholds, label: string) => (
    <NumberInput
      label={label}
      value={Number.isFinite(value[key]) ? value[key] : ''}
      onChange={(next) => onChange({ ...value, [key]: typeof next === 'number' ? next : Number.NaN })}
      min={0}
      max={100}
      decimalScale={2}
      decimalSeparator={decimal}
      allowNegative={false}
      error={message(problems[key]) ?? serverErrors[`jpmThresholds.${key}`]}
      w={{ base: '100%', xs: 320 }}
      required
    />
  );
  return (
    <SettingsFieldset legend={t('governmentSettings.jpm')} help={t('governmentSettings.jpmHelp')}>
      {input('meets', t('governmentSettings.jpmMeets'))}
      {input('stillMeets', t('governmentSettings.jpmStillMeets'))}
    </SettingsFieldset>
  );
}
