import { localized, questionsOf } from '@jenjang/domain/surveys/instrument.rules';
import type { Tx } from '../../../db/database';
import { parseDefinition } from '../instruments/instrument.service';
import * as repo from './survey.repository';

// Surveys as other features cite them (a policy's change cites a wave and a question as its
// evidence): titles, labels and question wording, in the caller's transaction under its tenant.
// The caller authorises its own resource; nothing here reads an answer or a figure.

export interface WaveReference {
  waveId: number;
  surveyId: number;
  surveyTitle: string;
  waveLabel: string;
  /** Each question's text, and its statements' for a matrix or needs question. */
  questions: Map<string, { text: string; statements: Map<string, string> }>;
}

/** The waves of this government among `ids` (or all of them), by id; others are simply absent. */
export async function waveReferences(
  tx: Tx,
  ids: readonly number[] | 'all',
  locale: 'id' | 'en' = 'id',
): Promise<Map<number, WaveReference>> {
  const rows = await repo.waveReferenceRows(tx, ids === 'all' ? ids : [...new Set(ids)]);
  return new Map(
    rows.map((row) => {
      const questions = questionsOf(parseDefinition(row.definition)).map((question) => {
        const statements = 'statements' in question ? question.statements : [];
        return [
          question.key,
          {
            text: localized(question.text, locale),
            statements: new Map(statements.map((s) => [s.key, localized(s.text, locale)])),
          },
        ] as const;
      });
      return [
        row.id,
        {
          waveId: row.id,
          surveyId: row.survey_id,
          surveyTitle: row.title,
          waveLabel: row.label,
          questions: new Map(questions),
        },
      ];
    }),
  );
}

/** The titles of this government's surveys among `ids`. */
export async function surveyTitles(tx: Tx, ids: readonly number[]): Promise<Map<number, string>> {
  const rows = await repo.surveyTitleRows(tx, [...new Set(ids)]);
  return new Map(rows.map((row) => [row.id, row.title]));
}
