import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import {
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { MentoringPairDetail, MentoringSession } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { ErrorAlert } from '../../../components/error-alert';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useConfirmSession, useDeleteSession, useLogSession } from '../api/mentoring';
import { pairAbilities, sessionJpPreview } from './mentoring-values';

/**
 * The pair's sessions: the form to log one (its JP shown as it will count), and each session with
 * whether the other side has confirmed it; its JP go to the mentee's year once confirmed.
 */
export function PairSessions({ pair }: { pair: MentoringPairDetail }) {
  const { t } = useTranslation('programs');
  const can = pairAbilities(pair);
  const confirm = useConfirmSession(pair.id);
  const remove = useDeleteSession(pair.id);
  const failed = [confirm, remove].find((m) => m.isError);
  return (
    <Stack gap="sm" component="section" aria-labelledby="pair-sessions">
      <Title order={2} size="h4" id="pair-sessions">
        {t('mentoring.sessions.title')}
      </Title>
      {can.works && <LogSessionForm pair={pair} />}
      {failed && <ErrorAlert error={failed.error} />}
      {pair.sessionList.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('mentoring.sessions.none')}
        </Text>
      ) : (
        <CardList label={t('mentoring.sessions.listLabel')} busy={confirm.isPending || remove.isPending}>
          {pair.sessionList.map((session) => (
            <SessionCard
              key={session.id}
              session={session}
              onConfirm={() => confirm.mutate(session.id)}
              confirming={confirm.isPending && confirm.variables === session.id}
              onDelete={can.withdraws(session) ? () => remove.mutate(session.id) : null}
              deleting={remove.isPending && remove.variables === session.id}
            />
          ))}
        </CardList>
      )}
    </Stack>
  );
}

function SessionCard({
  session,
  onConfirm,
  confirming,
  onDelete,
  deleting,
}: {
  session: MentoringSession;
  onConfirm: () => void;
  confirming: boolean;
  onDelete: (() => void) | null;
  deleting: boolean;
}) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const confirmed = session.confirmedAt !== null;
  const named = { topic: session.topic, day: format.date(session.heldOn) };
  return (
    <CardItem>
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {session.topic}
          </Text>
          <Badge color={confirmed ? 'teal' : 'yellow'} variant="light" autoContrast style={{ flex: 'none' }}>
            {confirmed ? t('mentoring.sessions.confirmed') : t('mentoring.sessions.waiting')}
          </Badge>
        </Group>
        <Text size="sm">
          {t('mentoring.sessions.facts', {
            day: format.date(session.heldOn),
            minutes: format.number(session.minutes),
            jp: format.number(session.jp),
          })}
        </Text>
        {session.notes && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {session.notes}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t(`mentoring.sessions.loggedAs.${session.loggedAs}`, { name: session.loggedBy ?? '—' })}
          {session.confirmedAt &&
            ` · ${t('mentoring.sessions.confirmedAt', { at: format.timestamp(session.confirmedAt) })}`}
        </Text>
        {(session.canConfirm || onDelete) && (
          <Group gap="xs" mt={4}>
            {session.canConfirm && (
              <Button
                size="xs"
                aria-label={t('mentoring.sessions.confirmNamed', named)}
                loading={confirming}
                onClick={onConfirm}
              >
                {t('mentoring.sessions.confirm')}
              </Button>
            )}
            {onDelete && (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                aria-label={t('mentoring.sessions.deleteNamed', named)}
                loading={deleting}
                onClick={onDelete}
              >
                {t('mentoring.sessions.delete')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </CardItem>
  );
}

interface Values {
  heldOn: string;
  topic: string;
  minutes: number | string;
  notes: string;
}

/** "Catat sesi": a session that took place, by one side (the other confirms it) or by the agency. */
function LogSessionForm({ pair }: { pair: MentoringPairDetail }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const notify = useNotify();
  const log = useLogSession(pair.id);
  const today = calendarDateIn(new Date(), format.timeZone);
  const form = useForm<Values>({
    initialValues: { heldOn: today, topic: '', minutes: 60, notes: '' },
    validate: {
      heldOn: (value) =>
        !value ? t('form.required') : value > today ? t('mentoring.sessions.future') : null,
      topic: (value) => (value.trim() ? null : t('form.required')),
      minutes: (value) =>
        sessionJpPreview(value, pair.scheme) === null ? t('mentoring.sessions.minutesRange') : null,
    },
  });
  const jp = sessionJpPreview(form.values.minutes, pair.scheme);
  const other = pair.side === 'mentor' ? pair.mentee.name : pair.side === 'mentee' ? pair.mentor.name : null;
  const submit = (values: Values) =>
    log.mutate(
      {
        heldOn: values.heldOn,
        topic: values.topic.trim(),
        minutes: Number(values.minutes),
        notes: values.notes.trim() || null,
      },
      {
        onSuccess: () => {
          notify({
            color: 'teal',
            message: other
              ? t('mentoring.sessions.loggedWaiting', { name: other })
              : t('mentoring.sessions.logged'),
          });
          form.reset();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="pair-log-session">
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="sm">
          <Title order={3} size="h5" id="pair-log-session">
            {t('mentoring.sessions.log')}
          </Title>
          {log.isError && <ErrorAlert error={log.error} />}
          <TextInput
            type="date"
            label={t('mentoring.sessions.heldOn')}
            required
            min={pair.scheme.startsOn}
            max={today < pair.scheme.endsOn ? today : pair.scheme.endsOn}
            {...form.getInputProps('heldOn')}
          />
          <TextInput
            label={t('mentoring.sessions.topic')}
            required
            maxLength={300}
            {...form.getInputProps('topic')}
          />
          <NumberInput
            label={t('mentoring.sessions.minutes')}
            required
            min={5}
            max={600}
            step={15}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('minutes')}
          />
          <Text size="sm" aria-live="polite">
            {jp === null
              ? t('mentoring.sessions.jpRule', { minutes: format.number(pair.scheme.effectiveMinutesPerJp) })
              : t('mentoring.sessions.jpPreview', { jp: format.number(jp) })}
            {pair.scheme.maxJpPerSession !== null &&
              ` ${t('mentoring.sessions.jpCeiling', { jp: format.number(pair.scheme.maxJpPerSession) })}`}
          </Text>
          <Textarea
            label={t('mentoring.sessions.notes')}
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('notes')}
          />
          {other && (
            <Text size="xs" c="dimmed">
              {t('mentoring.sessions.confirmBy', { name: other })}
            </Text>
          )}
          <Button
            type="submit"
            w={{ base: '100%', xs: 'auto' }}
            style={{ alignSelf: 'flex-start' }}
            loading={log.isPending}
          >
            {t('mentoring.sessions.logSubmit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
