import { Progress } from '@mantine/core';

/** A bar that screen readers name and read in words (Mantine puts the progressbar role on its section). */
export function Bar({ value, label, text }: { value: number; label: string; text: string }) {
  return (
    <Progress.Root size="sm">
      <Progress.Section value={Math.max(0, Math.min(100, value))} aria-label={label} aria-valuetext={text} />
    </Progress.Root>
  );
}
