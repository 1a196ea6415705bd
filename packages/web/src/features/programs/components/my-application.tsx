import { STUDY_PATH } from '@jenjang/domain/programs/program-paths';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  List,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { MyApplication, Program, ProgramApplication } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { QueryContent } from '../../../components/query-content';
import { apiHref } from '../../../lib/api-client';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useApply, useMyApplication, useWithdraw } from '../api/programs';
import { AppealPanel } from './appeal-panel';
import { Bar } from './bar';
import { ApplicationStateBadge } from './program-state-badge';

/** The reader's own standing: whether they may apply and why not, the form, and their outcome with its reasons. */
export function MyApplicationSection({ program }: { program: Program }) {
  const { t } = useTranslation('programs');
  const mine = useMyApplication(program.id, true);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="my-application">
      <Stack gap="sm">
        <Title order={2} size="h4" id="my-application">
          {t('mine.title')}
        </Title>
        <QueryContent query={mine} height={120}>
          {(data) => <Standing program={program} mine={data} />}
        </QueryContent>
      </Stack>
    </Card>
  );
}

function Standing({ program, mine }: { program: Program; mine: MyApplication }) {
  const { t } = useTranslation('programs');
  const application = mine.application;
  const live = application !== null && application.state !== 'withdrawn';
  // A withdrawn application shows as such, unless applications are open again to apply anew.
  if (application !== null && !live && program.state !== 'open') {
    return (
      <Outcome
        program={program}
        application={application}
        explanation={mine.explanation}
        cutoffs={mine.cutoffs}
      />
    );
  }
  if (!live) {
    if (!mine.eligibility.eligible) {
      return (
        <Alert color="orange" variant="light" title={t('mine.notEligible')}>
          <List size="sm" spacing={4}>
            {mine.eligibility.explanations.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        </Alert>
      );
    }
    if (program.state !== 'open') return <Text size="sm">{t('mine.notOpen')}</Text>;
    return <ApplyForm program={program} />;
  }
  return (
    <Outcome
      program={program}
      application={application}
      explanation={mine.explanation}
      cutoffs={mine.cutoffs}
    />
  );
}

interface ApplyValues {
  first: string | null;
  second: string | null;
  third: string | null;
  motivation: string;
}

const CHOICES = ['first', 'second', 'third'] as const;

/** Up to three batches in order of preference, and why the person wants to take part. */
function ApplyForm({ program }: { program: Program }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const notify = useNotify();
  const apply = useApply(program.id);
  const form = useForm<ApplyValues>({
    initialValues: {
      first: program.batches.length === 1 ? String(program.batches[0]!.id) : null,
      second: null,
      third: null,
      motivation: '',
    },
    validate: { first: (value) => (value ? null : t('apply.firstRequired')) },
  });
  const options = (taken: (string | null)[]) =>
    program.batches
      .filter((b) => b.capacity > 0)
      .map((b) => ({
        value: String(b.id),
        label: t('apply.batchOption', {
          name: b.name,
          from: format.date(b.startsOn),
          to: format.date(b.endsOn),
        }),
        disabled: taken.includes(String(b.id)),
      }));
  const submit = (values: ApplyValues) =>
    apply.mutate(
      {
        preferences: CHOICES.map((c) => values[c])
          .filter((v): v is string => v !== null)
          .map(Number),
        motivation: values.motivation.trim() || null,
      },
      {
        onSuccess: () => notify({ color: 'teal', message: t('apply.done') }),
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );
  const shown = CHOICES.slice(0, Math.min(3, program.batches.length));
  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="sm">
        <Text size="sm">{t('apply.intro')}</Text>
        {apply.isError && <ErrorAlert error={apply.error} />}
        {shown.map((choice, index) => (
          <Select
            key={choice}
            label={t(`apply.${choice}`)}
            required={index === 0}
            placeholder={t('apply.choose')}
            clearable={index > 0}
            clearButtonProps={{ 'aria-label': t('apply.clear') }}
            data={options(shown.filter((c) => c !== choice).map((c) => form.values[c]))}
            comboboxProps={{ width: 'target', position: 'bottom-start' }}
            {...form.getInputProps(choice)}
          />
        ))}
        <Textarea
          label={t('apply.motivation')}
          description={t('apply.motivationHelp')}
          autosize
          minRows={2}
          maxLength={1000}
          {...form.getInputProps('motivation')}
        />
        <Button type="submit" loading={apply.isPending} w={{ base: '100%', xs: 'auto' }}>
          {t('apply.submit')}
        </Button>
      </Stack>
    </form>
  );
}

function Outcome({
  program,
  application,
  explanation,
  cutoffs,
}: {
  program: Program;
  application: ProgramApplication;
  explanation: string | null;
  cutoffs: MyApplication['cutoffs'];
}) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const notify = useNotify();
  const withdraw = useWithdraw(program.id);
  const batchName = (id: number) => program.batches.find((b) => b.id === id)?.name ?? '—';
  const withdrawable =
    program.state !== 'completed' &&
    program.state !== 'cancelled' &&
    application.completion === null &&
    application.state !== 'withdrawn' &&
    application.state !== 'notSelected';
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <ApplicationStateBadge state={application.state} />
        {application.batchId !== null && <Text size="sm">{batchName(application.batchId)}</Text>}
      </Group>
      {/* A degree study's intake is no event to put in a calendar. */}
      {application.batchId !== null && application.completion === null && program.pathCode !== STUDY_PATH && (
        <Anchor
          size="sm"
          href={apiHref('/api/v1/programs/{id}/batches/{batchId}/calendar.ics', {
            path: { id: program.id, batchId: application.batchId },
          })}
        >
          {t('mine.calendar')}
        </Anchor>
      )}
      {application.completion !== null ? (
        <Alert
          variant="light"
          color={application.completion === 'completed' ? 'teal' : 'orange'}
          title={application.completion === 'completed' ? t('mine.completed') : t('mine.failed')}
        >
          {application.completion === 'completed'
            ? t('mine.completedLine', { jp: format.number(program.jp) })
            : t(`mine.failure.${application.completionFailure ?? 'both'}`)}
          {application.certificateId !== null && (
            <Anchor
              display="block"
              mt="xs"
              size="sm"
              href={apiHref('/api/v1/programs/{id}/certificates/{certificateId}/pdf', {
                path: { id: program.id, certificateId: application.certificateId },
                query: { lang: format.language },
              })}
            >
              {t('mine.certificate')}
            </Anchor>
          )}
        </Alert>
      ) : (
        explanation && (
          <Text size="sm" aria-live="polite">
            {explanation}
          </Text>
        )
      )}
      <Text size="sm">
        {t('mine.preferences', { batches: application.preferences.map(batchName).join(' → ') })}
      </Text>
      {application.scoreLines && application.score !== null && (
        <ScoreBreakdown
          lines={application.scoreLines}
          score={application.score}
          cutoffs={cutoffs}
          batchName={batchName}
        />
      )}
      <AppealPanel program={program} application={application} />
      {withdraw.isError && <ErrorAlert error={withdraw.error} />}
      {withdrawable && (
        <Button
          variant="default"
          color="red"
          w={{ base: '100%', xs: 'auto' }}
          loading={withdraw.isPending}
          onClick={() =>
            withdraw.mutate(application.id, {
              onSuccess: () => notify({ color: 'teal', message: t('mine.withdrawn') }),
            })
          }
        >
          {t('mine.withdraw')}
        </Button>
      )}
      <Text size="xs" c="dimmed">
        {t('mine.appliedAt', { at: format.timestamp(application.appliedAt) })}
      </Text>
    </Stack>
  );
}

