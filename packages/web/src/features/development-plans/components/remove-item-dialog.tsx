import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanItem } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { useNotify } from '../../../lib/use-notify';
import { useRemovePlanItem } from '../api/plans';

export function RemoveItemDialog({
  plan,
  item,
  onClose,
}: {
  plan: Plan;
  item: PlanItem;
  onClose: () => void;
}) {
  const { t } = useTranslation('development');
  const notify = useNotify();
  const remove = useRemovePlanItem(plan.id);
  return (
    <ResponsiveModal opened onClose={onClose} title={t('item.removeTitle')}>
      <Stack gap="md">
        {remove.isError && <ErrorAlert error={remove.error} />}
        <Text>{t('item.removeConfirm', { title: item.title })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('transition.cancel')}
          </Button>
          <Button
            color="red.8"
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(item.id, {
                onSuccess: () => {
                  notify({ color: 'teal', message: t('item.removed') });
                  onClose();
                },
              })
            }
          >
            {t('item.remove')}
          </Button>
        </Group>
      </Stack>
    </ResponsiveModal>
  );
}
