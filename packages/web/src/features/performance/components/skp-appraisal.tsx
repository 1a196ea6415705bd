import { RATINGS, type Rating } from '@jenjang/domain/performance/predikat.rules';
import { Button, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PerformanceAppraisal, SkpDetail } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useAppraise } from '../api/performance';
import { PredikatBadge } from './performance-badges';
import { predikatPreview, SKP_LIMITS, skpView } from './performance-values';

/** An appraisal given: both ratings, the predikat they make, the follow-up, who and when. */
export function AppraisalSummary({ appraisal }: { appraisal: PerformanceAppraisal }) {
  const { t } = useTranslation('performance');
  const format = useFormat();
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t('appraisal.predikat')}
        </Text>
        <PredikatBadge predikat={appraisal.predikat} />
      </Group>
      <Text size="sm">
        {t('appraisal.hasilKerja')}: {t(`rating.${appraisal.hasilKerja}`)}
      </Text>
      <Text size="sm">
        {t('appraisal.perilakuKerja')}: {t(`rating.${appraisal.perilakuKerja}`)}
      </Text>
      {appraisal.followUp && (
        <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {t('appraisal.followUp')}: {appraisal.followUp}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('appraisal.by', {
          name: appraisal.appraiserName ?? '—',
          at: format.timestamp(appraisal.recordedAt),
        })}
      </Text>
    </Stack>
  );
}

interface Values {
  hasilKerja: Rating | null;
  perilakuKerja: Rating | null;
  followUp: string;
}

/**
 * The appraiser's rating of a period (1…) or of the year (0): hasil kerja and perilaku kerja, each
 * Di Atas, Sesuai or Di Bawah Ekspektasi, the predikat the matrix gives shown as they choose, and
 * the follow-up (tindak lanjut). Saving again replaces the appraisal until the year closes.
 */
export function AppraisalForm({
  skpId,
  period,
  periodLabel,
  current,
  onDone,
}: {
  skpId: number;
  period: number;
  periodLabel: string;
  current: PerformanceAppraisal | null;
  onDone?: () => void;
}) {
  const { t } = useTranslation('performance');
  const notify = useNotify();
  const appraise = useAppraise(skpId);
  const previewId = useId();
  const form = useForm<Values>({
    initialValues: {
      hasilKerja: current?.hasilKerja ?? null,
      perilakuKerja: current?.perilakuKerja ?? null,
      followUp: current?.followUp ?? '',
    },
    validate: {
      hasilKerja: (value) => (value ? null : t('appraisal.choose')),
      perilakuKerja: (value) => (value ? null : t('appraisal.choose')),
    },
  });
  const predikat = predikatPreview(form.values.hasilKerja, form.values.perilakuKerja);
  const submit = (values: Values) => {
    if (!values.hasilKerja || !values.perilakuKerja) return;
    appraise.mutate(
      {
        period,
        hasilKerja: values.hasilKerja,
        perilakuKerja: values.perilakuKerja,
        followUp: values.followUp.trim() || null,
      },
      {
        onSuccess: () => {
          notify({ color: 'teal', message: t('appraisal.saved', { period: periodLabel }) });
          onDone?.();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );
  };
  const ratingGroup = (field: 'hasilKerja' | 'perilakuKerja') => (
    <Radio.Group label={t(`appraisal.${field}`)} required {...form.getInputProps(field)}>
      <Stack gap={6} mt={6}>
        {RATINGS.map((rating) => (
          <Radio key={rating} value={rating} label={t(`rating.${rating}`)} />
        ))}
      </Stack>
    </Radio.Group>
  );
  return (
    <form noValidate onSubmit={form.onSubmit(submit)} aria-describedby={previewId}>
      <Stack gap="sm">
        {appraise.isError && <ErrorAlert error={appraise.error} />}
        {ratingGroup('hasilKerja')}
        {ratingGroup('perilakuKerja')}
        <Group gap="xs" id={previewId} aria-live="polite">
          <Text size="sm" fw={600}>
            {t('appraisal.preview')}
          </Text>
          {predikat ? (
            <PredikatBadge predikat={predikat} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('appraisal.previewNone')}
            </Text>
          )}
        </Group>
        <Textarea
          label={t('appraisal.followUp')}
          description={t('appraisal.followUpHelp')}
          autosize
          minRows={2}
          maxLength={SKP_LIMITS.followUp}
          {...form.getInputProps('followUp')}
        />
        <Group gap="xs">
          <Button type="submit" w={{ base: '100%', xs: 'auto' }} loading={appraise.isPending}>
            {current ? t('appraisal.update') : t('appraisal.save')}
          </Button>
          {onDone && (
            <Button variant="default" w={{ base: '100%', xs: 'auto' }} onClick={onDone}>
              {t('form.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Penilaian tahunan: the year's appraisal, the one SIASN keeps. The appraiser fills it in once the
 * agency opens the appraisal stage; before, the server says so in its own words.
 */
export function AnnualAppraisal({ skp, today }: { skp: SkpDetail; today: string }) {
  const { t } = useTranslation('performance');
  const view = skpView(skp, today);
  return (
    <Stack gap="sm" component="section" aria-labelledby="skp-annual">
      <Title order={2} size="h4" id="skp-annual">
        {t('appraisal.annualTitle')}
      </Title>
      {skp.annual ? (
        <AppraisalSummary appraisal={skp.annual} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('appraisal.annualNone')}
        </Text>
      )}
      {view.appraisesYear && (
        <>
          {!view.annualOpen && (
            <Text size="sm" c="dimmed">
              {t('appraisal.annualNotOpen')}
            </Text>
          )}
          <AppraisalForm skpId={skp.id} period={0} periodLabel={t('period.annual')} current={skp.annual} />
        </>
      )}
    </Stack>
  );
}
