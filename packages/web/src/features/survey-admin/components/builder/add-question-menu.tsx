import { QUESTION_TYPES, type QuestionType } from '@jenjang/domain/surveys/instrument.contract';
import { Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Tambah pertanyaan" with one entry per question type, each with a line on what it asks. */
export function AddQuestionMenu({
  id,
  sectionName,
  onAdd,
}: {
  id: string;
  sectionName: string;
  onAdd: (type: QuestionType) => void;
}) {
  const { t } = useTranslation('surveyAdmin');
  return (
    <Menu position="bottom-start" width={320} withinPortal>
      <Menu.Target>
        <Button
          id={id}
          variant="light"
          size="sm"
          aria-label={t('builder.addQuestionTo', { section: sectionName })}
        >
          {t('builder.addQuestion')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {QUESTION_TYPES.map((type) => (
          <Menu.Item key={type} onClick={() => onAdd(type)}>
            <Text size="sm" fw={600}>
              {t(`builder.types.${type}`)}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`builder.typeHints.${type}`)}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
