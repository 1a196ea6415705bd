import { Button, Card, Group, Radio, Stack, Text, Textarea, TextInput, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwardStatus, ScholarshipAwardDetail } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useChangeAwardStatus } from '../api/scholarships';
import { needsReason } from './scholarship-values';

/** The award's statuses over time, oldest first: each change's day, who recorded it and why. */
export function AwardHistory({ award }: { award: ScholarshipAwardDetail }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="award-history">
      <Stack gap="sm">
        <Title order={2} size="h4" id="award-history">
          {t('scholarship.history.title')}
        </Title>
        <Timeline bulletSize={14} lineWidth={2} active={award.history.length}>
          {award.history.map((entry, index) => (
            <Timeline.Item
              // Entries have no id and the same status may come back (on leave and back): the place tells them apart.
              key={index}
              title={t(`scholarship.status.${entry.toStatus}`)}
            >
              <Text size="sm" c="dimmed">
                {format.date(entry.changedOn)}
                {entry.changedBy ? ` · ${t('scholarship.history.by', { name: entry.changedBy })}` : ''}
              </Text>
              {entry.reason && (
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {t('scholarship.history.reason', { reason: entry.reason })}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </Card>
  );
}

/** Ubah status: one of the statuses the award may move to, its day, and why (but for studying or graduated). */
export function StatusDialog({
  award,
  today,
  onClose,
}: {
  award: ScholarshipAwardDetail;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const notify = useNotify();
  const change = useChangeAwardStatus(award.id);
  const [status, setStatus] = useState<AwardStatus | null>(
    award.nextStatuses.length === 1 ? (award.nextStatuses[0] ?? null) : null,
  );
  const [on, setOn] = useState(today);
  const [reason, setReason] = useState('');
  // Back from leave, the study may end later than planned; empty keeps the expected end.
  const [expectedEndOn, setExpectedEndOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const server = change.isError ? serverFieldErrors(change.error) : {};
  const reasonNeeded = status !== null && needsReason(status);
  const backFromLeave = status === 'studying' && award.status === 'onLeave';

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (status === null) found.status = t('scholarship.statusChange.pick');
    if (!on) found.on = t('form.required');
    if (reasonNeeded && !reason.trim()) found.reason = t('scholarship.statusChange.reasonRequired');
    if (backFromLeave && expectedEndOn && on && expectedEndOn <= on) {
      found.expectedEndOn = t('scholarship.award.endBeforeStart');
    }
    setErrors(found);
    if (status === null || Object.keys(found).length > 0) return;
    change.mutate(
      { status, on, reason: reason.trim() || null, expectedEndOn: (backFromLeave && expectedEndOn) || null },
      {
        onSuccess: () => {
          notify({
            color: 'teal',
            message: t('scholarship.statusChange.saved', { status: t(`scholarship.status.${status}`) }),
          });
          onClose();
        },
      },
    );
  };

  return (
    <ResponsiveModal opened onClose={onClose} title={t('scholarship.statusChange.title')}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {change.isError && <ErrorAlert error={change.error} />}
          <Text size="sm">
            {t('scholarship.statusChange.now', { status: t(`scholarship.status.${award.status}`) })}
          </Text>
          <Radio.Group
            label={t('scholarship.statusChange.status')}
            required
            value={status}
            onChange={(value) => setStatus(award.nextStatuses.find((next) => next === value) ?? null)}
            error={errors.status ?? server.status}
          >
            <Stack gap="xs" mt="xs">
              {award.nextStatuses.map((next) => (
                <Radio key={next} value={next} label={t(`scholarship.status.${next}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <TextInput
            type="date"
            label={t('scholarship.statusChange.on')}
            required
            max={today}
            value={on}
            onChange={(e) => setOn(e.currentTarget.value)}
            error={errors.on ?? server.on}
          />
          {backFromLeave && (
            <TextInput
              type="date"
              label={t('scholarship.statusChange.expectedEndOn')}
              description={t('scholarship.statusChange.expectedEndOnHelp', {
                day: format.date(award.expectedEndOn),
              })}
              value={expectedEndOn}
              onChange={(e) => setExpectedEndOn(e.currentTarget.value)}
              error={errors.expectedEndOn ?? server.expectedEndOn}
            />
          )}
          <Textarea
            label={t('scholarship.statusChange.reason')}
            description={t('scholarship.statusChange.reasonHelp')}
            required={reasonNeeded}
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason ?? server.reason}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('scholarship.statusChange.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
