import { Group, Progress, Stack, Text } from '@mantine/core';
import { useFormat } from '../lib/use-format';

/**
 * Progress of long work (an import, a talent placement): what it is doing in words, its share done,
 * and a bar — indeterminate until the amount of work is known. `role` makes it a live region.
 */
export function WorkProgress({
  text,
  label,
  done,
  total,
  running,
  live = false,
}: {
  text: string;
  /** The bar's accessible name. */
  label: string;
  done: number;
  total: number | null;
  running: boolean;
  live?: boolean;
}) {
  const format = useFormat();
  const percent = total ? Math.min(100, Math.floor((done / total) * 100)) : null;
  return (
    <Stack gap="xs" {...(live ? { role: 'status', 'aria-live': 'polite' as const } : {})}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500}>
          {text}
        </Text>
        {percent !== null && (
          <Text size="sm" fw={700} aria-hidden="true">
            {format.percent(percent / 100)}
          </Text>
        )}
      </Group>
      <Progress.Root size="xl" radius="md">
        {percent === null ? (
          <Progress.Section
            value={100}
            animated
            withAria={false}
            role="progressbar"
            aria-label={label}
            aria-valuetext={text}
          />
        ) : (
          <Progress.Section value={percent} animated={running} aria-label={label}>
            {percent >= 10 && <Progress.Label>{format.percent(percent / 100)}</Progress.Label>}
          </Progress.Section>
        )}
      </Progress.Root>
    </Stack>
  );
}
