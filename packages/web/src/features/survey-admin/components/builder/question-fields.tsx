import { Stack, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { change, field, questionAt, questionPath, useBuilderForm, useBuilderUi } from './builder-form';
import { setQuestionKey, setQuestionText } from './editor-ops';
import { LocalizedFields } from './localized-fields';
import { ShowIfFields } from './show-if-fields';
import { TypeSettings } from './type-settings';

/** Everything about one question: texts, key, whether required, its type's settings, its condition. */
export function QuestionFields({ section, index }: { section: number; index: number }) {
  const { t } = useTranslation('surveyAdmin');
  const form = useBuilderForm();
  const { readOnly } = useBuilderUi();
  const question = questionAt(form, section, index);
  if (!question) return null;
  const path = questionPath(section, index);

  return (
    <Stack gap="md">
      <LocalizedFields
        path={`${path}.text`}
        label={t('builder.question.text')}
        required
        multiline
        idInputId={`${question.uid}-text`}
        onIndonesianChange={(value) => change(form, (d) => setQuestionText(d, question.uid, value))}
      />
      <TextInput
        {...field(form, `${path}.key`)}
        label={t('builder.question.key')}
        description={question.autoKey ? t('builder.question.keyAutoHint') : t('builder.question.keyHint')}
        required
        readOnly={readOnly}
        maxLength={40}
        ff="monospace"
        autoCapitalize="none"
        autoComplete="off"
        spellCheck={false}
        maw={{ base: '100%', sm: 420 }}
        onChange={(event) => {
          const value = event.currentTarget.value;
          change(form, (d) => setQuestionKey(d, question.uid, value, false));
        }}
      />
      <LocalizedFields path={`${path}.help`} label={t('builder.question.help')} multiline />
      <Switch
        {...field(form, `${path}.required`, { type: 'checkbox' })}
        label={t('builder.question.required')}
        description={t('builder.question.requiredHint')}
        disabled={readOnly}
      />
      <TypeSettings section={section} index={index} />
      <ShowIfFields section={section} index={index} />
    </Stack>
  );
}
