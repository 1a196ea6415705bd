import {
  COMPETENCY_CODE_MAX,
  isTechnicalCode,
  normaliseCompetencyCode,
} from '@jenjang/domain/competency/competency-dictionary';
import { Button, Fieldset, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Competency } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useNotify } from '../../../lib/use-notify';
import { useSaveCompetency } from '../api/save-competency';
import {
  bodyOf,
  initialValues,
  LEVELS,
  levelErrorsOnForm,
  linesOf,
  MAX_INDICATOR_LENGTH,
  MAX_INDICATORS,
  type Values,
} from './technical-competency-values';

/** A new technical competency, or one to change: its code, name, definition and levels 1–5. */
export function TechnicalCompetencyDialog({
  competency,
  onClose,
}: {
  competency: Competency | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('competencies');
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={
        competency ? t('technicalForm.titleEdit', { name: competency.name }) : t('technicalForm.titleNew')
      }
      size="lg"
    >
      <TechnicalCompetencyForm competency={competency} onClose={onClose} />
    </ResponsiveModal>
  );
}

function TechnicalCompetencyForm({
  competency,
  onClose,
}: {
  competency: Competency | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('competencies');
  const save = useSaveCompetency();
  const notify = useNotify();
  const form = useForm<Values>({
    initialValues: initialValues(competency),
    validate: {
      code: (value) => {
        if (value.trim() === '') return t('form.required');
        const code = normaliseCompetencyCode(value);
        return code && isTechnicalCode(code) ? null : t('technicalForm.codeRule');
      },
      name: (value) => (value.trim().length < 2 ? t('form.tooShort') : null),
      levels: {
        descriptor: (value, values, path) => {
          const index = Number(path.split('.')[1]);
          const indicators = values.levels[index]?.indicators ?? '';
          return value.trim() === '' && linesOf(indicators).length > 0
            ? t('technicalForm.descriptorNeeded')
            : null;
        },
        indicators: (value) => {
          const lines = linesOf(value);
          if (lines.length > MAX_INDICATORS)
            return t('technicalForm.tooManyIndicators', { max: MAX_INDICATORS });
          return lines.some((line) => line.length > MAX_INDICATOR_LENGTH)
            ? t('technicalForm.indicatorTooLong', { max: MAX_INDICATOR_LENGTH })
            : null;
        },
      },
    },
  });

  const submit = (values: Values) => {
    const body = bodyOf(values);
    save.mutate(
      { id: competency?.id ?? null, ...body },
      {
        onSuccess: (saved) => {
          notify({
            color: 'teal',
            message: t(competency ? 'technicalForm.updated' : 'technicalForm.created', {
              code: saved.code,
              name: saved.name,
            }),
          });
          onClose();
        },
        onError: (error) =>
          form.setErrors(
            levelErrorsOnForm(
              serverFieldErrors(error),
              body.levels.map((level) => level.level),
            ),
          ),
      },
    );
  };

  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="md">
        {save.isError && <ErrorAlert error={save.error} />}
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t('technicalForm.code')}
            description={t('technicalForm.codeHelp')}
            required
            maxLength={COMPETENCY_CODE_MAX}
            data-autofocus
            miw={160}
            {...form.getInputProps('code')}
          />
          <TextInput
            label={t('technicalForm.name')}
            required
            maxLength={200}
            miw={220}
            {...form.getInputProps('name')}
          />
        </Group>
        <Textarea
          label={t('technicalForm.definition')}
          autosize
          minRows={2}
          maxLength={4000}
          {...form.getInputProps('definition')}
        />
        {LEVELS.map((level, i) => (
          <Fieldset key={level} legend={t('level', { level })} variant="filled" radius="md">
            <Stack gap="sm">
              <Textarea
                label={t('technicalForm.descriptor')}
                description={i === 0 ? t('technicalForm.descriptorHelp') : undefined}
                autosize
                minRows={1}
                maxLength={1000}
                {...form.getInputProps(`levels.${i}.descriptor`)}
              />
              <Textarea
                label={t('technicalForm.indicators')}
                description={t('technicalForm.indicatorsHelp')}
                autosize
                minRows={2}
                {...form.getInputProps(`levels.${i}.indicators`)}
              />
            </Stack>
          </Fieldset>
        ))}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
