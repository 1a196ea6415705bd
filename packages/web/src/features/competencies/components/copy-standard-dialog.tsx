import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PositionStandard, StandardCopied } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useFormat } from '../../../lib/use-format';
import { useCopyStandard } from '../api/copy-standard';
import { PositionMultiSelect, type PositionOption } from './position-select';

/**
 * "Salin ke jabatan lain": similar positions get this one's saved standard, replacing theirs; the
 * dialog then says how many positions changed.
 */
export function CopyStandardDialog({
  standard,
  onClose,
}: {
  standard: PositionStandard;
  onClose: () => void;
}) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  const copy = useCopyStandard(standard.positionId);
  const [targets, setTargets] = useState<PositionOption[]>([]);
  const [missing, setMissing] = useState<string | null>(null);
  const [result, setResult] = useState<StandardCopied | null>(null);
  const fieldError = copy.isError
    ? Object.entries(serverFieldErrors(copy.error)).find(([path]) => path.startsWith('toPositionIds'))?.[1]
    : undefined;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (targets.length === 0) {
      setMissing(t('copy.noTargets'));
      return;
    }
    setMissing(null);
    copy.mutate(
      targets.map((position) => position.id),
      { onSuccess: setResult },
    );
  };

  return (
    <ResponsiveModal
      opened
      onClose={() => !copy.isPending && onClose()}
      title={t('copy.title', { name: standard.positionName })}
      size="lg"
    >
      {result ? (
        <Stack gap="md">
          <Alert color="teal" variant="light" role="status" title={t('copy.doneTitle')}>
            {t('copy.done', {
              count: result.positions,
              formatted: format.number(result.positions),
              requirements: format.number(result.requirements),
            })}
          </Alert>
          {result.positions < targets.length && (
            <Text size="sm">
              {t('copy.unchanged', {
                count: targets.length - result.positions,
                formatted: format.number(targets.length - result.positions),
              })}
            </Text>
          )}
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('form.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form noValidate onSubmit={submit}>
          <Stack gap="md">
            <Text size="sm">
              {t('copy.intro', {
                count: standard.requirements.length,
                formatted: format.number(standard.requirements.length),
              })}
            </Text>
            <PositionMultiSelect
              label={t('copy.targets')}
              description={t('copy.targetsHelp')}
              value={targets}
              onChange={setTargets}
              exclude={standard.positionId}
              error={missing ?? fieldError}
            />
            {copy.isError && <ErrorAlert error={copy.error} />}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose} disabled={copy.isPending}>
                {t('form.cancel')}
              </Button>
              <Button type="submit" loading={copy.isPending}>
                {t('copy.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </ResponsiveModal>
  );
}
