import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Forum, ForumProposal } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { AnchorLink } from '../../../components/router-links';
import { useFormat } from '../../../lib/use-format';
import { useForumAct } from '../api/forums';
import { type ForumModeration, OutcomeBadge } from './forum-admin';

/**
 * One proposal of the forum: its words, votes, replies, and what became of it — the outcome the
 * admins recorded and the provision changes that cite it.
 */
export function ForumProposalCard({
  forum,
  proposal,
  onModerate,
}: {
  forum: Forum;
  proposal: ForumProposal;
  onModerate: (moderation: ForumModeration) => void;
}) {
  const { t } = useTranslation('forum');
  const format = useFormat();
  const act = useForumAct(forum.id);
  const headingId = `forum-proposal-${proposal.id}`;
  return (
    <Card withBorder radius="md" padding="sm" component="article" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Title order={3} size="h5" id={headingId}>
          {proposal.title}
        </Title>
        <Text size="xs" c="dimmed">
          {t('proposals.by', { author: proposal.author, at: format.timestamp(proposal.createdAt) })}
          {proposal.mine ? ` · ${t('proposals.mine')}` : ''}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {proposal.body}
        </Text>
        {proposal.hidden && (
          <Text size="sm" c="red.8">
            {t('hidden', { reason: proposal.hidden.reason })}
          </Text>
        )}
        <Group gap="xs" wrap="wrap">
          <Text size="sm" data-testid="vote-count">
            {t('vote.count', { agree: proposal.votes.agree, disagree: proposal.votes.disagree })}
          </Text>
          {proposal.myVote && (
            <Text size="sm" c="teal.9">
              {t(`vote.mine.${proposal.myVote}`)}
            </Text>
          )}
          {proposal.myVote && forum.canTakePart && (
            <Text size="xs" c="dimmed">
              {t('vote.withdrawHelp')}
            </Text>
          )}
        </Group>
        {forum.canTakePart && !proposal.mine && !proposal.hidden && (
          <Group gap="xs" role="group" aria-label={t('vote.label', { title: proposal.title })}>
            {(['agree', 'disagree'] as const).map((stance) => (
              <Button
                key={stance}
                size="sm"
                variant={proposal.myVote === stance ? 'filled' : 'light'}
                aria-pressed={proposal.myVote === stance}
                loading={
                  act.isPending &&
                  ((act.variables?.kind === 'vote' && act.variables.stance === stance) ||
                    (act.variables?.kind === 'unvote' && proposal.myVote === stance))
                }
                // Pressing one's stance again takes the vote back.
                onClick={() =>
                  act.mutate(
                    proposal.myVote === stance
                      ? { kind: 'unvote', proposalId: proposal.id }
                      : { kind: 'vote', proposalId: proposal.id, stance },
                  )
                }
              >
                {t(`vote.${stance}`)}
              </Button>
            ))}
          </Group>
        )}
        {act.isError && <ErrorAlert error={act.error} />}
        <Outcome forum={forum} proposal={proposal} onModerate={onModerate} />
        <Replies forum={forum} proposal={proposal} onModerate={onModerate} />
      </Stack>
    </Card>
  );
}

function Outcome({
  forum,
  proposal,
  onModerate,
}: {
  forum: Forum;
  proposal: ForumProposal;
  onModerate: (moderation: ForumModeration) => void;
}) {
  const { t } = useTranslation('forum');
  const showsOutcome = forum.state === 'closed' || proposal.outcome || proposal.citedBy.length > 0;
  if (!showsOutcome) return null;
  return (
    <Stack gap={4} p="xs" style={{ background: 'var(--mantine-color-gray-0)', borderRadius: 6 }}>
      <Text size="sm" fw={600}>
        {t('became.title')}
      </Text>
      {proposal.outcome ? (
        <Text size="sm">
          <OutcomeBadge outcome={proposal.outcome.outcome} /> {proposal.outcome.reason}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('outcome.pending')}
        </Text>
      )}
      {proposal.outcome?.policy && (
        <AnchorLink
          to="/policies/$policyId"
          params={{ policyId: String(proposal.outcome.policy.id) }}
          size="sm"
        >
          {t('outcome.into', { title: proposal.outcome.policy.title })}
        </AnchorLink>
      )}
      {proposal.citedBy.map((cited) => (
        <AnchorLink
          key={`${cited.versionId}-${cited.provisionId}`}
          to="/policies/$policyId/versions/$versionId"
          params={{ policyId: String(cited.policyId), versionId: String(cited.versionId) }}
          size="sm"
        >
          {t('became.cited', { policy: cited.policyTitle, number: cited.versionNumber, label: cited.label })}
          {cited.removed ? ` ${t('became.removed')}` : ''}
          {cited.versionStatus === 'draft' ? ` ${t('became.draft')}` : ''}
        </AnchorLink>
      ))}
      {forum.canManage && forum.state === 'closed' && !proposal.hidden && (
        <Group>
          <Button size="compact-sm" variant="light" onClick={() => onModerate({ kind: 'outcome', proposal })}>
            {proposal.outcome ? t('outcome.change') : t('outcome.record')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function Replies({
  forum,
  proposal,
  onModerate,
}: {
  forum: Forum;
  proposal: ForumProposal;
  onModerate: (moderation: ForumModeration) => void;
}) {
  const { t } = useTranslation('forum');
  const format = useFormat();
  const act = useForumAct(forum.id);
  const [body, setBody] = useState('');
  const [writing, setWriting] = useState(false);
  return (
    <Stack gap={4}>
      {proposal.replies.length > 0 && (
        <Text size="sm" fw={600}>
          {t('replies.title', { count: proposal.replies.length })}
        </Text>
      )}
      {proposal.replies.map((reply) => (
        <Stack key={reply.id} gap={2} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}>
          <Text size="xs" c="dimmed">
            {t('proposals.by', { author: reply.author, at: format.timestamp(reply.createdAt) })}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {reply.body}
          </Text>
          {reply.hidden && (
            <Text size="sm" c="red.8">
              {t('hidden', { reason: reply.hidden.reason })}
            </Text>
          )}
          {forum.canManage && !reply.hidden && (
            <Group>
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                onClick={() => onModerate({ kind: 'hideReply', reply })}
              >
                {t('hide.action')}
              </Button>
            </Group>
          )}
        </Stack>
      ))}
      <Group gap="xs">
        {forum.canTakePart && !proposal.hidden && !writing && (
          <Button size="compact-sm" variant="subtle" onClick={() => setWriting(true)}>
            {t('replies.reply')}
          </Button>
        )}
        {forum.canManage && !proposal.hidden && (
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            onClick={() => onModerate({ kind: 'hideProposal', proposal })}
          >
            {t('hide.action')}
          </Button>
        )}
      </Group>
      {writing && (
        <Stack gap="xs">
          <Textarea
            label={t('replies.label')}
            autosize
            minRows={2}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
          />
          {act.isError && <ErrorAlert error={act.error} />}
          <Group justify="flex-end">
            <Button
              size="sm"
              disabled={!body.trim()}
              loading={act.isPending}
              onClick={() =>
                act.mutate(
                  { kind: 'reply', proposalId: proposal.id, body: body.trim() },
                  {
                    onSuccess: () => {
                      setBody('');
                      setWriting(false);
                    },
                  },
                )
              }
            >
              {t('replies.send')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
