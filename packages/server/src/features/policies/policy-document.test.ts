import { EVIDENCE_KINDS } from '@jenjang/domain/policies/policy.contract';
import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate';

// The version PDF names each evidence item by its kind: a kind added to the contract needs its
// words in both languages, or the document would print the key.

describe('the version PDF’s evidence list', () => {
  it.each(EVIDENCE_KINDS.flatMap((kind) => (['id', 'en'] as const).map((locale) => [kind, locale] as const)))(
    'names evidence of kind %s in %s',
    (kind, locale) => {
      const key = `policy.pdf.evidenceKind.${kind}`;
      expect(translate(locale, key)).not.toBe(key);
    },
  );
});
