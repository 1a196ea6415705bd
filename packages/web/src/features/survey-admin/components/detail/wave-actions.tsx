import { Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyDetail, WaveSummary } from '../../../../api/types';
import { BellIcon, ChartIcon, UsersIcon } from '../../../../components/icons';
import { ButtonLink } from '../../../../components/router-links';
import { useCan } from '../../../../lib/session';
import { useNotify } from '../../../../lib/use-notify';
import { useCloseWave } from '../../api/close-wave';
import { useOpenWave } from '../../api/open-wave';
import { ConfirmDialog } from '../confirm-dialog';
import { useSendReminder } from './use-send-reminder';

type Pending = 'open' | 'close' | null;

/** What can be done with a wave now: open a draft, close, remind, see the results. */
export function WaveActions({ survey, wave }: { survey: SurveyDetail; wave: WaveSummary }) {
  const { t } = useTranslation('surveyAdmin');
  const canManage = useCan('survey.manage');
  const canSeeResults = useCan('survey.results');
  const [confirm, setConfirm] = useState<Pending>(null);
  const open = useOpenWave();
  const close = useCloseWave();
  const remind = useSendReminder();
  const notify = useNotify();
  const named = { label: wave.label };

  const run = (action: 'open' | 'close') => {
    const mutation = action === 'open' ? open : close;
    mutation.mutate(wave.id, {
      onSuccess: () => {
        setConfirm(null);
        notify({
          color: 'teal',
          message: action === 'open' ? t('wave.opened', named) : t('wave.closed', named),
        });
      },
    });
  };

  const sendReminder = () => remind.send({ waveId: wave.id });

  const canClose = wave.status === 'open' || wave.status === 'scheduled';
  const canRemind = wave.status === 'open' && survey.mode !== 'public';
  // Identified surveys promise their admins to see who has not answered (anonymous ones never do).
  const canList = survey.canManage && survey.mode === 'identified' && wave.status !== 'draft';

  return (
    <Group gap="xs">
      {canManage && wave.status === 'draft' && (
        <Button size="xs" onClick={() => setConfirm('open')} aria-label={t('wave.openFor', named)}>
          {t('wave.open')}
        </Button>
      )}
      {canManage && canList && (
        <ButtonLink
          to="/surveys/$surveyId/waves/$waveId/non-respondents"
          params={{ surveyId: String(survey.id), waveId: String(wave.id) }}
          size="xs"
          variant="default"
          leftSection={<UsersIcon size={14} />}
          aria-label={t('wave.nonRespondentsFor', named)}
        >
          {t('wave.nonRespondents')}
        </ButtonLink>
      )}
      {canManage && canRemind && (
        <Button
          size="xs"
          variant="default"
          leftSection={<BellIcon size={14} />}
          onClick={sendReminder}
          loading={remind.isPending}
          aria-label={t('wave.remindFor', named)}
        >
          {t('wave.remind')}
        </Button>
      )}
      {canManage && canClose && (
        <Button
          size="xs"
          variant="default"
          color="red"
          onClick={() => setConfirm('close')}
          aria-label={t('wave.closeFor', named)}
        >
          {t('wave.close')}
        </Button>
      )}
      {canSeeResults && wave.status !== 'draft' && (
        <ButtonLink
          to="/survey-waves/$waveId/results"
          params={{ waveId: String(wave.id) }}
          size="xs"
          variant="light"
          leftSection={<ChartIcon size={14} />}
          aria-label={t('wave.resultsFor', named)}
        >
          {t('wave.results')}
        </ButtonLink>
      )}

      <ConfirmDialog
        opened={confirm === 'open'}
        title={t('wave.confirmOpen.title', named)}
        confirmLabel={t('wave.confirmOpen.confirm')}
        onConfirm={() => run('open')}
        onClose={() => {
          setConfirm(null);
          open.reset();
        }}
        busy={open.isPending}
        error={open.error}
      >
        <Stack gap="xs">
          <Text>{t('wave.confirmOpen.intro')}</Text>
          <List size="sm" spacing={4}>
            {survey.mode !== 'public' && <List.Item>{t('wave.confirmOpen.invite')}</List.Item>}
            {survey.mode === 'public' && <List.Item>{t('wave.confirmOpen.public')}</List.Item>}
            <List.Item>{t('wave.confirmOpen.freeze', { version: wave.instrumentVersion })}</List.Item>
            <List.Item>{t('wave.confirmOpen.window')}</List.Item>
          </List>
        </Stack>
      </ConfirmDialog>
      <ConfirmDialog
        opened={confirm === 'close'}
        title={t('wave.confirmClose.title', named)}
        confirmLabel={t('wave.confirmClose.confirm')}
        color="red"
        onConfirm={() => run('close')}
        onClose={() => {
          setConfirm(null);
          close.reset();
        }}
        busy={close.isPending}
        error={close.error}
      >
        {survey.mode === 'anonymous' ? t('wave.confirmClose.bodyAnonymous') : t('wave.confirmClose.body')}
      </ConfirmDialog>
    </Group>
  );
}
