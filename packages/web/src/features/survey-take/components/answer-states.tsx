import { Alert, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';

/**
 * A state in place of the form (thanks, already answered, closed). Takes the focus when it appears
 * after a submission, so screen readers read it and phone users see it at the top.
 */
export function AnswerState({
  title,
  children,
  color = 'indigo',
  takeFocus = false,
  action,
}: {
  title: string;
  children: ReactNode;
  color?: string;
  takeFocus?: boolean;
  action?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!takeFocus) return;
    heading.current?.scrollIntoView({ block: 'center' });
    heading.current?.focus({ preventScroll: true });
  }, [takeFocus]);

  return (
    <Alert color={color} variant="light" radius="md" p="lg">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
          {title}
        </Title>
        <Text>{children}</Text>
        {action}
      </Stack>
    </Alert>
  );
}
