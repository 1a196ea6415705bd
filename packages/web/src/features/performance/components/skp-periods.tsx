import { Accordion, Badge, Button, Card, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkpDetail, SkpFeedback, SkpPeriod } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { ErrorAlert } from '../../../components/error-alert';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useGiveFeedback } from '../api/performance';
import { PredikatBadge } from './performance-badges';
import { monthName, periodsBegun, SKP_LIMITS, skpView } from './performance-values';
import { usePeriodLabel } from './performance-words';
import { AppraisalForm, AppraisalSummary } from './skp-appraisal';

/**
 * Pemantauan: the year's check-in periods (Triwulan I…, or Bulan Januari…), each with the feedback
 * both sides gave in it and its periodic appraisal. The latest period begun opens first.
 */
export function SkpPeriods({ skp, today }: { skp: SkpDetail; today: string }) {
  const { t } = useTranslation('performance');
  const view = skpView(skp, today);
  const begun = new Set(periodsBegun(skp.periods, skp.cycle.year, today).map((period) => period.index));
  const latest = Math.max(0, ...begun);
  // Before the year begins only a returned draft's reason can be there: open where it is.
  const [opened, setOpened] = useState<string[]>(
    latest > 0
      ? [String(latest)]
      : skp.periods.filter((period) => period.feedback.length > 0).map((period) => String(period.index)),
  );
  return (
    <Stack gap="sm" component="section" aria-labelledby="skp-periods">
      <Title order={2} size="h4" id="skp-periods">
        {t('periods.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('periods.intro', { frequency: t(`checkIns.${skp.cycle.checkIns}`) })}
      </Text>
      {view.feedbackPeriods.length > 0 && <FeedbackForm skp={skp} periods={view.feedbackPeriods} />}
      <Accordion multiple value={opened} onChange={setOpened} variant="separated" radius="md">
        {skp.periods.map((period) => (
          <PeriodItem
            key={period.index}
            skp={skp}
            period={period}
            begun={begun.has(period.index)}
            appraises={view.appraisedPeriods.includes(period.index)}
          />
        ))}
      </Accordion>
    </Stack>
  );
}

function PeriodItem({
  skp,
  period,
  begun,
  appraises,
}: {
  skp: SkpDetail;
  period: SkpPeriod;
  begun: boolean;
  appraises: boolean;
}) {
  const { t, i18n } = useTranslation('performance');
  const periodLabel = usePeriodLabel();
  const [appraising, setAppraising] = useState(false);
  const label = periodLabel(skp.cycle.checkIns, period.fromMonth, period.toMonth);
  const months =
    period.fromMonth === period.toMonth
      ? null
      : `${monthName(period.fromMonth, i18n.language)}–${monthName(period.toMonth, i18n.language)}`;
  return (
    <Accordion.Item value={String(period.index)}>
      <Accordion.Control>
        <Group gap="xs" wrap="wrap">
          <Text fw={600} size="sm">
            {label}
          </Text>
          {months && (
            <Text size="xs" c="dimmed">
              {months}
            </Text>
          )}
          {period.appraisal && <PredikatBadge predikat={period.appraisal.predikat} />}
          {period.feedback.length > 0 && (
            <Badge variant="light" color="gray" tt="none" size="sm">
              {t('periods.feedbackCount', { count: period.feedback.length })}
            </Badge>
          )}
          {!begun && (
            <Text size="xs" c="dimmed">
              {t('periods.ahead')}
            </Text>
          )}
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        <Stack gap="md">
          <Stack gap="xs">
            <Title order={3} size="h6">
              {t('periods.appraisal')}
            </Title>
            {period.appraisal ? (
              <AppraisalSummary appraisal={period.appraisal} />
            ) : (
              <Text size="sm" c="dimmed">
                {t('periods.notAppraised')}
              </Text>
            )}
            {appraises &&
              (appraising ? (
                <Card withBorder radius="md" padding="md">
                  <AppraisalForm
                    skpId={skp.id}
                    period={period.index}
                    periodLabel={label}
                    current={period.appraisal}
                    onDone={() => setAppraising(false)}
                  />
                </Card>
              ) : (
                <Button
                  variant="light"
                  w={{ base: '100%', xs: 'auto' }}
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() => setAppraising(true)}
                >
                  {period.appraisal
                    ? t('periods.reappraise', { period: label })
                    : t('periods.appraise', { period: label })}
                </Button>
              ))}
          </Stack>
          <Stack gap="xs">
            <Title order={3} size="h6">
              {t('feedback.title')}
            </Title>
            {period.feedback.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('feedback.none')}
              </Text>
            ) : (
              <FeedbackThread label={t('feedback.threadOf', { period: label })} items={period.feedback} />
            )}
          </Stack>
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
}

const SIDE_COLORS = { employee: 'blue', appraiser: 'grape' } as const;

/** The feedback of a period, oldest first, each with its side, author and time. */
function FeedbackThread({ label, items }: { label: string; items: readonly SkpFeedback[] }) {
  const { t } = useTranslation('performance');
  const format = useFormat();
  return (
    <CardList label={label} busy={false}>
      {items.map((item) => (
        <CardItem key={item.id}>
          <Stack gap={4}>
            <Group gap="xs" wrap="wrap">
              <Badge color={SIDE_COLORS[item.side]} variant="light" autoContrast tt="none" size="sm">
                {t(`side.${item.side}`)}
              </Badge>
              <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {item.author}
              </Text>
              <Text size="xs" c="dimmed">
                {format.timestamp(item.at)}
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {item.body}
            </Text>
          </Stack>
        </CardItem>
      ))}
    </CardList>
  );
}

/** Feedback by the employee or the appraiser in a period already begun (the latest by default). */
function FeedbackForm({ skp, periods }: { skp: SkpDetail; periods: readonly number[] }) {
  const { t } = useTranslation('performance');
  const notify = useNotify();
  const periodLabel = usePeriodLabel();
  const give = useGiveFeedback(skp.id);
  const labelOf = (index: number) => {
    const period = skp.periods.find((p) => p.index === index);
    return period ? periodLabel(skp.cycle.checkIns, period.fromMonth, period.toMonth) : String(index);
  };
  const form = useForm({
    initialValues: { period: String(periods[periods.length - 1]), body: '' },
    validate: { body: (value) => (value.trim() ? null : t('form.required')) },
  });
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="skp-feedback-form">
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          give.mutate(
            { period: Number(values.period), body: values.body.trim() },
            {
              onSuccess: () => {
                notify({ color: 'teal', message: t('feedback.sent') });
                form.setFieldValue('body', '');
              },
              onError: (error) => form.setErrors(serverFieldErrors(error)),
            },
          ),
        )}
      >
        <Stack gap="sm">
          <Title order={3} size="h5" id="skp-feedback-form">
            {t('feedback.new')}
          </Title>
          {give.isError && <ErrorAlert error={give.error} />}
          <Select
            label={t('feedback.period')}
            data={periods.map((index) => ({ value: String(index), label: labelOf(index) }))}
            allowDeselect={false}
            {...form.getInputProps('period')}
          />
          <Textarea
            label={t('feedback.body')}
            required
            autosize
            minRows={3}
            maxLength={SKP_LIMITS.feedback}
            {...form.getInputProps('body')}
          />
          <Button
            type="submit"
            w={{ base: '100%', xs: 'auto' }}
            style={{ alignSelf: 'flex-start' }}
            loading={give.isPending}
          >
            {t('feedback.send')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
