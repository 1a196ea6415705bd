import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PerformanceCycle, PerformanceCycleTransition } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useTransitionCycle } from '../api/performance';
import { CycleStateBadge } from './performance-badges';
import { nextStage, SKP_STATES } from './performance-values';

/**
 * The government's appraisal years, newest first: each with its check-in frequency and stage, for
 * the agency its SKP by state and how many are appraised, and the button to its next stage.
 */
export function CycleCards({
  cycles,
  shown,
  manages,
  onShow,
}: {
  cycles: readonly PerformanceCycle[];
  shown: number | null;
  manages: boolean;
  onShow: (year: number) => void;
}) {
  const { t } = useTranslation('performance');
  const [moving, setMoving] = useState<{ cycle: PerformanceCycle; to: PerformanceCycleTransition } | null>(
    null,
  );
  return (
    <>
      <CardList label={t('cycles.title')} busy={false}>
        {cycles.map((cycle) => {
          const next = manages ? nextStage(cycle.state) : null;
          const current = cycle.year === shown;
          return (
            <CardItem key={cycle.id}>
              <Stack gap={6}>
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                  <Text fw={600}>{t('cycles.year', { year: cycle.year })}</Text>
                  <CycleStateBadge state={cycle.state} />
                </Group>
                <Text size="sm">{t('cycles.checkIns', { frequency: t(`checkIns.${cycle.checkIns}`) })}</Text>
                {cycle.counts && <CycleCounts counts={cycle.counts} />}
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant={current ? 'filled' : 'default'}
                    aria-pressed={current}
                    onClick={() => onShow(cycle.year)}
                  >
                    {t('cycles.show', { year: cycle.year })}
                  </Button>
                  {next && (
                    <Button size="xs" variant="light" onClick={() => setMoving({ cycle, to: next })}>
                      {t('cycles.next', { stage: t(`cycleState.${next}`) })}
                    </Button>
                  )}
                </Group>
              </Stack>
            </CardItem>
          );
        })}
      </CardList>
      {moving && <TransitionDialog {...moving} onClose={() => setMoving(null)} />}
    </>
  );
}

function CycleCounts({ counts }: { counts: NonNullable<PerformanceCycle['counts']> }) {
  const { t } = useTranslation('performance');
  const format = useFormat();
  return (
    <Text size="sm" c="dimmed">
      {SKP_STATES.map((state) => `${t(`skpState.${state}`)} ${format.number(counts[state])}`).join(' · ')}
      {' · '}
      {t('cycles.appraised', { count: counts.appraised, formatted: format.number(counts.appraised) })}
    </Text>
  );
}

/** Moves a year to its next stage after saying what the move changes for employees and appraisers. */
function TransitionDialog({
  cycle,
  to,
  onClose,
}: {
  cycle: PerformanceCycle;
  to: PerformanceCycleTransition;
  onClose: () => void;
}) {
  const { t } = useTranslation('performance');
  const notify = useNotify();
  const move = useTransitionCycle();
  const stage = t(`cycleState.${to}`);
  return (
    <ResponsiveModal opened onClose={onClose} title={t('cycles.nextTitle', { year: cycle.year, stage })}>
      <Stack gap="md">
        {move.isError && <ErrorAlert error={move.error} />}
        <Text size="sm">{t(`cycles.nextText.${to}`)}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button
            loading={move.isPending}
            onClick={() =>
              move.mutate(
                { cycleId: cycle.id, to },
                {
                  onSuccess: () => {
                    notify({ color: 'teal', message: t('cycles.moved', { year: cycle.year, stage }) });
                    onClose();
                  },
                },
              )
            }
          >
            {t('cycles.nextConfirm', { stage })}
          </Button>
        </Group>
      </Stack>
    </ResponsiveModal>
  );
}
