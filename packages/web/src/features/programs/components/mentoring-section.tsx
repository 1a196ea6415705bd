import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentoringOverview, MentoringScheme, Program } from '../../../api/types';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useEndMentoring, useMentoring } from '../api/mentoring';
import { MentoringPairs } from './mentoring-pairs';
import { MentoringPeople } from './mentoring-people';
import { MentoringProposalPanel } from './mentoring-proposal';
import { MentoringSchemeDialog } from './mentoring-scheme-dialog';

/**
 * Mentoring and coaching of a program (path NKL01/NKL02): for the agency its scheme, mentors,
 * mentees, conflicts of interest, the optimal pairs proposed and the pairs made; for a supervisor,
 * a mentor or a mentee the pairs in their reach. Nothing shows for anyone else.
 */
export function MentoringSection({ program }: { program: Program }) {
  const mentoring = useMentoring(program.id);
  const data = mentoring.data;
  if (!data) return null;
  const shown = data.canManage ? data.offered || data.scheme !== null : data.pairs.length > 0;
  if (!shown) return null;
  return <MentoringCard programId={program.id} overview={data} />;
}

function MentoringCard({ programId, overview }: { programId: number; overview: MentoringOverview }) {
  const { t } = useTranslation('programs');
  const [editing, setEditing] = useState(false);
  const [ending, setEnding] = useState(false);
  const { scheme, canManage } = overview;
  const open = scheme !== null && scheme.endedAt === null;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="program-mentoring">
      <Stack gap="md">
        <Group justify="space-between" align="center" gap="xs">
          <Title order={2} size="h4" id="program-mentoring">
            {t('mentoring.title')}
          </Title>
          {canManage && (scheme === null || open) && (
            <Group gap="xs">
              <Button variant={scheme ? 'default' : 'filled'} onClick={() => setEditing(true)}>
                {scheme ? t('mentoring.scheme.edit') : t('mentoring.scheme.set')}
              </Button>
              {open && (
                <Button variant="default" color="red" onClick={() => setEnding(true)}>
                  {t('mentoring.end.button')}
                </Button>
              )}
            </Group>
          )}
        </Group>
        {scheme ? (
          <SchemeSummary scheme={scheme} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('mentoring.scheme.none')}
          </Text>
        )}
        {canManage && scheme && <MentoringPeople programId={programId} overview={overview} editable={open} />}
        {canManage && open && <MentoringProposalPanel programId={programId} overview={overview} />}
        {scheme && <MentoringPairs overview={overview} />}
      </Stack>
      {editing && (
        <MentoringSchemeDialog programId={programId} scheme={scheme} onClose={() => setEditing(false)} />
      )}
      {ending && <EndMentoringDialog programId={programId} onClose={() => setEnding(false)} />}
    </Card>
  );
}

/** The scheme's period, pairing rules and JP rule, as everyone who sees the pairs reads them. */
function SchemeSummary({ scheme }: { scheme: MentoringScheme }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const jpRule = [
    t('mentoring.scheme.jpRule', { minutes: format.number(scheme.effectiveMinutesPerJp) }),
    scheme.minutesPerJp === null ? t('mentoring.scheme.jpRuleGovernment') : null,
    scheme.maxJpPerSession === null
      ? null
      : t('mentoring.scheme.jpCeiling', { jp: format.number(scheme.maxJpPerSession) }),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text size="sm">
          {t('mentoring.scheme.period', {
            from: format.date(scheme.startsOn),
            to: format.date(scheme.endsOn),
          })}
        </Text>
        {scheme.endedAt && (
          <Badge color="gray" variant="light" autoContrast>
            {t('mentoring.scheme.endedAt', { day: format.timestamp(scheme.endedAt) })}
          </Badge>
        )}
      </Group>
      <Text size="sm">
        {t(`mentoring.unitRule.${scheme.unitRule}`)} ·{' '}
        {scheme.allowSupervisor
          ? t('mentoring.scheme.supervisorAllowed')
          : t('mentoring.scheme.supervisorNot')}{' '}
        · {t('mentoring.scheme.capacityValue', { count: scheme.mentorCapacity })}
      </Text>
      <Text size="sm" c="dimmed">
        {jpRule}
      </Text>
    </Stack>
  );
}

/** Ends the program's mentoring after a confirmation: every pair ends, reflections open. */
function EndMentoringDialog({ programId, onClose }: { programId: number; onClose: () => void }) {
  const { t } = useTranslation('programs');
  const notify = useNotify();
  const end = useEndMentoring(programId);
  return (
    <ConfirmDialog
      title={t('mentoring.end.title')}
      text={t('mentoring.end.text')}
      confirm={t('mentoring.end.confirm')}
      action={end}
      onClose={onClose}
      onConfirm={() =>
        end.mutate(undefined, {
          onSuccess: () => {
            notify({ color: 'teal', message: t('mentoring.end.done') });
            onClose();
          },
        })
      }
    />
  );
}
