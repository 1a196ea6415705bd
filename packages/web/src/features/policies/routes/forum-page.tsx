import { Alert, Button, Card, Group, List, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Forum } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { PageTitle } from '../../../components/page-title';
import { QueryContent } from '../../../components/query-content';
import { AnchorLink } from '../../../components/router-links';
import { useFormat } from '../../../lib/use-format';
import { useForum, useForumAct } from '../api/forums';
import {
  AgendaModal,
  type ForumModeration,
  ForumModerationModal,
  MinutesModal,
} from '../components/forum-admin';
import { ForumFormModal } from '../components/forum-form';
import { ForumProposalCard } from '../components/forum-proposal';
import { ForumStateBadge } from '../components/forum-state-badge';

/** One Forum Diskusi ASN: agenda, proposals with votes and replies, minutes, and what became of each. */
export function ForumPage() {
  const { forumId } = useParams({ from: '/_authed/forums/$forumId' });
  const forum = useForum(Number(forumId));
  return (
    <QueryContent query={forum} height={320}>
      {(data) => <ForumView forum={data} />}
    </QueryContent>
  );
}

function ForumView({ forum }: { forum: Forum }) {
  const { t } = useTranslation('forum');
  const format = useFormat();
  const [moderation, setModeration] = useState<ForumModeration | null>(null);
  return (
    <Stack gap="lg">
      <AnchorLink to="/forums" size="sm">
        {t('back')}
      </AnchorLink>
      <Stack gap={6}>
        <PageTitle title={forum.title} />
        <Group gap="xs">
          <ForumStateBadge state={forum.state} />
          <Text size="sm" c="dimmed">
            {t('when', { start: format.timestamp(forum.startsAt), end: format.timestamp(forum.endsAt) })}
          </Text>
        </Group>
        <Text size="sm">{t('where', { place: forum.place })}</Text>
        {forum.policies.length > 0 && (
          <Text size="sm">
            {t('policies')}:{' '}
            {forum.policies.map((policy, index) => (
              <span key={policy.id}>
                {index > 0 ? ', ' : ''}
                <AnchorLink to="/policies/$policyId" params={{ policyId: String(policy.id) }} size="sm">
                  {policy.title}
                </AnchorLink>
              </span>
            ))}
          </Text>
        )}
      </Stack>
      {forum.canManage && <Steps forum={forum} />}
      <Agenda forum={forum} />
      <Card withBorder radius="md" component="section" aria-labelledby="forum-proposals">
        <Stack gap="sm">
          <Title order={2} size="h4" id="forum-proposals">
            {t('proposals.title')}
          </Title>
          {forum.canTakePart && <NewProposal forum={forum} />}
          {forum.proposals.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('proposals.empty')}
            </Text>
          ) : (
            forum.proposals.map((proposal) => (
              <ForumProposalCard
                key={proposal.id}
                forum={forum}
                proposal={proposal}
                onModerate={setModeration}
              />
            ))
          )}
        </Stack>
      </Card>
      <Minutes forum={forum} />
      <ForumModerationModal forum={forum} moderation={moderation} onClose={() => setModeration(null)} />
    </Stack>
  );
}

function Steps({ forum }: { forum: Forum }) {
  const { t } = useTranslation('forum');
  const act = useForumAct(forum.id);
  const [editing, setEditing] = useState(false);
  const step = forum.state === 'planned' ? 'open' : forum.state === 'open' ? 'close' : null;
  if (!step) return null;
  return (
    <Alert variant="light" color="blue">
      <Stack gap="xs">
        <Text size="sm">{t(`steps.${step}Help`)}</Text>
        <Group>
          <Button size="sm" loading={act.isPending} onClick={() => act.mutate({ kind: 'step', step })}>
            {t(`steps.${step}`)}
          </Button>
          {/* Until it closes, a date moved or a hall changed is corrected here. */}
          <Button size="sm" variant="default" onClick={() => setEditing(true)}>
            {t('form.edit')}
          </Button>
        </Group>
        <ForumFormModal forum={forum} opened={editing} onClose={() => setEditing(false)} />
        {act.isError && <ErrorAlert error={act.error} />}
      </Stack>
    </Alert>
  );
}

function Agenda({ forum }: { forum: Forum }) {
  const { t } = useTranslation('forum');
  const [editing, setEditing] = useState(false);
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="forum-agenda">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="forum-agenda">
            {t('agenda.title')}
          </Title>
          {forum.canManage && forum.state !== 'closed' && (
            <Button size="compact-sm" variant="light" onClick={() => setEditing(true)}>
              {t('agenda.edit')}
            </Button>
          )}
        </Group>
        {forum.agenda.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('agenda.empty')}
          </Text>
        ) : (
          <List type="ordered" spacing="xs" size="sm">
            {forum.agenda.map((item, index) => (
              <List.Item key={index}>
                <Text span size="sm" fw={600}>
                  {item.time ? `${item.time} · ` : ''}
                  {item.title}
                </Text>
                {item.note && (
                  <Text size="sm" c="dimmed">
                    {item.note}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <AgendaModal forum={forum} opened={editing} onClose={() => setEditing(false)} />
    </Card>
  );
}

function NewProposal({ forum }: { forum: Forum }) {
  const { t } = useTranslation('forum');
  const act = useForumAct(forum.id);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  return (
    <Stack gap="xs" p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}>
      <Text size="sm" fw={600}>
        {t('proposals.new')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('proposals.identified')}
      </Text>
      <TextInput
        label={t('proposals.name')}
        required
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
      />
      <Textarea
        label={t('proposals.body')}
        required
        autosize
        minRows={3}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
      />
      {act.isError && <ErrorAlert error={act.error} />}
      <Group justify="flex-end">
        <Button
          disabled={!title.trim() || !body.trim()}
          loading={act.isPending}
          onClick={() =>
            act.mutate(
              { kind: 'propose', title: title.trim(), body: body.trim() },
              {
                onSuccess: () => {
                  setTitle('');
                  setBody('');
                },
              },
            )
          }
        >
          {t('proposals.send')}
        </Button>
      </Group>
    </Stack>
  );
}

function Minutes({ forum }: { forum: Forum }) {
  const { t } = useTranslation('forum');
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="forum-minutes">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="forum-minutes">
            {t('minutes.title')}
          </Title>
          {forum.canManage && forum.state !== 'planned' && (
            <Button size="compact-sm" variant="light" onClick={() => setEditing(true)}>
              {forum.minutes ? t('minutes.edit') : t('minutes.write')}
            </Button>
          )}
        </Group>
        {forum.minutes ? (
          <>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {forum.minutes.text}
            </Text>
            <Text size="xs" c="dimmed">
              {t('minutes.by', { author: forum.minutes.by, at: format.timestamp(forum.minutes.at) })}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('minutes.empty')}
          </Text>
        )}
      </Stack>
      {editing && <MinutesModal forum={forum} opened={editing} onClose={() => setEditing(false)} />}
    </Card>
  );
}
