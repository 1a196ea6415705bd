import { Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorView, TriggerRule } from '../../../api/types';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { useAddTrigger } from '../api/triggers';
import { FormFooter } from './form-footer';

type Kind = TriggerRule['kind'];
const KINDS: Kind[] = ['missesTarget', 'below', 'above', 'fallsBy'];

/**
 * A trigger on one indicator: when a closed wave's value breaks its rule, a revision proposal
 * citing that value is opened and the policy's keepers are told.
 */
export function TriggerFormModal({
  policyId,
  indicator,
  onClose,
}: {
  policyId: number;
  indicator: IndicatorView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('policies');
  return (
    <ResponsiveModal
      opened={indicator !== null}
      onClose={onClose}
      title={indicator ? t('trigger.addFor', { name: indicator.name }) : ''}
    >
      {indicator && <TriggerForm policyId={policyId} indicator={indicator} onDone={onClose} />}
    </ResponsiveModal>
  );
}

function TriggerForm({
  policyId,
  indicator,
  onDone,
}: {
  policyId: number;
  indicator: IndicatorView;
  onDone: () => void;
}) {
  const { t } = useTranslation('policies');
  const add = useAddTrigger(policyId);
  const [kind, setKind] = useState<Kind>('missesTarget');
  const [amount, setAmount] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const needsAmount = kind !== 'missesTarget';

  const submit = () => {
    const value = Number(amount);
    if (
      needsAmount &&
      (amount.trim() === '' || !Number.isFinite(value) || (kind === 'fallsBy' && value <= 0))
    ) {
      return setMissing(t('trigger.form.amountMissing'));
    }
    setMissing(null);
    const rule: TriggerRule =
      kind === 'missesTarget'
        ? { kind }
        : kind === 'fallsBy'
          ? { kind, amount: value }
          : { kind, threshold: value };
    add.mutate({ indicatorId: indicator.id, rule }, { onSuccess: onDone });
  };

  return (
    <Stack>
      <Text size="sm">{t('trigger.form.intro')}</Text>
      <Select
        label={t('trigger.form.kind')}
        value={kind}
        allowDeselect={false}
        onChange={(next) => setKind((next ?? 'missesTarget') as Kind)}
        data={KINDS.map((value) => ({ value, label: t(`trigger.kind.${value}`) }))}
      />
      {needsAmount && (
        <TextInput
          type="number"
          step="any"
          required
          label={t(kind === 'fallsBy' ? 'trigger.form.amount' : 'trigger.form.threshold')}
          description={t(`trigger.form.help.${kind}`, {
            direction: t(`indicator.direction.${indicator.direction}`),
          })}
          value={amount}
          onChange={(e) => setAmount(e.currentTarget.value)}
        />
      )}
      <FormFooter
        missing={missing}
        error={add.isError ? add.error : null}
        saving={add.isPending}
        onCancel={onDone}
        onSave={submit}
      />
    </Stack>
  );
}
