import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanItem } from '../../../api/types';
import { PolicyCitation } from '../../../components/policy-select';
import { useFormat } from '../../../lib/use-format';

/** Why an item is in the plan: its basis in words, the figures it was proposed from, the policy it carries out. */
export function ItemBasis({ item }: { item: PlanItem }) {
  const { t } = useTranslation('development');
  const format = useFormat();
  const evidence = item.evidence;
  const parts: string[] = [];
  if (evidence) {
    if (evidence.assessed > 0 && (item.basis === 'gap' || evidence.below > 0)) {
      parts.push(
        t('evidence.below', {
          below: format.number(evidence.below),
          assessed: format.number(evidence.assessed),
        }),
      );
    }
    if (evidence.statedGap !== null) {
      const gap = `${evidence.statedGap > 0 ? '+' : ''}${format.number(Math.round(evidence.statedGap * 10) / 10)}`;
      const agreement = evidence.agreement ? ` (${t(`evidence.agreement.${evidence.agreement}`)})` : '';
      parts.push(`${t('evidence.stated', { gap })}${agreement}`);
    }
    if (evidence.talents > 0) parts.push(t('evidence.talents', { count: evidence.talents }));
  }
  return (
    <Stack gap={0}>
      <Text size="sm">{t(`basis.${item.basis}`)}</Text>
      {parts.length > 0 && (
        <Text size="xs" c="dimmed">
          {parts.join('; ')}
        </Text>
      )}
      {item.policyId !== null && (
        <Text size="xs">
          <PolicyCitation policyId={item.policyId} />
        </Text>
      )}
      {item.fromUnit && (
        <Text size="xs" c="dimmed">
          {t('table.fromUnit', { unit: item.fromUnit.name })}
        </Text>
      )}
    </Stack>
  );
}
