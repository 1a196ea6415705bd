import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Competency } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { useNotify } from '../../../lib/use-notify';
import { useRemoveCompetency } from '../api/remove-competency';

/**
 * Asks before removing a technical competency. One a standard or an assessment names stays: the
 * server says so (409), in the reader's language, and the dialog shows it.
 */
export function RemoveCompetencyDialog({
  competency,
  onClose,
}: {
  competency: Competency;
  onClose: () => void;
}) {
  const { t } = useTranslation('competencies');
  const remove = useRemoveCompetency();
  const notify = useNotify();
  const busy = remove.isPending;
  return (
    <ResponsiveModal
      opened
      onClose={() => !busy && onClose()}
      title={t('remove.title', { code: competency.code, name: competency.name })}
    >
      <Stack gap="md">
        <Text size="sm">{t('remove.body')}</Text>
        {remove.isError && <ErrorAlert error={remove.error} title={t('remove.refused')} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={busy} data-autofocus>
            {t('form.cancel')}
          </Button>
          <Button
            color="red.8"
            loading={busy}
            onClick={() =>
              remove.mutate(competency.id, {
                onSuccess: () => {
                  notify({ color: 'teal', message: t('remove.done', { code: competency.code }) });
                  onClose();
                },
              })
            }
          >
            {t('remove.confirm')}
          </Button>
        </Group>
      </Stack>
    </ResponsiveModal>
  );
}
