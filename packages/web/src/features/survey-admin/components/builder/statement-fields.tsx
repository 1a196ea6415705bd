import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  changeQuestion,
  field,
  focusSoon,
  questionAt,
  questionPath,
  useBuilderForm,
  useBuilderUi,
} from './builder-form';
import { setStatementText } from './editor-ops';
import { KeyedItemList } from './keyed-item-list';
import { newStatement } from './question-defaults';

/** The statements of a matrix or ability/need question, each optionally tied to a competency. */
export function StatementFields({ section, index }: { section: number; index: number }) {
  const { t } = useTranslation('surveyAdmin');
  const form = useBuilderForm();
  const { readOnly } = useBuilderUi();
  const question = questionAt(form, section, index);
  if (!question) return null;
  const path = `${questionPath(section, index)}.statements`;

  const add = () => {
    const statement = newStatement();
    changeQuestion(form, section, index, (q) => ({ ...q, statements: [...q.statements, statement] }));
    focusSoon(`${statement.uid}-text`);
  };

  return (
    <KeyedItemList
      legend={t('builder.statements.legend')}
      path={path}
      items={question.statements}
      itemName={(number) => t('builder.statements.name', { number })}
      minItems={1}
      cols={2}
      addId={`${question.uid}-add-statement`}
      addLabel={t('builder.statements.add')}
      onAdd={add}
    >
      {(statement, position) => (
        <>
          <TextInput
            {...field(form, `${path}.${position}.text.id`)}
            id={`${statement.uid}-text`}
            label={t('builder.statements.textId')}
            required
            readOnly={readOnly}
            onChange={(event) => {
              const value = event.currentTarget.value;
              changeQuestion(form, section, index, (q) => setStatementText(q, statement.uid, value));
            }}
          />
          <TextInput
            {...field(form, `${path}.${position}.text.en`)}
            label={t('builder.statements.textEn')}
            readOnly={readOnly}
            lang="en"
          />
          <TextInput
            {...field(form, `${path}.${position}.key`)}
            label={t('builder.statements.key')}
            readOnly={readOnly}
            ff="monospace"
            autoCapitalize="none"
            spellCheck={false}
            onChange={(event) => {
              const value = event.currentTarget.value;
              changeQuestion(form, section, index, (q) => ({
                ...q,
                statements: q.statements.map((s) =>
                  s.uid === statement.uid ? { ...s, key: value, autoKey: false } : s,
                ),
              }));
            }}
          />
          <TextInput
            {...field(form, `${path}.${position}.competency`)}
            label={t('builder.statements.competency')}
            description={t('builder.statements.competencyHint')}
            readOnly={readOnly}
            maxLength={40}
          />
        </>
      )}
    </KeyedItemList>
  );
}
