import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScholarshipAwardDetail, ScholarshipTerm } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { reportFileHref, useReviewReport } from '../api/scholarships';
import { ReportDialog, ReviseDialog } from './scholarship-report-dialogs';
import { reportable, reportOpensOn, running, type TermState, termState } from './scholarship-values';

const STATE_COLORS: Record<TermState, string> = {
  notDue: 'gray',
  open: 'blue',
  overdue: 'red',
  pending: 'yellow',
  accepted: 'teal',
  revise: 'orange',
  unreported: 'gray',
};

type Dialog = { kind: 'report' | 'revise'; term: ScholarshipTerm };

/**
 * The study's terms, each with its last day and where its report stands; the awardee sends a report
 * (from two weeks before the term ends, or again when asked to revise it), the agency accepts it or
 * asks for a revision with a note.
 */
export function AwardTerms({ award, today }: { award: ScholarshipAwardDetail; today: string }) {
  const { t } = useTranslation('programs');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const states = award.terms.map((term) => termState(term, award.status, today));
  // The term under way may be tried before its window opens: the server then says from when.
  const current = award.terms.findIndex((term) => term.endsOn >= today);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="award-terms">
      <Stack gap="sm">
        <Title order={2} size="h4" id="award-terms">
          {t('scholarship.terms.title')}
        </Title>
        {award.mine && <Text size="sm">{t('scholarship.terms.intro')}</Text>}
        <CardList label={t('scholarship.terms.title')} busy={false}>
          {award.terms.map((term, index) => {
            const state = states[index] ?? 'notDue';
            return (
              <TermItem
                key={term.term}
                award={award}
                term={term}
                state={state}
                onReport={
                  award.mine &&
                  running(award.status) &&
                  (reportable(state) || (index === current && state === 'notDue'))
                    ? () => setDialog({ kind: 'report', term })
                    : null
                }
                onRevise={() => setDialog({ kind: 'revise', term })}
              />
            );
          })}
        </CardList>
      </Stack>
      {dialog?.kind === 'report' && (
        <ReportDialog awardId={award.id} term={dialog.term} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'revise' && (
        <ReviseDialog awardId={award.id} term={dialog.term} onClose={() => setDialog(null)} />
      )}
    </Card>
  );
}

function TermItem({
  award,
  term,
  state,
  onReport,
  onRevise,
}: {
  award: ScholarshipAwardDetail;
  term: ScholarshipTerm;
  state: TermState;
  onReport: (() => void) | null;
  onRevise: () => void;
}) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const notify = useNotify();
  const review = useReviewReport(award.id);
  const report = term.report;
  const name = t('scholarship.terms.term', { term: term.term });
  const figures = report
    ? [
        report.gpa === null ? null : t('scholarship.terms.gpa', { gpa: format.number(report.gpa) }),
        report.credits === null
          ? null
          : t('scholarship.terms.credits', { credits: format.number(report.credits) }),
      ].filter(Boolean)
    : [];
  return (
    <CardItem>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Stack gap={0}>
            <Text fw={600}>{name}</Text>
            <Text size="sm" c="dimmed">
              {t('scholarship.terms.endsOn', { day: format.date(term.endsOn) })}
            </Text>
          </Stack>
          <Badge color={STATE_COLORS[state]} variant="light" autoContrast style={{ flex: 'none' }}>
            {t(`scholarship.terms.state.${state}`)}
          </Badge>
        </Group>
        {state === 'notDue' && (
          <Text size="sm" c="dimmed">
            {t('scholarship.terms.opensOn', { day: format.date(reportOpensOn(term.endsOn)) })}
          </Text>
        )}
        {report && (
          <Stack gap={4}>
            {figures.length > 0 && <Text size="sm">{figures.join(' · ')}</Text>}
            <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {report.summary}
            </Text>
            {report.fileName && (
              <Anchor
                size="sm"
                href={reportFileHref(award.id, term.term)}
                download={report.fileName}
                style={{ overflowWrap: 'anywhere' }}
              >
                {t('scholarship.terms.transcript', { name: report.fileName })}
              </Anchor>
            )}
            <Text size="xs" c="dimmed">
              {t('scholarship.terms.submittedAt', { at: format.timestamp(report.submittedAt) })}
            </Text>
            {report.review === 'revise' && report.reviewNote && (
              <Text size="sm" c="orange.9" style={{ whiteSpace: 'pre-line' }}>
                {t('scholarship.terms.reviseNote', { note: report.reviewNote })}
              </Text>
            )}
          </Stack>
        )}
        {review.isError && <ErrorAlert error={review.error} />}
        {(onReport || (award.canManage && state === 'pending')) && (
          <Group gap="xs">
            {onReport && (
              <Button
                size="xs"
                variant={state === 'notDue' ? 'default' : 'filled'}
                aria-label={t(
                  state === 'revise' ? 'scholarship.terms.reviseNamed' : 'scholarship.terms.reportNamed',
                  {
                    term: term.term,
                  },
                )}
                onClick={onReport}
              >
                {state === 'revise' ? t('scholarship.terms.revise') : t('scholarship.terms.report')}
              </Button>
            )}
            {award.canManage && state === 'pending' && (
              <>
                <Button
                  size="xs"
                  color="teal"
                  loading={review.isPending}
                  aria-label={t('scholarship.terms.acceptNamed', { term: term.term })}
                  onClick={() =>
                    review.mutate(
                      { term: term.term, body: { review: 'accepted', note: null } },
                      {
                        onSuccess: () => notify({ color: 'teal', message: t('scholarship.terms.accepted') }),
                      },
                    )
                  }
                >
                  {t('scholarship.terms.accept')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t('scholarship.terms.askReviseNamed', { term: term.term })}
                  onClick={onRevise}
                >
                  {t('scholarship.terms.askRevise')}
                </Button>
              </>
            )}
          </Group>
        )}
      </Stack>
    </CardItem>
  );
}
