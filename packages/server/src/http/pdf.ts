import { type TimeZone, zoneAbbreviation } from '@jenjang/domain/shared/time-zone';
import type { FastifyReply } from 'fastify';
import PDFDocument from 'pdfkit';
import { type Locale, translate } from '../i18n/translate';

// The documents Jenjang hands out as PDF (a policy version, an evaluation report) share one
// look: A4, a title, headings, paragraphs that wrap, and on every page a footer with the
// government's name, when the document was made on the government's clock, and "page n of m".
//
// Fonts: the PDF standard fonts (Helvetica), which every reader has, so nothing is embedded and the
// document stays small for a phone. They cover the Windows-1252 set: all of Indonesian and English
// with their quotation marks, dashes and accented names. Any other character is written as its
// unaccented letter, or "?" when it has none (printable() below), rather than as a broken glyph.

export const PDF_TYPE = 'application/pdf';

const FONT = 'Helvetica';
const FONT_BOLD = 'Helvetica-Bold';
const FONT_ITALIC = 'Helvetica-Oblique';
const MARGIN = 56;
const FOOTER_SIZE = 8;
const TEXT = '#1a1b1e';
const MUTED = '#495057';
const GRID = '#adb5bd';
const LINE = '#1864ab';
const TARGET = '#087f5b';

/** The characters above U+00FF that Windows-1252 (the standard fonts' encoding) has. */
const WIN_ANSI_EXTRA = new Set(
  [
    0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d,
    0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e,
    0x0178,
  ].map((code) => String.fromCharCode(code)),
);

const writable = (char: string) => {
  const code = char.charCodeAt(0);
  return (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
};

/** Text as the standard fonts can write it: tabs as spaces, other characters by their nearest letter. */
export function printable(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC').replace(/\t/g, ' ').replace(/\r\n?/g, '\n')) {
    if (char === '\n' || writable(char)) {
      out += char;
      continue;
    }
    const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
    out += base.length > 0 && [...base].every(writable) ? base : '?';
  }
  return out;
}

/** A calendar date (2026-01-05) as its language writes it: "5 Januari 2026", "January 5, 2026". */
export function formatCalendarDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** An instant on the government's clock: "5 Januari 2026 14.05 WIB". */
export function formatInstant(instant: Date, locale: Locale, zone: TimeZone): string {
  const format = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: zone,
  });
  return `${format.format(instant)} ${zoneAbbreviation(zone)}`;
}

export interface PdfOptions {
  /** The document's title: its first line and its metadata. */
  title: string;
  /** The government it is of: under the title and in every footer. */
  government: string;
  locale: Locale;
  timeZone: TimeZone;
  generatedAt: Date;
}

/** Values over time for `PdfWriter.chart`, with the levels they are judged against. */
export interface ChartSeries {
  points: readonly { label: string; value: number | null }[];
  target: number | null;
  baseline: number | null;
  format: (value: number) => string;
  legend: { target: string; baseline: string };
}

/**
 * A document written top to bottom. Each method adds a block at the cursor; pages break by
 * themselves. `finish()` numbers the pages, adds the footers and returns the file's bytes.
 */
