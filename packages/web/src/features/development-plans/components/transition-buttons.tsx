import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanTransition } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useNotify } from '../../../lib/use-notify';
import { usePlanTransition } from '../api/plans';

/** The moves the server says the reader may make now; returning asks for a reason first. */
export function TransitionButtons({ plan }: { plan: Plan }) {
  const { t } = useTranslation('development');
  const notify = useNotify();
  const move = usePlanTransition(plan.id);
  const [returning, setReturning] = useState(false);
  if (plan.transitions.length === 0) return null;
  const go = (transition: PlanTransition) =>
    move.mutate(
      { transition, reason: null },
      { onSuccess: () => notify({ color: 'teal', message: t(`transition.done.${transition}`) }) },
    );
  return (
    <Stack gap="xs">
      {move.isError && !returning && <ErrorAlert error={move.error} />}
      <Group gap="xs">
        {plan.transitions.map((transition) =>
          transition === 'return' ? (
            <Button key={transition} variant="default" onClick={() => setReturning(true)}>
              {t('transition.return')}
            </Button>
          ) : (
            <Button
              key={transition}
              onClick={() => go(transition)}
              loading={move.isPending && move.variables?.transition === transition}
            >
              {t(`transition.${transition}`)}
            </Button>
          ),
        )}
      </Group>
      {returning && <ReturnDialog plan={plan} onClose={() => setReturning(false)} />}
    </Stack>
  );
}

function ReturnDialog({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const { t } = useTranslation('development');
  const notify = useNotify();
  const move = usePlanTransition(plan.id);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : t('transition.reasonRequired')) },
  });
  return (
    <ResponsiveModal opened onClose={onClose} title={t('transition.returnTitle')}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          move.mutate(
            { transition: 'return', reason: values.reason.trim() },
            {
              onSuccess: () => {
                notify({ color: 'teal', message: t('transition.done.return') });
                onClose();
              },
              onError: (error) => form.setErrors(serverFieldErrors(error)),
            },
          ),
        )}
      >
        <Stack gap="md">
          {move.isError && <ErrorAlert error={move.error} />}
          <Textarea
            label={t('transition.reason')}
            description={t('transition.reasonHint')}
            required
            autosize
            minRows={3}
            maxLength={1000}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('transition.cancel')}
            </Button>
            <Button type="submit" color="red.8" loading={move.isPending}>
              {t('transition.return')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
