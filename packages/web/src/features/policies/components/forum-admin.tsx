import { ActionIcon, Badge, Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Forum, ForumOutcome, ForumProposal, ForumReply } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { CloseIcon } from '../../../components/icons';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { useForumAct } from '../api/forums';

// The admins' acts on a forum: its agenda, its minutes, the outcome of each proposal, moderation.

export type ForumModeration =
  | { kind: 'outcome'; proposal: ForumProposal }
  | { kind: 'hideProposal'; proposal: ForumProposal }
  | { kind: 'hideReply'; reply: ForumReply };

const OUTCOMES: readonly ForumOutcome[] = ['accepted', 'study', 'rejected'];

export function OutcomeBadge({ outcome }: { outcome: ForumOutcome }) {
  const { t } = useTranslation('forum');
  return (
    <Badge size="sm" variant="outline" tt="none" color={outcome === 'rejected' ? 'gray.8' : 'teal.9'}>
      {t(`outcome.${outcome}`)}
    </Badge>
  );
}

/** Recording a proposal's outcome (with its reason), or hiding a proposal or a reply (with the reason). */
export function ForumModerationModal({
  forum,
  moderation,
  onClose,
}: {
  forum: Forum;
  moderation: ForumModeration | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('forum');
  return (
    <ResponsiveModal
      opened={moderation !== null}
      onClose={onClose}
      title={moderation?.kind === 'outcome' ? t('outcome.record') : t('hide.title')}
    >
      {moderation && <ModerationForm forum={forum} moderation={moderation} onDone={onClose} />}
    </ResponsiveModal>
  );
}

function ModerationForm({
  forum,
  moderation,
  onDone,
}: {
  forum: Forum;
  moderation: ForumModeration;
  onDone: () => void;
}) {
  const { t } = useTranslation('forum');
  const { t: tc } = useTranslation();
  const act = useForumAct(forum.id);
  const current = moderation.kind === 'outcome' ? moderation.proposal.outcome : null;
  const [outcome, setOutcome] = useState<ForumOutcome>(current?.outcome ?? 'accepted');
  const [policyId, setPolicyId] = useState<string | null>(current?.policy ? String(current.policy.id) : null);
  const [reason, setReason] = useState(current?.reason ?? '');
  const subject = moderation.kind === 'hideReply' ? moderation.reply.body : moderation.proposal.title;
  const submit = () =>
    act.mutate(
      moderation.kind === 'outcome'
        ? {
            kind: 'outcome',
            proposalId: moderation.proposal.id,
            outcome,
            reason: reason.trim(),
            policyId: policyId ? Number(policyId) : null,
          }
        : moderation.kind === 'hideProposal'
          ? { kind: 'hideProposal', proposalId: moderation.proposal.id, reason: reason.trim() }
          : { kind: 'hideReply', replyId: moderation.reply.id, reason: reason.trim() },
      { onSuccess: onDone },
    );
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {subject}
      </Text>
      {moderation.kind === 'outcome' && (
        <>
          <Select
            label={t('outcome.label')}
            value={outcome}
            allowDeselect={false}
            onChange={(next) => setOutcome((next ?? 'accepted') as ForumOutcome)}
            data={OUTCOMES.map((value) => ({ value, label: t(`outcome.${value}`) }))}
          />
          {forum.policies.length > 0 && (
            <Select
              label={t('outcome.policy')}
              clearable
              value={policyId}
              onChange={setPolicyId}
              data={forum.policies.map((p) => ({ value: String(p.id), label: p.title }))}
            />
          )}
        </>
      )}
      <Textarea
        label={moderation.kind === 'outcome' ? t('outcome.reason') : t('hide.reason')}
        required
        autosize
        minRows={2}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      {act.isError && <ErrorAlert error={act.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {tc('common.cancel')}
        </Button>
        <Button
          onClick={submit}
          loading={act.isPending}
          disabled={!reason.trim()}
          color={moderation.kind === 'outcome' ? undefined : 'red'}
        >
          {tc('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

interface AgendaRow {
  time: string;
  title: string;
  note: string;
}

/** The agenda, edited as a whole: items in order, each with an optional time and note. */
export function AgendaModal({
  forum,
  opened,
  onClose,
}: {
  forum: Forum;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('forum');
  return (
    <ResponsiveModal opened={opened} onClose={onClose} size="lg" title={t('agenda.edit')}>
      {opened && <AgendaForm forum={forum} onDone={onClose} />}
    </ResponsiveModal>
  );
}

function AgendaForm({ forum, onDone }: { forum: Forum; onDone: () => void }) {
  const { t } = useTranslation('forum');
  const { t: tc } = useTranslation();
  const act = useForumAct(forum.id);
  const [rows, setRows] = useState<AgendaRow[]>(
    forum.agenda.map((item) => ({ time: item.time ?? '', title: item.title, note: item.note ?? '' })),
  );
  const update = (index: number, patch: Partial<AgendaRow>) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const submit = () =>
    act.mutate(
      {
        kind: 'agenda',
        body: {
          items: rows
            .filter((row) => row.title.trim())
            .map((row) => ({
              time: row.time || null,
              title: row.title.trim(),
              note: row.note.trim() || null,
            })),
        },
      },
      { onSuccess: onDone },
    );
  return (
    <Stack>
      {rows.map((row, index) => (
        <Group key={index} align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            type="time"
            label={t('agenda.time')}
            w={110}
            value={row.time}
            onChange={(e) => update(index, { time: e.currentTarget.value })}
          />
          <Stack gap={4} style={{ flex: 1 }}>
            <TextInput
              label={t('agenda.itemTitle')}
              value={row.title}
              onChange={(e) => update(index, { title: e.currentTarget.value })}
            />
            <TextInput
              label={t('agenda.note')}
              value={row.note}
              onChange={(e) => update(index, { note: e.currentTarget.value })}
            />
          </Stack>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('agenda.remove', { index: index + 1 })}
            onClick={() => setRows(rows.filter((_, i) => i !== index))}
          >
            <CloseIcon size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() => setRows([...rows, { time: '', title: '', note: '' }])}
        >
          {t('agenda.add')}
        </Button>
      </Group>
      {act.isError && <ErrorAlert error={act.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {tc('common.cancel')}
        </Button>
        <Button onClick={submit} loading={act.isPending}>
          {t('agenda.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The minutes, written during the forum or after it. */
export function MinutesModal({
  forum,
  opened,
  onClose,
}: {
  forum: Forum;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('forum');
  const { t: tc } = useTranslation();
  const act = useForumAct(forum.id);
  const [text, setText] = useState(forum.minutes?.text ?? '');
  return (
    <ResponsiveModal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={forum.minutes ? t('minutes.edit') : t('minutes.write')}
    >
      <Stack>
        <Textarea
          label={t('minutes.label')}
          required
          autosize
          minRows={8}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        {act.isError && <ErrorAlert error={act.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tc('common.cancel')}
          </Button>
          <Button
            disabled={!text.trim()}
            loading={act.isPending}
            onClick={() => act.mutate({ kind: 'minutes', minutes: text.trim() }, { onSuccess: onClose })}
          >
            {t('minutes.save')}
          </Button>
        </Group>
      </Stack>
    </ResponsiveModal>
  );
}
