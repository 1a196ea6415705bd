import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  change,
  changeQuestion,
  field,
  focusSoon,
  questionAt,
  questionPath,
  useBuilderForm,
  useBuilderUi,
} from './builder-form';
import { setOptionLabel, setOptionValue } from './editor-ops';
import { KeyedItemList } from './keyed-item-list';
import { newOption } from './question-defaults';

const MIN_OPTIONS = 2;

/** The options of a choice question: labels in both languages and the stored value. */
export function OptionFields({ section, index }: { section: number; index: number }) {
  const { t } = useTranslation('surveyAdmin');
  const form = useBuilderForm();
  const { readOnly } = useBuilderUi();
  const question = questionAt(form, section, index);
  if (!question) return null;
  const path = `${questionPath(section, index)}.options`;

  const add = () => {
    const option = newOption();
    changeQuestion(form, section, index, (q) => ({ ...q, options: [...q.options, option] }));
    focusSoon(`${option.uid}-label`);
  };

  return (
    <KeyedItemList
      legend={t('builder.options.legend')}
      path={path}
      items={question.options}
      itemName={(number) => t('builder.options.name', { number })}
      minItems={MIN_OPTIONS}
      cols={3}
      addId={`${question.uid}-add-option`}
      addLabel={t('builder.options.add')}
      onAdd={add}
    >
      {(option, position) => (
        <>
          <TextInput
            {...field(form, `${path}.${position}.label.id`)}
            id={`${option.uid}-label`}
            label={t('builder.options.labelId')}
            required
            readOnly={readOnly}
            onChange={(event) => {
              const value = event.currentTarget.value;
              change(form, (d) => setOptionLabel(d, question.uid, option.uid, value));
            }}
          />
          <TextInput
            {...field(form, `${path}.${position}.label.en`)}
            label={t('builder.options.labelEn')}
            readOnly={readOnly}
            lang="en"
          />
          <TextInput
            {...field(form, `${path}.${position}.value`)}
            label={t('builder.options.value')}
            description={t('builder.options.valueHint')}
            readOnly={readOnly}
            ff="monospace"
            autoCapitalize="none"
            spellCheck={false}
            onChange={(event) => {
              const value = event.currentTarget.value;
              change(form, (d) => setOptionValue(d, question.uid, option.uid, value, false));
            }}
          />
        </>
      )}
    </KeyedItemList>
  );
}