export class PdfWriter {
  private readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(private readonly options: PdfOptions) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      bufferPages: true,
      lang: options.locale === 'id' ? 'id-ID' : 'en-GB',
      displayTitle: true,
      info: {
        Title: printable(options.title),
        Author: printable(options.government),
        Creator: 'Jenjang',
        CreationDate: options.generatedAt,
      },
    });
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.doc.fillColor(TEXT);
  }

  private get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private write(text: string, font: string, size: number, options: PDFKit.Mixins.TextOptions = {}) {
    this.doc
      .font(font)
      .fontSize(size)
      .text(printable(text), this.doc.page.margins.left + (options.indent ?? 0), this.doc.y, {
        ...options,
        indent: 0,
        width: this.width - (options.indent ?? 0),
      });
  }

  /** The document's title and, under it, the government's name. */
  title(text: string): this {
    this.write(text, FONT_BOLD, 18, { lineGap: 2 });
    this.doc.moveDown(0.2);
    this.doc.fillColor(MUTED);
    this.write(this.options.government, FONT, 11);
    this.doc.fillColor(TEXT).moveDown(0.8);
    return this;
  }

  /** A section heading; level 2 for a heading inside a section. Never left alone at a page's foot. */
  heading(text: string, level: 1 | 2 = 1): this {
    const size = level === 1 ? 14 : 11.5;
    if (this.doc.y + size * 4 > this.doc.page.height - this.doc.page.margins.bottom) this.doc.addPage();
    this.doc.moveDown(level === 1 ? 0.8 : 0.4);
    this.write(text, FONT_BOLD, size);
    this.doc.moveDown(0.3);
    return this;
  }

  /** A paragraph; `indent` in points from the left margin. */
  paragraph(
    text: string,
    options: { indent?: number; bold?: boolean; italic?: boolean; muted?: boolean; size?: number } = {},
  ): this {
    if (options.muted) this.doc.fillColor(MUTED);
    const font = options.bold ? FONT_BOLD : options.italic ? FONT_ITALIC : FONT;
    this.write(text, font, options.size ?? 10.5, { lineGap: 1.5, indent: options.indent ?? 0 });
    this.doc.fillColor(TEXT).moveDown(0.35);
    return this;
  }

  /** A paragraph that starts with a bold label on the same line: "(1) Penilaian kinerja …". */
  labelled(label: string, text: string, options: { indent?: number } = {}): this {
    const indent = options.indent ?? 0;
    this.doc
      .font(FONT_BOLD)
      .fontSize(10.5)
      .text(`${printable(label)} `, this.doc.page.margins.left + indent, this.doc.y, {
        continued: true,
        width: this.width - indent,
        lineGap: 1.5,
      })
      .font(FONT)
      .text(printable(text), { lineGap: 1.5 });
    this.doc.moveDown(0.35);
    return this;
  }

  /** Label–value lines: "Ditetapkan: 5 Januari 2026". */
  fields(rows: readonly (readonly [string, string])[]): this {
    for (const [label, value] of rows) {
      this.doc
        .font(FONT_BOLD)
        .fontSize(10.5)
        .text(`${printable(label)}: `, this.doc.page.margins.left, this.doc.y, {
          continued: true,
          width: this.width,
        })
        .font(FONT)
        .text(printable(value), { lineGap: 1.5 });
    }
    this.doc.moveDown(0.35);
    return this;
  }

  /** A bulleted list. */
  bullets(items: readonly string[], indent = 0): this {
    for (const item of items) this.paragraph(`•  ${item}`, { indent: indent + 8 });
    return this;
  }

  /**
   * A small line chart of values over time, oldest first: the target as a dashed line, the
   * baseline as a dotted one, a gap where a point has no value. For readers who would rather look
   * than read; the same values are written out beside it.
   */
  chart(series: ChartSeries): this {
    const plotHeight = 84;
    const axisWidth = 34;
    const doc = this.doc;
    if (doc.y + plotHeight + 48 > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const left = doc.page.margins.left + axisWidth;
    const plotWidth = this.width - axisWidth - 8;
    const top = doc.y + 6;
    const bottom = top + plotHeight;
    const values = [
      ...series.points.flatMap((point) => (point.value === null ? [] : [point.value])),
      ...(series.target === null ? [] : [series.target]),
      ...(series.baseline === null ? [] : [series.baseline]),
    ];
    if (values.length === 0) return this;
    let low = Math.min(...values);
    let high = Math.max(...values);
    const pad = high === low ? Math.max(Math.abs(high) * 0.1, 1) : (high - low) * 0.12;
    low -= pad;
    high += pad;
    const y = (value: number) => bottom - ((value - low) / (high - low)) * plotHeight;
    const step = plotWidth / Math.max(series.points.length, 1);
    const x = (index: number) => left + step * (index + 0.5);

    doc.save().lineWidth(0.6).strokeColor(GRID);
    doc
      .moveTo(left, top)
      .lineTo(left, bottom)
      .lineTo(left + plotWidth, bottom)
      .stroke();
    doc.font(FONT).fontSize(7).fillColor(MUTED);
    for (const value of [high - pad, low + pad]) {
      doc.text(printable(series.format(value)), doc.page.margins.left, y(value) - 3, {
        width: axisWidth - 4,
        align: 'right',
        lineBreak: false,
      });
    }
    const level = (value: number | null, dash: [number, number], colour: string) => {
      if (value === null) return;
      doc
        .lineWidth(0.8)
        .strokeColor(colour)
        .dash(dash[0], { space: dash[1] })
        .moveTo(left, y(value))
        .lineTo(left + plotWidth, y(value))
        .stroke()
        .undash();
    };
    level(series.target, [4, 3], TARGET);
    level(series.baseline, [1, 2], MUTED);

    doc.lineWidth(1.4).strokeColor(LINE);
    let drawing = false;
    series.points.forEach((point, index) => {
      if (point.value === null) {
        drawing = false;
        return;
      }
      if (drawing) doc.lineTo(x(index), y(point.value));
      else doc.moveTo(x(index), y(point.value));
      drawing = true;
    });
    doc.stroke();
    doc.fillColor(LINE);
    series.points.forEach((point, index) => {
      if (point.value !== null) doc.circle(x(index), y(point.value), 2.2).fill();
    });
    doc.fillColor(MUTED).fontSize(7);
    series.points.forEach((point, index) => {
      doc.text(printable(point.label), x(index) - step / 2, bottom + 4, {
        width: step,
        height: 9,
        align: 'center',
        ellipsis: true,
      });
    });
    doc.restore();
    doc.x = doc.page.margins.left;
    doc.y = bottom + 16;
    const legend = [
      series.target === null ? null : `- - - ${series.legend.target}`,
      series.baseline === null ? null : `· · · ${series.legend.baseline}`,
    ].filter((part): part is string => part !== null);
    if (legend.length > 0) this.paragraph(legend.join('     '), { muted: true, size: 8 });
    return this;
  }

  /** Numbers the pages, adds the footers, and returns the finished document. */
  async finish(): Promise<Buffer> {
    const { locale, government, timeZone, generatedAt } = this.options;
    const made = translate(locale, 'pdf.generatedAt', {
      at: formatInstant(generatedAt, locale, timeZone),
    });
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      this.doc.switchToPage(index);
      const page = this.doc.page;
      const bottom = page.margins.bottom;
      // Writing inside the bottom margin would start a new page: the margin is lifted meanwhile.
      page.margins.bottom = 0;
      const y = page.height - bottom + 18;
      const pageText = translate(locale, 'pdf.page', { page: index + 1, pages: range.count });
      this.doc.font(FONT).fontSize(FOOTER_SIZE).fillColor(MUTED);
      this.doc.text(printable(`${government} · ${made}`), page.margins.left, y, {
        width: this.width * 0.75,
        lineBreak: false,
      });
      this.doc.text(printable(pageText), page.margins.left, y, { width: this.width, align: 'right' });
      page.margins.bottom = bottom;
    }
    this.doc.end();
    return this.done;
  }
}

/** A file name safe in a Content-Disposition header: ASCII letters, digits and dashes. */
export function fileName(words: string, extension: string): string {
  const stem = printable(words)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${stem || 'dokumen'}.${extension}`;
}

/** Sends a finished document as a download. */
export function sendPdf(reply: FastifyReply, file: { bytes: Buffer; name: string }) {
  return reply
    .type(PDF_TYPE)
    .header('content-disposition', `attachment; filename="${file.name}"`)
    .send(file.bytes);
}
