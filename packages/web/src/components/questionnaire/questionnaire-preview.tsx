import type { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import { localized } from '@jenjang/domain/surveys/instrument.rules';
import { Group, SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../i18n/languages';
import { QuestionnaireForm } from './questionnaire-form';

/**
 * The questionnaire as respondents will see it, for the survey builder: read-only, in either
 * language whatever the interface language. Switching "try it" on lets the builder answer (nothing
 * is saved), which is how questions shown only after certain answers can be checked.
 */
export function QuestionnairePreview({ definition }: { definition: InstrumentDefinition }) {
  const { t, i18n } = useTranslation('surveyTake');
  const [locale, setLocale] = useState<Language>(isLanguage(i18n.language) ? i18n.language : 'id');
  const [trying, setTrying] = useState(false);
  const [answers, setAnswers] = useState<Record<string, unknown>>({});
  const description = localized(definition.description, locale);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="questionnaire-preview-language">
            {t('preview.language')}
          </Text>
          <SegmentedControl
            aria-labelledby="questionnaire-preview-language"
            value={locale}
            onChange={(next) => setLocale(isLanguage(next) ? next : 'id')}
            data={[
              { value: 'id', label: t('preview.id') },
              { value: 'en', label: t('preview.en') },
            ]}
          />
        </Stack>
        <Switch
          label={t('preview.tryIt')}
          description={t('preview.tryItHelp')}
          checked={trying}
          onChange={(event) => {
            setTrying(event.currentTarget.checked);
            setAnswers({});
          }}
        />
      </Group>
      <Stack gap="lg" lang={locale} component="section" aria-label={t('preview.label')}>
        <div>
          <Title order={2} size="h3">
            {localized(definition.title, locale)}
          </Title>
          {description && (
            <Text c="dimmed" mt={4}>
              {description}
            </Text>
          )}
        </div>
        <QuestionnaireForm
          definition={definition}
          locale={locale}
          value={answers}
          onChange={setAnswers}
          readOnly={!trying}
          idPrefix="questionnaire-preview"
          headingOrder={3}
        />
      </Stack>
    </Stack>
  );
}
