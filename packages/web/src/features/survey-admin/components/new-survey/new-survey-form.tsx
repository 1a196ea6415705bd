import { Alert, Button, Group, Stack, Stepper } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/error-alert';
import { AnchorLink } from '../../../../components/router-links';
import { serverFieldErrors } from '../../../../lib/server-field-errors';
import { useFormat } from '../../../../lib/use-format';
import { useNotify } from '../../../../lib/use-notify';
import { useCreateInstrument } from '../../api/create-instrument';
import { useCreateSurvey } from '../../api/create-survey';
import { useCreateWave } from '../../api/create-wave';
import { useSemesterLabel, useWaveValidation, WaveFields } from '../wave-fields';
import { defaultWindow, semesterOf } from '../wave-time';
import { createWaveBody } from '../wave-values';
import { AudienceBuilder } from './audience-builder';
import {
  audienceOf,
  createSurveyBody,
  DEFAULT_MIN_GROUP_SIZE,
  defaultModeFor,
  MIN_GROUP_SIZE,
  type NewSurveyValues,
  parseQuestionnaire,
  surveyErrorPath,
} from './new-survey-values';
import { QuestionnairePicker } from './questionnaire-picker';
import { ServiceFields } from './service-fields';
import { MinGroupSizeField, ModeField, TitleField } from './survey-settings';

const LAST_STEP = 2;

