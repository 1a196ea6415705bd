import { Fieldset, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A group of related number settings: a legend, a line of help, the inputs side by side. */
export function SettingsFieldset({
  legend,
  help,
  children,
}: {
  legend: string;
  help: string;
  children: ReactNode;
}) {
  return (
    <Fieldset
      legend={
        <Text span size="sm" fw={500}>
          {legend}
        </Text>
      }
      variant="unstyled"
    >
      <Text size="xs" c="dimmed" mb="sm">
        {help}
      </Text>
      <Group align="flex-start" gap="md">
        {children}
      </Group>
    </Fieldset>
  );
}
