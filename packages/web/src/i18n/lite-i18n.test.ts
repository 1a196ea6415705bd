import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES, type Language } from './languages';
import { LiteI18n } from './lite-i18n';
import { loaders, type Messages } from './namespaces';

// The citizen's survey page reads the app's translation files through lite-i18n.ts instead of
// i18next: every string of the namespaces it loads must come out the same as i18next makes it.

type Tree = { [key: string]: string | Tree };

const NAMESPACES = ['translation', 'domain', 'surveyTake'] as const;

/** Every string's key, plural suffixes folded into the key they are asked by. */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`]
      : keys(value, `${prefix}${key}.`),
  );
}

/** Values for each {{placeholder}} of the string at `key` (any plural form), and a count. */
function options(text: string, count: number): Record<string, unknown> {
  const names = [...text.matchAll(/{{\s*([\w.]+)\s*}}/g)].map((match) => match[1] ?? '');
  return { ...Object.fromEntries(names.map((name, index) => [name, `«${name} ${index}»`])), count };
}

async function files(language: Language) {
  const entries = await Promise.all(
    NAMESPACES.map(async (namespace) => {
      const load = loaders[language][namespace];
      if (!load) throw new Error(`no ${namespace} for ${language}`);
      return [namespace, (await load()).default] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<(typeof NAMESPACES)[number], Messages>;
}

async function realI18next(language: Language) {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: await files(language) },
    ns: [...NAMESPACES],
    defaultNS: 'translation',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  // Every key of the files, not only those the types know: untyped here.
  const t = instance.t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return { t };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the survey page’s translations without i18next', () => {
  for (const language of LANGUAGES) {
    it(`gives every string of its namespaces as i18next does, in ${language}, plurals and placeholders too`, async () => {
      const real = await realI18next(language);
      const lite = new LiteI18n(language);
      await lite.load(NAMESPACES);
      const all = await files(language);
      let compared = 0;
      for (const namespace of NAMESPACES) {
        for (const key of new Set(keys(all[namespace] as Tree))) {
          const text = JSON.stringify(lookUp(all[namespace] as Tree, key) ?? '');
          for (const count of [0, 1, 2, 7]) {
            const given = options(text, count);
            expect(lite.t(namespace, key, given), `${namespace}:${key} (${count})`).toBe(
              real.t(key, { ...given, ns: namespace }),
            );
            compared++;
          }
        }
      }
      expect(compared).toBeGreaterThan(1000);
    });
  }

  it('takes the namespace from the key or the options, as i18next does', async () => {
    const real = await realI18next('id');
    const lite = new LiteI18n('id');
    await lite.load(NAMESPACES);
    const issue = { min: 1, max: 5, count: 2 };
    expect(lite.t('surveyTake', 'domain:errors.survey.answer.required', issue)).toBe(
      real.t('domain:errors.survey.answer.required', { ...issue, ns: 'surveyTake' }),
    );
    expect(lite.t('surveyTake', 'common.loading', { ns: 'translation' })).toBe(real.t('common.loading'));
    expect(lite.t('surveyTake', 'common.loading', { ns: 'translation' })).not.toBe('common.loading');
  });

  it('shows a key it does not have as the key, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const lite = new LiteI18n('en');
    await lite.load(['translation']);
    expect(lite.t('translation', 'nothing.here')).toBe('nothing.here');
    expect(warn).toHaveBeenCalledWith('missing translation: en/translation:nothing.here');
  });

  it('loads the other language’s files before switching to it, then tells the page', async () => {
    const lite = new LiteI18n('id');
    await lite.load(['translation', 'surveyTake']);
    const seen: Language[] = [];
    lite.subscribe(() => seen.push(lite.language));
    expect(lite.t('surveyTake', 'public.submit')).toBe('Kirim penilaian');
    await lite.changeLanguage('en');
    expect(seen).toEqual(['en']);
    expect(lite.has('surveyTake')).toBe(true);
    expect(lite.t('surveyTake', 'public.submit')).toBe('Send rating');
    await lite.changeLanguage('en');
    expect(seen).toEqual(['en']);
  });
});

function lookUp(tree: Tree, key: string): unknown {
  let node: unknown = tree;
  for (const part of key.split('.')) node = (node as Tree | undefined)?.[part];
  if (node !== undefined) return node;
  // A plural: the text of its forms, for their placeholders.
  const parent = key.split('.').slice(0, -1);
  const last = key.split('.').at(-1) ?? '';
  let base: unknown = tree;
  for (const part of parent) base = (base as Tree | undefined)?.[part];
  return Object.entries((base as Tree | undefined) ?? {})
    .filter(([name]) => name.startsWith(`${last}_`))
    .map(([, text]) => text)
    .join(' ');
}
