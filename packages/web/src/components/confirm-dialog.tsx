import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';
import { ResponsiveModal } from './responsive-modal';

/**
 * Asks before an action that cannot be taken back (ending, removing): what it does, Cancel, and the
 * red confirming button, which runs `action` (a mutation) and shows its error in the dialog.
 */
export function ConfirmDialog(props: {
  title: string;
  text: string;
  confirm: string;
  action: { isPending: boolean; isError: boolean; error: unknown };
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ResponsiveModal opened onClose={props.onClose} title={props.title}>
      <Stack gap="md">
        {props.action.isError && <ErrorAlert error={props.action.error} />}
        <Text size="sm">{props.text}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={props.action.isPending} onClick={props.onConfirm}>
            {props.confirm}
          </Button>
        </Group>
      </Stack>
    </ResponsiveModal>
  );
}