/** Each criterion's points as a bar (the eye compares them faster than the figures), then the total and the cut-offs. */
function ScoreBreakdown({
  lines,
  score,
  cutoffs,
  batchName,
}: {
  lines: NonNullable<ProgramApplication['scoreLines']>;
  score: number;
  cutoffs: MyApplication['cutoffs'];
  batchName: (id: number) => string;
}) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const points = (hundredths: number) => format.number(Math.round(hundredths) / 100);
  return (
    <Stack gap={6} component="section" aria-labelledby="score-breakdown">
      <Text size="sm" fw={600} id="score-breakdown">
        {t('score.title', { score: points(score) })}
      </Text>
      {lines.map((line) => (
        <Stack key={line.criterion} gap={2}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm">{t(`criterion.${line.criterion}`)}</Text>
            <Text size="sm">
              {t('score.line', {
                points: format.number(line.points),
                weight: format.number(line.weight),
                contribution: points(line.contribution),
              })}
            </Text>
          </Group>
          <Bar
            value={line.points}
            label={t(`criterion.${line.criterion}`)}
            text={t('score.points', { points: format.number(line.points) })}
          />
          <Text size="xs" c="dimmed">
            {line.criterion === 'recommendation'
              ? t(line.value ? 'scoreValue.recommended' : 'scoreValue.notRecommended')
              : line.criterion === 'sinceLastDevelopment' && line.value === null
                ? t('scoreValue.never')
                : t(`scoreValue.${line.criterion}`, { value: line.value ?? '—' })}
          </Text>
        </Stack>
      ))}
      {cutoffs.some((c) => c.cutoff !== null) && (
        <List size="sm" spacing={2}>
          {cutoffs.map((c) => (
            <List.Item key={c.batchId}>
              {t('score.cutoff', {
                batch: batchName(c.batchId),
                cutoff: c.cutoff === null ? '—' : points(c.cutoff),
              })}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
