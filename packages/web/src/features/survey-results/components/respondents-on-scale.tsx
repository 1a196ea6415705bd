import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useResultFormat } from './use-result-format';

/** 'n respondents · scale 1–4', under the title of a question rated on a scale. */
export function RespondentsOnScale({ n, scale }: { n: number; scale: { min: number; max: number } }) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  return (
    <Text size="sm">
      {t('question.respondents', { count: n, formatted: format.number(n) })}
      {' · '}
      {t('question.scale', { min: format.number(scale.min), max: format.number(scale.max) })}
    </Text>
  );
}
