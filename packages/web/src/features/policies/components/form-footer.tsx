import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';

/**
 * The foot of a policy form in a modal: what is still missing (said, not only coloured), the
 * server's refusal, then cancel and save. `onSave` absent: the save button submits its form.
 */
export function FormFooter({
  missing = null,
  error,
  saving,
  onCancel,
  onSave,
}: {
  missing?: string | null;
  error: unknown;
  saving: boolean;
  onCancel: () => void;
  onSave?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {missing && (
        <Text c="red.8" size="sm" role="alert">
          {missing}
        </Text>
      )}
      {error ? <ErrorAlert error={error} /> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type={onSave ? 'button' : 'submit'} onClick={onSave} loading={saving}>
          {t('common.save')}
        </Button>
      </Group>
    </>
  );
}
