import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyMode } from '../../../api/types';

const COLORS: Record<SurveyMode, string> = { identified: 'indigo', anonymous: 'teal', public: 'grape' };

export function ModeBadge({ mode }: { mode: SurveyMode }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[mode]} w="max-content" style={{ flex: 'none' }}>
      {t(`surveys.mode.${mode}`)}
    </Badge>
  );
}

/** The mode and what it means for the respondent's answers, in their words. */
export function ModeNote({ mode }: { mode: SurveyMode }) {
  const { t } = useTranslation('surveyTake');
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <ModeBadge mode={mode} />
      <Text size="sm">{t(`mode.${mode}`)}</Text>
    </Group>
  );
}
