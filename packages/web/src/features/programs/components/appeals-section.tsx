import { Badge, Button, Card, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { QueryContent } from '../../../components/query-content';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useAppeals, useDecideAppeal } from '../api/appeals';

type AppealItem = NonNullable<ReturnType<typeof useAppeals>['data']>['items'][number];

const STATE_COLOR = { pending: 'blue', upheld: 'teal', rejected: 'gray' } as const;

/** The agency's view of the appeals against the selection: each with its reason, and the decision to record. */
export function AppealsSection({ program }: { program: Program }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const appeals = useAppeals(program.id, true);
  const [deciding, setDeciding] = useState<AppealItem | null>(null);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="appeals">
      <Stack gap="sm">
        <Title order={2} size="h4" id="appeals">
          {t('appeal.title')}
        </Title>
        <QueryContent query={appeals} height={80}>
          {(data) => (
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {data.windowEndsOn
                  ? t('appeal.window', { day: format.date(data.windowEndsOn) })
                  : t('appeal.noWindow')}
              </Text>
              {data.items.length === 0 && <Text size="sm">{t('appeal.none')}</Text>}
              {data.items.map((appeal) => (
                <Stack key={appeal.id} gap={4} p="sm" bd="1px solid var(--mantine-color-gray-3)">
                  <Group justify="space-between" gap="xs">
                    <Text size="sm" fw={600}>
                      {appeal.employee.name}
                    </Text>
                    <Badge color={STATE_COLOR[appeal.state]} variant="light">
                      {t(`appeal.state.${appeal.state}`)}
                    </Badge>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {[appeal.employee.nip, appeal.employee.unit, format.timestamp(appeal.filedAt)]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                  <Text size="sm">{appeal.reason}</Text>
                  {appeal.decision && (
                    <Text size="sm" c="dimmed">
                      {t('appeal.decisionBy', { reason: appeal.decision, by: appeal.decidedBy ?? '—' })}
                    </Text>
                  )}
                  {appeal.state === 'pending' && (
                    <Button size="xs" variant="default" w="fit-content" onClick={() => setDeciding(appeal)}>
                      {t('appeal.decide')}
                    </Button>
                  )}
                </Stack>
              ))}
            </Stack>
          )}
        </QueryContent>
      </Stack>
      {deciding && <DecisionDialog program={program} appeal={deciding} onClose={() => setDeciding(null)} />}
    </Card>
  );
}

function DecisionDialog({
  program,
  appeal,
  onClose,
}: {
  program: Program;
  appeal: AppealItem;
  onClose: () => void;
}) {
  const { t } = useTranslation('programs');
  const notify = useNotify();
  const decide = useDecideAppeal(program.id);
  const form = useForm<{ decision: string | null; reason: string; batchId: string | null }>({
    initialValues: { decision: null, reason: '', batchId: null },
    validate: {
      decision: (value) => (value ? null : t('form.required')),
      reason: (value) => (value.trim() ? null : t('form.required')),
    },
  });
  const submit = (values: typeof form.values) =>
    decide.mutate(
      {
        appealId: appeal.id,
        decision: values.decision as 'upheld' | 'rejected',
        reason: values.reason.trim(),
        batchId: values.decision === 'upheld' && values.batchId ? Number(values.batchId) : null,
      },
      {
        onSuccess: () => {
          notify({ color: 'teal', message: t('appeal.decided') });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );
  return (
    <ResponsiveModal opened onClose={onClose} title={t('appeal.decideTitle', { name: appeal.employee.name })}>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {decide.isError && <ErrorAlert error={decide.error} />}
          <Text size="sm">{appeal.reason}</Text>
          <Select
            label={t('appeal.decision')}
            required
            data={[
              { value: 'upheld', label: t('appeal.state.upheld') },
              { value: 'rejected', label: t('appeal.state.rejected') },
            ]}
            {...form.getInputProps('decision')}
          />
          <Textarea
            label={t('appeal.reasons')}
            required
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('reason')}
          />
          {form.values.decision === 'upheld' && (
            <Select
              label={t('appeal.seat')}
              description={t('appeal.seatHelp')}
              clearable
              data={program.batches.map((b) => ({
                value: String(b.id),
                label: t('appeal.seatOption', { name: b.name, left: b.capacity - b.taken }),
              }))}
              {...form.getInputProps('batchId')}
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={decide.isPending}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
