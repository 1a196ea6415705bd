import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForumSummary } from '../../../api/types';
import { EmptyMessage } from '../../../components/empty-state';
import { PageTitle } from '../../../components/page-title';
import { QueryContent } from '../../../components/query-content';
import { AnchorLink } from '../../../components/router-links';
import { hasPermission, useMe } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { useForums } from '../api/forums';
import { ForumFormModal } from '../components/forum-form';
import { ForumStateBadge } from '../components/forum-state-badge';

/** Forum Diskusi ASN: the government's yearly forums, newest first. */
export function ForumsPage() {
  const { t } = useTranslation('forum');
  const me = useMe();
  const forums = useForums();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const manages = hasPermission(me, 'policy.manage');
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <PageTitle title={t('list.title')} />
          <Text c="dimmed" size="sm">
            {t('list.intro')}
          </Text>
        </div>
        {manages && <Button onClick={() => setCreating(true)}>{t('list.new')}</Button>}
      </Group>
      <QueryContent query={forums} height={160}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyMessage title={t('list.empty')}>
              {manages ? t('list.emptyManage') : t('list.emptyRead')}
            </EmptyMessage>
          ) : (
            <Stack gap="sm">
              {data.items.map((forum) => (
                <ForumCard key={forum.id} forum={forum} />
              ))}
            </Stack>
          )
        }
      </QueryContent>
      <ForumFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          void navigate({ to: '/forums/$forumId', params: { forumId: String(id) } });
        }}
      />
    </Stack>
  );
}

function ForumCard({ forum }: { forum: ForumSummary }) {
  const { t } = useTranslation('forum');
  const format = useFormat();
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap={6}>
        <AnchorLink to="/forums/$forumId" params={{ forumId: String(forum.id) }} fw={600} size="lg">
          {forum.title}
        </AnchorLink>
        <Group gap="xs">
          <ForumStateBadge state={forum.state} />
          <Text size="sm" c="dimmed">
            {t('list.proposals', { count: forum.proposalCount })}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {t('when', { start: format.timestamp(forum.startsAt), end: format.timestamp(forum.endsAt) })} ·{' '}
          {forum.place}
        </Text>
      </Stack>
    </Card>
  );
}
