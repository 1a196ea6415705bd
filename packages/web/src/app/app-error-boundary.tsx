import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n/i18n';

interface State {
  error: Error | null;
}

/**
 * Last line of defence around the whole app (errors outside the router's own boundaries).
 * A class component, as React requires; it reads i18n directly because hooks are unavailable.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Unhandled error in the web app', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Container size="sm" py="xl" component="main" id="main-content">
        <Stack gap="md" align="flex-start" role="alert">
          <Title order={1} size="h2">
            {i18n.t('errors.boundary.title')}
          </Title>
          <Text>{i18n.t('errors.boundary.body')}</Text>
          <Button onClick={() => window.location.reload()}>{i18n.t('errors.boundary.reload')}</Button>
        </Stack>
      </Container>
    );
  }
}
