import { useTranslation } from 'react-i18next';
import { RulesSummary } from '../../../components/promotion/rules-summary';
import { useRemovePromotionRules, useVersionPromotionRules } from '../api/promotion-rules';
import { PromotionRulesEffectPanel } from './promotion-rules-effect';
import { PromotionRulesForm } from './promotion-rules-form';
import { type VersionRef, VersionRulesPanel } from './version-rules-panel';

/**
 * Ketentuan Kenaikan Pangkat of a policy version: the rules it states, keeps from an earlier
 * version, or none; on a draft, for its drafters, the form to state them; and, for reviewers, what
 * the rules change for a period ("dampak sebelum ditetapkan" on a draft).
 */
export function PromotionRulesPanel(props: VersionRef) {
  const { t } = useTranslation('promotion');
  const rules = useVersionPromotionRules(props.policyId, props.versionId);
  const ids = { policyId: props.policyId, versionId: props.versionId, versionNumber: props.versionNumber };
  return (
    <VersionRulesPanel
      version={props}
      query={rules}
      rulesOf={(data) => data.rules}
      words={{
        title: t('rules.title'),
        intro: t('rules.intro'),
        none: t('rules.none'),
        noneEditable: t('rules.noneEditable'),
        stated: t('rules.stated'),
        inherited: (number) => t('rules.inherited', { number }),
        set: t('rules.set'),
        edit: t('rules.edit'),
        remove: t('rules.remove'),
        removeTitle: t('rules.removeTitle'),
        removeText: t('rules.removeText'),
        removeConfirm: t('rules.removeConfirm'),
        removed: t('rules.removed'),
      }}
      useRemove={useRemovePromotionRules}
      form={(form) => <PromotionRulesForm {...ids} {...form} />}
      summary={(stated) => (
        <RulesSummary rules={stated} label={t('rules.formLabel', { number: props.versionNumber })} />
      )}
      effect={(stated) => <PromotionRulesEffectPanel {...ids} draft={props.draft} rules={stated} />}
      gap={4}
      testId="promotion-rules"
    />
  );
}
