import { type Actor, can } from '@jenjang/domain/shared/access';
import { spreadsheetCell } from '@jenjang/domain/shared/spreadsheet-text';
import { type Db, withTenant } from '../../db/database';
import { fileName } from '../../http/pdf';
import { notFound, ProblemError } from '../../http/problem';
import { headedSheet, streamingWorkbook } from '../../http/xlsx';
import * as repo from './certificate.repository';

// A program's completed participants as SIASN's training history takes them (DOMAIN.md §10), for
// the agency to enter in BKN's system: a "kursus" sheet for every program and, for structural
// leadership training (KL01, Perlan LAN 10/2018), a "diklat" sheet as well. The headers are
// SIASN's own field names, with the participant's nip_baru first so each row can be matched; NIPs
// are text, dates dd-mm-yyyy as SIASN writes them. Revoked certificates are left out.
//
// SIASN's reference ids Jenjang cannot know, left empty for the agency to choose in SIASN:
//   - kursus.jenisDiklatId: an id of SIASN's "jenis diklat" reference table, whose values BKN
//     publishes only inside SIASN; no public mapping from the LAN path codes was found.
//   - kursus.jenisKursus: SIASN's own classification of the course (empty in BKN's examples too).
//   - diklat.latihanStrukturalId: an id of SIASN's "latihan struktural" reference (PIM/PKA/PKP…),
//     which a program's path code (KL01) does not tell apart.
//   - diklat.jenisKompetensi: SIASN's coding of the competency type is not confirmed [U].

const KURSUS_COLUMNS = [
  'nip_baru',
  'jenisDiklatId',
  'jenisKursus',
  'namaKursus',
  'jumlahJam',
  'institusiPenyelenggara',
  'nomorSertipikat',
  'tahunKursus',
  'tanggalKursus',
  'tanggalSelesaiKursus',
] as const;

const DIKLAT_COLUMNS = [
  'nip_baru',
  'jenisKompetensi',
  'jumlahJam',
  'latihanStrukturalId',
  'institusiPenyelenggara',
  'nomor',
  'tahun',
  'tanggal',
  'tanggalSelesai',
] as const;

/** SIASN's way of writing a day: 2027-03-01 → 01-03-2027. */
export const siasnDate = (date: string) => `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`;

const TEXT_COLUMNS = new Set<string>([
  'nip_baru',
  'tanggalKursus',
  'tanggalSelesaiKursus',
  'tanggal',
  'tanggalSelesai',
  'nomorSertipikat',
  'nomor',
]);

function sheetOf(
  workbook: ReturnType<typeof streamingWorkbook>['workbook'],
  name: string,
  columns: readonly string[],
) {
  const sheet = headedSheet(
    workbook,
    name,
    columns.map((key) => ({
      header: key,
      key,
      width: key === 'nip_baru' ? 22 : key.startsWith('nama') || key.startsWith('institusi') ? 40 : 18,
      ...(TEXT_COLUMNS.has(key) ? { style: { numFmt: '@' } } : {}),
    })),
  );
  sheet.getRow(1).commit();
  return sheet;
}

/** The workbook of a program for its managers (the agency), streamed, with its file name. */
export async function siasnWorkbook(db: Db, actor: Actor, programId: number) {
  if (!can(actor, 'program.manage', { tenantId: actor.tenantId, unitPath: null })) {
    throw new ProblemError(403, 'certificate.notManager');
  }
  const { program, rows, issuer } = await withTenant(db, actor.tenantId, async (tx) => {
    const found = await repo.findProgramBrief(tx, programId);
    if (!found) throw notFound();
    return {
      program: found,
      rows: await repo.completedParticipants(tx, programId),
      issuer: await repo.findIssuer(tx),
    };
  });
  // Who ran it: the partner or LAN by name, else the government's own agency.
  const institution = program.providerName ?? issuer.agency ?? issuer.name;
  const { stream, workbook } = streamingWorkbook();
  const kursus = sheetOf(workbook, 'kursus', KURSUS_COLUMNS);
  for (const row of rows) {
    kursus
      .addRow(
        [
          row.nip,
          '',
          '',
          program.title,
          program.jp,
          institution,
          row.number ?? '',
          Number(row.endsOn.slice(0, 4)),
          siasnDate(row.startsOn),
          siasnDate(row.endsOn),
        ].map(spreadsheetCell),
      )
      .commit();
  }
  kursus.commit();
  if (program.pathCode === 'KL01') {
    const diklat = sheetOf(workbook, 'diklat', DIKLAT_COLUMNS);
    for (const row of rows) {
      diklat
        .addRow(
          [
            row.nip,
            '',
            program.jp,
            '',
            institution,
            row.number ?? '',
            Number(row.endsOn.slice(0, 4)),
            siasnDate(row.startsOn),
            siasnDate(row.endsOn),
          ].map(spreadsheetCell),
        )
        .commit();
    }
    diklat.commit();
  }
  void workbook.commit();
  return { stream, fileName: fileName(`siasn ${program.title}`, 'xlsx') };
}
