import { NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/use-format';
import { type JpTargets, jpTargetProblems } from './jp-targets';
import { SettingsFieldset } from './settings-fieldset';

/**
 * Target JP tahunan (DOMAIN.md §3): at least 20 JP a year for a PNS, at most 24 for a PPPK, 45
 * minutes a JP; a government may set its own. The PPPK ceiling may be left empty for none.
 */
export function JpTargetsFields({
  value,
  onChange,
  serverErrors,
}: {
  value: JpTargets;
  onChange: (next: JpTargets) => void;
  serverErrors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const problems = jpTargetProblems(value);
  const message = (problem: 'range' | 'minutes' | 'ceiling' | undefined) =>
    problem === 'range'
      ? t('governmentSettings.jpRange')
      : problem === 'minutes'
        ? t('governmentSettings.jpMinutesRange')
        : problem === 'ceiling'
          ? t('governmentSettings.jpCeilingBelow')
          : undefined;
  const decimal = format.language === 'id' ? ',' : '.';
  const shown = (n: number | null) => (n !== null && Number.isFinite(n) ? n : '');
  const input = (key: keyof JpTargets, label: string, options: { required: boolean; integer?: boolean }) => (
    <NumberInput
      label={label}
      value={shown(value[key])}
      onChange={(next) =>
        onChange({
          ...value,
          [key]: typeof next === 'number' ? next : key === 'pppkCeiling' && next === '' ? null : Number.NaN,
        })
      }
      min={key === 'minutesPerJp' ? 1 : 0}
      max={key === 'minutesPerJp' ? 240 : 200}
      decimalScale={options.integer ? 0 : 2}
      allowDecimal={!options.integer}
      decimalSeparator={decimal}
      allowNegative={false}
      error={message(problems[key]) ?? serverErrors[`jp.${key}`]}
      description={key === 'pppkCeiling' ? t('governmentSettings.jpCeilingHelp') : undefined}
      w={{ base: '100%', xs: 240 }}
      required={options.required}
    />
  );
  return (
    <SettingsFieldset legend={t('governmentSettings.jp')} help={t('governmentSettings.jpHelp')}>
      {input('pnsTarget', t('governmentSettings.jpPnsTarget'), { required: true })}
      {input('pppkTarget', t('governmentSettings.jpPppkTarget'), { required: true })}
      {input('pppkCeiling', t('governmentSettings.jpPppkCeiling'), { required: false })}
      {input('minutesPerJp', t('governmentSettings.jpMinutes'), { required: true, integer: true })}
    </SettingsFieldset>
  );
}
