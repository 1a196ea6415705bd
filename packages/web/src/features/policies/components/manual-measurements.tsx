import {
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  Progress,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorView, ManualMeasurement } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { QueryContent } from '../../../components/query-content';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useFormat } from '../../../lib/use-format';
import {
  attachmentHref,
  type MeasurementInput,
  useAddMeasurement,
  useMeasurements,
  useWithdrawMeasurement,
} from '../api/measurements';
import { FormFooter } from './form-footer';

/** What the server takes as evidence (judged again there by the file's bytes). */
const ACCEPT =
  '.pdf,.xlsx,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg,' +
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ACCEPTED_NAME = /\.(pdf|xlsx|png|jpe?g)$/i;

/** A manual indicator's measurements: each value with where its data lives and its evidence file. */
export function ManualMeasurements({
  policyId,
  indicator,
  manages,
}: {
  policyId: number;
  indicator: IndicatorView;
  manages: boolean;
}) {
  const { t } = useTranslation('policies');
  const measurements = useMeasurements(policyId, indicator.id);
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<ManualMeasurement | null>(null);
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {t('measurement.title')}
        </Text>
        {manages && (
          <Button size="compact-sm" variant="light" onClick={() => setAdding(true)}>
            {t('measurement.add')}
          </Button>
        )}
      </Group>
      <QueryContent query={measurements} height={48}>
        {(data) =>
          data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('measurement.none')}
            </Text>
          ) : (
            <Stack gap={8} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {data.items.map((m) => (
                <MeasurementItem
                  key={m.id}
                  measurement={m}
                  policyId={policyId}
                  indicatorId={indicator.id}
                  onWithdraw={() => setWithdrawing(m)}
                />
              ))}
            </Stack>
          )
        }
      </QueryContent>
      {adding && (
        <MeasurementModal
          policyId={policyId}
          indicator={indicator}
          maxFileBytes={measurements.data?.maxFileBytes ?? null}
          onClose={() => setAdding(false)}
        />
      )}
      {withdrawing && (
        <WithdrawModal
          policyId={policyId}
          indicatorId={indicator.id}
          measurement={withdrawing}
          onClose={() => setWithdrawing(null)}
        />
      )}
    </Stack>
  );
}

