import { spreadsheetCell, spreadsheetText } from '@jenjang/domain/shared/spreadsheet-text';
import type { IkmConvention } from '@jenjang/domain/surveys/ikm.rules';
import type {
  InstrumentDefinition,
  LocalizedText,
  Question,
} from '@jenjang/domain/surveys/instrument.contract';
import { localized } from '@jenjang/domain/surveys/instrument.rules';
import type { WaveReport } from '@jenjang/domain/surveys/survey-report';
import type { QuestionSummary } from '@jenjang/domain/surveys/survey-results.rules';
import ExcelJS from 'exceljs';
import { type Locale, translate } from '../../../i18n/translate';

// Results as a table: one row per question item (scale point, option, statement), the same
// figures the results page shows, under the same k rule (a suppressed wave exports only a note).

type Cell = string | number | null;

interface Table {
  header: string[];
  rows: Cell[][];
}

const percent = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
const mean = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

function pointLabel(question: Question, value: number, locale: Locale): string {
  if (question.type !== 'likert' && question.type !== 'matrix' && question.type !== 'abilityNeed') {
    return String(value);
  }
  const label = question.scale.labels[value - question.scale.min];
  return label ? `${value} – ${localized(label, locale)}` : String(value);
}

function itemRows(question: Question, summary: QuestionSummary, locale: Locale, t: (k: string) => string) {
  const text = (value: LocalizedText | undefined) => localized(value, locale);
  const rows: Cell[][] = [];
  switch (summary.type) {
    case 'likert':
      for (const p of summary.distribution)
        rows.push([pointLabel(question, p.value, locale), p.count, percent(p.percent), null]);
      rows.push([t('mean'), summary.n, null, mean(summary.mean)]);
      break;
    case 'single':
    case 'multiple': {
      const options = question.type === 'single' || question.type === 'multiple' ? question.options : [];
      for (const o of summary.options) {
        rows.push([
          text(options.find((x) => x.value === o.value)?.label) || o.value,
          o.count,
          percent(o.percent),
          null,
        ]);
      }
      break;
    }
    case 'number':
      rows.push([t('mean'), summary.n, null, mean(summary.mean)]);
      rows.push([t('median'), summary.n, null, mean(summary.median)]);
      break;
    case 'text':
      rows.push([t('answers'), summary.n, null, null]);
      break;
    case 'matrix': {
      const statements = question.type === 'matrix' ? question.statements : [];
      for (const s of summary.statements) {
        rows.push([text(statements.find((x) => x.key === s.key)?.text) || s.key, s.n, null, mean(s.mean)]);
      }
      break;
    }
    case 'abilityNeed': {
      const statements = question.type === 'abilityNeed' ? question.statements : [];
      for (const s of summary.ranked) {
        const name = text(statements.find((x) => x.key === s.key)?.text) || s.key;
        rows.push([name, s.n, null, mean(s.gap), mean(s.meanAbility), mean(s.meanNeed)]);
      }
      break;
    }
  }
  return rows;
}

/** The IKM convention in words: 'Bobot 1/9 (PermenPANRB 14/2017)', 'Bobot 0,111, … 2 desimal'. */
export function conventionText(locale: Locale, convention: IkmConvention): string {
  const decimals = convention.roundDecimals;
  const key =
    convention.weight === 'exact'
      ? decimals === null
        ? 'exact'
        : 'exactRounded'
      : decimals === null
        ? 'practiceUnrounded'
        : 'practice';
  return translate(locale, `survey.ikmConvention.${key}`, { decimals });
}

/** What the reader reads (survey-results.contract.ts ResultsReach). */
interface Reach {
  kind: 'whole' | 'slice';
  units: string[];
  shown: boolean;
  reason: 'notFinal' | 'empty' | 'small' | null;
}

/**
 * What the figures are and are not, in words: a slice's units, answers withheld at close, and
 * what waits for the wave to close. The XLSX export puts them on a sheet of their own.
 */
function notesOf(
  report: WaveReport,
  locale: Locale,
  reach: Reach | undefined,
  definition: InstrumentDefinition,
): string[] {
  const t = (key: string, params: Record<string, unknown> = {}) =>
    translate(locale, `survey.export.notes.${key}`, params);
  const notes = [t('kRule', { k: report.minGroupSize })];
  if (reach?.kind === 'slice') notes.push(t('slice', { units: reach.units.join(', ') }));
  if (report.withheld > 0) notes.push(t('withheld', { count: report.withheld, k: report.minGroupSize }));
  if (report.breakdownsHeldBack === 'untilClose') notes.push(t('untilClose'));
  const questions = definition.sections.flatMap((s) => s.questions);
  for (const held of report.heldBackQuestions) {
    if (held.reason !== 'fewAnswers' && held.reason !== 'profileGroup') continue;
    const question = localized(questions.find((q) => q.key === held.key)?.text, locale) || held.key;
    notes.push(t(held.reason, { question, k: report.minGroupSize }));
  }
  if (report.ikm) notes.push(t('convention', { convention: conventionText(locale, report.ikm.convention) }));
  return notes;
}

