import { Button, Fieldset, Group, Input, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  change,
  changeQuestion,
  errorAt,
  field,
  focusSoon,
  questionAt,
  questionPath,
  useBuilderForm,
  useBuilderUi,
} from './builder-form';
import { setOptionLabel, setOptionValue } from './editor-ops';
import { ItemActions } from './item-actions';
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
  const options = question.options;

  const move = (from: number, delta: -1 | 1) => {
    const uid = options[from]?.uid;
    form.reorderListItem(path as never, { from, to: from + delta });
    if (uid) focusSoon(`${uid}-${delta < 0 ? 'up' : 'down'}`, `${uid}-${delta < 0 ? 'down' : 'up'}`);
  };
  const add = () => {
    const option = newOption();
    changeQuestion(form, section, index, (q) => ({ ...q, options: [...q.options, option] }));
    focusSoon(`${option.uid}-label`);
  };

  return (
    <Fieldset legend={t('builder.options.legend')} variant="filled">
      <Stack gap="sm">
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {options.map((option, position) => {
            const name = t('builder.options.name', { number: position + 1 });
            return (
              <Paper component="li" key={option.uid} withBorder p="sm" radius="sm">
                <Stack gap="xs">
                  <Group justify="space-between" gap="xs">
                    <Text size="sm" fw={600}>
                      {name}
                    </Text>
                    {!readOnly && (
                      <ItemActions
                        idPrefix={option.uid}
                        name={name}
                        canMoveUp={position > 0}
                        canMoveDown={position < options.length - 1}
                        onMove={(delta) => move(position, delta)}
                        onRemove={() => {
                          form.removeListItem(path as never, position);
                          focusSoon(`${question.uid}-add-option`);
                        }}
                        removeDisabled={options.length <= MIN_OPTIONS}
                      />
                    )}
                  </Group>
                  <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" verticalSpacing="xs">
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
                  </SimpleGrid>
                </Stack>
              </Paper>
            );
          })}
        </Stack>
        {errorAt(form, path) && <Input.Error>{errorAt(form, path)}</Input.Error>}
        {!readOnly && (
          <Button
            id={`${question.uid}-add-option`}
            variant="light"
            size="xs"
            onClick={add}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('builder.options.add')}
          </Button>
        )}
      </Stack>
    </Fieldset>
  );
}
