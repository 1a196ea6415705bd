// The parts of the translation files the citizen's survey page reads, by namespace: its build
// (vite.survey.config.ts) keeps only these in its chunks. The app's frame, errors, loading,
// language switch and demo band; the answer form's and the public page's words; the domain's
// messages about answers. The rest (the admin screens' words, ≈ 12 KB gzip) stays out. A key the
// page asks for outside them shows as the key and is warned about (lite-i18n.ts), which the
// browser test of the page fails on; survey-sections.test.ts checks each part exists.
export const SURVEY_SECTIONS = {
  translation: ['app', 'common', 'errors', 'language', 'demo'],
  domain: ['errors.survey.answer'],
  surveyTake: ['form', 'answer', 'public'],
} as const;

type Tree = { [key: string]: unknown };

/** Only the given parts ('a' or 'a.b.c') of a translation file, nested as they were. */
export function sectionsOf(file: Tree, sections: readonly string[]): Tree {
  const kept: Tree = {};
  for (const section of sections) {
    const path = section.split('.');
    let from: unknown = file;
    for (const part of path)
      from = typeof from === 'object' && from !== null ? (from as Tree)[part] : undefined;
    if (from === undefined) continue;
    let to = kept;
    for (const part of path.slice(0, -1)) {
      to[part] = (to[part] as Tree | undefined) ?? {};
      to = to[part] as Tree;
    }
    to[path.at(-1) ?? section] = from;
  }
  return kept;
}
