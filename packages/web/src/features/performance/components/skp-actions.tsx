import { Button, type ButtonProps, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkpDetail } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useNotify } from '../../../lib/use-notify';
import { useAgreeSkp, useChangeAppraiser, useProposeSkp, useReturnSkp } from '../api/performance';
import { EmployeeSearchSelect, type PickedEmployee } from './employee-search-select';
import { SKP_LIMITS, type SkpAction, skpActions } from './performance-values';

/**
 * The steps the server says the reader may take now: the employee proposes their draft; the
 * appraiser agrees it or sends it back saying why; the agency names another appraiser.
 */
export function SkpActions({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation('performance');
  const notify = useNotify();
  const propose = useProposeSkp(skp.id);
  const agree = useAgreeSkp(skp.id);
  const [dialog, setDialog] = useState<'return' | 'appraiser' | null>(null);
  const actions = skpActions(skp.may);
  if (actions.length === 0) return null;
  const failed = [propose, agree].find((m) => m.isError);
  // Each step's button: what it does now, or the dialog that asks what it needs first.
  const buttons: Record<SkpAction, ButtonProps & { onClick: () => void; label: string }> = {
    propose: {
      label: t('actions.propose'),
      loading: propose.isPending,
      onClick: () =>
        propose.mutate(undefined, {
          onSuccess: () => notify({ color: 'teal', message: t('actions.proposed') }),
        }),
    },
    agree: {
      label: t('actions.agree'),
      color: 'teal',
      loading: agree.isPending,
      onClick: () =>
        agree.mutate(undefined, {
          onSuccess: () => notify({ color: 'teal', message: t('actions.agreed') }),
        }),
    },
    return: { label: t('actions.return'), variant: 'default', onClick: () => setDialog('return') },
    changeAppraiser: {
      label: t('actions.changeAppraiser'),
      variant: 'default',
      onClick: () => setDialog('appraiser'),
    },
  };
  return (
    <Stack gap="xs">
      {failed && <ErrorAlert error={failed.error} />}
      <Group gap="xs">
        {actions.map((action) => {
          const { label, ...props } = buttons[action];
          return (
            <Button key={action} w={{ base: '100%', xs: 'auto' }} {...props}>
              {label}
            </Button>
          );
        })}
      </Group>
      {dialog === 'return' && <ReturnDialog skp={skp} onClose={() => setDialog(null)} />}
      {dialog === 'appraiser' && <AppraiserDialog skp={skp} onClose={() => setDialog(null)} />}
    </Stack>
  );
}

/** Sends a proposed SKP back to its employee; the reason is required and kept as feedback. */
function ReturnDialog({ skp, onClose }: { skp: SkpDetail; onClose: () => void }) {
  const { t } = useTranslation('performance');
  const notify = useNotify();
  const send = useReturnSkp(skp.id);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : t('actions.reasonRequired')) },
  });
  return (
    <ResponsiveModal opened onClose={onClose} title={t('actions.returnTitle')}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          send.mutate(values.reason.trim(), {
            onSuccess: () => {
              notify({ color: 'teal', message: t('actions.returned', { name: skp.employee.name }) });
              onClose();
            },
            onError: (error) => form.setErrors(serverFieldErrors(error)),
          }),
        )}
      >
        <Stack gap="md">
          {send.isError && <ErrorAlert error={send.error} />}
          <Text size="sm">{t('actions.returnText', { name: skp.employee.name })}</Text>
          <Textarea
            label={t('actions.reason')}
            description={t('actions.reasonHelp')}
            required
            autosize
            minRows={3}
            maxLength={SKP_LIMITS.reason}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" color="red.8" loading={send.isPending}>
              {t('actions.return')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}

/** The agency names another appraiser, found by name or NIP in the registry. */
function AppraiserDialog({ skp, onClose }: { skp: SkpDetail; onClose: () => void }) {
  const { t } = useTranslation('performance');
  const notify = useNotify();
  const change = useChangeAppraiser(skp.id);
  const [person, setPerson] = useState<PickedEmployee | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!person) {
      setPickError(t('form.required'));
      return;
    }
    change.mutate(person.id, {
      onSuccess: () => {
        notify({ color: 'teal', message: t('actions.appraiserChanged', { name: person.fullName }) });
        onClose();
      },
      onError: (error) => setPickError(serverFieldErrors(error).appraiserEmployeeId ?? null),
    });
  };
  return (
    <ResponsiveModal opened onClose={onClose} title={t('actions.appraiserTitle')}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {change.isError && <ErrorAlert error={change.error} />}
          <Text size="sm">
            {t('actions.appraiserNow', { name: skp.appraiser.name, employee: skp.employee.name })}
          </Text>
          <EmployeeSearchSelect
            value={person}
            onChange={(next) => {
              setPerson(next);
              setPickError(null);
            }}
            label={t('actions.newAppraiser')}
            error={pickError}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
