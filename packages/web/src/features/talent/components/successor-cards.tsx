import { Button, Group, NativeSelect, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuccessionCandidate, SuccessorReadiness } from '../../../api/types';
import { CardItem } from '../../../components/card-list';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { READINESS, ReadinessBadge } from '../../../components/talent/successor-readiness';
import { useTalentWords } from '../../../components/talent/talent-words';
import { useNotify } from '../../../lib/use-notify';
import { useRemoveSuccessor, useSetSuccessor } from '../api/succession';

const isReadiness = (value: string): value is SuccessorReadiness =>
  (READINESS as readonly string[]).includes(value);

/** Who they are, their box of the year and both scores, and how well they meet the position's standard. */
function PersonFit({ person }: { person: SuccessionCandidate }) {
  const { t } = useTranslation('talent');
  const words = useTalentWords();
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
        {person.name}
      </Text>
      <Text size="xs" c="dimmed">
        {person.nip}
      </Text>
      {(person.position || person.unit) && (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {[person.golongan, person.position, person.unit].filter(Boolean).join(' · ')}
        </Text>
      )}
      <Text size="sm">
        <Text span fw={700} size="sm">
          {person.box === null ? t('fit.noBox') : words.box(person.box, null)}
        </Text>
        {person.year !== null && ` · ${t('fit.ofYear', { year: person.year })}`}
      </Text>
      <Text size="sm">
        {t('fit.scores', {
          performance: words.number(person.performanceScore),
          potential: words.number(person.potentialScore),
        })}
      </Text>
      <Jpm jpm={person.jpm} />
    </Stack>
  );
}

/** JPM against the key position's standard, in words and as a bar (the bar only repeats the words). */
function Jpm({ jpm }: { jpm: number | null }) {
  const { t } = useTranslation('talent');
  const words = useTalentWords();
  if (jpm === null) {
    return (
      <Text size="xs" c="dimmed">
        {t('fit.jpmUnknown')}
      </Text>
    );
  }
  return (
    <Stack gap={2} maw={280}>
      <Text size="sm" title={t('fit.jpmLabel')}>
        {t('fit.jpm', { value: words.number(jpm) })}
      </Text>
      <Progress.Root size="sm" aria-hidden="true">
        <Progress.Section value={Math.max(0, Math.min(100, jpm))} color="blue.7" />
      </Progress.Root>
    </Stack>
  );
}

/** A named successor: their fit and readiness; the agency changes the readiness or removes them. */
export function SuccessorCard({
  person,
  positionId,
  positionName,
  canManage,
}: {
  person: SuccessionCandidate;
  positionId: number;
  positionName: string;
  canManage: boolean;
}) {
  const { t } = useTranslation('talent');
  const words = useTalentWords();
  const notify = useNotify();
  const rate = useSetSuccessor(positionId);
  const remove = useRemoveSuccessor(positionId);
  const [removing, setRemoving] = useState(false);
  const change = (value: string) => {
    if (!isReadiness(value) || value === person.readiness) return;
    rate.mutate(
      { employeeId: person.employeeId, readiness: value, ...(person.note ? { note: person.note } : {}) },
      { onSuccess: () => notify({ color: 'teal', message: t('successors.changed', { name: person.name }) }) },
    );
  };
  return (
    <CardItem>
      <Stack gap="xs" data-testid={`successor-${person.employeeId}`}>
        {person.readiness && (
          <Group gap={6}>
            <ReadinessBadge readiness={person.readiness} />
          </Group>
        )}
        <PersonFit person={person} />
        {person.note && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('detail.note', { note: person.note })}
          </Text>
        )}
        {rate.isError && <ErrorAlert error={rate.error} />}
        {canManage && (
          <Group align="flex-end" gap="sm" wrap="wrap">
            <NativeSelect
              label={t('readiness.label')}
              aria-label={t('candidates.readinessOf', { name: person.name })}
              data={READINESS.map((r) => ({ value: r, label: words.readiness(r) }))}
              value={person.readiness ?? ''}
              onChange={(event) => change(event.currentTarget.value)}
              disabled={rate.isPending}
              size="xs"
              w={220}
            />
            <Button
              size="xs"
              variant="default"
              aria-label={t('successors.removeOf', { name: person.name })}
              onClick={() => setRemoving(true)}
            >
              {t('successors.remove')}
            </Button>
          </Group>
        )}
      </Stack>
      {removing && (
        <ConfirmDialog
          title={t('successors.removeTitle')}
          text={t('successors.removeText', { name: person.name, position: positionName })}
          confirm={t('successors.removeConfirm')}
          action={remove}
          onClose={() => setRemoving(false)}
          onConfirm={() =>
            remove.mutate(person.employeeId, {
              onSuccess: () => {
                setRemoving(false);
                notify({ color: 'teal', message: t('successors.removed', { name: person.name }) });
              },
            })
          }
        />
      )}
    </CardItem>
  );
}

/** A candidate from the talent pool: their fit; the agency names them with how soon they would be ready. */
export function CandidateCard({
  person,
  positionId,
  canManage,
}: {
  person: SuccessionCandidate;
  positionId: number;
  canManage: boolean;
}) {
  const { t } = useTranslation('talent');
  const words = useTalentWords();
  const notify = useNotify();
  const name = useSetSuccessor(positionId);
  const [readiness, setReadiness] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    if (!isReadiness(readiness)) {
      setError(t('candidates.required'));
      return;
    }
    name.mutate(
      { employeeId: person.employeeId, readiness },
      { onSuccess: () => notify({ color: 'teal', message: t('candidates.named', { name: person.name }) }) },
    );
  };
  return (
    <CardItem>
      <Stack gap="xs" data-testid={`candidate-${person.employeeId}`}>
        <PersonFit person={person} />
        {name.isError && <ErrorAlert error={name.error} />}
        {canManage && (
          <Group align="flex-end" gap="sm" wrap="wrap">
            <NativeSelect
              label={t('readiness.label')}
              aria-label={t('candidates.readinessOf', { name: person.name })}
              data={[
                { value: '', label: t('candidates.choose') },
                ...READINESS.map((r) => ({ value: r, label: words.readiness(r) })),
              ]}
              value={readiness}
              onChange={(event) => {
                setReadiness(event.currentTarget.value);
                setError(null);
              }}
              error={error}
              size="xs"
              w={220}
            />
            <Button
              size="xs"
              loading={name.isPending}
              aria-label={t('candidates.nameOf', { name: person.name })}
              onClick={submit}
            >
              {t('candidates.name')}
            </Button>
          </Group>
        )}
      </Stack>
    </CardItem>
  );
}
