import { Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

/** A list on a phone: one bordered card per item instead of a wide table. */
export function CardList({ label, busy, children }: { label: string; busy: boolean; children: ReactNode }) {
  return (
    <Stack
      component="ul"
      gap="sm"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-busy={busy}
      aria-label={label}
    >
      {children}
    </Stack>
  );
}

export function CardItem({ children }: { children: ReactNode }) {
  return (
    <Paper component="li" withBorder radius="md" p="md">
      {children}
    </Paper>
  );
}
