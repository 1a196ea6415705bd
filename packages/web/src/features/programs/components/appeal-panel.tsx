import { Alert, Button, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Program, ProgramApplication } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useAppeals, useFileAppeal } from '../api/appeals';

/**
 * An applicant not selected: their appeal (sanggah) and its decision, or the form to file one while
 * the program's window is open.
 */
export function AppealPanel({ program, application }: { program: Program; application: ProgramApplication }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const notify = useNotify();
  const offered = program.appealDays > 0 && program.selectedAt !== null;
  const appeals = useAppeals(program.id, offered);
  const file = useFileAppeal(program.id);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : t('form.required')) },
  });
  if (!offered || !appeals.data) return null;
  const appeal = appeals.data.items[0];
  if (appeal) {
    return (
      <Alert
        variant="light"
        color={appeal.state === 'upheld' ? 'teal' : appeal.state === 'rejected' ? 'orange' : 'blue'}
        title={t(`appeal.state.${appeal.state}`)}
      >
        <Stack gap={4}>
          <Text size="sm">{t('appeal.yourReason', { reason: appeal.reason })}</Text>
          {appeal.decision && (
            <Text size="sm">{t('appeal.decisionReason', { reason: appeal.decision })}</Text>
          )}
          <Text size="xs" c="dimmed">
            {t('appeal.filedAt', { at: format.timestamp(appeal.filedAt) })}
          </Text>
        </Stack>
      </Alert>
    );
  }
  const endsOn = appeals.data.windowEndsOn;
  const open =
    endsOn !== null &&
    program.state === 'selected' &&
    (application.state === 'waitlisted' || application.state === 'notSelected');
  if (!open) return null;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        file.mutate(values.reason.trim(), {
          onSuccess: () => notify({ color: 'teal', message: t('appeal.filed') }),
          onError: (error) => form.setErrors(serverFieldErrors(error)),
        }),
      )}
    >
      <Stack gap="xs">
        {file.isError && <ErrorAlert error={file.error} />}
        <Textarea
          label={t('appeal.label')}
          description={t('appeal.help', { day: format.date(endsOn) })}
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps('reason')}
        />
        <Button type="submit" variant="default" w={{ base: '100%', xs: 'auto' }} loading={file.isPending}>
          {t('appeal.submit')}
        </Button>
      </Stack>
    </form>
  );
}
