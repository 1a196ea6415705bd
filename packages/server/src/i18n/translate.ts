import domainEn from '@jenjang/domain/i18n/en.json' with { type: 'json' };
import domainId from '@jenjang/domain/i18n/id.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import id from './locales/id.json' with { type: 'json' };

export type Locale = 'id' | 'en';
type Messages = { [key: string]: string | Messages };

const catalogs: Record<Locale, Messages> = {
  id: { ...(domainId as Messages), ...(id as Messages) },
  en: { ...(domainEn as Messages), ...(en as Messages) },
};

function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Translates a dotted key, filling `{{param}}` placeholders; falls back to Indonesian, then the key. */
export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const template = lookup(catalogs[locale], key) ?? lookup(catalogs.id, key) ?? key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Picks id or en from an Accept-Language header; Indonesian is the default. */
export function localeFrom(header: string | undefined): Locale {
  if (!header) return 'id';
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('id')) return 'id';
    if (tag.startsWith('en')) return 'en';
  }
  return 'id';
}
