import { Badge, Button, Collapse, Group, Input, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../lib/use-format';
import {
  change,
  errorAt,
  focusSoon,
  questionAt,
  questionPath,
  useBuilderForm,
  useBuilderUi,
} from './builder-form';
import { canMoveQuestion, duplicateQuestion, moveQuestion } from './editor-ops';
import { ItemActions } from './item-actions';
import { QuestionFields } from './question-fields';

/** A question in the outline: its summary and actions, and its editor when opened. */
export function QuestionItem({ section, index, number }: { section: number; index: number; number: string }) {
  const { t } = useTranslation('surveyAdmin');
  const format = useFormat();
  const form = useBuilderForm();
  const ui = useBuilderUi();
  const question = questionAt(form, section, index);
  if (!question) return null;
  const open = ui.expanded.has(question.uid);
  const text = (format.language === 'en' && question.text.en) || question.text.id;
  const name = t('builder.question.name', { number });
  const path = questionPath(section, index);
  const hasErrors = Object.keys(form.errors).some((key) => key === path || key.startsWith(`${path}.`));
  const at = { section, question: index };

  const move = (delta: -1 | 1) => {
    const moved = moveQuestion(form.getValues(), at, delta);
    if (!moved) return;
    change(form, () => moved.definition);
    focusSoon(`${question.uid}-${delta < 0 ? 'up' : 'down'}`, `${question.uid}-${delta < 0 ? 'down' : 'up'}`);
  };

  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="sm"
      style={hasErrors ? { borderColor: 'var(--mantine-color-error)' } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={4} miw={0} style={{ flex: '1 1 16rem' }}>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              <Text span c="dimmed" mr={6}>
                {number}
              </Text>
              {text || t('builder.question.untitled')}
            </Text>
            <Group gap={6}>
              <Badge size="sm" variant="light" color="indigo" tt="none">
                {t(`builder.types.${question.type}`)}
              </Badge>
              <Text size="xs" c="dimmed" ff="monospace">
                {question.key}
              </Text>
              {!question.required && (
                <Badge size="sm" variant="light" color="gray" tt="none">
                  {t('builder.question.optional')}
                </Badge>
              )}
              {question.showIf && (
                <Badge size="sm" variant="light" color="violet" tt="none">
                  {t('builder.question.conditional')}
                </Badge>
              )}
              {question.skmElement && (
                <Badge size="sm" variant="light" color="teal" tt="none">
                  {question.skmElement}
                </Badge>
              )}
            </Group>
          </Stack>
          <Group gap={6} wrap="wrap">
            <Button
              id={`${question.uid}-toggle`}
              size="xs"
              variant={open ? 'filled' : 'default'}
              onClick={() => ui.toggle(question.uid)}
              aria-expanded={open}
              aria-controls={`${question.uid}-panel`}
              aria-label={`${open ? t('builder.question.close') : ui.readOnly ? t('builder.question.view') : t('builder.question.edit')}: ${name}`}
            >
              {open
                ? t('builder.question.close')
                : ui.readOnly
                  ? t('builder.question.view')
                  : t('builder.question.edit')}
            </Button>
            {!ui.readOnly && (
              <ItemActions
                idPrefix={question.uid}
                name={name}
                canMoveUp={canMoveQuestion(form.values, at, -1)}
                canMoveDown={canMoveQuestion(form.values, at, 1)}
                onMove={move}
                onDuplicate={() => {
                  const copy = duplicateQuestion(form.getValues(), at);
                  change(form, () => copy.definition);
                  if (copy.uid) ui.reveal(copy.uid);
                }}
                onRemove={() => ui.requestDelete({ kind: 'question', uid: question.uid })}
              />
            )}
          </Group>
        </Group>
        {hasErrors && !open && <Input.Error>{t('builder.question.hasErrors')}</Input.Error>}
        {errorAt(form, path) && <Input.Error>{errorAt(form, path)}</Input.Error>}
        <Collapse expanded={open} id={`${question.uid}-panel`}>
          {open && <QuestionFields section={section} index={index} />}
        </Collapse>
      </Stack>
    </Paper>
  );
}
