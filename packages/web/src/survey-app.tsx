import './survey-styles.css';
import './app/global.css';
import { Button, Container, MantineProvider, Stack, Text, Title } from '@mantine/core';
import { Component, type ReactNode, StrictMode, useEffect, useState, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { cssVariablesResolver, theme } from './app/theme';
import { DemoNotice } from './components/demo-notice';
import { LanguageButtons } from './components/language-buttons';
import { PublicFrame } from './components/public-frame';
import { PublicSurveyPage } from './features/survey-take/routes/public-survey-page';
import { liteI18n } from './i18n/lite-i18n';
import { getInstance } from './lib/get-instance';

/** The code of /s/<code>; whatever follows it is ignored, a malformed one is shown as unknown. */
export function codeOf(pathname: string): string {
  const segment = pathname.split('/')[2] ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

const subscribe = (listener: () => void) => liteI18n.subscribe(listener);
const language = () => liteI18n.language;

function SurveyFrame({ children }: { children: ReactNode }) {
  const current = useSyncExternalStore(subscribe, language, language);
  const [demo, setDemo] = useState(false);
  useEffect(() => {
    // The demo band, as on the app's public pages; without an answer the page goes on without it.
    const abort = new AbortController();
    getInstance(abort.signal).then(
      (instance) => setDemo(instance.demo),
      () => {},
    );
    return () => abort.abort();
  }, []);
  return (
    <PublicFrame
      band={demo ? <DemoNotice /> : null}
      languageSwitch={
        <LanguageButtons
          current={current}
          // The other language's files load first; on a failure the page stays as it is.
          onChoose={(next) => void liteI18n.changeLanguage(next).catch(() => {})}
        />
      }
    >
      {children}
    </PublicFrame>
  );
}

/** Last line of defence, as the app's (app-error-boundary.tsx), in the page's words. */
class SurveyErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    console.error('Unhandled error on the survey page', error);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const t = (key: string) => liteI18n.t('translation', key);
    return (
      <Container size="sm" py="xl" component="main" id="main-content">
        <Stack gap="md" align="flex-start" role="alert">
          <Title order={1} size="h2">
            {t('errors.boundary.title')}
          </Title>
          <Text>{t('errors.boundary.body')}</Text>
          <Button onClick={() => window.location.reload()}>{t('errors.boundary.reload')}</Button>
        </Stack>
      </Container>
    );
  }
}

export function mountSurvey(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <SurveyErrorBoundary>
          <SurveyFrame>
            <PublicSurveyPage code={codeOf(window.location.pathname)} />
          </SurveyFrame>
        </SurveyErrorBoundary>
      </MantineProvider>
    </StrictMode>,
  );
}
