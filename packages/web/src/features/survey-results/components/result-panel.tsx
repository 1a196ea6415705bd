import { Card, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

/** A part of the results page of its own (needs, breakdown, comparison): a card, its heading, a short intro. */
export function ResultPanel({
  title,
  intro,
  children,
}: {
  title: string;
  intro: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb={4}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {intro}
      </Text>
      {children}
    </Card>
  );
}
