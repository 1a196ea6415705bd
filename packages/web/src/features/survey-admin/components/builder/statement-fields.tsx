import { Button, Fieldset, Group, Input, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  changeQuestion,
  errorAt,
  field,
  focusSoon,
  questionAt,
  questionPath,
  useBuilderForm,
  useBuilderUi,
} from './builder-form';
import { setStatementText } from './editor-ops';
import { ItemActions } from './item-actions';
import { newStatement } from './question-defaults';

/** The statements of a matrix or ability/need question, each optionally tied to a competency. */
export function StatementFields({ section, index }: { section: number; index: number }) {
  const { t } = useTranslation('surveyAdmin');
  const form = useBuilderForm();
  const { readOnly } = useBuilderUi();
  const question = questionAt(form, section, index);
  if (!question) return null;
  const path = `${questionPath(section, index)}.statements`;
  const statements = question.statements;

  const move = (from: number, delta: -1 | 1) => {
    const uid = statements[from]?.uid;
    form.reorderListItem(path as never, { from, to: from + delta });
    if (uid) focusSoon(`${uid}-${delta < 0 ? 'up' : 'down'}`, `${uid}-${delta < 0 ? 'down' : 'up'}`);
  };
  const add = () => {
    const statement = newStatement();
    changeQuestion(form, section, index, (q) => ({ ...q, statements: [...q.statements, statement] }));
    focusSoon(`${statement.uid}-text`);
  };

  return (
    <Fieldset legend={t('builder.statements.legend')} variant="filled">
      <Stack gap="sm">
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {statements.map((statement, position) => {
            const name = t('builder.statements.name', { number: position + 1 });
            return (
              <Paper component="li" key={statement.uid} withBorder p="sm" radius="sm">
                <Stack gap="xs">
                  <Group justify="space-between" gap="xs">
                    <Text size="sm" fw={600}>
                      {name}
                    </Text>
                    {!readOnly && (
                      <ItemActions
                        idPrefix={statement.uid}
                        name={name}
                        canMoveUp={position > 0}
                        canMoveDown={position < statements.length - 1}
                        onMove={(delta) => move(position, delta)}
                        onRemove={() => {
                          form.removeListItem(path as never, position);
                          focusSoon(`${question.uid}-add-statement`);
                        }}
                        removeDisabled={statements.length <= 1}
                      />
                    )}
                  </Group>
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs">
                    <TextInput
                      {...field(form, `${path}.${position}.text.id`)}
                      id={`${statement.uid}-text`}
                      label={t('builder.statements.textId')}
                      required
                      readOnly={readOnly}
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        changeQuestion(form, section, index, (q) =>
                          setStatementText(q, statement.uid, value),
                        );
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
                  </SimpleGrid>
                </Stack>
              </Paper>
            );
          })}
        </Stack>
        {errorAt(form, path) && <Input.Error>{errorAt(form, path)}</Input.Error>}
        {!readOnly && (
          <Button
            id={`${question.uid}-add-statement`}
            variant="light"
            size="xs"
            onClick={add}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('builder.statements.add')}
          </Button>
        )}
      </Stack>
    </Fieldset>
  );
}
