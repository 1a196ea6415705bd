import { STUDY_PATH } from '@jenjang/domain/programs/program-paths';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program, ProgramBatch } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { NotFoundMessage } from '../../../components/not-found';
import { PageTitle } from '../../../components/page-title';
import { QueryContent } from '../../../components/query-content';
import { AnchorLink } from '../../../components/router-links';
import { isApiError } from '../../../lib/api-client';
import { hasPermission, useMe } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useProgram, useProgramTransition, useRemoveBatch } from '../api/programs';
import { AppealsSection } from '../components/appeals-section';
import { ApplicantsSection } from '../components/applicants-section';
import { Bar } from '../components/bar';
import { BatchDialog } from '../components/batch-dialog';
import { CurriculumRevisionDialog } from '../components/curriculum-dialog';
import { CurriculumSection } from '../components/curriculum-section';
import { EquitySection } from '../components/equity-section';
import { EvaluationSection } from '../components/evaluation-section';
import { MentoringSection } from '../components/mentoring-section';
import { MyApplicationSection } from '../components/my-application';
import { ProgramDialog } from '../components/program-dialog';
import { ProgramStateBadge } from '../components/program-state-badge';
import { ProgramTerms } from '../components/program-terms';
import { RankingSection } from '../components/ranking-section';
import { ScholarshipSection } from '../components/scholarship-section';
import { TrainersSection } from '../components/trainers-section';

const route = getRouteApi('/_authed/programs/$programId');

/** One program: its terms and batches; the reader's own application; for the agency, its applicants and selection. */
export function ProgramPage() {
  const { programId } = route.useParams();
  const id = Number(programId);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundMessage />;
  return <ProgramLoader id={id} />;
}

function ProgramLoader({ id }: { id: number }) {
  const { t } = useTranslation('programs');
  const program = useProgram(id);
  if (isApiError(program.error, 404) || isApiError(program.error, 403)) {
    return <NotFoundMessage title={t('program.notFound')} />;
  }
  return (
    <Stack gap="lg">
      <AnchorLink to="/programs" size="sm">
        {t('program.back')}
      </AnchorLink>
      <QueryContent query={program} height={240}>
        {(data) => <ProgramView program={data} />}
      </QueryContent>
    </Stack>
  );
}

function ProgramView({ program }: { program: Program }) {
  const { t } = useTranslation('programs');
  const me = useMe();
  const [editing, setEditing] = useState(false);
  // The curriculum revision dialog, with the batches pre-selected as its evidence.
  const [revising, setRevising] = useState<{ evidence: number[] } | null>(null);
  const applicant = me?.employeeId != null && hasPermission(me, 'program.apply') && program.state !== 'draft';
  const readsApplicants = hasPermission(me, 'program.applications');
  // The rates of small groups come close to naming people: readers of every applicant only.
  const readsEveryone = readsApplicants && me?.scopeUnit === null;
  const published = program.state === 'selected' || program.state === 'completed';
  // Degree study (a scholarship call) has no sessions: no curriculum, attendance or reaction survey.
  const study = program.pathCode === STUDY_PATH;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group gap="sm" align="center">
          <PageTitle title={program.title} />
          <ProgramStateBadge state={program.state} />
        </Group>
        <Group gap="xs">
          {program.editable && (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('program.edit')}
            </Button>
          )}
          <TransitionButtons program={program} />
        </Group>
      </Stack>
      <ProgramTerms program={program} />
      <BatchesSection program={program} />
      <ScholarshipSection program={program} />
      <MentoringSection program={program} />
      {!study && <CurriculumSection program={program} onRevise={() => setRevising({ evidence: [] })} />}
      {!study && (
        <EvaluationSection
          programId={program.id}
          reader={program.state !== 'draft' && (program.manageable || program.teaches)}
          manageable={program.manageable}
          onRevise={program.manageable ? (evidence) => setRevising({ evidence }) : undefined}
        />
      )}
      {applicant && <MyApplicationSection program={program} />}
      {readsApplicants && program.state !== 'draft' && <ApplicantsSection program={program} />}
      {published && <RankingSection program={program} />}
      {published && program.manageable && <AppealsSection program={program} />}
      {readsEveryone && program.state !== 'draft' && <EquitySection programId={program.id} />}
      {editing && <ProgramDialog program={program} onClose={() => setEditing(false)} />}
      {revising && (
        <CurriculumRevisionDialog
          program={program}
          evidence={revising.evidence}
          onClose={() => setRevising(null)}
        />
      )}
    </Stack>
  );
}

