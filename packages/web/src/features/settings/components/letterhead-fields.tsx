import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Letterhead } from '../../../api/types';
import {
  LETTERHEAD_MAX,
  type LetterheadForm,
  type LetterheadProblem,
  letterheadProblems,
} from './letterhead';
import { SettingsFieldset } from './settings-fieldset';

/**
 * Kop dan penanda tangan sertifikat: what a program's certificate prints under the government's
 * name (the organising agency, its address) and who signs it (position, name, NIP).
 */
export function LetterheadFields({
  value,
  onChange,
  serverErrors,
}: {
  value: LetterheadForm;
  onChange: (next: LetterheadForm) => void;
  serverErrors: Record<string, string>;
}) {
  const { t } = useTranslation('certificates');
  const { t: td } = useTranslation('domain');
  const problems = letterheadProblems(value);
  const message = (problem: LetterheadProblem | undefined) =>
    problem === undefined
      ? undefined
      : problem.kind === 'tooLong'
        ? t('letterhead.tooLong', { max: problem.max })
        : td(`errors.${problem.code}` as 'errors.nip.length', problem.params);
  const input = (
    key: keyof Letterhead,
    label: string,
    options: { wide?: boolean; description?: string; placeholder?: string; numeric?: boolean } = {},
  ) => (
    <TextInput
      label={label}
      value={value[key]}
      onChange={(event) => onChange({ ...value, [key]: event.currentTarget.value })}
      error={message(problems[key]) ?? serverErrors[`letterhead.${key}`]}
      description={options.description}
      placeholder={options.placeholder}
      maxLength={key === 'signerNip' ? 24 : LETTERHEAD_MAX[key] + 20}
      inputMode={options.numeric ? 'numeric' : undefined}
      autoComplete="off"
      w={options.wide ? '100%' : { base: '100%', sm: 320 }}
    />
  );
  return (
    <SettingsFieldset legend={t('letterhead.legend')} help={t('letterhead.help')}>
      {input('agency', t('letterhead.agency'), {
        wide: true,
        placeholder: t('letterhead.agencyPlaceholder'),
      })}
      {input('address', t('letterhead.address'), { wide: true })}
      {input('signerTitle', t('letterhead.signerTitle'))}
      {input('signerName', t('letterhead.signerName'))}
      {input('signerNip', t('letterhead.signerNip'), {
        description: t('letterhead.signerNipHelp'),
        numeric: true,
      })}
    </SettingsFieldset>
  );
}
