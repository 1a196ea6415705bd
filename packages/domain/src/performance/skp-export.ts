import { PREDIKAT_WORDS, predikatToKuadran, RATING_WORDS, ratingToSiasn } from './predikat.rules';
import type { AnnualSkpRecord, PeriodicSkpRecord } from './skp-import.rules';
import { golonganToSiasnId, PERIODIK_WORDS } from './skp-siasn';

// Appraisals written back in SIASN's shape, so that what Jenjang exports SIASN (and Jenjang's own
// import) reads: ratings and predikat both as code and as word, golongan as SIASN's id.
// Cells come raw: the spreadsheet writer passes them through spreadsheetCell and keeps the NIP
// columns as text.

/** SIASN rw-skp22 field names in SIASN's spelling, the employee's NIP first. */
export const SKP_ANNUAL_EXPORT_COLUMNS = [
  'nip',
  'tahun',
  'hasilKinerja',
  'hasilKinerjaNilai',
  'perilakuKerja',
  'PerilakuKerjaNilai',
  'kuadranKinerja',
  'KuadranKinerjaNilai',
  'namaPenilai',
  'nipNrpPenilai',
  'penilaiGolonganId',
  'penilaiJabatanNm',
  'penilaiUnorNm',
  'statusPenilai',
] as const;

/** SIASN kinerja periodik: the annual fields, then the period. */
export const SKP_PERIODIC_EXPORT_COLUMNS = [
  ...SKP_ANNUAL_EXPORT_COLUMNS,
  'bulanMulaiPenilaian',
  'bulanSelesaiPenilaian',
  'tahunMulaiPenilaian',
  'tahunSelesaiPenilaian',
  'periodik',
  'koefisien',
] as const;

export type SkpAnnualExportColumn = (typeof SKP_ANNUAL_EXPORT_COLUMNS)[number];
export type SkpPeriodicExportColumn = (typeof SKP_PERIODIC_EXPORT_COLUMNS)[number];
/** A cell of an export row; '' is an empty cell. */
export type SkpExportCell = string | number;

function annualCells(record: AnnualSkpRecord): Record<SkpAnnualExportColumn, SkpExportCell> {
  const { assessor } = record;
  return {
    nip: record.nip,
    tahun: record.year,
    hasilKinerja: ratingToSiasn(record.hasilKerja),
    hasilKinerjaNilai: RATING_WORDS[record.hasilKerja],
    perilakuKerja: ratingToSiasn(record.perilakuKerja),
    PerilakuKerjaNilai: RATING_WORDS[record.perilakuKerja],
    kuadranKinerja: predikatToKuadran(record.predikat),
    KuadranKinerjaNilai: PREDIKAT_WORDS[record.predikat],
    namaPenilai: assessor.name ?? '',
    nipNrpPenilai: assessor.nip ?? '',
    penilaiGolonganId: assessor.golongan === null ? '' : golonganToSiasnId(assessor.golongan),
    penilaiJabatanNm: assessor.position ?? '',
    penilaiUnorNm: assessor.unit ?? '',
    statusPenilai: assessor.status ?? '',
  };
}

/** One annual appraisal's cells, in the order of SKP_ANNUAL_EXPORT_COLUMNS. */
export function annualExportRow(record: AnnualSkpRecord): SkpExportCell[] {
  const cells = annualCells(record);
  return SKP_ANNUAL_EXPORT_COLUMNS.map((column) => cells[column]);
}

/** One periodic appraisal's cells, in the order of SKP_PERIODIC_EXPORT_COLUMNS. */
export function periodicExportRow(record: PeriodicSkpRecord): SkpExportCell[] {
  const cells: Record<SkpPeriodicExportColumn, SkpExportCell> = {
    ...annualCells(record),
    bulanMulaiPenilaian: record.fromMonth,
    bulanSelesaiPenilaian: record.toMonth,
    tahunMulaiPenilaian: record.fromYear,
    tahunSelesaiPenilaian: record.toYear,
    periodik: PERIODIK_WORDS[record.period],
    koefisien: record.coefficient ?? '',
  };
  return SKP_PERIODIC_EXPORT_COLUMNS.map((column) => cells[column]);
}
