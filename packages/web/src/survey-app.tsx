import './survey-styles.css';
import './app/global.css';
import { MantineProvider } from '@mantine/core';
import { type ReactNode, StrictMode, useEffect, useState, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { AppErrorBoundary } from './app/app-error-boundary';
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

export function mountSurvey(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <AppErrorBoundary t={(key) => liteI18n.t('translation', key)}>
          <SurveyFrame>
            <PublicSurveyPage code={codeOf(window.location.pathname)} />
          </SurveyFrame>
        </AppErrorBoundary>
      </MantineProvider>
    </StrictMode>,
  );
}
