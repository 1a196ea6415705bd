import { PROFILE_FIELDS, SKM_ELEMENTS } from '@jenjang/domain/surveys/instrument.contract';
import { Fieldset, NumberInput, Select, SimpleGrid, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { field, questionAt, questionPath, useBuilderForm, useBuilderUi } from './builder-form';
import { OptionFields } from './option-fields';
import { ScaleFields } from './scale-fields';
import { StatementFields } from './statement-fields';

interface Props {
  section: number;
  index: number;
}

/** The settings of a question's own type. */
export function TypeSettings({ section, index }: Props) {
  const form = useBuilderForm();
  const question = questionAt(form, section, index);
  switch (question?.type) {
    case 'likert':
      return (
        <Stack gap="sm">
          <ScaleFields section={section} index={index} />
          <SkmElementField section={section} index={index} />
        </Stack>
      );
    case 'single':
      return (
        <Stack gap="sm">
          <OptionFields section={section} index={index} />
          <ProfileField section={section} index={index} />
        </Stack>
      );
    case 'multiple':
      return (
        <Stack gap="sm">
          <OptionFields section={section} index={index} />
          <MaxChoicesField section={section} index={index} />
        </Stack>
      );
    case 'number':
      return <NumberSettings section={section} index={index} />;
    case 'text':
      return <TextSettings section={section} index={index} />;
    case 'matrix':
    case 'abilityNeed':
      return (
        <Stack gap="sm">
          <StatementFields section={section} index={index} />
          <ScaleFields section={section} index={index} />
        </Stack>
      );
    default:
      return null;
  }
}

function SkmElementField({ section, index }: Props) {
  const { t } = useTranslation('surveyAdmin');
  const { t: tc } = useTranslation();
  const form = useBuilderForm();
  const { readOnly } = useBuilderUi();
  return (
    <Select
      {...field(form, `${questionPath(section, index)}.skmElement`)}
      label={t('builder.skmElement.label')}
      description={t('builder.skmElement.hint')}
      placeholder={t('builder.skmElement.none')}
      data={SKM_ELEMENTS.map((element) => ({
        value: element,
        label: `${element} — ${tc(`surveys.skmElement.${element}`)}`,
      }))}
      clearable
      clearButtonProps={{ 'aria-label': t('builder.skmElement.clear') }}
      readOnly={readOnly}
    />
  );
}

function ProfileField({ section, index }: Props) {
  const { t } = useTranslation('surveyAdmin');
  const form = useBuilderForm();
  const { readOnly } = useBuilderUi();
  return (
    <Select
      {...field(form, `${questionPath(section, index)}.profile`)}
      label={t('builder.profile.label')}
      description={t('builder.profile.hint')}
      placeholder={t('builder.profile.none')}
      data={PROFILE_FIELDS.map((profile) => ({
        value: profile,
        label: t(`builder.profile.fields.${profile}`),
      }))}
      clearable
      clearButtonProps={{ 'aria-label': t('builder.profile.clear') }}
      readOnly={readOnly}
    />
  );
}

function MaxChoicesField({ section, index }: Props) {
  const { t } = useTranslation('surveyAdmin');
  const form = useBuilderForm();
  const { readOnly } = useBuilderUi();
  return (
    <NumberInput
      {...field(form, `${questionPath(section, index)}.maxChoices`)}
      label={t('builder.maxChoices.label')}
      description={t('builder.maxChoices.hint')}
      min={1}
      max={50}
      allowDecimal={false}
      allowNegative={false}
      readOnly={readOnly}
      maw={{ base: '100%', sm: 280 }}
    />
  );
}

function NumberSettings({ section, index }: Props) {
  const { t } = useTranslation('surveyAdmin');
  const form = useBuilderForm();
  const { readOnly } = useBuilderUi();
  const path = questionPath(section, index);
  return (
    <Fieldset legend={t('builder.number.legend')} variant="filled">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput {...field(form, `${path}.min`)} label={t('builder.number.min')} readOnly={readOnly} />
          <NumberInput {...field(form, `${path}.max`)} label={t('builder.number.max')} readOnly={readOnly} />
        </SimpleGrid>
        <Switch
          {...field(form, `${path}.integer`, { type: 'checkbox' })}
          label={t('builder.number.integer')}
          disabled={readOnly}
        />
      </Stack>
    </Fieldset>
  );
}

function TextSettings({ section, index }: Props) {
  const { t } = useTranslation('surveyAdmin');
  const form = useBuilderForm();
  const { readOnly } = useBuilderUi();
  const path = questionPath(section, index);
  return (
    <Fieldset legend={t('builder.text.legend')} variant="filled">
      <Stack gap="sm">
        <Switch
          {...field(form, `${path}.long`, { type: 'checkbox' })}
          label={t('builder.text.long')}
          description={t('builder.text.longHint')}
          disabled={readOnly}
        />
        <NumberInput
          {...field(form, `${path}.maxLength`)}
          label={t('builder.text.maxLength')}
          min={1}
          max={5000}
          allowDecimal={false}
          allowNegative={false}
          readOnly={readOnly}
          maw={{ base: '100%', sm: 280 }}
        />
      </Stack>
    </Fieldset>
  );
}
