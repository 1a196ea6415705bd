import { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import { Alert } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionnairePreview } from '../../../../components/questionnaire/questionnaire-preview';
import { type EditorDefinition, fromEditor } from './editor-model';

/** The questionnaire as respondents will see it, in either language, once it is valid. */
export function PreviewPanel({ values }: { values: EditorDefinition }) {
  const { t } = useTranslation('surveyAdmin');
  const parsed = useMemo(() => InstrumentDefinition.safeParse(fromEditor(values)), [values]);
  if (!parsed.success) {
    return (
      <Alert color="orange" variant="light" title={t('builder.preview.invalidTitle')}>
        {t('builder.preview.invalid', { count: parsed.error.issues.length })}
      </Alert>
    );
  }
  return <QuestionnairePreview definition={parsed.data} />;
}
