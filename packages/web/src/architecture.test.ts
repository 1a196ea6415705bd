import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Rules of the web app's structure that the type checker cannot hold by itself: each fails
// naming the files that break it.

const SRC = path.dirname(new URL(import.meta.url).pathname);

interface SourceFile {
  /** Relative to src, with forward slashes. */
  name: string;
  text: string;
  /** The text without comments and with every string and template emptied. */
  code: string;
  /** What it imports, resolved relative to src when relative ('lib/api-client'), else as written. */
  imports: string[];
}

function sourceFiles(): SourceFile[] {
  const files: SourceFile[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name)) {
        const name = path.relative(SRC, full).split(path.sep).join('/');
        const text = readFileSync(full, 'utf8');
        files.push({ name, text, code: withoutCommentsAndStrings(text), imports: importsOf(name, text) });
      }
    }
  };
  visit(SRC);
  return files;
}

function importsOf(name: string, text: string): string[] {
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)['"]([^'"]+)['"]/gm)].map(
    (match) => match[1] ?? '',
  );
  return specifiers.map((specifier) =>
    specifier.startsWith('.')
      ? path.posix.normalize(path.posix.join(path.posix.dirname(name), specifier)).replace(/\.tsx?$/, '')
      : specifier,
  );
}

/** Source text with comments removed and string contents emptied, so rules read only code. */
function withoutCommentsAndStrings(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const two = text.slice(i, i + 2);
    if (two === '//') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (two === '/*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else if (text[i] === "'" || text[i] === '"' || text[i] === '`') {
      const quote = text[i];
      i++;
      while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
      i++;
      out += `${quote}${quote}`;
    } else {
      out += text[i];
      i++;
    }
  }
  return out;
}

const files = sourceFiles();
const featureOf = (name: string) => /^features\/([^/]+)\//.exec(name)?.[1] ?? null;
const breaking = (test: (file: SourceFile) => boolean) => files.filter(test).map((file) => file.name);

describe('the web app', () => {
  it('reads every source file it checks', () => {
    expect(files.map((file) => file.name)).toContain('lib/api-client.ts');
    expect(files.length).toBeGreaterThan(200);
  });

  it('has features that import no other feature, and shared code that imports none', () => {
    const offending = files.flatMap((file) => {
      const own = featureOf(file.name);
      const shared = /^(components|lib|api|i18n)\//.test(file.name);
      if (own === null && !shared) return []; // the app (router, shell) composes the features
      return file.imports
        .filter((target) => {
          const feature = featureOf(`${target}/`);
          return feature !== null && (shared || feature !== own);
        })
        .map((target) => `${file.name} → ${target}`);
    });
    expect(offending).toEqual([]);
  });

  it('calls the API only through the typed client', () => {
    expect(breaking((file) => file.imports.includes('openapi-fetch'))).toEqual(['lib/api-client.ts']);
    // One transport for that client: uploads that show their progress, which fetch cannot report.
    expect(breaking((file) => /\bfetch\s*\(|XMLHttpRequest|\bnew\s+EventSource\b/.test(file.code))).toEqual([
      'lib/upload-progress.ts',
    ]);
  });

  it('has no fetcher that names the type of what the server answers', () => {
    const callsApi = (file: SourceFile) =>
      file.name === 'lib/api-client.ts' ||
      [...file.text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"][./]*(?:lib\/)?api-client['"]/g)].some(
        (match) => /\b(api|unwrap|send|apiHref)\b/.test(match[1] ?? ''),
      );
    const withoutImports = (code: string) => code.replace(/^\s*(import\b|export\s*[*{])[^;]*;/gm, '');
    expect(
      breaking((file) => callsApi(file) && /\bas\s+(?!const\b)[\w{[(]/.test(withoutImports(file.code))),
    ).toEqual([]);
    // No explicit type argument where the document gives the type, and no generic request<T>(path).
    expect(breaking((file) => /(?<!function\s+)\b(unwrap|send|api\.[A-Z]+)\s*</.test(file.code))).toEqual([]);
    expect(
      breaking((file) => /\bfunction\s+\w+\s*<[^>]*>\s*\(\s*\w+\s*:\s*string\b/.test(file.code)),
    ).toEqual([]);
  });

  it('takes every query key from the registry', () => {
    const writesKey = (file: SourceFile) =>
      /\bqueryKey\s*:\s*\[|\bqueryKey\s*\[|\b(set|get)QueryData\s*(<[^>]*>)?\s*\(\s*\[/.test(file.code);
    expect(breaking((file) => file.name !== 'lib/query-keys.ts' && writesKey(file))).toEqual([]);
  });

  it('keeps the citizen survey page (survey-entry.tsx) free of the router, the query cache and i18next', () => {
    // Its own build (vite.survey.config.ts) takes only what this graph reaches: the lighter page
    // of a phone on a regional network. react-i18next there is lite-react-i18next.ts.
    const byModule = new Map(files.map((file) => [file.name.replace(/\.tsx?$/, ''), file]));
    const reached = new Set<string>();
    const visit = (name: string) => {
      const file = byModule.get(name) ?? byModule.get(`${name}/index`);
      if (!file || reached.has(file.name)) return;
      reached.add(file.name);
      for (const target of file.imports) visit(target);
    };
    visit('survey-entry');
    expect(reached).toContain('features/survey-take/routes/public-survey-page.tsx');
    const forbidden = /^(@tanstack\/|i18next$|i18n\/i18n$|app\/(app|router|mount|query-client)$)/;
    const offending = [...reached].flatMap((name) =>
      (byModule.get(name.replace(/\.tsx?$/, ''))?.imports ?? [])
        .filter((target) => forbidden.test(target))
        .map((target) => `${name} → ${target}`),
    );
    expect(offending).toEqual([]);
  });
});
