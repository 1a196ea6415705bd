import { Card, Group, Stack, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

/** One titled card of a home page (a <section> named by its heading), with an optional link. */
export function HomeSection({
  title,
  action,
  children,
  testId,
}: {
  title: string;
  action?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const headingId = useId();
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-labelledby={headingId}
      data-testid={testId}
    >
      <Group justify="space-between" align="flex-start" gap="xs" mb="sm">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {action}
      </Group>
      <Stack gap="sm">{children}</Stack>
    </Card>
  );
}
