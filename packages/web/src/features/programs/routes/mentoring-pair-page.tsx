import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentoringPairDetail } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { NotFoundMessage } from '../../../components/not-found';
import { PageTitle } from '../../../components/page-title';
import { QueryContent } from '../../../components/query-content';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { AnchorLink } from '../../../components/router-links';
import { isApiError } from '../../../lib/api-client';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useEndPair, useMentoringPair } from '../api/mentoring';
import { PairGoals } from '../components/mentoring-goals';
import { CoveredList } from '../components/mentoring-proposal';
import { PairReflections } from '../components/mentoring-reflections';
import { PairSessions } from '../components/mentoring-sessions';
import { pairAbilities } from '../components/mentoring-values';

const route = getRouteApi('/_authed/mentoring/$pairId');

/**
 * One mentoring pair, mostly opened on a phone: its goals, its sessions (logged by one side, confirmed
 * by the other) and, at the end, both sides' reflections. A supervisor reads it; the agency works in
 * it and may end it.
 */
export function MentoringPairPage() {
  const { pairId } = route.useParams();
  const id = Number(pairId);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundMessage />;
  return <PairLoader id={id} />;
}

function PairLoader({ id }: { id: number }) {
  const { t } = useTranslation('programs');
  const pair = useMentoringPair(id);
  if (isApiError(pair.error, 404) || isApiError(pair.error, 403)) {
    return <NotFoundMessage title={t('mentoring.page.notFound')} />;
  }
  return (
    <QueryContent query={pair} height={240}>
      {(data) => <PairView pair={data} />}
    </QueryContent>
  );
}

function PairView({ pair }: { pair: MentoringPairDetail }) {
  const { t } = useTranslation('programs');
  const [ending, setEnding] = useState(false);
  return (
    <Stack gap="lg">
      {pair.side ? (
        <AnchorLink to="/mentoring" size="sm">
          {t('mentoring.page.backMine')}
        </AnchorLink>
      ) : (
        <AnchorLink to="/programs/$programId" params={{ programId: String(pair.programId) }} size="sm">
          {t('mentoring.page.backProgram', { title: pair.programTitle })}
        </AnchorLink>
      )}
      <PairHeader pair={pair} onEnd={pairAbilities(pair).ends ? () => setEnding(true) : null} />
      <PairGoals pair={pair} />
      <PairSessions pair={pair} />
      <PairReflections pair={pair} />
      {ending && <EndPairDialog pair={pair} onClose={() => setEnding(false)} />}
    </Stack>
  );
}

/** Who the pair is (the reader's partner, or both for the agency), its program, period, JP and why. */
function PairHeader({ pair, onEnd }: { pair: MentoringPairDetail; onEnd: (() => void) | null }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const partner = pair.side === 'mentor' ? pair.mentee : pair.side === 'mentee' ? pair.mentor : null;
  const title = partner
    ? t('mentoring.page.titleWith', { name: partner.name })
    : t('mentoring.page.titlePair', { mentor: pair.mentor.name, mentee: pair.mentee.name });
  return (
    <Stack gap={6}>
      <Group gap="sm" align="center">
        <PageTitle title={title} />
        <Badge color={pair.state === 'active' ? 'teal' : 'gray'} variant="light" autoContrast>
          {t(`mentoring.pair.state.${pair.state}`)}
        </Badge>
      </Group>
      <Text size="sm">
        <AnchorLink to="/programs/$programId" params={{ programId: String(pair.programId) }}>
          {pair.programTitle}
        </AnchorLink>
        {pair.side && ` · ${t(`mentoring.page.youAre.${pair.side}`)}`}
      </Text>
      {partner?.unit && (
        <Text size="sm" c="dimmed">
          {partner.unit}
        </Text>
      )}
      <Text size="sm">
        {t('mentoring.scheme.period', {
          from: format.date(pair.scheme.startsOn),
          to: format.date(pair.scheme.endsOn),
        })}
        {' · '}
        {t('mentoring.page.jpEarned', { jp: format.number(pair.jp) })}
      </Text>
      {pair.scheme.endedAt && (
        <Text size="sm" c="dimmed">
          {t('mentoring.scheme.endedAt', { day: format.timestamp(pair.scheme.endedAt) })}
        </Text>
      )}
      {pair.overrideReason && (
        <Text size="sm" c="dimmed">
          {t('mentoring.pair.overrideReason', { reason: pair.overrideReason })}
        </Text>
      )}
      <details>
        <summary>
          <Text span size="sm">
            {t('mentoring.page.why', { score: format.number(pair.score) })}
          </Text>
        </summary>
        <CoveredList covered={pair.covered} />
      </details>
      {onEnd && (
        <Button
          variant="default"
          color="red"
          w={{ base: '100%', xs: 'auto' }}
          style={{ alignSelf: 'flex-start' }}
          onClick={onEnd}
        >
          {t('mentoring.page.end')}
        </Button>
      )}
    </Stack>
  );
}

/** Ends the pair after a confirmation; a pair that never met is removed, and the program page opens. */
function EndPairDialog({ pair, onClose }: { pair: MentoringPairDetail; onClose: () => void }) {
  const { t } = useTranslation('programs');
  const notify = useNotify();
  const navigate = useNavigate();
  const end = useEndPair(pair.programId);
  const met = pair.sessionList.length > 0;
  return (
    <ResponsiveModal opened onClose={onClose} title={t('mentoring.page.endTitle')}>
      <Stack gap="md">
        {end.isError && <ErrorAlert error={end.error} />}
        <Text size="sm">{met ? t('mentoring.page.endText') : t('mentoring.page.endRemoves')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button
            color="red"
            loading={end.isPending}
            onClick={() =>
              end.mutate(pair.id, {
                onSuccess: (overview) => {
                  notify({ color: 'teal', message: t('mentoring.page.ended') });
                  onClose();
                  if (!overview.pairs.some((p) => p.id === pair.id)) {
                    void navigate({
                      to: '/programs/$programId',
                      params: { programId: String(pair.programId) },
                    });
                  }
                },
              })
            }
          >
            {t('mentoring.page.endConfirm')}
          </Button>
        </Group>
      </Stack>
    </ResponsiveModal>
  );
}
