import { Alert, Button, Checkbox, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyDetail, PolicyTransition } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { useTransitionPolicy } from '../api/policies';

/** One step of the policy's life, confirmed with a note (and, to adopt, the day it takes effect). */
export function TransitionModal({
  policy,
  transition,
  onClose,
}: {
  policy: PolicyDetail;
  transition: PolicyTransition | null;
  onClose: () => void;
}) {
  const { t: td } = useTranslation('domain');
  return (
    <ResponsiveModal
      opened={transition !== null}
      onClose={onClose}
      title={transition ? td(`policyTransition.${transition}`) : ''}
    >
      {transition && <TransitionForm policy={policy} transition={transition} onDone={onClose} />}
    </ResponsiveModal>
  );
}

function TransitionForm({
  policy,
  transition,
  onDone,
}: {
  policy: PolicyDetail;
  transition: PolicyTransition;
  onDone: () => void;
}) {
  const { t } = useTranslation('policies');
  const { t: tc } = useTranslation();
  const { t: td } = useTranslation('domain');
  const step = useTransitionPolicy(policy.id);
  const [note, setNote] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [closesOn, setClosesOn] = useState(() =>
    new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
  );
  const [audience, setAudience] = useState({
    employees: true,
    leaders: true,
    partners: false,
    public: false,
  });
  const [allowAnonymous, setAllowAnonymous] = useState(false);
  const submit = () =>
    step.mutate(
      {
        transition,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(transition === 'adopt' && effectiveFrom ? { effectiveFrom } : {}),
        ...(transition === 'openConsultation'
          ? { consultation: { closesOn, audience, allowAnonymous } }
          : {}),
      },
      { onSuccess: onDone },
    );
  return (
    <Stack>
      <Text size="sm">{t(`transition.explain.${transition}`)}</Text>
      {(transition === 'retire' || transition === 'discardRevision') && (
        <Alert color="orange" variant="light">
          {t('transition.cannotUndo')}
        </Alert>
      )}
      {transition === 'adopt' && (
        <TextInput
          type="date"
          label={t('transition.effectiveFrom')}
          description={t('transition.effectiveFromHelp')}
          value={effectiveFrom}
          onChange={(event) => setEffectiveFrom(event.currentTarget.value)}
        />
      )}
      {transition === 'openConsultation' && (
        <>
          <TextInput
            type="date"
            required
            label={t('transition.closesOn')}
            description={t('transition.closesOnHelp')}
            value={closesOn}
            onChange={(event) => setClosesOn(event.currentTarget.value)}
          />
          <Checkbox.Group
            label={t('transition.audience')}
            value={Object.entries(audience).flatMap(([group, on]) => (on ? [group] : []))}
            onChange={(groups) =>
              setAudience({
                employees: groups.includes('employees'),
                leaders: groups.includes('leaders'),
                partners: groups.includes('partners'),
                public: groups.includes('public'),
              })
            }
          >
            <Stack gap={6} mt={4}>
              <Checkbox value="employees" label={t('consultation.audience.employees')} />
              <Checkbox value="leaders" label={t('consultation.audience.leaders')} />
              <Checkbox value="partners" label={t('consultation.audience.partners')} />
              <Checkbox
                value="public"
                label={t('consultation.audience.public')}
                description={t('transition.publicHelp')}
              />
            </Stack>
          </Checkbox.Group>
          <Checkbox
            label={t('transition.allowAnonymous')}
            description={t('transition.allowAnonymousHelp')}
            checked={allowAnonymous}
            onChange={(event) => setAllowAnonymous(event.currentTarget.checked)}
          />
        </>
      )}
      <Textarea
        label={t('transition.note')}
        description={t('transition.noteHelp')}
        autosize
        minRows={2}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      {step.isError && <ErrorAlert error={step.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {tc('common.cancel')}
        </Button>
        <Button onClick={submit} loading={step.isPending}>
          {td(`policyTransition.${transition}`)}
        </Button>
      </Group>
    </Stack>
  );
}