function fileSize(bytes: number, number: (v: number) => string): string {
  if (bytes < 1024 * 1024) return `${number(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${number(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

function MeasurementItem({
  measurement: m,
  policyId,
  indicatorId,
  onWithdraw,
}: {
  measurement: ManualMeasurement;
  policyId: number;
  indicatorId: number;
  onWithdraw: () => void;
}) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  const withdrawn = m.withdrawn !== null;
  return (
    <li>
      <Stack gap={2}>
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={600} td={withdrawn ? 'line-through' : undefined}>
            {format.date(m.measuredOn)}: {format.number(m.value)}
          </Text>
          {withdrawn && (
            <Badge color="gray" variant="light" tt="none">
              {t('measurement.withdrawn')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('measurement.source', { source: m.dataSource })}
          {m.enteredBy ? ` · ${t('measurement.enteredBy', { name: m.enteredBy })}` : ''}
        </Text>
        {m.note && <Text size="sm">{m.note}</Text>}
        {m.attachment && (
          <Anchor
            size="sm"
            href={attachmentHref(policyId, indicatorId, m.attachment.id)}
            download={m.attachment.fileName}
            style={{ overflowWrap: 'anywhere' }}
          >
            {t('measurement.download', {
              name: m.attachment.fileName,
              size: fileSize(m.attachment.bytes, format.number),
            })}
          </Anchor>
        )}
        {m.withdrawn && (
          <Text size="xs" c="dimmed">
            {t('measurement.withdrawnBecause', {
              reason: m.withdrawn.reason,
              at: format.timestamp(m.withdrawn.at),
            })}
          </Text>
        )}
        {m.withdrawable && (
          <Group>
            <Button size="compact-xs" variant="subtle" color="red" onClick={onWithdraw}>
              {t('measurement.withdraw', { date: format.date(m.measuredOn) })}
            </Button>
          </Group>
        )}
      </Stack>
    </li>
  );
}

function MeasurementModal({
  policyId,
  indicator,
  maxFileBytes,
  onClose,
}: {
  policyId: number;
  indicator: IndicatorView;
  maxFileBytes: number | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  const [progress, setProgress] = useState(0);
  const add = useAddMeasurement(policyId, indicator.id, setProgress);
  const [input, setInput] = useState<MeasurementInput>({
    measuredOn: '',
    value: '',
    note: '',
    dataSource: '',
    file: null,
  });
  const [errors, setErrors] = useState<Partial<Record<keyof MeasurementInput, string>>>({});
  const evidenceRequired = indicator.params.source === 'manual' && indicator.params.evidenceRequired;
  const server = add.isError ? serverFieldErrors(add.error) : {};
  const limit = maxFileBytes === null ? null : fileSize(maxFileBytes, format.number);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!input.measuredOn) found.measuredOn = t('measurement.form.required');
    if (input.value.trim() === '' || !Number.isFinite(Number(input.value.replace(',', '.')))) {
      found.value = t('measurement.form.number');
    }
    if (!input.dataSource.trim()) found.dataSource = t('measurement.form.required');
    if (!input.file && evidenceRequired) found.file = t('measurement.form.fileRequired');
    if (input.file && !ACCEPTED_NAME.test(input.file.name)) found.file = t('measurement.form.fileType');
    if (input.file && maxFileBytes !== null && input.file.size > maxFileBytes) {
      found.file = t('measurement.form.fileTooLarge', { limit });
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setProgress(0);
    add.mutate(input, { onSuccess: onClose });
  };
  const set = <K extends keyof MeasurementInput>(key: K, value: MeasurementInput[K]) =>
    setInput((current) => ({ ...current, [key]: value }));

  return (
    <ResponsiveModal opened onClose={onClose} title={t('measurement.add')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('measurement.form.intro', { name: indicator.name })}</Text>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('measurement.form.value')}
              inputMode="decimal"
              required
              value={input.value}
              onChange={(e) => set('value', e.currentTarget.value)}
              error={errors.value ?? server.value}
              miw={140}
            />
            <TextInput
              type="date"
              label={t('measurement.form.measuredOn')}
              required
              value={input.measuredOn}
              onChange={(e) => set('measuredOn', e.currentTarget.value)}
              error={errors.measuredOn ?? server.measuredOn}
              miw={160}
            />
          </Group>
          <TextInput
            label={t('measurement.form.dataSource')}
            description={t('measurement.form.dataSourceHelp')}
            required
            maxLength={300}
            value={input.dataSource}
            onChange={(e) => set('dataSource', e.currentTarget.value)}
            error={errors.dataSource ?? server.dataSource}
          />
          <Textarea
            label={t('measurement.form.note')}
            autosize
            minRows={2}
            maxLength={2000}
            value={input.note}
            onChange={(e) => set('note', e.currentTarget.value)}
            error={server.note}
          />
          <FileInput
            label={t('measurement.form.file')}
            description={t('measurement.form.fileHelp', { limit })}
            placeholder={t('measurement.form.filePlaceholder')}
            accept={ACCEPT}
            required={evidenceRequired}
            clearable
            clearButtonProps={{ 'aria-label': t('measurement.form.clearFile') }}
            value={input.file}
            onChange={(file) => set('file', file)}
            error={errors.file}
            fileInputProps={{ 'data-testid': 'measurement-file-input' } as React.ComponentProps<'input'>}
          />
          {add.isPending && input.file && (
            <Progress
              value={Math.round(progress * 100)}
              aria-label={t('measurement.form.progress', { percent: Math.round(progress * 100) })}
              animated
            />
          )}
          <FormFooter error={add.isError ? add.error : null} saving={add.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </ResponsiveModal>
  );
}

function WithdrawModal({
  policyId,
  indicatorId,
  measurement,
  onClose,
}: {
  policyId: number;
  indicatorId: number;
  measurement: ManualMeasurement;
  onClose: () => void;
}) {
  const { t } = useTranslation('policies');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const withdraw = useWithdrawMeasurement(policyId, indicatorId);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={t('measurement.withdraw', { date: format.date(measurement.measuredOn) })}
    >
      <Stack>
        <Text size="sm">{t('measurement.withdrawHelp')}</Text>
        <Textarea
          label={t('measurement.reason')}
          required
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={missing ? t('measurement.form.required') : undefined}
        />
        {withdraw.isError && <ErrorAlert error={withdraw.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tc('common.cancel')}
          </Button>
          <Button
            color="red.9"
            loading={withdraw.isPending}
            onClick={() => {
              if (!reason.trim()) return setMissing(true);
              withdraw.mutate(
                { measurementId: measurement.id, reason: reason.trim() },
                { onSuccess: onClose },
              );
            }}
          >
            {t('measurement.withdrawConfirm')}
          </Button>
        </Group>
      </Stack>
    </ResponsiveModal>
  );
}
