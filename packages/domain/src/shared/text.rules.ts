// What free text (a name, a title, a label, a question) may hold. Whatever a person typed is
// stored, shown to others, exported and written into the audit log, so characters that are
// invisible or that change how the text around them reads are refused, not cleaned silently:
// - C0 and C1 control characters and DEL (a newline only where a text has several lines): they
//   show as nothing or break lines in lists, spreadsheets and log lines;
// - the bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069
//   ("Trojan Source", CVE-2021-42574): "Unit\u202Elive" reads as "Unitevil" but sorts, searches
//   and compares as what was typed;
// - lone surrogates: half a character, which no UTF-8 (so no PostgreSQL text) can hold.

const CONTROLS_AND_BIDI = '\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069';
const LONE_SURROGATE = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';

const IN_BLOCK = new RegExp(`[${CONTROLS_AND_BIDI}]|${LONE_SURROGATE}`);
const IN_LINE = new RegExp(`[\\n${CONTROLS_AND_BIDI}]|${LONE_SURROGATE}`);

/**
 * The first character the text may not hold, as `U+202E` (what an error message names), or null.
 * `multiline`: a newline is allowed (a question, a description), never elsewhere (a name, a title).
 */
export function forbiddenCharacter(text: string, options: { multiline?: boolean } = {}): string | null {
  const found = (options.multiline ? IN_BLOCK : IN_LINE).exec(text);
  if (!found) return null;
  const code = found[0].codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
