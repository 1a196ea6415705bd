import { Badge, Button, Checkbox, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentoringCoveredNeed, MentoringOverview, MentoringProposal } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useCreatePairs, useForgetProposal, useMentoringProposal } from '../api/mentoring';
import { ManualPairDialog } from './mentoring-pair-dialog';
import { keptPairs, pairKey } from './mentoring-values';

/**
 * Pairing, for the agency: the optimal pairs Jenjang proposes (asked for with a button, explained
 * pair by pair), of which the agency keeps those it wants; or one pair set by hand.
 */
export function MentoringProposalPanel({
  programId,
  overview,
}: {
  programId: number;
  overview: MentoringOverview;
}) {
  const { t } = useTranslation('programs');
  const forget = useForgetProposal(programId);
  const [asked, setAsked] = useState(false);
  const [manual, setManual] = useState(false);
  const proposal = useMentoringProposal(programId, asked);
  const unpaired = overview.mentees.filter((m) => !m.paired).length;
  const ask = () => {
    if (asked) void proposal.refetch();
    else setAsked(true);
  };
  const close = () => {
    setAsked(false);
    forget();
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="mentoring-pairing">
      <Title order={3} size="h5" id="mentoring-pairing">
        {t('mentoring.proposal.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('mentoring.proposal.help', { count: unpaired })}
      </Text>
      <Group gap="xs">
        <Button
          onClick={ask}
          loading={proposal.isFetching}
          disabled={unpaired === 0 || overview.mentors.length === 0}
        >
          {t('mentoring.proposal.ask')}
        </Button>
        <Button
          variant="default"
          onClick={() => setManual(true)}
          disabled={unpaired === 0 || overview.mentors.length === 0}
        >
          {t('mentoring.manual.open')}
        </Button>
      </Group>
      {proposal.isError && <ErrorAlert error={proposal.error} />}
      {asked && proposal.data && (
        <ProposalView programId={programId} proposal={proposal.data} onClose={close} />
      )}
      {manual && (
        <ManualPairDialog programId={programId} overview={overview} onClose={() => setManual(false)} />
      )}
    </Stack>
  );
}

function ProposalView({
  programId,
  proposal,
  onClose,
}: {
  programId: number;
  proposal: MentoringProposal;
  /** Closes the proposal: without saving, or once its pairs are made. */
  onClose: () => void;
}) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const notify = useNotify();
  const create = useCreatePairs(programId);
  const [dropped, setDropped] = useState<ReadonlySet<string>>(new Set());
  const body = keptPairs(proposal, dropped);
  const fresh = proposal.pairs.filter((p) => !p.fixed).length;
  const toggle = (key: string, kept: boolean) =>
    setDropped((current) => {
      const next = new Set(current);
      if (kept) next.delete(key);
      else next.add(key);
      return next;
    });
  const save = () =>
    create.mutate(body, {
      onSuccess: () => {
        notify({ color: 'teal', message: t('mentoring.proposal.saved', { count: body.pairs.length }) });
        onClose();
      },
    });
  return (
    <Stack gap="sm">
      <Text size="sm" fw={600}>
        {t('mentoring.proposal.total', {
          score: format.number(proposal.totalScore),
          count: fresh,
        })}
      </Text>
      {proposal.pairs.length > 0 && (
        <CardList label={t('mentoring.proposal.listLabel')} busy={false}>
          {proposal.pairs.map((pair) => (
            <ProposedPairCard
              key={pairKey(pair)}
              pair={pair}
              kept={!dropped.has(pairKey(pair))}
              onKeep={(kept) => toggle(pairKey(pair), kept)}
            />
          ))}
        </CardList>
      )}
      {proposal.unmatched.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('mentoring.proposal.unmatched', { count: proposal.unmatched.length })}
          </Text>
          <List size="sm" spacing={2}>
            {proposal.unmatched.map((u) => (
              <List.Item key={u.mentee.id}>
                {u.mentee.name} — {t(`mentoring.proposal.reason.${u.reason}`)}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {create.isError && <ErrorAlert error={create.error} />}
      <Group gap="xs">
        <Button onClick={save} loading={create.isPending} disabled={body.pairs.length === 0}>
          {t('mentoring.proposal.save')}
        </Button>
        <Button variant="default" onClick={onClose}>
          {t('mentoring.proposal.close')}
        </Button>
      </Group>
    </Stack>
  );
}

/** A proposed pair, why (its score and the competencies covered), and whether the agency keeps it. */
function ProposedPairCard({
  pair,
  kept,
  onKeep,
}: {
  pair: MentoringProposal['pairs'][number];
  kept: boolean;
  onKeep: (kept: boolean) => void;
}) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const names = { mentor: pair.mentor.name, mentee: pair.mentee.name };
  return (
    <CardItem>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          {pair.fixed ? (
            <Text size="sm" fw={600}>
              {t('mentoring.pair.names', names)}
            </Text>
          ) : (
            <Checkbox
              label={t('mentoring.pair.names', names)}
              aria-label={t('mentoring.proposal.keep', names)}
              checked={kept}
              onChange={(event) => onKeep(event.currentTarget.checked)}
              styles={{ label: { fontWeight: 600 } }}
            />
          )}
          <Group gap={4}>
            {pair.fixed && (
              <Badge variant="light" color="gray" autoContrast>
                {t('mentoring.proposal.fixed')}
              </Badge>
            )}
            <Badge variant="light" autoContrast>
              {t('mentoring.pair.scoreValue', { score: format.number(pair.score) })}
            </Badge>
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {[pair.mentor.unit, pair.mentee.unit].map((unit) => unit ?? '—').join(' → ')}
        </Text>
        <CoveredList covered={pair.covered} />
        {pair.bestAlone > pair.score && (
          <Text size="xs">{t('mentoring.proposal.bestAlone', { best: format.number(pair.bestAlone) })}</Text>
        )}
      </Stack>
    </CardItem>
  );
}

/** The competencies a mentor covers for a mentee: the mentee's level, the required one, the mentor's. */
export function CoveredList({ covered }: { covered: readonly MentoringCoveredNeed[] }) {
  const { t } = useTranslation('programs');
  if (covered.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t('mentoring.pair.noCoverage')}
      </Text>
    );
  }
  return (
    <List size="xs" spacing={2} aria-label={t('mentoring.pair.covered')}>
      {covered.map((c) => (
        <List.Item key={c.competency}>
          {t('mentoring.pair.coveredNeed', {
            code: c.competency,
            name: c.name,
            actual: c.actual,
            required: c.required,
            mentor: c.mentorLevel,
          })}
        </List.Item>
      ))}
    </List>
  );
}
