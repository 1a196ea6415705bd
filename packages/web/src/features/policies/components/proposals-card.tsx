import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyDetail, RevisionProposal } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { QueryContent } from '../../../components/query-content';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { AnchorLink } from '../../../components/router-links';
import { hasPermission, useMe } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useAcceptProposal, useCheckTriggers, useDismissProposal, useTriggers } from '../api/triggers';
import { ruleMessage, triggerNumber } from './trigger-rule';

const STATE_COLOUR = { open: 'orange', accepted: 'teal', dismissed: 'gray' } as const;

/**
 * The revision proposals the indicators' triggers opened, for everyone who reads the policy: each
 * citing the measurement that broke its rule; its keepers accept one (the policy goes under
 * evaluation) or dismiss it with a reason, and may check the triggers now.
 */
export function ProposalsCard({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation('policies');
  const me = useMe();
  const notify = useNotify();
  const reads = hasPermission(me, 'policy.read');
  const manages = hasPermission(me, 'policy.manage') && policy.state !== 'retired';
  const list = useTriggers(policy.id, reads);
  const check = useCheckTriggers(policy.id);
  const [dismissing, setDismissing] = useState<RevisionProposal | null>(null);
  if (!reads) return null;
  if (list.data && list.data.triggers.length === 0 && list.data.proposals.length === 0) return null;
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="policy-proposals">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="policy-proposals">
            {t('proposal.title')}
          </Title>
          {manages && (
            <Button
              size="xs"
              variant="light"
              loading={check.isPending}
              onClick={() =>
                check.mutate(undefined, {
                  onSuccess: ({ opened }) =>
                    notify({
                      color: 'teal',
                      title: t('proposal.title'),
                      message: t('proposal.checked', { count: opened }),
                    }),
                })
              }
            >
              {t('proposal.checkNow')}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('proposal.intro')}
        </Text>
        {check.isError && <ErrorAlert error={check.error} />}
        <QueryContent query={list} height={80}>
          {(data) =>
            data.proposals.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('proposal.none')}
              </Text>
            ) : (
              <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {data.proposals.map((proposal) => (
                  <ProposalLine
                    key={proposal.id}
                    policy={policy}
                    proposal={proposal}
                    manages={manages}
                    onDismiss={() => setDismissing(proposal)}
                  />
                ))}
              </Stack>
            )
          }
        </QueryContent>
      </Stack>
      <DismissModal policyId={policy.id} proposal={dismissing} onClose={() => setDismissing(null)} />
    </Card>
  );
}

function ProposalLine({
  policy,
  proposal,
  manages,
  onDismiss,
}: {
  policy: PolicyDetail;
  proposal: RevisionProposal;
  manages: boolean;
  onDismiss: () => void;
}) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  const accept = useAcceptProposal(policy.id);
  const rule = ruleMessage(proposal.rule, format.number);
  const measured = t(proposal.previous === null ? 'proposal.measured' : 'proposal.measuredFell', {
    label: proposal.pointLabel,
    value: triggerNumber(proposal.value, format.number),
    previous: proposal.previous === null ? '' : triggerNumber(proposal.previous, format.number),
  });
  return (
    <Stack component="li" gap={4} py="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Text fw={600}>{proposal.indicatorName}</Text>
        <Badge color={STATE_COLOUR[proposal.state]} variant="light" tt="none" style={{ flexShrink: 0 }}>
          {t(`proposal.state.${proposal.state}`)}
        </Badge>
      </Group>
      <Text size="sm">{measured}</Text>
      <Text size="sm" c="dimmed">
        {t('proposal.because', {
          rule: t(rule.key, rule.values),
          date: format.timestamp(proposal.createdAt),
        })}
      </Text>
      {proposal.state !== 'open' && (
        <Text size="sm" c="dimmed">
          {proposal.decidedBy
            ? t(`proposal.decided.${proposal.state}`, {
                by: proposal.decidedBy,
                date: format.timestamp(proposal.decidedAt),
              })
            : t(`proposal.decidedOn.${proposal.state}`, { date: format.timestamp(proposal.decidedAt) })}
          {proposal.note ? ` — ${proposal.note}` : ''}
        </Text>
      )}
      {proposal.evaluationId !== null && (
        <AnchorLink
          to="/policies/$policyId/evaluations/$evaluationId"
          params={{ policyId: String(policy.id), evaluationId: String(proposal.evaluationId) }}
          size="sm"
        >
          {t('proposal.evaluation')}
        </AnchorLink>
      )}
      {manages && proposal.state === 'open' && (
        <Group gap="xs">
          <Button size="compact-sm" loading={accept.isPending} onClick={() => accept.mutate(proposal.id)}>
            {policy.state === 'in_force' ? t('proposal.acceptEvaluate') : t('proposal.accept')}
          </Button>
          <Button size="compact-sm" variant="default" onClick={onDismiss}>
            {t('proposal.dismiss')}
          </Button>
        </Group>
      )}
      {accept.isError && <ErrorAlert error={accept.error} />}
    </Stack>
  );
}

function DismissModal({
  policyId,
  proposal,
  onClose,
}: {
  policyId: number;
  proposal: RevisionProposal | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('policies');
  return (
    <ResponsiveModal opened={proposal !== null} onClose={onClose} title={t('proposal.dismissTitle')}>
      {proposal && <DismissForm policyId={policyId} proposal={proposal} onDone={onClose} />}
    </ResponsiveModal>
  );
}

function DismissForm({
  policyId,
  proposal,
  onDone,
}: {
  policyId: number;
  proposal: RevisionProposal;
  onDone: () => void;
}) {
  const { t } = useTranslation('policies');
  const { t: tc } = useTranslation();
  const dismiss = useDismissProposal(policyId);
  const [reason, setReason] = useState('');
  return (
    <Stack>
      <Text size="sm">
        {t('proposal.dismissIntro', { name: proposal.indicatorName, label: proposal.pointLabel })}
      </Text>
      <Textarea
        label={t('proposal.reason')}
        required
        autosize
        minRows={3}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      {dismiss.isError && <ErrorAlert error={dismiss.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {tc('common.cancel')}
        </Button>
        <Button
          onClick={() =>
            dismiss.mutate({ proposalId: proposal.id, reason: reason.trim() }, { onSuccess: onDone })
          }
          loading={dismiss.isPending}
          disabled={!reason.trim()}
        >
          {t('proposal.dismiss')}
        </Button>
      </Group>
    </Stack>
  );
}
