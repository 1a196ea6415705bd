import { describe, expect, it } from 'vitest';

type Messages = { [key: string]: string | Messages };

// Every file of translations, by its path under locales/ with the language taken out.
const files = import.meta.glob<Messages>('./locales/**/*.json', { eager: true, import: 'default' });
const byLanguage = (language: 'id' | 'en') =>
  new Map(
    Object.entries(files)
      .filter(([path]) => path.startsWith(`./locales/${language}`))
      .map(([path, messages]) => [path.replace(`/${language}`, '/*'), messages]),
  );

/** Every key path, with plural suffixes folded (Indonesian has one form where English has two). */
function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`]
      : keys(value, `${prefix}${key}.`),
  );
}

describe('translations', () => {
  const id = byLanguage('id');
  const en = byLanguage('en');

  it('come in both languages, file by file', () => {
    expect([...id.keys()].sort()).toEqual([...en.keys()].sort());
    expect(id.size).toBeGreaterThan(1);
  });

  it.each([...id.keys()])('say the same things in Indonesian and English (%s)', (path) => {
    const idKeys = new Set(keys(id.get(path)!));
    const enKeys = new Set(keys(en.get(path) ?? {}));
    expect(
      [...idKeys].filter((key) => !enKeys.has(key)),
      'missing in English',
    ).toEqual([]);
    expect(
      [...enKeys].filter((key) => !idKeys.has(key)),
      'missing in Indonesian',
    ).toEqual([]);
  });
});
