import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { SURVEY_SECTIONS, sectionsOf } from './src/i18n/survey-sections';

// The citizen's survey page (/s/<code>), built apart from the app into the same folder:
// survey.html and its own chunks, none shared with the app's, so nothing of the app's graph (the
// router, the query cache, i18next, the positioning library of menus and popovers) comes along.
// Its components read their words through react-i18next's useTranslation; here that name is
// lite-react-i18next.ts, over the same translation files (i18n/lite-i18n.ts).
// `npm run build` runs it after the app's build; `npx vite --config vite.survey.config.ts` serves it.

/** In development, /s/<code> is the survey page, as the server does in production. */
function surveyPaths(): Plugin {
  return {
    name: 'jenjang-survey-paths',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        if (request.url?.startsWith('/s/')) request.url = '/survey.html';
        next();
      });
    },
  };
}

/** The translation files the page reads, by language (the first group). */
const WORD_FILES: [RegExp, readonly string[]][] = [
  [/[\\/]web[\\/]src[\\/]i18n[\\/]locales[\\/](id|en)\.json$/, SURVEY_SECTIONS.translation],
  [/[\\/]domain[\\/]src[\\/]i18n[\\/](id|en)\.json$/, SURVEY_SECTIONS.domain],
  [/[\\/]web[\\/]src[\\/]i18n[\\/]locales[\\/](id|en)[\\/]survey-take\.json$/, SURVEY_SECTIONS.surveyTake],
];

/** The translation files keep only the parts the page reads (src/i18n/survey-sections.ts). */
function surveySections(): Plugin {
  return {
    name: 'jenjang-survey-sections',
    enforce: 'pre',
    transform(code, id) {
      const sections = WORD_FILES.find(([file]) => file.test(id.split('?')[0] ?? ''))?.[1];
      if (!sections) return null;
      return { code: JSON.stringify(sectionsOf(JSON.parse(code), sections)), map: null };
    },
  };
}

/**
 * Mantine's Table holds its scroll container, which imports ScrollArea, which imports
 * @floating-ui/react: ≈ 15 KB gzip the page never runs (no scroll container; its card is even
 * too narrow for the questionnaire's statement grid).
 * Only from there, ScrollArea is lib/no-scroll-area.ts, which fails if rendered; the chunks that
 * do use it (the searchable select's dropdown, loaded when a question needs it) keep the real one.
 */
function tableWithoutScrollArea(): Plugin {
  const stand = fileURLToPath(new URL('./src/lib/no-scroll-area.ts', import.meta.url));
  const container = /[\\/]@mantine[\\/]core[\\/]esm[\\/]components[\\/]Table[\\/]TableScrollContainer\.mjs$/;
  return {
    name: 'jenjang-survey-table-without-scroll-area',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !container.test(importer) || !source.endsWith('/ScrollArea/ScrollArea.mjs'))
        return null;
      return stand;
    },
  };
}

/**
 * survey.html names the page's code (survey-app.tsx, imported by the entry once the words have
 * started loading), its chunks, its stylesheet and its words in Bahasa Indonesia (the default;
 * a reader who chose English gets those from the entry, 3 KB fetched for nothing): the browser
 * fetches them beside the entry, not after the entry has arrived and run (a round trip and a
 * script's start on a phone).
 */
function preloadSurveyApp(): Plugin {
  return {
    name: 'jenjang-survey-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        const app = chunk?.dynamicImports
          .map((file) => bundle?.[file])
          .find(
            (output) => output?.type === 'chunk' && output.facadeModuleId?.endsWith('/src/survey-app.tsx'),
          );
        if (!bundle || app?.type !== 'chunk')
          throw new Error('survey.html: the survey app chunk was not found');
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const visit = (file: string) => {
          const output = bundle[file];
          if (output?.type !== 'chunk' || scripts.has(file) || file === chunk?.fileName) return;
          scripts.add(file);
          for (const css of output.viteMetadata?.importedCss ?? []) styles.add(css);
          for (const imported of output.imports) visit(imported);
        };
        visit(app.fileName);
        for (const file of chunk?.dynamicImports ?? []) {
          const output = bundle[file];
          const source = output?.type === 'chunk' ? (output.facadeModuleId ?? '') : '';
          if (WORD_FILES.some(([words]) => words.exec(source)?.[1] === 'id')) scripts.add(file);
        }
        return [
          ...[...styles].map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', href: `/${file}` },
            injectTo: 'head' as const,
          })),
          ...[...scripts].map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `/${file}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), surveyPaths(), surveySections(), tableWithoutScrollArea(), preloadSurveyApp()],
  resolve: {
    alias: {
      'react-i18next': fileURLToPath(new URL('./src/i18n/lite-react-i18next.ts', import.meta.url)),
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  build: {
    outDir: 'dist',
    // After the app's build, into the same folder.
    emptyOutDir: false,
    sourcemap: true,
    rolldownOptions: { input: fileURLToPath(new URL('./survey.html', import.meta.url)) },
  },
});
