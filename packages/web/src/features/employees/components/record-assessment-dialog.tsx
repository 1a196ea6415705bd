import { ASSESSMENT_METHODS, type AssessmentMethod } from '@jenjang/domain/competency/competency-dictionary';
import { COMPETENCY_LEVEL } from '@jenjang/domain/competency/competency-gap.rules';
import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import {
  Button,
  Group,
  Input,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competency, EmployeeDetail } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { competencyGroups, useCompetencyDictionary } from '../../../lib/get-competency-dictionary';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useRecordAssessment } from '../api/record-assessment';

const LEVELS = Array.from({ length: COMPETENCY_LEVEL.max - COMPETENCY_LEVEL.min + 1 }, (_, i) =>
  String(COMPETENCY_LEVEL.min + i),
);

interface Values {
  competencyId: string | null;
  level: string;
  assessedOn: string;
  method: string | null;
  assessor: string;
  source: string;
}

/**
 * "Catat penilaian": one assessment of one competency, on a day up to today (in the government's
 * time zone), by a method; the server's refusals show on the fields they concern.
 */
export function RecordAssessmentDialog({
  employee,
  onClose,
}: {
  employee: EmployeeDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation('competencies');
  const dictionary = useCompetencyDictionary();
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={t('assess.title', { name: employee.fullName })}
      size="lg"
    >
      {dictionary.isError ? (
        <ErrorAlert error={dictionary.error} onRetry={() => void dictionary.refetch()} />
      ) : dictionary.data ? (
        <RecordAssessmentForm employee={employee} competencies={dictionary.data.items} onClose={onClose} />
      ) : (
        <Skeleton h={360} aria-busy="true" />
      )}
    </ResponsiveModal>
  );
}

function RecordAssessmentForm({
  employee,
  competencies,
  onClose,
}: {
  employee: EmployeeDetail;
  competencies: Competency[];
  onClose: () => void;
}) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  const notify = useNotify();
  const record = useRecordAssessment(employee.id);
  const levelId = useId();
  const today = calendarDateIn(new Date(), format.timeZone);
  const form = useForm<Values>({
    initialValues: {
      competencyId: null,
      level: '',
      assessedOn: today,
      method: null,
      assessor: '',
      source: '',
    },
    validate: {
      competencyId: (value) => (value ? null : t('assess.competencyRequired')),
      level: (value) => (value ? null : t('assess.levelRequired')),
      assessedOn: (value) => {
        if (!value) return t('form.required');
        return value > today ? t('assess.future') : null;
      },
      method: (value) => (value ? null : t('assess.methodRequired')),
    },
  });
  const groups = competencyGroups(competencies, (type) => t(`types.${type}`));

  const submit = (values: Values) =>
    record.mutate(
      {
        competencyId: Number(values.competencyId),
        level: Number(values.level),
        assessedOn: values.assessedOn,
        method: values.method as AssessmentMethod,
        assessor: values.assessor.trim() || null,
        source: values.source.trim() || null,
      },
      {
        onSuccess: (saved) => {
          notify({ color: 'teal', message: t('assess.done', { code: saved.code, level: saved.level }) });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );

  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="md">
        {record.isError && <ErrorAlert error={record.error} />}
        <Select
          label={t('assess.competency')}
          placeholder={t('assess.competencyPlaceholder')}
          required
          searchable
          data={groups}
          data-autofocus
          comboboxProps={{ width: 'target', position: 'bottom-start' }}
          {...form.getInputProps('competencyId')}
        />
        <Input.Wrapper
          id={levelId}
          label={t('assess.level')}
          description={t('assess.levelHelp')}
          required
          error={form.errors.level}
          labelElement="div"
        >
          <div>
            <SegmentedControl
              color="indigo"
              aria-labelledby={`${levelId}-label`}
              aria-describedby={`${levelId}-description${form.errors.level ? ` ${levelId}-error` : ''}`}
              data={LEVELS}
              value={form.values.level}
              onChange={(value) => form.setFieldValue('level', value)}
              mt={4}
            />
          </div>
        </Input.Wrapper>
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label={t('assess.assessedOn')}
            required
            max={today}
            miw={180}
            {...form.getInputProps('assessedOn')}
          />
          <Select
            label={t('assess.method')}
            placeholder={t('assess.methodPlaceholder')}
            required
            allowDeselect={false}
            data={ASSESSMENT_METHODS.map((method) => ({ value: method, label: t(`methods.${method}`) }))}
            miw={200}
            {...form.getInputProps('method')}
          />
        </Group>
        <TextInput
          label={t('assess.assessor')}
          description={t('assess.assessorHelp')}
          maxLength={200}
          {...form.getInputProps('assessor')}
        />
        <TextInput
          label={t('assess.source')}
          description={t('assess.sourceHelp')}
          maxLength={200}
          {...form.getInputProps('source')}
        />
        <Text size="xs" c="dimmed">
          {t('assess.kept')}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('assess.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
