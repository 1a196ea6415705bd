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

/**
 * Numbers as each language writes them: '0,06' and '32.767' in Indonesian, '0.06' and '32,767' in
 * English. Four digits stay ungrouped, so a year reads 2026 in both.
 */
const numberFormats: Record<Locale, Intl.NumberFormat> = {
  id: new Intl.NumberFormat('id', { useGrouping: 'min2', maximumFractionDigits: 6 }),
  en: new Intl.NumberFormat('en', { useGrouping: 'min2', maximumFractionDigits: 6 }),
};

/** Numbers that name something rather than count it, written as they are (a process, a row in Excel). */
const IDENTIFIERS = new Set([
  'pid',
  'port',
  'seq',
  'row',
  'line',
  'column',
  'code',
  'nip',
  'value',
  'digit',
  'ref',
]);

function paramText(locale: Locale, name: string, value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value) && !IDENTIFIERS.has(name)) {
    return numberFormats[locale].format(value);
  }
  if (typeof value === 'object' && value !== null && 'i18n' in value && typeof value.i18n === 'string') {
    return translate(locale, value.i18n);
  }
  return String(value ?? '');
}

/** A parameter that is itself a message, translated in the reader's language: a state's name. */
export const message = (key: string) => ({ i18n: key });

/** Translates a dotted key, filling `{{param}}` placeholders; falls back to Indonesian, then the key. */
export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const template = lookup(catalogs[locale], key) ?? lookup(catalogs.id, key) ?? key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => paramText(locale, name, params[name]));
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
