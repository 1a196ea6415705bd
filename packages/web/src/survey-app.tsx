import './survey-styles.css';
import './app/global.css';
import { MantineProvider } from '@mantine/core';
import { type ReactNode, StrictMode, useEffect, useState, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import type { Instance, WaveForm } from './api/types';
import { AppErrorBoundary } from './app/app-error-boundary';
import { cssVariablesResolver, theme } from './app/theme';
import { DemoNotice } from './components/demo-notice';
import { LanguageButtons } from './components/language-buttons';
import { PublicFrame } from './components/public-frame';
import { PublicSurveyPage } from './features/survey-take/routes/public-survey-page';
import { liteI18n } from './i18n/lite-i18n';
import type { Early } from './lib/early';

const subscribe = (listener: () => void) => liteI18n.subscribe(listener);
const language = () => liteI18n.language;

function SurveyFrame({ instance, children }: { instance: Early<Instance>; children: ReactNode }) {
  const current = useSyncExternalStore(subscribe, language, language);
  const [demo, setDemo] = useState(instance.value?.demo ?? false);
  useEffect(() => {
    // The demo band, as on the app's public pages; without an answer the page goes on without it.
    if (instance.value) return;
    let mounted = true;
    instance.promise.then(
      (answer) => {
        if (mounted) setDemo(answer.demo);
      },
      () => {},
    );
    return () => {
      mounted = false;
    };
  }, [instance]);
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

/** What the entry asked before this code loaded: the link's code, the survey, the instance. */
export interface SurveyStart {
  code: string;
  survey: Early<WaveForm> | undefined;
  instance: Early<Instance>;
}

export function mountSurvey(root: HTMLElement, { code, survey, instance }: SurveyStart): void {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <AppErrorBoundary t={(key) => liteI18n.t('translation', key)}>
          <SurveyFrame instance={instance}>
            <PublicSurveyPage code={code} first={survey} />
          </SurveyFrame>
        </AppErrorBoundary>
      </MantineProvider>
    </StrictMode>,
  );
}
