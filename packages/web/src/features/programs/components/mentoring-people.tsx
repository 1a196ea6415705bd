import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentoringOverview } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormat } from '../../../lib/use-format';
import { useRemoveExclusion, useRemoveMentee, useRemoveMentor } from '../api/mentoring';
import { ExclusionDialog, MenteeDialog, MentorDialog } from './mentoring-people-dialogs';

type Mentor = MentoringOverview['mentors'][number];

interface BlockProps {
  programId: number;
  overview: MentoringOverview;
  editable: boolean;
}

const who = (person: { nip: string; unit: string | null }) =>
  [person.nip, person.unit].filter(Boolean).join(' · ');

/** The agency's people of a scheme: mentors with their capacity, mentees with their needs, conflicts of interest. */
export function MentoringPeople(props: BlockProps) {
  return (
    <Stack gap="md">
      <MentorsBlock {...props} />
      <MenteesBlock {...props} />
      <ExclusionsBlock {...props} />
    </Stack>
  );
}

function MentorsBlock({ programId, overview, editable }: BlockProps) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  // The mentor whose capacity changes, or null for a new one; undefined while no dialog is open.
  const [editing, setEditing] = useState<Mentor | null | undefined>(undefined);
  const remove = useRemoveMentor(programId);
  return (
    <PeopleBlock
      id="mentoring-mentors"
      title={t('mentoring.mentors.title', { count: overview.mentors.length })}
      empty={overview.mentors.length === 0 ? t('mentoring.mentors.none') : null}
      error={remove.isError ? remove.error : null}
      action={
        editable && (
          <Button size="xs" variant="default" onClick={() => setEditing(null)}>
            {t('mentoring.mentors.add')}
          </Button>
        )
      }
    >
      {overview.mentors.map((mentor) => (
        <Row
          key={mentor.id}
          name={mentor.name}
          detail={who(mentor)}
          facts={t('mentoring.mentors.load', {
            paired: format.number(mentor.paired),
            capacity: format.number(mentor.capacity),
          })}
        >
          {editable && (
            <Button
              size="compact-xs"
              variant="subtle"
              aria-label={t('mentoring.mentors.capacityOf', { name: mentor.name })}
              onClick={() => setEditing(mentor)}
            >
              {t('mentoring.mentors.capacity')}
            </Button>
          )}
          {editable && mentor.paired === 0 && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              aria-label={t('mentoring.mentors.remove', { name: mentor.name })}
              loading={remove.isPending && remove.variables === mentor.id}
              onClick={() => remove.mutate(mentor.id)}
            >
              {t('mentoring.remove')}
            </Button>
          )}
        </Row>
      ))}
      {editing !== undefined && (
        <MentorDialog
          programId={programId}
          mentor={editing}
          defaultCapacity={overview.scheme?.mentorCapacity ?? 3}
          onClose={() => setEditing(undefined)}
        />
      )}
    </PeopleBlock>
  );
}

function MenteesBlock({ programId, overview, editable }: BlockProps) {
  const { t } = useTranslation('programs');
  const [adding, setAdding] = useState(false);
  const remove = useRemoveMentee(programId);
  return (
    <PeopleBlock
      id="mentoring-mentees"
      title={t('mentoring.mentees.title', { count: overview.mentees.length })}
      empty={overview.mentees.length === 0 ? t('mentoring.mentees.none') : null}
      error={remove.isError ? remove.error : null}
      action={
        editable && (
          <Button size="xs" variant="default" onClick={() => setAdding(true)}>
            {t('mentoring.mentees.add')}
          </Button>
        )
      }
    >
      {overview.mentees.map((mentee) => (
        <Row
          key={mentee.id}
          name={mentee.name}
          detail={who(mentee)}
          facts={t('mentoring.mentees.needs', { count: mentee.needs })}
          badge={mentee.paired ? t('mentoring.mentees.paired') : null}
        >
          {editable && !mentee.paired && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              aria-label={t('mentoring.mentees.remove', { name: mentee.name })}
              loading={remove.isPending && remove.variables === mentee.id}
              onClick={() => remove.mutate(mentee.id)}
            >
              {t('mentoring.remove')}
            </Button>
          )}
        </Row>
      ))}
      {adding && <MenteeDialog programId={programId} onClose={() => setAdding(false)} />}
    </PeopleBlock>
  );
}

function ExclusionsBlock({ programId, overview, editable }: BlockProps) {
  const { t } = useTranslation('programs');
  const [adding, setAdding] = useState(false);
  const remove = useRemoveExclusion(programId);
  const removing = (mentorId: number, menteeId: number) =>
    remove.isPending && remove.variables?.mentorId === mentorId && remove.variables.menteeId === menteeId;
  return (
    <PeopleBlock
      id="mentoring-exclusions"
      title={t('mentoring.exclusions.title')}
      empty={overview.exclusions.length === 0 ? t('mentoring.exclusions.none') : null}
      error={remove.isError ? remove.error : null}
      action={
        editable &&
        overview.mentors.length > 0 &&
        overview.mentees.length > 0 && (
          <Button size="xs" variant="default" onClick={() => setAdding(true)}>
            {t('mentoring.exclusions.add')}
          </Button>
        )
      }
    >
      {overview.exclusions.map(({ mentor, mentee, reason }) => {
        const names = { mentor: mentor.name, mentee: mentee.name };
        return (
          <Row key={`${mentor.id}-${mentee.id}`} name={t('mentoring.exclusions.pair', names)} detail={reason}>
            {editable && (
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                aria-label={t('mentoring.exclusions.remove', names)}
                loading={removing(mentor.id, mentee.id)}
                onClick={() => remove.mutate({ mentorId: mentor.id, menteeId: mentee.id })}
              >
                {t('mentoring.remove')}
              </Button>
            )}
          </Row>
        );
      })}
      {adding && (
        <ExclusionDialog programId={programId} overview={overview} onClose={() => setAdding(false)} />
      )}
    </PeopleBlock>
  );
}

function PeopleBlock({
  id,
  title,
  empty,
  error,
  action,
  children,
}: {
  id: string;
  title: string;
  empty: string | null;
  error: unknown;
  action: ReactNode;
  children: ReactNode;
}) {
  return (
    <Stack gap={6} component="section" aria-labelledby={id}>
      <Group justify="space-between" gap="xs">
        <Title order={3} size="h5" id={id}>
          {title}
        </Title>
        {action}
      </Group>
      {error != null && <ErrorAlert error={error} />}
      {empty && (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
      {children}
    </Stack>
  );
}

/** One person (or pair) of a list: wraps under its name on a phone rather than scrolling sideways. */
function Row({
  name,
  detail,
  facts = null,
  badge = null,
  children,
}: {
  name: string;
  detail: string;
  facts?: string | null;
  badge?: string | null;
  children?: ReactNode;
}) {
  return (
    <Group
      justify="space-between"
      align="flex-start"
      gap="xs"
      py={4}
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
    >
      <Stack gap={0} style={{ flex: '1 1 14rem', minWidth: 0 }}>
        <Group gap="xs">
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Text>
          {badge && (
            <Badge size="sm" variant="light" color="teal" autoContrast>
              {badge}
            </Badge>
          )}
        </Group>
        {detail && (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {detail}
          </Text>
        )}
        {facts && <Text size="xs">{facts}</Text>}
      </Stack>
      {children && <Group gap={4}>{children}</Group>}
    </Group>
  );
}
