import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** The words the boundary shows, from the `translation` namespace. */
type BoundaryKey = 'errors.boundary.title' | 'errors.boundary.body' | 'errors.boundary.reload';

interface Props {
  children: ReactNode;
  /** The page's words: hooks are unavailable in a class component. */
  t: (key: BoundaryKey) => string;
}

/**
 * Last line of defence around the whole app, or the citizen's survey page (errors outside the
 * router's own boundaries). A class component, as React requires.
 */
export class AppErrorBoundary extends Component<Props, State> {
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
            {this.props.t('errors.boundary.title')}
          </Title>
          <Text>{this.props.t('errors.boundary.body')}</Text>
          <Button onClick={() => window.location.reload()}>{this.props.t('errors.boundary.reload')}</Button>
        </Stack>
      </Container>
    );
  }
}
