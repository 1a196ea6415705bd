import { PROGRAM_PATHS, type ProgramPath } from '@jenjang/domain/programs/program-paths';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { formatCalendarDate, printable } from '../../http/pdf';
import { type Locale, translate } from '../../i18n/translate';

// A program's certificate as a PDF: one A4 page in landscape, the government's letterhead at the
// top, "SERTIFIKAT" and its number, who completed what (path, days, JP), the signer at the bottom
// right and, at the bottom left, a QR code of the public verification page with its address
// written out for whoever prints the certificate and types it. The standard fonts, as every
// Jenjang document (http/pdf.ts): nothing embedded, small enough for a phone.

export interface CertificateDocument {
  government: string;
  letterhead: { agency: string | null; address: string | null };
  number: string;
  /** The name with its academic titles, and the NIP as people read it (with spaces). */
  participant: { name: string; nip: string };
  program: { title: string; pathCode: ProgramPath; jp: number };
  startsOn: string;
  endsOn: string;
  issuedOn: string;
  signer: { name: string | null; title: string | null; nip: string | null };
  verificationUrl: string;
  /** The day it was revoked, when it was: the document says so above everything else. */
  revokedOn: string | null;
}

const FONT = 'Helvetica';
const FONT_BOLD = 'Helvetica-Bold';
const FONT_ITALIC = 'Helvetica-Oblique';
const TEXT = '#1a1b1e';
const MUTED = '#495057';
const FRAME = '#1864ab';
const REVOKED = '#c92a2a';
const MARGIN = 56;
const QR_SIZE = 92;

/** The QR code of `text` drawn as squares at (x, y), `size` points wide: sharp at any zoom. */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  doc.save().fillColor('#000000');
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(x + col * cell, y + row * cell, cell + 0.05, cell + 0.05);
    }
  }
  doc.fill().restore();
}

export function certificatePdf(document: CertificateDocument, locale: Locale, now: Date): Promise<Buffer> {
  const t = (key: string, params?: Record<string, unknown>) =>
    translate(locale, `certificate.pdf.${key}`, params);
  const date = (value: string) => formatCalendarDate(value, locale);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: MARGIN, bottom: 24, left: MARGIN, right: MARGIN },
    lang: locale === 'id' ? 'id-ID' : 'en-GB',
    displayTitle: true,
    info: {
      Title: printable(t('documentTitle', { number: document.number })),
      Author: printable(document.government),
      Creator: 'Jenjang',
      CreationDate: now,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const { width, height } = doc.page;
  const left = MARGIN;
  const inner = width - 2 * MARGIN;
  doc
    .save()
    .lineWidth(2.5)
    .strokeColor(FRAME)
    .rect(20, 20, width - 40, height - 40)
    .stroke();
  doc
    .lineWidth(0.8)
    .rect(27, 27, width - 54, height - 54)
    .stroke()
    .restore();

  const centred = (text: string, font: string, size: number, options: PDFKit.Mixins.TextOptions = {}) =>
    doc
      .font(font)
      .fontSize(size)
      .text(printable(text), left, doc.y, { width: inner, align: 'center', ...options });

  doc.y = 44;
  doc.fillColor(TEXT);
  centred(t('government', { name: document.government }).toLocaleUpperCase('id'), FONT_BOLD, 13);
  if (document.letterhead.agency) centred(document.letterhead.agency.toLocaleUpperCase('id'), FONT_BOLD, 15);
  if (document.letterhead.address) {
    doc.fillColor(MUTED);
    centred(document.letterhead.address, FONT, 9);
    doc.fillColor(TEXT);
  }
  const rule = doc.y + 6;
  doc
    .save()
    .lineWidth(1.6)
    .strokeColor(TEXT)
    .moveTo(left, rule)
    .lineTo(width - MARGIN, rule)
    .stroke();
  doc
    .lineWidth(0.5)
    .moveTo(left, rule + 3)
    .lineTo(width - MARGIN, rule + 3)
    .stroke()
    .restore();
  doc.y = rule + 14;

  if (document.revokedOn) {
    doc.fillColor(REVOKED);
    centred(t('revoked', { date: date(document.revokedOn) }), FONT_BOLD, 12);
    doc.fillColor(TEXT);
  }
  doc.moveDown(0.8);
  centred(t('title'), FONT_BOLD, 34, { characterSpacing: 5 });
  centred(t('number', { number: document.number }), FONT, 11);
  doc.moveDown(1.6);
  centred(t('givenTo'), FONT_ITALIC, 11);
  doc.moveDown(0.4);
  centred(document.participant.name, FONT_BOLD, 22);
  doc.moveDown(0.1);
  centred(t('nip', { nip: document.participant.nip }), FONT, 11);
  doc.moveDown(1.4);
  centred(t('completed'), FONT_ITALIC, 11);
  doc.moveDown(0.4);
  centred(document.program.title, FONT_BOLD, 16);
  doc.moveDown(0.3);
  const path = PROGRAM_PATHS[document.program.pathCode][locale];
  const days =
    document.startsOn === document.endsOn
      ? date(document.startsOn)
      : t('days', { from: date(document.startsOn), until: date(document.endsOn) });
  centred(
    t('details', {
      path: `${path} (${document.program.pathCode})`,
      days,
      jp: document.program.jp.toLocaleString(locale, { maximumFractionDigits: 2 }),
    }),
    FONT,
    11,
  );

  // The foot: the QR and its address on the left, the signer on the right.
  const foot = height - 44 - 118;
  drawQr(doc, document.verificationUrl, left, foot + 10, QR_SIZE);
  const noteX = left + QR_SIZE + 12;
  const noteWidth = 250;
  doc.fillColor(MUTED).font(FONT).fontSize(8.5);
  doc.text(printable(t('verify')), noteX, foot + 24, { width: noteWidth });
  doc.fillColor(FRAME).font(FONT).fontSize(8.5);
  doc.text(printable(document.verificationUrl), noteX, doc.y + 2, { width: noteWidth });

  const signX = width - MARGIN - 250;
  const sign = (text: string, font: string, options: PDFKit.Mixins.TextOptions = {}) =>
    doc
      .font(font)
      .fontSize(10.5)
      .text(printable(text), signX, doc.y, { width: 250, align: 'center', ...options });
  doc.fillColor(TEXT);
  doc.y = foot;
  sign(t('issuedOn', { date: date(document.issuedOn) }), FONT);
  if (document.signer.title) sign(document.signer.title, FONT);
  doc.y = foot + 78;
  if (document.signer.name) sign(document.signer.name, FONT_BOLD, { underline: true });
  if (document.signer.nip) sign(t('nip', { nip: document.signer.nip }), FONT);

  doc.end();
  return done;
}
