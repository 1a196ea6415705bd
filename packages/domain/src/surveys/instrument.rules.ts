import type { InstrumentDefinition, LocalizedText, Question } from './instrument.contract';

// Reading an instrument, apart from its zod contract: a page that only shows a questionnaire (a
// citizen's survey form) needs these and not the validators, whose library weighs 26 KB gzip.

/** Every question of a definition in order, with the section it stands in. */
export function questionsOf(definition: Pick<InstrumentDefinition, 'sections'>): Question[] {
  return definition.sections.flatMap((section) => section.questions);
}

/** The text in the reader's language; an empty English text falls back to Indonesian. */
export function localized(text: LocalizedText | undefined, locale: 'id' | 'en'): string {
  if (!text) return '';
  return locale === 'en' && text.en ? text.en : text.id;
}
