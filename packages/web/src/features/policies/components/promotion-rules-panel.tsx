import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionPromotionRules } from '../../../api/types';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { RulesSummary } from '../../../components/promotion/rules-summary';
import { useCan } from '../../../lib/session';
import { useNotify } from '../../../lib/use-notify';
import { useRemovePromotionRules, useVersionPromotionRules } from '../api/promotion-rules';
import { PromotionRulesEffectPanel } from './promotion-rules-effect';
import { PromotionRulesForm } from './promotion-rules-form';

interface VersionRef {
  policyId: number;
  versionId: number;
  versionNumber: number;
  draft: boolean;
}

/**
 * Ketentuan Kenaikan Pangkat of a policy version: the rules it states, keeps from an earlier
 * version, or none; on a draft, for its drafters, the form to state them; and, for reviewers, what
 * the rules change for a period ("dampak sebelum ditetapkan" on a draft).
 */
export function PromotionRulesPanel(props: VersionRef) {
  const { t } = useTranslation('promotion');
  const headingId = useId();
  const rules = useVersionPromotionRules(props.policyId, props.versionId);
  // A version without rules, which its reader may not give any, has nothing to say about them.
  if (rules.isPending || (rules.data && rules.data.rules === null && !rules.data.editable)) return null;
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-labelledby={headingId}
      data-testid="promotion-rules"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('rules.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('rules.intro')}
        </Text>
        {rules.isError ? (
          <ErrorAlert error={rules.error} onRetry={() => void rules.refetch()} />
        ) : (
          <RulesView version={props} data={rules.data} />
        )}
      </Stack>
    </Card>
  );
}

function RulesView({ version, data }: { version: VersionRef; data: VersionPromotionRules }) {
  const { t } = useTranslation('promotion');
  const reviews = useCan('policy.review');
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const own = data.rules !== null && data.inheritedFrom === null;
  if (editing && data.editable) {
    return (
      <PromotionRulesForm
        policyId={version.policyId}
        versionId={version.versionId}
        versionNumber={version.versionNumber}
        initial={data.rules ?? data.defaults}
        defaults={data.defaults}
        fromDefaults={data.rules === null}
        onDone={() => setEditing(false)}
      />
    );
  }
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {data.rules === null
            ? t('rules.none')
            : data.inheritedFrom !== null
              ? t('rules.inherited', { number: data.inheritedFrom })
              : t('rules.stated')}
        </Text>
        {data.rules === null && data.editable && (
          <Text size="sm" c="dimmed">
            {t('rules.noneEditable')}
          </Text>
        )}
        {data.rules && (
          <RulesSummary rules={data.rules} label={t('rules.formLabel', { number: version.versionNumber })} />
        )}
      </Stack>
      {data.editable && (
        <Group gap="sm">
          <Button size="sm" onClick={() => setEditing(true)}>
            {data.rules === null ? t('rules.set') : t('rules.edit')}
          </Button>
          {own && (
            <Button size="sm" variant="default" color="red" onClick={() => setRemoving(true)}>
              {t('rules.remove')}
            </Button>
          )}
        </Group>
      )}
      {data.rules && reviews && (
        <PromotionRulesEffectPanel
          policyId={version.policyId}
          versionId={version.versionId}
          versionNumber={version.versionNumber}
          draft={version.draft}
          rules={data.rules}
        />
      )}
      {removing && <RemoveDialog version={version} onClose={() => setRemoving(false)} />}
    </Stack>
  );
}

/** Takes the draft's own rules back, after saying it then keeps the earlier version's. */
function RemoveDialog({ version, onClose }: { version: VersionRef; onClose: () => void }) {
  const { t } = useTranslation('promotion');
  const notify = useNotify();
  const remove = useRemovePromotionRules(version.policyId, version.versionId);
  return (
    <ConfirmDialog
      title={t('rules.removeTitle')}
      text={t('rules.removeText')}
      confirm={t('rules.removeConfirm')}
      action={remove}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(undefined, {
          onSuccess: () => {
            notify({ color: 'teal', message: t('rules.removed') });
            onClose();
          },
        })
      }
    />
  );
}
