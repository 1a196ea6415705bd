import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/pdf-text';
import { fileName, formatCalendarDate, formatInstant, PdfWriter, printable } from './pdf';

describe('printable', () => {
  it('keeps Indonesian and English text with its quotation marks, dashes and accents', () => {
    const text = 'Pasal 5 ayat (1) — “seleksi terbuka” – naïve café… 100 €';
    expect(printable(text)).toBe(text);
  });

  it('writes other characters as their base letter, or "?" when they have none', () => {
    expect(printable('Ŝalom ǅ ≥ 漢\tx')).toBe('Salom Dz ? ? x');
  });
});

describe('dates and names', () => {
  it("writes calendar dates and instants in the reader's language and the government's zone", () => {
    expect(formatCalendarDate('2026-01-05', 'id')).toBe('5 Januari 2026');
    expect(formatCalendarDate('2026-01-05', 'en')).toBe('January 5, 2026');
    expect(formatInstant(new Date('2026-01-05T17:30:00Z'), 'id', 'Asia/Jayapura')).toMatch(
      /^6 Januari 2026.*02\.30 WIT$/,
    );
  });

  it('makes an ASCII file name of any title', () => {
    expect(fileName('Kebijakan Pengembangan Karier ASN — Kota Tanjungpinang versi 2', 'pdf')).toBe(
      'kebijakan-pengembangan-karier-asn-kota-tanjungpinang-versi-2.pdf',
    );
    expect(fileName('漢字', 'pdf')).toBe('dokumen.pdf');
  });
});

describe('a document', () => {
  it('numbers its pages and puts the government and the time it was made in every footer', async () => {
    const pdf = new PdfWriter({
      title: 'Laporan Uji',
      government: 'Kota Uji',
      locale: 'id',
      timeZone: 'Asia/Makassar',
      generatedAt: new Date('2026-03-01T02:00:00Z'),
    });
    pdf.title('Laporan Uji').heading('Bagian');
    for (let i = 1; i <= 80; i++) pdf.paragraph(`Baris nomor ${i} dari laporan yang panjang.`);
    const bytes = await pdf.finish();
    const text = pdfText(bytes);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(text).toContain('Baris nomor 80 dari laporan yang panjang.');
    const pages = Number(text.match(/Halaman 1 dari (\d+)/)?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`Halaman ${pages} dari ${pages}`);
    expect(text.match(/Kota Uji · Dibuat 1 Maret 2026.*?10\.00 WITA/g)?.length).toBe(pages);
  });
});
