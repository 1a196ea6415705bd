import { useTranslation } from 'react-i18next';
import { TalentSettingsSummary } from '../../../components/talent-settings/talent-settings-summary';
import { useRemoveTalentSettings, useVersionTalentSettings } from '../api/talent-settings';
import { TalentSettingsEffectPanel } from './talent-settings-effect';
import { TalentSettingsForm } from './talent-settings-form';
import { type VersionRef, VersionRulesPanel } from './version-rules-panel';

/**
 * Pengaturan Manajemen Talenta of a policy version: the settings it states, keeps from an earlier
 * version, or none; on a draft, for its drafters, the form to state them; and, for reviewers, how
 * they move people between the nine boxes ("dampak sebelum ditetapkan" on a draft).
 */
export function TalentSettingsPanel(props: VersionRef) {
  const { t } = useTranslation('talentSettings');
  const settings = useVersionTalentSettings(props.policyId, props.versionId);
  const ids = { policyId: props.policyId, versionId: props.versionId, versionNumber: props.versionNumber };
  return (
    <VersionRulesPanel
      version={props}
      query={settings}
      rulesOf={(data) => data.settings}
      words={{
        title: t('panel.title'),
        intro: t('panel.intro'),
        none: t('panel.none'),
        noneEditable: t('panel.noneEditable'),
        stated: t('panel.stated'),
        inherited: (number) => t('panel.inherited', { number }),
        set: t('panel.set'),
        edit: t('panel.edit'),
        remove: t('panel.remove'),
        removeTitle: t('panel.removeTitle'),
        removeText: t('panel.removeText'),
        removeConfirm: t('panel.removeConfirm'),
        removed: t('panel.removed'),
      }}
      useRemove={useRemoveTalentSettings}
      form={(form) => <TalentSettingsForm {...ids} {...form} />}
      summary={(stated) => (
        <TalentSettingsSummary
          settings={stated}
          label={t('panel.summaryLabel', { number: props.versionNumber })}
        />
      )}
      effect={() => <TalentSettingsEffectPanel {...ids} draft={props.draft} />}
      gap="xs"
      testId="talent-settings"
    />
  );
}
