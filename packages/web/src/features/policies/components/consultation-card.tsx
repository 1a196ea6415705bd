import { Badge, Blockquote, Button, Card, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsultationComment, ConsultationRound, PolicyDetail } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { QueryContent } from '../../../components/query-content';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { AnchorLink } from '../../../components/router-links';
import { hasPermission, useMe } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { useConsultationAct, useConsultations } from '../api/consultations';
import { CommentModal, type CommentTarget } from './comment-modal';

/** The policy's consultation rounds: who was invited until when, what they said, and what became of it. */
export function ConsultationCard({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation('policies');
  const consultations = useConsultations(policy.id);
  const [target, setTarget] = useState<CommentTarget | null>(null);
  if (consultations.data && consultations.data.rounds.length === 0) return null;
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="policy-consultations">
      <Stack gap="sm">
        <Title order={2} size="h4" id="policy-consultations">
          {t('consultation.title')}
        </Title>
        <QueryContent query={consultations} height={120}>
          {(data) => (
            <Stack gap="lg">
              {data.rounds.map((round) => (
                <Round key={round.id} policy={policy} round={round} onComment={setTarget} />
              ))}
            </Stack>
          )}
        </QueryContent>
      </Stack>
      <CommentModal policyId={policy.id} target={target} onClose={() => setTarget(null)} />
    </Card>
  );
}

/** The calendar day an instant falls on in the government's zone (anonymous input: its batch's day). */
const dayIn = (instant: string, zone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(instant));

