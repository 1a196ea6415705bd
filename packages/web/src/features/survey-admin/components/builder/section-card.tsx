import { Card, Group, Input, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AddQuestionMenu } from './add-question-menu';
import { change, errorAt, field, focusSoon, useBuilderForm, useBuilderUi } from './builder-form';
import { addQuestion, moveSection, setSectionTitle } from './editor-ops';
import { ItemActions } from './item-actions';
import { LocalizedFields } from './localized-fields';
import { QuestionItem } from './question-item';

/** A section: its titles and key, its questions in order, and adding one of any type. */
export function SectionCard({ index }: { index: number }) {
  const { t } = useTranslation('surveyAdmin');
  const form = useBuilderForm();
  const ui = useBuilderUi();
  const section = form.values.sections[index];
  if (!section) return null;
  const path = `sections.${index}`;
  const count = form.values.sections.length;
  const name = t('builder.section.name', { number: index + 1 });
  const headingId = `${section.uid}-heading`;

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {name}
            {section.title.id && `: ${section.title.id}`}
          </Title>
          {!ui.readOnly && (
            <ItemActions
              idPrefix={section.uid}
              name={name}
              canMoveUp={index > 0}
              canMoveDown={index < count - 1}
              onMove={(delta) => {
                change(form, (d) => moveSection(d, index, delta));
                focusSoon(
                  `${section.uid}-${delta < 0 ? 'up' : 'down'}`,
                  `${section.uid}-${delta < 0 ? 'down' : 'up'}`,
                );
              }}
              onRemove={() => ui.requestDelete({ kind: 'section', uid: section.uid })}
              removeDisabled={count <= 1}
            />
          )}
        </Group>
        <LocalizedFields
          path={`${path}.title`}
          label={t('builder.section.title')}
          required
          onIndonesianChange={(value) => change(form, (d) => setSectionTitle(d, index, value))}
        />
        <LocalizedFields path={`${path}.description`} label={t('builder.section.description')} multiline />
        <TextInput
          {...field(form, `${path}.key`)}
          label={t('builder.section.key')}
          description={t('builder.section.keyHint')}
          required
          readOnly={ui.readOnly}
          maxLength={40}
          ff="monospace"
          autoCapitalize="none"
          spellCheck={false}
          maw={{ base: '100%', sm: 420 }}
          onChange={(event) => {
            const value = event.currentTarget.value;
            form.setFieldValue(`${path}.autoKey` as never, false as never);
            form.setFieldValue(`${path}.key` as never, value as never);
          }}
        />
        <Stack
          component="ol"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('builder.section.questions', { name })}
        >
          {section.questions.map((question, position) => (
            <QuestionItem
              key={question.uid}
              section={index}
              index={position}
              number={`${index + 1}.${position + 1}`}
            />
          ))}
        </Stack>
        {errorAt(form, `${path}.questions`) && (
          <Input.Error>{errorAt(form, `${path}.questions`)}</Input.Error>
        )}
        {!ui.readOnly && (
          <Group>
            <AddQuestionMenu
              id={`${section.uid}-add`}
              sectionName={name}
              onAdd={(type) => {
                const added = addQuestion(form.getValues(), index, type);
                change(form, () => added.definition);
                ui.reveal(added.uid);
              }}
            />
          </Group>
        )}
      </Stack>
    </Card>
  );
}
