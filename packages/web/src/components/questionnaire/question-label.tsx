import { Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A question's label: its number, its text, and whether it must be answered. Required questions
 * get Mantine's asterisk (`withAsterisk`), which screen readers skip, so the group's name says
 * "(wajib)" as well; native inputs announce `required` themselves and pass `spoken={false}`.
 */
export function QuestionLabel({
  number,
  text,
  required,
  spoken = true,
}: {
  number: number;
  text: string;
  required: boolean;
  spoken?: boolean;
}) {
  const { t } = useTranslation('surveyTake');
  return (
    <>
      <Text span inherit c="dimmed" mr={6}>
        {number}.
      </Text>
      {text}
      {required && spoken && <VisuallyHidden> {t('form.requiredHidden')}</VisuallyHidden>}
      {!required && (
        <Text span inherit c="dimmed" fw={400}>
          {' '}
          {t('form.optional')}
        </Text>
      )}
    </>
  );
}
