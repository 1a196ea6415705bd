import { Button, Group, NumberInput, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeSummary, MentoringOverview } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { SEARCH_MIN_LENGTH, ServerSearchSelect } from '../../../components/server-search-select';
import { useFindEmployees } from '../../../lib/find-employees';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useNotify } from '../../../lib/use-notify';
import { useAddExclusion, useAddMentees, useAddMentor } from '../api/mentoring';

type Picked = Pick<EmployeeSummary, 'id' | 'fullName' | 'nipFormatted'>;
type Mentor = MentoringOverview['mentors'][number];

const asPicked = (employee: EmployeeSummary): Picked => employee;
const nameOf = (employee: Picked) => employee.fullName;
const nipOf = (employee: Picked) => employee.nipFormatted;

/** Finds an active employee of the government by name or NIP (the registry's search). */
function EmployeePicker({
  value,
  onChange,
  label,
  error,
}: {
  value: Picked | null;
  onChange: (employee: Picked | null) => void;
  label: string;
  error?: string | null;
}) {
  const { t } = useTranslation('programs');
  return (
    <ServerSearchSelect
      value={value}
      onChange={onChange}
      useMatches={useFindEmployees}
      toItem={asPicked}
      nameOf={nameOf}
      detailOf={nipOf}
      label={label}
      description={t('mentoring.picker.help')}
      placeholder={t('mentoring.picker.placeholder')}
      clearLabel={t('mentoring.picker.clear')}
      typeMore={t('mentoring.picker.typeMore', { min: SEARCH_MIN_LENGTH })}
      nothingFound={t('mentoring.picker.nothingFound')}
      error={error}
    />
  );
}

function DialogButtons({ pending, onClose }: { pending: boolean; onClose: () => void }) {
  const { t } = useTranslation('programs');
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onClose}>
        {t('form.cancel')}
      </Button>
      <Button type="submit" loading={pending}>
        {t('form.save')}
      </Button>
    </Group>
  );
}

/** Names a mentor with their capacity, or changes the capacity of one already named. */
export function MentorDialog({
  programId,
  mentor,
  defaultCapacity,
  onClose,
}: {
  programId: number;
  mentor: Mentor | null;
  defaultCapacity: number;
  onClose: () => void;
}) {
  const { t } = useTranslation('programs');
  const notify = useNotify();
  const add = useAddMentor(programId);
  const [person, setPerson] = useState<Picked | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const form = useForm<{ capacity: number | string }>({
    initialValues: { capacity: mentor?.capacity ?? '' },
  });
  const submit = (values: { capacity: number | string }) => {
    const employeeId = mentor?.id ?? person?.id;
    if (employeeId === undefined) {
      setPickError(t('form.required'));
      return;
    }
    add.mutate(
      { employeeId, capacity: values.capacity === '' ? null : Number(values.capacity) },
      {
        onSuccess: () => {
          notify({ color: 'teal', message: t('mentoring.mentors.saved') });
          onClose();
        },
        onError: (error) => {
          const errors = serverFieldErrors(error);
          form.setErrors(errors);
          setPickError(errors.employeeId ?? null);
        },
      },
    );
  };
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={mentor ? t('mentoring.mentors.capacityOf', { name: mentor.name }) : t('mentoring.mentors.add')}
    >
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {add.isError && <ErrorAlert error={add.error} />}
          {mentor ? (
            <Text size="sm" fw={600}>
              {mentor.name} · {mentor.nip}
            </Text>
          ) : (
            <EmployeePicker
              label={t('mentoring.mentors.employee')}
              value={person}
              onChange={(next) => {
                setPerson(next);
                setPickError(null);
              }}
              error={pickError}
            />
          )}
          <NumberInput
            label={t('mentoring.mentors.capacityField')}
            description={t('mentoring.mentors.capacityHelp', { count: defaultCapacity })}
            min={0}
            max={20}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('capacity')}
          />
          <DialogButtons pending={add.isPending} onClose={onClose} />
        </Stack>
      </form>
    </ResponsiveModal>
  );
}

/** Adds a mentee to the scheme. */
export function MenteeDialog({ programId, onClose }: { programId: number; onClose: () => void }) {
  const { t } = useTranslation('programs');
  const notify = useNotify();
  const add = useAddMentees(programId);
  const [person, setPerson] = useState<Picked | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!person) {
      setError(t('form.required'));
      return;
    }
    add.mutate([person.id], {
      onSuccess: () => {
        notify({ color: 'teal', message: t('mentoring.mentees.saved', { name: person.fullName }) });
        onClose();
      },
      onError: (failure) => setError(serverFieldErrors(failure).employeeIds ?? null),
    });
  };
  return (
    <ResponsiveModal opened onClose={onClose} title={t('mentoring.mentees.add')}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {add.isError && <ErrorAlert error={add.error} />}
          <EmployeePicker
            label={t('mentoring.mentees.employee')}
            value={person}
            onChange={(next) => {
              setPerson(next);
              setError(null);
            }}
            error={error}
          />
          <DialogButtons pending={add.isPending} onClose={onClose} />
        </Stack>
      </form>
    </ResponsiveModal>
  );
}

interface ExclusionValues {
  mentorId: string | null;
  menteeId: string | null;
  reason: string;
}

/** Records a conflict of interest between a mentor and a mentee: the pair is never proposed. */
export function ExclusionDialog({
  programId,
  overview,
  onClose,
}: {
  programId: number;
  overview: MentoringOverview;
  onClose: () => void;
}) {
  const { t } = useTranslation('programs');
  const notify = useNotify();
  const add = useAddExclusion(programId);
  const form = useForm<ExclusionValues>({
    initialValues: { mentorId: null, menteeId: null, reason: '' },
    validate: {
      mentorId: (value) => (value ? null : t('form.required')),
      menteeId: (value) => (value ? null : t('form.required')),
      reason: (value) => (value.trim() ? null : t('form.required')),
    },
  });
  const submit = (values: ExclusionValues) =>
    add.mutate(
      { mentorId: Number(values.mentorId), menteeId: Number(values.menteeId), reason: values.reason.trim() },
      {
        onSuccess: () => {
          notify({ color: 'teal', message: t('mentoring.exclusions.saved') });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );
  return (
    <ResponsiveModal opened onClose={onClose} title={t('mentoring.exclusions.add')}>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {add.isError && <ErrorAlert error={add.error} />}
          <Text size="sm" c="dimmed">
            {t('mentoring.exclusions.help')}
          </Text>
          <Select
            label={t('mentoring.pair.mentor')}
            required
            searchable
            data={overview.mentors.map((m) => ({ value: String(m.id), label: m.name }))}
            {...form.getInputProps('mentorId')}
          />
          <Select
            label={t('mentoring.pair.mentee')}
            required
            searchable
            data={overview.mentees.map((m) => ({ value: String(m.id), label: m.name }))}
            {...form.getInputProps('menteeId')}
          />
          <Textarea
            label={t('mentoring.exclusions.reason')}
            required
            autosize
            minRows={2}
            maxLength={500}
            {...form.getInputProps('reason')}
          />
          <DialogButtons pending={add.isPending} onClose={onClose} />
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
