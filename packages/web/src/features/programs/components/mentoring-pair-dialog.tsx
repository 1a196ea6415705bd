import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentoringOverview } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { isApiError } from '../../../lib/api-client';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useNotify } from '../../../lib/use-notify';
import { useCreatePairs } from '../api/mentoring';

interface Values {
  mentorId: string | null;
  menteeId: string | null;
  overrideReason: string;
}

/**
 * One pair set by hand. A pair against the scheme's rules (another OPD, a supervisor, a conflict of
 * interest, no competency covered) needs a reason: the server says which rule (409), and the reason
 * field appears.
 */
export function ManualPairDialog({
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
  const create = useCreatePairs(programId);
  const [needsReason, setNeedsReason] = useState(false);
  const form = useForm<Values>({
    initialValues: { mentorId: null, menteeId: null, overrideReason: '' },
    validate: {
      mentorId: (value) => (value ? null : t('form.required')),
      menteeId: (value) => (value ? null : t('form.required')),
      overrideReason: (value) => (needsReason && !value.trim() ? t('form.required') : null),
    },
  });
  const submit = (values: Values) =>
    create.mutate(
      {
        pairs: [
          {
            mentorId: Number(values.mentorId),
            menteeId: Number(values.menteeId),
            overrideReason: values.overrideReason.trim() || null,
          },
        ],
      },
      {
        onSuccess: () => {
          notify({ color: 'teal', message: t('mentoring.manual.saved') });
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 409)) setNeedsReason(true);
          const fields = serverFieldErrors(error, 'body/pairs/0/');
          form.setErrors(fields);
        },
      },
    );
  const mentors = overview.mentors.map((m) => ({
    value: String(m.id),
    label: t('mentoring.manual.mentorOption', { name: m.name, paired: m.paired, capacity: m.capacity }),
    disabled: m.paired >= m.capacity,
  }));
  const mentees = overview.mentees
    .filter((m) => !m.paired)
    .map((m) => ({ value: String(m.id), label: m.name }));
  return (
    <ResponsiveModal opened onClose={onClose} title={t('mentoring.manual.title')}>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {create.isError && <ErrorAlert error={create.error} />}
          <Select
            label={t('mentoring.pair.mentor')}
            required
            searchable
            data-autofocus
            data={mentors}
            {...form.getInputProps('mentorId')}
          />
          <Select
            label={t('mentoring.pair.mentee')}
            required
            searchable
            data={mentees}
            {...form.getInputProps('menteeId')}
          />
          {needsReason && (
            <Textarea
              label={t('mentoring.manual.reason')}
              description={t('mentoring.manual.reasonHelp')}
              required
              autosize
              minRows={2}
              maxLength={500}
              {...form.getInputProps('overrideReason')}
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('mentoring.manual.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