/** The results as tables, labelled in `locale`. */
export function resultTables(
  definition: InstrumentDefinition,
  report: WaveReport,
  locale: Locale,
  reach?: Reach,
): { summary: Table; ikm: Table | null; texts: Table | null; notes: Table } {
  const t = (key: string, params: Record<string, unknown> = {}) =>
    translate(locale, `survey.export.${key}`, params);
  const notes = {
    header: [t('note')],
    rows: notesOf(report, locale, reach, definition).map((note) => [note]),
  };
  if (reach && !reach.shown) {
    return {
      summary: {
        header: [t('note')],
        rows: [
          [translate(locale, `survey.sliceHeldBack.${reach.reason ?? 'small'}`, { k: report.minGroupSize })],
        ],
      },
      ikm: null,
      texts: null,
      notes,
    };
  }
  const header = [
    t('section'),
    t('question'),
    t('item'),
    t('count'),
    t('percent'),
    t('meanOrGap'),
    t('ability'),
    t('need'),
  ];
  if (report.suppressed) {
    return {
      summary: {
        header: [t('note')],
        rows: [[translate(locale, 'survey.resultsSuppressed', { k: report.minGroupSize })]],
      },
      ikm: null,
      texts: null,
      notes,
    };
  }
  const rows: Cell[][] = [];
  const texts: Cell[][] = [];
  for (const section of definition.sections) {
    for (const question of section.questions) {
      const result = report.questions.find((q) => q.key === question.key);
      if (!result) continue;
      for (const row of itemRows(question, result.summary, locale, t)) {
        rows.push([localized(section.title, locale), localized(question.text, locale), ...row]);
      }
      for (const answer of result.texts ?? []) texts.push([localized(question.text, locale), answer.text]);
    }
  }
  const ikm = report.ikm
    ? {
        header: [t('element'), t('respondents'), 'NRR', t('weightedNrr')],
        rows: [
          ...report.ikm.elements.map((e) => [
            `${e.element} ${translate(locale, `survey.elements.${e.element}`)}`,
            e.n,
            e.nrr,
            e.weightedNrr,
          ]),
          [t('ikm'), report.responses, report.ikm.weightedNrr, report.ikm.ikm],
          [
            t('category'),
            null,
            report.ikm.category.mutu,
            translate(locale, `survey.kinerja.${report.ikm.category.kinerja}`),
          ],
          ...(report.minimumSample === null ? [] : [[t('minimumSample'), report.minimumSample, null, null]]),
          [t('convention'), null, conventionText(locale, report.ikm.convention), null],
        ],
      }
    : null;
  return {
    summary: { header, rows },
    ikm,
    texts: texts.length > 0 ? { header: [t('question'), t('answer')], rows: texts } : null,
    notes,
  };
}

/** RFC 4180 CSV of the summary table, with a BOM so Excel opens it as UTF-8. */
export function resultsCsv(tables: ReturnType<typeof resultTables>): string {
  const cell = (value: Cell) => {
    if (value === null) return '';
    // Texts come from instrument authors and respondents: never a formula in the reader's Excel.
    const text = typeof value === 'string' ? spreadsheetText(value) : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const width = tables.summary.header.length;
  // RFC 4180: every record has as many fields as the header, though most items fill only four.
  // The IKM and the notes (its convention among them) follow the items, in the same columns.
  const ikm = (tables.ikm?.rows ?? []).map((row) => [
    'IKM',
    row[0] ?? null,
    row[2] ?? null,
    row[1] ?? null,
    null,
    row[3] ?? null,
  ]);
  const notes = tables.ikm ? tables.notes.rows.map((row) => [tables.notes.header[0]!, row[0] ?? null]) : [];
  const lines = [tables.summary.header, ...tables.summary.rows, ...ikm, ...notes].map((row) =>
    Array.from({ length: width }, (_, i) => cell(row[i] ?? null)).join(','),
  );
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export async function resultsXlsx(tables: ReturnType<typeof resultTables>, locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const add = (name: string, table: Table) => {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(table.header.map(spreadsheetText)).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map(spreadsheetCell));
    sheet.columns.forEach((column, i) => {
      column.width = i < 3 ? 40 : 14;
    });
  };
  add(translate(locale, 'survey.export.sheetSummary'), tables.summary);
  if (tables.ikm) add('IKM', tables.ikm);
  if (tables.texts) add(translate(locale, 'survey.export.sheetTexts'), tables.texts);
  add(translate(locale, 'survey.export.sheetNotes'), tables.notes);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
