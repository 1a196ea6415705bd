import { SURVEY_MODES } from '@jenjang/domain/surveys/survey.contract';
import { Group, NumberInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyMode } from '../../../../api/types';
import { useSurveyLabels } from '../survey-labels';
import { MIN_GROUP_SIZE } from './new-survey-values';

/** Title of the survey: what respondents and reports call it. */
export function TitleField({ inputProps }: { inputProps: GetInputPropsReturnType }) {
  const { t } = useTranslation('surveyAdmin');
  return (
    <TextInput
      label={t('new.settings.title')}
      description={t('new.settings.titleHint')}
      required
      maxLength={200}
      autoComplete="off"
      {...inputProps}
    />
  );
}

/** The three ways of answering, each with what it means for the respondents' privacy. */
export function ModeField({
  value,
  onChange,
  error,
}: {
  value: SurveyMode;
  onChange: (mode: SurveyMode) => void;
  error?: ReactNode;
}) {
  const { t } = useTranslation('surveyAdmin');
  const labels = useSurveyLabels();
  return (
    <Radio.Group
      label={t('new.settings.mode')}
      description={t('new.settings.modeHint')}
      value={value}
      onChange={(next) => {
        const mode = SURVEY_MODES.find((option) => option === next);
        if (mode) onChange(mode);
      }}
      error={error}
      required
    >
      <Stack gap="sm" mt="xs">
        {SURVEY_MODES.map((mode) => (
          <Radio.Card key={mode} value={mode} radius="md" p="md">
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator mt={2} />
              <Stack gap={2}>
                <Text fw={600}>{labels.mode(mode)}</Text>
                <Text size="sm">{labels.modeHelp(mode)}</Text>
                <Text size="xs" c="dimmed">
                  {t(`new.settings.privacy.${mode}`)}
                </Text>
              </Stack>
            </Group>
          </Radio.Card>
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** k: the smallest group whose results are shown. */
export function MinGroupSizeField({
  inputProps,
  mode,
}: {
  inputProps: GetInputPropsReturnType;
  mode: SurveyMode;
}) {
  const { t } = useTranslation('surveyAdmin');
  return (
    <NumberInput
      label={t('new.settings.minGroupSize')}
      description={
        mode === 'anonymous'
          ? `${t('new.settings.minGroupSizeHint', { min: MIN_GROUP_SIZE })} ${t('new.settings.minGroupSizeAnonymous')}`
          : t('new.settings.minGroupSizeHint', { min: MIN_GROUP_SIZE })
      }
      min={MIN_GROUP_SIZE}
      max={100}
      // Never raised silently on blur: a k below 3 stays as typed and the form says why it is refused.
      clampBehavior="none"
      allowDecimal={false}
      allowNegative={false}
      required
      maw={{ base: '100%', sm: 320 }}
      {...inputProps}
    />
  );
}