function Round({
  policy,
  round,
  onComment,
}: {
  policy: PolicyDetail;
  round: ConsultationRound;
  onComment: (target: CommentTarget) => void;
}) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  const groups = (['employees', 'leaders', 'partners', 'public'] as const).filter((g) => round.audience[g]);
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Badge color={round.accepting ? 'blue' : 'gray'} variant="light" tt="none">
          {round.accepting ? t('consultation.open') : t('consultation.closed')}
        </Badge>
        <Text size="sm">
          {t('consultation.window', {
            number: round.versionNumber,
            until: format.timestamp(round.closedAt ?? round.closesAt),
          })}
        </Text>
      </Group>
      <Text size="sm" c="dimmed">
        {t('consultation.invited', { groups: groups.map((g) => t(`consultation.audience.${g}`)).join(', ') })}
        {round.openItems > 0 ? ` · ${t('consultation.openItems', { count: round.openItems })}` : ''}
      </Text>
      {round.allowAnonymous && (
        <Text size="sm" c="dimmed">
          {t('consultation.anonymousAllowed', { k: round.minGroupSize })}
          {round.withheld > 0 ? ` ${t('consultation.withheld', { count: round.withheld })}` : ''}
        </Text>
      )}
      {round.canTakePart && (
        <Group gap="xs">
          <Button
            size="xs"
            onClick={() =>
              onComment({
                roundId: round.id,
                provisionId: null,
                label: null,
                quote: null,
                anonymousK: round.canTakePartAnonymously ? round.minGroupSize : null,
              })
            }
          >
            {t('consultation.propose')}
          </Button>
          <AnchorLink
            to="/policies/$policyId/versions/$versionId"
            params={{ policyId: String(policy.id), versionId: String(round.versionId) }}
            size="sm"
          >
            {t('consultation.readDraft')}
          </AnchorLink>
        </Group>
      )}
      {round.comments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('consultation.noComments')}
        </Text>
      ) : (
        <Stack gap="sm">
          {round.comments.map((comment) => (
            <Comment key={comment.id} policy={policy} round={round} comment={comment} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function Comment({
  policy,
  round,
  comment,
}: {
  policy: PolicyDetail;
  round: ConsultationRound;
  comment: ConsultationComment;
}) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  const me = useMe();
  const act = useConsultationAct(policy.id);
  const [moderating, setModerating] = useState<'respond' | 'hide' | null>(null);
  const manages = hasPermission(me, 'policy.manage') && policy.state !== 'retired';
  const authorOf = useAuthorOf();
  return (
    <Stack gap={4} p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}>
      <Group gap="xs" justify="space-between">
        <Text size="sm" fw={600}>
          {authorOf(comment)}
          <Text span size="xs" c="dimmed">
            {' '}
            ·{' '}
            {comment.source !== 'identified'
              ? format.date(dayIn(comment.createdAt, format.timeZone))
              : format.timestamp(comment.createdAt)}{' '}
            · {t(`consultation.kind.${comment.kind}`)}
            {comment.provisionLabel ? ` · ${comment.provisionLabel}` : ''}
          </Text>
        </Text>
        {comment.outdated && (
          <Badge size="sm" color="gray" variant="outline" tt="none">
            {t('consultation.outdated')}
          </Badge>
        )}
      </Group>
      {comment.quote && (
        <Blockquote p="xs" fz="sm" color="gray">
          {comment.quote}
        </Blockquote>
      )}
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {comment.body}
      </Text>
      {comment.hidden && (
        <Text size="sm" c="red.8">
          {t('consultation.hiddenBecause', { reason: comment.hidden.reason })}
        </Text>
      )}
      {comment.response && (
        <Text size="sm">
          <Badge
            size="sm"
            variant="light"
            tt="none"
            color={comment.response.response === 'rejected' ? 'gray' : 'teal'}
          >
            {t(`consultation.response.${comment.response.response}`)}
          </Badge>{' '}
          {comment.response.reason}
        </Text>
      )}
      {comment.absorbedIn.map((absorbed) => (
        <AnchorLink
          key={`${absorbed.versionId}-${absorbed.provisionId}`}
          to="/policies/$policyId/versions/$versionId"
          params={{ policyId: String(policy.id), versionId: String(absorbed.versionId) }}
          size="sm"
        >
          {t('consultation.absorbed', { number: absorbed.versionNumber, label: absorbed.label })}
        </AnchorLink>
      ))}
      <Group gap="xs">
        <Text size="xs" c="dimmed">
          {t('consultation.supports', { count: comment.supports })}
        </Text>
        {round.canTakePart && !comment.mine && !comment.supportedByMe && (
          <Button
            size="compact-xs"
            variant="light"
            loading={act.isPending}
            onClick={() => act.mutate({ kind: 'support', commentId: comment.id })}
          >
            {t('consultation.support')}
          </Button>
        )}
        {comment.supportedByMe && (
          <Text size="xs" c="teal.9">
            {t('consultation.supported')}
          </Text>
        )}
        {manages && !comment.hidden && (
          <>
            <Button size="compact-xs" variant="subtle" onClick={() => setModerating('respond')}>
              {comment.response ? t('consultation.changeResponse') : t('consultation.respond')}
            </Button>
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => setModerating('hide')}>
              {t('consultation.hide')}
            </Button>
          </>
        )}
      </Group>
      {act.isError && <ErrorAlert error={act.error} />}
      <ModerationModal
        policyId={policy.id}
        comment={comment}
        mode={moderating}
        onClose={() => setModerating(null)}
      />
    </Stack>
  );
}

/** Who wrote an input: the author's name, "Anonim" or "Masyarakat". */
function useAuthorOf() {
  const { t } = useTranslation('policies');
  return (comment: ConsultationComment) =>
    comment.author ?? (comment.source === 'public' ? t('consultation.citizen') : t('consultation.anonymous'));
}

function ModerationModal({
  policyId,
  comment,
  mode,
  onClose,
}: {
  policyId: number;
  comment: ConsultationComment;
  mode: 'respond' | 'hide' | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('policies');
  const { t: tc } = useTranslation();
  const act = useConsultationAct(policyId);
  const authorOf = useAuthorOf();
  const [response, setResponse] = useState<'accepted' | 'partial' | 'rejected'>('accepted');
  const [reason, setReason] = useState('');
  const submit = () =>
    act.mutate(
      mode === 'hide'
        ? { kind: 'hide', commentId: comment.id, reason: reason.trim() }
        : { kind: 'respond', commentId: comment.id, body: { response, reason: reason.trim() } },
      { onSuccess: onClose },
    );
  return (
    <ResponsiveModal
      opened={mode !== null}
      onClose={onClose}
      title={mode === 'hide' ? t('consultation.hide') : t('consultation.respond')}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {authorOf(comment)}: {comment.body}
        </Text>
        {mode === 'respond' && (
          <Select
            label={t('consultation.responseLabel')}
            value={response}
            allowDeselect={false}
            onChange={(next) => setResponse((next ?? 'accepted') as typeof response)}
            data={(['accepted', 'partial', 'rejected'] as const).map((value) => ({
              value,
              label: t(`consultation.response.${value}`),
            }))}
          />
        )}
        <Textarea
          label={mode === 'hide' ? t('consultation.hideReason') : t('consultation.responseReason')}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        {act.isError && <ErrorAlert error={act.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tc('common.cancel')}
          </Button>
          <Button
            onClick={submit}
            loading={act.isPending}
            disabled={!reason.trim()}
            color={mode === 'hide' ? 'red' : undefined}
          >
            {tc('common.save')}
          </Button>
        </Group>
      </Stack>
    </ResponsiveModal>
  );
}
