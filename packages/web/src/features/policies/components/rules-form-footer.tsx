import { Button, Group } from '@mantine/core';
import { ErrorAlert } from '../../../components/error-alert';

/**
 * The foot of a draft version's rules form (kenaikan pangkat, talent settings): the server's
 * refusal, then the way back to the defaults on one side and cancel and save on the other.
 */
export function RulesFormFooter({
  save,
  words,
  onUseDefaults,
  onCancel,
}: {
  save: { isPending: boolean; isError: boolean; error: unknown };
  words: { useDefaults: string; cancel: string; save: string };
  onUseDefaults: () => void;
  onCancel: () => void;
}) {
  return (
    <>
      {save.isError && <ErrorAlert error={save.error} />}
      <Group justify="space-between" gap="sm">
        <Button variant="subtle" onClick={onUseDefaults}>
          {words.useDefaults}
        </Button>
        <Group gap="sm">
          <Button variant="default" onClick={onCancel}>
            {words.cancel}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {words.save}
          </Button>
        </Group>
      </Group>
    </>
  );
}
