import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { TalentSettingsSummary } from '../../../components/talent-settings/talent-settings-summary';
import { useCan } from '../../../lib/session';
import { useNotify } from '../../../lib/use-notify';
import {
  useRemoveTalentSettings,
  useVersionTalentSettings,
  type VersionTalentSettings,
} from '../api/talent-settings';
import { TalentSettingsEffectPanel } from './talent-settings-effect';
import { TalentSettingsForm } from './talent-settings-form';

interface VersionRef {
  policyId: number;
  versionId: number;
  versionNumber: number;
  draft: boolean;
}

/**
 * Pengaturan Manajemen Talenta of a policy version: the settings it states, keeps from an earlier
 * version, or none; on a draft, for its drafters, the form to state them; and, for reviewers, how
 * they move people between the nine boxes ("dampak sebelum ditetapkan" on a draft).
 */
export function TalentSettingsPanel(props: VersionRef) {
  const { t } = useTranslation('talentSettings');
  const headingId = useId();
  const settings = useVersionTalentSettings(props.policyId, props.versionId);
  // A version without settings, which its reader may not give any, has nothing to say about them.
  if (settings.isPending || (settings.data && settings.data.settings === null && !settings.data.editable)) {
    return null;
  }
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-labelledby={headingId}
      data-testid="talent-settings"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('panel.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('panel.intro')}
        </Text>
        {settings.isError ? (
          <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
        ) : (
          <SettingsView version={props} data={settings.data} />
        )}
      </Stack>
    </Card>
  );
}

function SettingsView({ version, data }: { version: VersionRef; data: VersionTalentSettings }) {
  const { t } = useTranslation('talentSettings');
  const reviews = useCan('policy.review');
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const own = data.settings !== null && data.inheritedFrom === null;
  if (editing && data.editable) {
    return (
      <TalentSettingsForm
        policyId={version.policyId}
        versionId={version.versionId}
        versionNumber={version.versionNumber}
        initial={data.settings ?? data.defaults}
        defaults={data.defaults}
        fromDefaults={data.settings === null}
        onDone={() => setEditing(false)}
      />
    );
  }
  return (
    <Stack gap="md">
      <Stack gap="xs">
        <Text size="sm" fw={500}>
          {data.settings === null
            ? t('panel.none')
            : data.inheritedFrom !== null
              ? t('panel.inherited', { number: data.inheritedFrom })
              : t('panel.stated')}
        </Text>
        {data.settings === null && data.editable && (
          <Text size="sm" c="dimmed">
            {t('panel.noneEditable')}
          </Text>
        )}
        {data.settings && (
          <TalentSettingsSummary
            settings={data.settings}
            label={t('panel.summaryLabel', { number: version.versionNumber })}
          />
        )}
      </Stack>
      {data.editable && (
        <Group gap="sm">
          <Button size="sm" onClick={() => setEditing(true)}>
            {data.settings === null ? t('panel.set') : t('panel.edit')}
          </Button>
          {own && (
            <Button size="sm" variant="default" color="red" onClick={() => setRemoving(true)}>
              {t('panel.remove')}
            </Button>
          )}
        </Group>
      )}
      {data.settings && reviews && (
        <TalentSettingsEffectPanel
          policyId={version.policyId}
          versionId={version.versionId}
          versionNumber={version.versionNumber}
          draft={version.draft}
        />
      )}
      {removing && <RemoveDialog version={version} onClose={() => setRemoving(false)} />}
    </Stack>
  );
}

/** Takes the draft's own settings back, after saying it then keeps the earlier version's. */
function RemoveDialog({ version, onClose }: { version: VersionRef; onClose: () => void }) {
  const { t } = useTranslation('talentSettings');
  const notify = useNotify();
  const remove = useRemoveTalentSettings(version.policyId, version.versionId);
  return (
    <ConfirmDialog
      title={t('panel.removeTitle')}
      text={t('panel.removeText')}
      confirm={t('panel.removeConfirm')}
      action={remove}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(undefined, {
          onSuccess: () => {
            notify({ color: 'teal', message: t('panel.removed') });
            onClose();
          },
        })
      }
    />
  );
}
