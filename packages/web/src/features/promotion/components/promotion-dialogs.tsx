import type { PnsGolongan } from '@jenjang/domain/people/golongan';
import { Button, Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EligibilityRow, Promotion } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useDecide, usePropose } from '../api/promotion';

/** Proposes an eligible person one step up for the period; the server checks the rules again. */
export function ProposeDialog({
  row,
  target,
  period,
  onClose,
}: {
  row: EligibilityRow;
  target: PnsGolongan;
  period: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('promotion');
  const format = useFormat();
  const notify = useNotify();
  const propose = usePropose();
  const submit = () =>
    propose.mutate(
      { employeeId: row.employeeId, period, toGolongan: target },
      {
        onSuccess: () => {
          notify({ color: 'teal', message: t('propose.done', { name: row.name, to: target }) });
          onClose();
        },
      },
    );
  return (
    <ResponsiveModal opened onClose={onClose} title={t('propose.title')}>
      <Stack gap="md">
        {propose.isError && <ErrorAlert error={propose.error} />}
        <Text size="sm">
          {t('propose.text', {
            name: row.name,
            from: row.golongan ?? '—',
            to: target,
            date: format.date(period),
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('propose.note')}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button loading={propose.isPending} onClick={submit} data-autofocus>
            {t('propose.confirm')}
          </Button>
        </Group>
      </Stack>
    </ResponsiveModal>
  );
}

type Outcome = 'approved' | 'rejected';

/**
 * Records a proposal's outcome: approved with its decree (number, date, and the TMT, which for a
 * reguler promotion is the period date, filled in and kept), or rejected with the reason.
 */
export function DecisionDialog({
  name,
  promotion,
  onClose,
}: {
  name: string;
  promotion: Promotion;
  onClose: () => void;
}) {
  const { t } = useTranslation('promotion');
  const format = useFormat();
  const notify = useNotify();
  const decide = useDecide();
  const [outcome, setOutcome] = useState<Outcome>('approved');
  const [decreeNumber, setDecreeNumber] = useState('');
  const [decreeDate, setDecreeDate] = useState('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const server = serverFieldErrors(decide.error);
  const required = t('form.required');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> =
      outcome === 'approved'
        ? {
            ...(decreeNumber.trim() ? {} : { decreeNumber: required }),
            ...(decreeDate ? {} : { decreeDate: required }),
          }
        : reason.trim()
          ? {}
          : { reason: required };
    setMissing(errors);
    if (Object.keys(errors).length > 0) return;
    const body =
      outcome === 'approved'
        ? { outcome, decreeNumber: decreeNumber.trim(), decreeDate, tmt: promotion.period }
        : { outcome, reason: reason.trim() };
    decide.mutate(
      { id: promotion.id, body },
      {
        onSuccess: () => {
          notify({
            color: 'teal',
            message:
              outcome === 'approved'
                ? t('decision.approvedDone', { name, to: promotion.toGolongan })
                : t('decision.rejectedDone', { name }),
          });
          onClose();
        },
      },
    );
  };
  const errorOf = (field: string) => missing[field] ?? server[field];

  return (
    <ResponsiveModal opened onClose={onClose} title={t('decision.title')}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {decide.isError && <ErrorAlert error={decide.error} />}
          <Text size="sm">
            {t('decision.intro', {
              name,
              from: promotion.fromGolongan,
              to: promotion.toGolongan,
              date: format.date(promotion.period),
            })}
          </Text>
          <Radio.Group
            label={t('decision.outcome')}
            value={outcome}
            onChange={(value) => setOutcome(value === 'rejected' ? 'rejected' : 'approved')}
          >
            <Group gap="lg" mt="xs">
              <Radio value="approved" label={t('decision.approved')} />
              <Radio value="rejected" label={t('decision.rejected')} />
            </Group>
          </Radio.Group>
          {outcome === 'approved' ? (
            <>
              <TextInput
                label={t('decision.decreeNumber')}
                required
                maxLength={100}
                value={decreeNumber}
                onChange={(event) => setDecreeNumber(event.currentTarget.value)}
                error={errorOf('decreeNumber')}
                data-autofocus
              />
              <TextInput
                type="date"
                label={t('decision.decreeDate')}
                required
                value={decreeDate}
                onChange={(event) => setDecreeDate(event.currentTarget.value)}
                error={errorOf('decreeDate')}
              />
              <TextInput
                type="date"
                label={t('decision.tmt')}
                description={t('decision.tmtHelp')}
                value={promotion.period}
                readOnly
                error={errorOf('tmt')}
              />
            </>
          ) : (
            <Textarea
              label={t('decision.reason')}
              description={t('decision.reasonHelp')}
              required
              autosize
              minRows={3}
              maxLength={1000}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={errorOf('reason')}
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={decide.isPending}>
              {t('decision.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
