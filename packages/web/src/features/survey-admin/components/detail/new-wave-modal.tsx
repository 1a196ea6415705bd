import { Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { SurveyDetail } from '../../../../api/types';
import { ErrorAlert } from '../../../../components/error-alert';
import { ResponsiveModal } from '../../../../components/responsive-modal';
import { serverFieldErrors } from '../../../../lib/server-field-errors';
import { useFormat } from '../../../../lib/use-format';
import { useNotify } from '../../../../lib/use-notify';
import { useCreateWave } from '../../api/create-wave';
import { useSemesterLabel, useWaveValidation, WaveFields } from '../wave-fields';
import { fromZoneLocal, nextWaveWindow, semesterOf } from '../wave-time';
import { createWaveBody, type WaveValues } from '../wave-values';

/** "Gelombang baru": the survey again, e.g. every six months, as a new draft wave. */
export function NewWaveModal({
  survey,
  opened,
  onClose,
}: {
  survey: SurveyDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('surveyAdmin');
  return (
    <ResponsiveModal opened={opened} onClose={onClose} title={t('wave.new.title')} size="lg">
      {opened && <NewWaveForm survey={survey} onDone={onClose} />}
    </ResponsiveModal>
  );
}

function NewWaveForm({ survey, onDone }: { survey: SurveyDetail; onDone: () => void }) {
  const { t } = useTranslation('surveyAdmin');
  const semesterLabel = useSemesterLabel();
  const validate = useWaveValidation();
  const create = useCreateWave();
  const notify = useNotify();
  const { timeZone } = useFormat();
  const isPublic = survey.mode === 'public';
  const latest = [...survey.waves].sort((a, b) => b.number - a.number)[0] ?? null;
  const initialWindow = nextWaveWindow(latest, new Date(), timeZone);
  const opens = fromZoneLocal(initialWindow.opensAt, timeZone);

  const form = useForm<WaveValues>({
    initialValues: {
      label: semesterLabel(semesterOf(opens ? new Date(opens) : new Date(), timeZone)),
      ...initialWindow,
      population: latest?.population ?? '',
      reminderAt: '',
    },
    validate: (values) => validate(values),
  });

  const submit = (values: WaveValues) => {
    const body = createWaveBody(values, { withPopulation: isPublic, withReminder: !isPublic }, timeZone);
    if (!body) return;
    create.mutate(
      { surveyId: survey.id, ...body },
      {
        onSuccess: () => {
          notify({ color: 'teal', message: t('wave.new.created', { label: body.label }) });
          onDone();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );
  };

  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="md">
        <Text size="sm">{t('wave.new.intro')}</Text>
        {create.isError && <ErrorAlert error={create.error} title={t('wave.new.failed')} />}
        <WaveFields
          values={form.values}
          inputProps={(field) => form.getInputProps(field)}
          withPopulation={isPublic}
          withReminder={!isPublic}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('confirm.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('wave.new.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
