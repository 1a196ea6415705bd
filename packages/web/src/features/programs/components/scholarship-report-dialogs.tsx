import {
  Button,
  FileInput,
  Group,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScholarshipTerm } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useReviewReport, useSubmitReport } from '../api/scholarships';
import { creditsOf, DOCUMENT_ACCEPT, gpaOf } from './scholarship-values';

interface ReportFields {
  summary: string;
  gpa: string;
  credits: string;
  file: File | null;
}

/** The awardee's report of a term: a summary, the GPA and credits, and the transcript if they have it. */
export function ReportDialog({
  awardId,
  term,
  onClose,
}: {
  awardId: number;
  term: ScholarshipTerm;
  onClose: () => void;
}) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const notify = useNotify();
  const [progress, setProgress] = useState(0);
  const submitReport = useSubmitReport(awardId, setProgress);
  const before = term.report;
  const [fields, setFields] = useState<ReportFields>({
    summary: before?.summary ?? '',
    gpa: before?.gpa == null ? '' : String(before.gpa),
    credits: before?.credits == null ? '' : String(before.credits),
    file: null,
  });
  const [errors, setErrors] = useState<Partial<Record<keyof ReportFields, string>>>({});
  const server = submitReport.isError ? serverFieldErrors(submitReport.error) : {};
  const set = <K extends keyof ReportFields>(key: K, value: ReportFields[K]) =>
    setFields((current) => ({ ...current, [key]: value }));
  const percent = Math.round(progress * 100);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const gpa = gpaOf(fields.gpa);
    const credits = creditsOf(fields.credits);
    const found: typeof errors = {};
    if (!fields.summary.trim()) found.summary = t('form.required');
    if (gpa === null) found.gpa = t('scholarship.report.gpaInvalid');
    if (credits === null) found.credits = t('scholarship.report.creditsInvalid');
    setErrors(found);
    if (gpa === null || credits === null || Object.keys(found).length > 0) return;
    setProgress(0);
    submitReport.mutate(
      { term: term.term, summary: fields.summary.trim(), gpa, credits, file: fields.file },
      {
        onSuccess: () => {
          notify({ color: 'teal', message: t('scholarship.report.sent') });
          onClose();
        },
      },
    );
  };

  return (
    <ResponsiveModal opened onClose={onClose} title={t('scholarship.report.title', { term: term.term })}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {submitReport.isError && <ErrorAlert error={submitReport.error} />}
          <Text size="sm">{t('scholarship.report.intro', { day: format.date(term.endsOn) })}</Text>
          {before?.review === 'revise' && before.reviewNote && (
            <Text size="sm" c="orange.9" style={{ whiteSpace: 'pre-line' }}>
              {t('scholarship.terms.reviseNote', { note: before.reviewNote })}
            </Text>
          )}
          <Textarea
            label={t('scholarship.report.summary')}
            description={t('scholarship.report.summaryHelp')}
            required
            autosize
            minRows={3}
            maxLength={3000}
            data-autofocus
            value={fields.summary}
            onChange={(e) => set('summary', e.currentTarget.value)}
            error={errors.summary ?? server.summary}
          />
          <SimpleGrid cols={{ base: 2 }} spacing="sm">
            <TextInput
              label={t('scholarship.report.gpa')}
              description={t('scholarship.report.gpaHelp')}
              inputMode="decimal"
              maxLength={4}
              value={fields.gpa}
              onChange={(e) => set('gpa', e.currentTarget.value)}
              error={errors.gpa ?? server.gpa}
            />
            <TextInput
              label={t('scholarship.report.credits')}
              description={t('scholarship.report.creditsHelp')}
              inputMode="numeric"
              maxLength={3}
              value={fields.credits}
              onChange={(e) => set('credits', e.currentTarget.value)}
              error={errors.credits ?? server.credits}
            />
          </SimpleGrid>
          <FileInput
            label={t('scholarship.report.file')}
            description={t('scholarship.report.fileHelp')}
            placeholder={t('scholarship.report.filePlaceholder')}
            accept={DOCUMENT_ACCEPT}
            clearable
            clearButtonProps={{ 'aria-label': t('scholarship.report.clearFile') }}
            value={fields.file}
            onChange={(file) => set('file', file)}
            error={server.file}
          />
          {submitReport.isPending && fields.file && (
            <Progress value={percent} animated aria-label={t('scholarship.report.progress', { percent })} />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={submitReport.isPending}>
              {t('scholarship.report.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}

/** Minta perbaikan: the agency sends a report back with what to change. */
export function ReviseDialog({
  awardId,
  term,
  onClose,
}: {
  awardId: number;
  term: ScholarshipTerm;
  onClose: () => void;
}) {
  const { t } = useTranslation('programs');
  const notify = useNotify();
  const review = useReviewReport(awardId);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const server = review.isError ? serverFieldErrors(review.error) : {};
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!note.trim()) return setMissing(true);
    setMissing(false);
    review.mutate(
      { term: term.term, body: { review: 'revise', note: note.trim() } },
      {
        onSuccess: () => {
          notify({ color: 'teal', message: t('scholarship.revise.sent') });
          onClose();
        },
      },
    );
  };
  return (
    <ResponsiveModal opened onClose={onClose} title={t('scholarship.revise.title', { term: term.term })}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {review.isError && <ErrorAlert error={review.error} />}
          <Textarea
            label={t('scholarship.revise.note')}
            description={t('scholarship.revise.noteHelp')}
            required
            autosize
            minRows={3}
            maxLength={1000}
            data-autofocus
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={missing ? t('form.required') : server.note}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={review.isPending}>
              {t('scholarship.revise.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