function TransitionButtons({ program }: { program: Program }) {
  const { t } = useTranslation('programs');
  const notify = useNotify();
  const move = useProgramTransition(program.id);
  if (program.transitions.length === 0) return null;
  return (
    <>
      {program.transitions.map((transition) => (
        <Button
          key={transition}
          variant={transition === 'cancel' ? 'default' : 'filled'}
          color={transition === 'cancel' ? 'red' : undefined}
          loading={move.isPending && move.variables === transition}
          onClick={() =>
            move.mutate(transition, {
              onSuccess: () => notify({ color: 'teal', message: t(`transition.done.${transition}`) }),
            })
          }
        >
          {t(`transition.${transition}`)}
        </Button>
      ))}
      {move.isError && <ErrorAlert error={move.error} />}
    </>
  );
}

type BatchEdit = { batch: ProgramBatch | null };

function BatchesSection({ program }: { program: Program }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const [editing, setEditing] = useState<BatchEdit | null>(null);
  const remove = useRemoveBatch(program.id);
  const mayEdit = program.manageable && program.state !== 'completed' && program.state !== 'cancelled';
  // A scholarship's single batch is its intake: no trainers, no days to attend or to close.
  const study = program.pathCode === STUDY_PATH;
  const seats = (batch: ProgramBatch) =>
    t('batches.seats', { taken: format.number(batch.taken), capacity: format.number(batch.capacity) });
  return (
    <Stack gap="sm" component="section" aria-labelledby="program-batches">
      <Group justify="space-between" align="center">
        <Title order={2} size="h4" id="program-batches">
          {t('batches.title')}
        </Title>
        {mayEdit && <Button onClick={() => setEditing({ batch: null })}>{t('batches.add')}</Button>}
      </Group>
      {study && (
        <Text size="sm" c="dimmed">
          {t('batches.studyHint')}
        </Text>
      )}
      {remove.isError && <ErrorAlert error={remove.error} />}
      {program.batches.length === 0 ? (
        <EmptyMessage title={t('batches.empty')}>{mayEdit ? t('batches.emptyManager') : null}</EmptyMessage>
      ) : (
        <CardList label={t('batches.title')} busy={false}>
          {program.batches.map((batch) => (
            <CardItem key={batch.id}>
              <Stack gap={6}>
                <Group justify="space-between" align="flex-start" gap="sm">
                  <Text fw={600}>{batch.name}</Text>
                  <Text size="sm">
                    {t('batches.dates', { from: format.date(batch.startsOn), to: format.date(batch.endsOn) })}
                  </Text>
                </Group>
                {batch.venue && <Text size="sm">{t('batches.venue', { venue: batch.venue })}</Text>}
                {batch.onlineUrl && (
                  <Text size="sm">
                    {t('batches.online')}{' '}
                    <a href={batch.onlineUrl} target="_blank" rel="noreferrer">
                      {batch.onlineUrl}
                    </a>
                  </Text>
                )}
                <Text size="sm">{seats(batch)}</Text>
                <Bar
                  value={batch.capacity === 0 ? 0 : (100 * batch.taken) / batch.capacity}
                  label={t('batches.seatsLabel', { name: batch.name })}
                  text={seats(batch)}
                />
                {program.manageable && !study && (
                  <TrainersSection programId={program.id} batch={batch} editable={mayEdit} />
                )}
                {program.manageable &&
                  !study &&
                  (program.state === 'selected' || program.state === 'completed') && (
                    <AnchorLink
                      to="/programs/$programId/batches/$batchId"
                      params={{ programId: String(program.id), batchId: String(batch.id) }}
                      size="sm"
                    >
                      {t('batches.roster', { name: batch.name })}
                    </AnchorLink>
                  )}
                {mayEdit && (
                  <Group gap="xs">
                    <Button size="xs" variant="default" onClick={() => setEditing({ batch })}>
                      {t('batches.edit', { name: batch.name })}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      loading={remove.isPending && remove.variables === batch.id}
                      onClick={() => remove.mutate(batch.id)}
                    >
                      {t('batches.remove', { name: batch.name })}
                    </Button>
                  </Group>
                )}
              </Stack>
            </CardItem>
          ))}
        </CardList>
      )}
      {editing && <BatchDialog program={program} batch={editing.batch} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