/** Three steps: questionnaire, settings (mode, audience or service, k), first wave. */
export function NewSurveyForm() {
  const { t } = useTranslation('surveyAdmin');
  const navigate = useNavigate();
  const isPhone = useMediaQuery('(max-width: 35.99em)', false, { getInitialValueInEffect: false });
  const semesterLabel = useSemesterLabel();
  const validateWave = useWaveValidation();
  // Windows are typed, and semesters counted, on the government's clock.
  const { timeZone } = useFormat();
  const [active, setActive] = useState(0);
  const createInstrument = useCreateInstrument();
  const createSurvey = useCreateSurvey();
  const createWave = useCreateWave();
  const notify = useNotify();
  // What a failed submission already created, so that trying again does not create it twice.
  const [surveyId, setSurveyId] = useState<number | null>(null);
  const copies = useRef(new Map<string, number>());
  const autoTitle = useRef('');

  const form = useForm<NewSurveyValues>({
    initialValues: {
      questionnaire: null,
      title: '',
      mode: 'anonymous',
      unitIds: [],
      positionKinds: [],
      golongan: [],
      employeeTypes: [],
      serviceUnitId: undefined,
      serviceName: '',
      minGroupSize: DEFAULT_MIN_GROUP_SIZE,
      wave: {
        label: semesterLabel(semesterOf(new Date(), timeZone)),
        ...defaultWindow(new Date(), timeZone),
        population: '',
        reminderAt: '',
      },
    },
  });
  const values = form.values;
  const isPublic = values.mode === 'public';

  const stepErrors = (step: number): Record<string, string> => {
    const errors: Record<string, string> = {};
    if (step === 0 && !parseQuestionnaire(values.questionnaire)) {
      errors.questionnaire = t('new.errors.questionnaireRequired');
    }
    if (step === 1) {
      if (values.title.trim().length < 3) errors.title = t('new.errors.titleTooShort', { min: 3 });
      const k = Number(values.minGroupSize);
      if (values.minGroupSize === '' || !Number.isInteger(k) || k > 100) {
        errors.minGroupSize = t('new.errors.minGroupSize', { min: MIN_GROUP_SIZE, max: 100 });
      } else if (k < MIN_GROUP_SIZE) {
        // Said, never raised silently: the admin asked for a smaller k and must know it is refused.
        errors.minGroupSize = t('new.errors.minGroupSizeTooSmall', { min: MIN_GROUP_SIZE, value: k });
      }
      if (isPublic && values.serviceName.trim() === '')
        errors.serviceName = t('new.errors.serviceNameRequired');
    }
    if (step === 2) Object.assign(errors, validateWave(values.wave, 'wave.'));
    return errors;
  };

  const goTo = (step: number) => {
    for (let earlier = 0; earlier < step; earlier++) {
      const errors = stepErrors(earlier);
      if (Object.keys(errors).length > 0) {
        form.setErrors(errors);
        setActive(earlier);
        return false;
      }
    }
    setActive(step);
    return true;
  };

  const instrumentIdFor = async (): Promise<number> => {
    const picked = parseQuestionnaire(values.questionnaire);
    if (!picked) throw new Error('no questionnaire');
    if (picked.kind === 'instrument') return picked.id;
    const existing = copies.current.get(picked.key);
    if (existing) return existing;
    const copy = await createInstrument.mutateAsync({ templateKey: picked.key });
    copies.current.set(picked.key, copy.id);
    return copy.id;
  };

  const submit = async () => {
    if (!goTo(LAST_STEP)) return;
    const waveErrors = stepErrors(LAST_STEP);
    const wave = createWaveBody(values.wave, { withPopulation: isPublic, withReminder: !isPublic }, timeZone);
    if (Object.keys(waveErrors).length > 0 || !wave) {
      form.setErrors(waveErrors);
      return;
    }
    let id = surveyId;
    try {
      if (id === null) {
        const survey = await createSurvey.mutateAsync(createSurveyBody(values, await instrumentIdFor()));
        id = survey.id;
        setSurveyId(id);
      }
    } catch (error) {
      const fields = Object.entries(serverFieldErrors(error));
      if (fields.length > 0) {
        form.setErrors(Object.fromEntries(fields.map(([path, message]) => [surveyErrorPath(path), message])));
        setActive(1);
      }
      return;
    }
    try {
      await createWave.mutateAsync({ surveyId: id, ...wave });
    } catch (error) {
      const fields = serverFieldErrors(error);
      form.setErrors(
        Object.fromEntries(Object.entries(fields).map(([path, message]) => [`wave.${path}`, message])),
      );
      return;
    }
    notify({ color: 'teal', message: t('new.created', { title: values.title.trim() }) });
    void navigate({ to: '/surveys/$surveyId', params: { surveyId: String(id) } });
  };

  const failure = createInstrument.error ?? createSurvey.error ?? createWave.error;
  const busy = createInstrument.isPending || createSurvey.isPending || createWave.isPending;
  const locked = surveyId !== null;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (active < LAST_STEP) goTo(active + 1);
        else void submit();
      }}
    >
      <Stack gap="lg">
        <Stepper
          active={active}
          onStepClick={(step) => {
            if (!locked || step === LAST_STEP) goTo(step);
          }}
          allowNextStepsSelect={false}
          size={isPhone ? 'xs' : 'sm'}
        >
          <Stepper.Step
            label={t('new.steps.questionnaire')}
            description={isPhone ? undefined : t('new.steps.questionnaireHint')}
          >
            <QuestionnairePicker
              value={values.questionnaire}
              error={form.errors.questionnaire}
              onChange={(picked) => {
                form.setFieldValue('questionnaire', picked.value);
                form.clearFieldError('questionnaire');
                form.setFieldValue('mode', defaultModeFor(picked.kind));
                // A title typed by the user stays; one filled in from the last choice follows the new one.
                if (values.title === '' || values.title === autoTitle.current) {
                  form.setFieldValue('title', picked.title);
                  autoTitle.current = picked.title;
                }
              }}
            />
          </Stepper.Step>
          <Stepper.Step
            label={t('new.steps.settings')}
            description={isPhone ? undefined : t('new.steps.settingsHint')}
          >
            <Stack gap="lg">
              <TitleField inputProps={form.getInputProps('title')} />
              <ModeField
                value={values.mode}
                onChange={(mode) => form.setFieldValue('mode', mode)}
                error={form.errors.mode}
              />
              {isPublic ? (
                <ServiceFields
                  unitId={values.serviceUnitId}
                  onUnitChange={(unitId, name) => {
                    form.setFieldValue('serviceUnitId', unitId);
                    if (name && values.serviceName.trim() === '') form.setFieldValue('serviceName', name);
                  }}
                  unitError={form.errors.serviceUnitId}
                  nameProps={form.getInputProps('serviceName')}
                />
              ) : (
                <AudienceBuilder
                  value={values}
                  onChange={(patch) => form.setValues(patch)}
                  errors={form.errors}
                  audience={audienceOf(values)}
                  minGroupSize={values.mode === 'anonymous' ? Number(values.minGroupSize) || null : null}
                />
              )}
              <MinGroupSizeField inputProps={form.getInputProps('minGroupSize')} mode={values.mode} />
            </Stack>
          </Stepper.Step>
          <Stepper.Step
            label={t('new.steps.wave')}
            description={isPhone ? undefined : t('new.steps.waveHint')}
          >
            <Stack gap="md">
              <Alert variant="light" color="indigo">
                {t('new.wave.intro')}
              </Alert>
              <WaveFields
                values={values.wave}
                inputProps={(field) => form.getInputProps(`wave.${field}`)}
                withPopulation={isPublic}
                withReminder={!isPublic}
              />
            </Stack>
          </Stepper.Step>
        </Stepper>

        {locked && (
          <Alert color="orange" variant="light" title={t('new.partial.title')}>
            {t('new.partial.body')}{' '}
            <AnchorLink to="/surveys/$surveyId" params={{ surveyId: String(surveyId) }}>
              {t('new.partial.link')}
            </AnchorLink>
          </Alert>
        )}
        {failure && !busy && <ErrorAlert error={failure} title={t('new.failed')} />}

        <Group justify="space-between" gap="sm">
          <Button
            variant="default"
            onClick={() => setActive((step) => Math.max(0, step - 1))}
            disabled={active === 0 || (locked && active === LAST_STEP)}
          >
            {t('new.back')}
          </Button>
          <Button type="submit" loading={busy}>
            {active < LAST_STEP ? t('new.next') : t('new.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
