import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyDetail } from '../../../../api/types';
import { ArchiveIcon } from '../../../../components/icons';
import { useNotify } from '../../../../lib/use-notify';
import { useArchiveSurvey } from '../../api/archive-survey';
import { useRestoreSurvey } from '../../api/restore-survey';
import { ConfirmDialog } from '../confirm-dialog';

/**
 * Archive a survey whose waves are all over (out of the default list, results kept), or restore
 * it. A survey with an open or scheduled wave says to close it first instead.
 */
export function ArchiveActions({ survey }: { survey: SurveyDetail }) {
  const { t } = useTranslation('surveyAdmin');
  const notify = useNotify();
  const archive = useArchiveSurvey();
  const restore = useRestoreSurvey();
  const [confirm, setConfirm] = useState(false);
  const running = survey.waves.some((w) => w.status === 'open' || w.status === 'scheduled');

  if (survey.archivedAt) {
    return (
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<ArchiveIcon size={16} />}
          loading={restore.isPending}
          onClick={() =>
            restore.mutate(survey.id, {
              onSuccess: () =>
                notify({ color: 'teal', message: t('archive.restored', { title: survey.title }) }),
              onError: () => notify({ color: 'red', message: t('archive.restoreFailed') }),
            })
          }
        >
          {t('archive.restore')}
        </Button>
      </Group>
    );
  }
  return (
    <Group gap="sm" align="center">
      <Button
        variant="default"
        leftSection={<ArchiveIcon size={16} />}
        disabled={running}
        onClick={() => setConfirm(true)}
        aria-describedby={running ? 'archive-blocked' : undefined}
      >
        {t('archive.archive')}
      </Button>
      {running && (
        <Text size="sm" c="dimmed" id="archive-blocked">
          {t('archive.blocked')}
        </Text>
      )}
      <ConfirmDialog
        opened={confirm}
        title={t('archive.confirm.title', { title: survey.title })}
        confirmLabel={t('archive.confirm.confirm')}
        onConfirm={() =>
          archive.mutate(survey.id, {
            onSuccess: () => {
              setConfirm(false);
              notify({ color: 'teal', message: t('archive.archived', { title: survey.title }) });
            },
          })
        }
        onClose={() => {
          setConfirm(false);
          archive.reset();
        }}
        busy={archive.isPending}
        error={archive.error}
      >
        {t('archive.confirm.body')}
      </ConfirmDialog>
    </Group>
  );
}
