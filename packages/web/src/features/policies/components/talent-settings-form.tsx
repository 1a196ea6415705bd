import type { TalentSettings } from '@jenjang/domain/talent/nine-box.contract';
import { Alert, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PerformanceFields, PotentialFields } from '../../../components/talent-settings/axis-fields';
import {
  BoxDetailsField,
  BoxNumbersField,
  VisibleToField,
} from '../../../components/talent-settings/box-fields';
import {
  checkSettings,
  formValuesOf,
  type TalentFormValues,
  type TalentIssue,
} from '../../../components/talent-settings/talent-settings-values';
import { useNotify } from '../../../lib/use-notify';
import { useSaveTalentSettings } from '../api/talent-settings';
import { RulesFormFooter } from './rules-form-footer';

/**
 * A draft version's talent-mapping settings (PermenPANRB 3/2020): how performance and potential
 * are scored and cut into bands, how the boxes are numbered, named and what each suggests, and
 * who sees placements. Checked with the contract the server checks them with before saving.
 */
export function TalentSettingsForm({
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
  initial: TalentSettings;
  defaults: TalentSettings;
  /** The form starts from the defaults (the version has no settings yet): say what they are. */
  fromDefaults: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation(['talentSettings', 'domain']);
  const notify = useNotify();
  const save = useSaveTalentSettings(policyId, versionId);
  const [showDefaultsNote, setShowDefaultsNote] = useState(fromDefaults);
  const message = (issue: TalentIssue) =>
    issue.ns === 'domain' ? t(`domain:${issue.key}`) : t(`talentSettings:errors.${issue.key}`, issue.params);
  const form = useForm<TalentFormValues>({
    initialValues: formValuesOf(initial),
    validate: (values) => {
      const checked = checkSettings(values);
      if (checked.ok) return {};
      return Object.fromEntries(
        Object.entries(checked.issues).map(([field, issue]) => [field, message(issue)]),
      );
    },
  });
  const submit = (values: TalentFormValues) => {
    const checked = checkSettings(values);
    if (!checked.ok) return;
    save.mutate(checked.settings, {
      onSuccess: () => {
        notify({ color: 'teal', message: t('form.saved') });
        onDone();
      },
    });
  };
  const invalid = Object.keys(form.errors).length > 0;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(submit)}
      aria-label={t('form.label', { number: versionNumber })}
      data-testid="talent-settings-form"
    >
      <Stack gap="lg">
        {showDefaultsNote && (
          <Alert variant="light" color="yellow">
            <Text size="sm">{t('form.defaultsNote')}</Text>
          </Alert>
        )}
        <PerformanceFields form={form} />
        <PotentialFields form={form} />
        <BoxNumbersField form={form} />
        <BoxDetailsField form={form} />
        <VisibleToField form={form} />
        {invalid && (
          <Alert variant="light" color="red" role="alert">
            <Text size="sm">{t('form.invalid')}</Text>
          </Alert>
        )}
        <RulesFormFooter
          save={save}
          words={{ useDefaults: t('form.useDefaults'), cancel: t('form.cancel'), save: t('form.save') }}
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
