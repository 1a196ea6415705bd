import { rm } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { buildPosition } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { auditEntries, importAs, importIssues } from '../../../test/upload-requests';
import { withTenant } from '../../db/database';

// Position standards and assessment results from files, through the pipeline every import shares.

let ctx: TestContext;
let tenantId: number;
let admin: TestApi;

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
});
afterAll(async () => {
  await ctx.close();
  await rm(ctx.config.dataDir, { recursive: true, force: true });
});

const assessments = (id = tenantId) =>
  withTenant(ctx.db, id, (tx) =>
    tx
      .selectFrom('competency_assessment as a')
      .innerJoin('competency as c', 'c.id', 'a.competency_id')
      .innerJoin('employee as e', 'e.id', 'a.employee_id')
      .select(['e.nip', 'c.code', 'a.level', 'a.assessed_on', 'a.method', 'a.assessor', 'a.job_id'])
      .orderBy('a.id')
      .execute(),
  );

describe('the position standard import', () => {
  it('sets the levels a file names, warns of a repeated row, refuses unknown positions and codes', async () => {
    const analis = await buildPosition(ctx, tenantId, {
      name: 'Analis Kebijakan Ahli Muda',
      kind: 'fungsional',
      level: 'ahli_muda',
    });
    const file = [
      'jabatan;kode_kompetensi;level',
      'analis kebijakan ahli muda;M.01;3',
      'Analis Kebijakan Ahli Muda;M.4;2',
      'Analis Kebijakan Ahli Muda;SK.1;3',
      'Analis Kebijakan Ahli Muda;M.4;3',
      'Jabatan Tak Ada;M.1;3',
      'Analis Kebijakan Ahli Muda;T.99;2',
      'Analis Kebijakan Ahli Muda;M.2;7',
    ].join('\n');
    const job = await importAs(ctx, admin, 'competency-standards', file);
    expect(job.status, JSON.stringify(job)).toBe('succeeded');
    expect(job.result).toMatchObject({ rows: 7, inserted: 3, updated: 0, invalid: 3, warnings: 1 });
    const standard = (await admin.get(`/api/v1/positions/${analis.id}/standard`)).json();
    expect(
      standard.requirements.map((r: { code: string; requiredLevel: number }) => [r.code, r.requiredLevel]),
    ).toEqual([
      ['M.1', 3],
      ['M.4', 3],
      ['SK.1', 3],
    ]);
    const found = await importIssues(ctx, admin, job.id);
    expect(found.map((i) => [i.rowNumber, i.severity, i.column])).toEqual(
      expect.arrayContaining([
        [3, 'warning', 'level'],
        [6, 'error', 'jabatan'],
        [7, 'error', 'kode_kompetensi'],
        [8, 'error', 'level'],
      ]),
    );
    expect(found.find((i) => i.rowNumber === 6)?.message).toContain(
      'Jabatan "Jabatan Tak Ada" tidak ditemukan',
    );
    const again = await importAs(ctx, admin, 'competency-standards', file);
    expect(again.result).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
    const audits = await auditEntries(ctx, tenantId, 'competency.standardChanged');
    expect(audits).toHaveLength(1);
  });
});

describe('the assessment import', () => {
  let budi: { nip: string };
  let sari: { nip: string };

  beforeAll(async () => {
    budi = await buildEmployee(ctx, tenantId, { name: 'Budi' });
    sari = await buildEmployee(ctx, tenantId, { name: 'Sari' });
  });

  async function workbook(rows: unknown[][]) {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Penilaian');
    sheet.addRow(['NIP', 'Kode Kompetensi', 'Level', 'Tanggal Penilaian', 'Metode', 'Penilai']);
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it('appends the rows of a workbook as history and reports each bad row by column', async () => {
    const file = await workbook([
      [budi.nip, 'M.1', 3, new Date(Date.UTC(2026, 1, 10)), 'Assessment Center', 'UPT Penilaian'],
      [budi.nip, 'M.1', 4, '10-08-2026', 'Atasan', null],
      [sari.nip, 'm.03', '2', '2026-03-01', 'Uji Kompetensi', null],
      [sari.nip, 'M.3', 2, '2026-03-01', 'Tes', null],
      ['199001012015011999', 'M.1', 3, '2026-03-01', 'Mandiri', null],
      [sari.nip, 'M.9', 3, '2026-03-01', 'Mandiri', null],
      [sari.nip, 'M.2', 6, '2026-03-01', 'Mandiri', null],
      [sari.nip, 'M.2', 3, '2099-03-01', 'Mandiri', null],
      [sari.nip, 'M.2', 3, '2026-03-01', 'Ramalan', null],
    ]);
    const job = await importAs(ctx, admin, 'competency-assessments', file, 'penilaian.xlsx');
    expect(job.status, JSON.stringify(job)).toBe('succeeded');
    expect(job.result).toMatchObject({ rows: 9, inserted: 3, invalid: 5 });
    const stored = await assessments();
    expect(stored.map((a) => [a.nip, a.code, a.level, a.assessed_on, a.method])).toEqual([
      [budi.nip, 'M.1', 3, '2026-02-10', 'assessmentCentre'],
      [budi.nip, 'M.1', 4, '2026-08-10', 'supervisor'],
      [sari.nip, 'M.3', 2, '2026-03-01', 'test'],
    ]);
    expect(stored[0]).toMatchObject({ assessor: 'UPT Penilaian', job_id: job.id });
    const found = await importIssues(ctx, admin, job.id, 'en');
    expect(found.map((i) => [i.rowNumber, i.column])).toEqual([
      [6, 'nip'],
      [7, 'kode_kompetensi'],
      [8, 'level'],
      [9, 'tanggal_penilaian'],
      [10, 'metode'],
    ]);
    expect(found[0]?.message).toBe('No employee with NIP 199001012015011999 in this government.');
    expect(found[3]?.message).toContain('has not come yet');
  });

  it('adds nothing when the same file comes twice, and a changed level as a correction', async () => {
    const before = (await assessments()).length;
    const file = `nip;kode_kompetensi;level;tanggal_penilaian;metode\n${budi.nip};M.1;3;10-02-2026;AC\n`;
    const same = await importAs(ctx, admin, 'competency-assessments', file);
    expect(same.result).toMatchObject({ inserted: 0, unchanged: 1 });
    expect(await assessments()).toHaveLength(before);
    const corrected = await importAs(
      ctx,
      admin,
      'competency-assessments',
      file.replace(';M.1;3;', ';M.1;2;'),
    );
    expect(corrected.result).toMatchObject({ inserted: 1 });
    const audit = await auditEntries(ctx, tenantId, 'competency.assessmentImport');
    expect(audit.at(-1)).toMatchObject({ entity: 'job', data: { inserted: 1 } });
  });

  it('finds only its own government’s employees', async () => {
    const other = (await createTenant(ctx)).id;
    const otherAdmin = await apiAs(ctx, 'admin', other);
    const file = `nip;kode_kompetensi;level;tanggal_penilaian;metode\n${budi.nip};M.1;5;10-02-2026;AC\n`;
    const job = await importAs(ctx, otherAdmin, 'competency-assessments', file);
    expect(job.result).toMatchObject({ inserted: 0, invalid: 1 });
    expect(await assessments(other)).toEqual([]);
  });
});
