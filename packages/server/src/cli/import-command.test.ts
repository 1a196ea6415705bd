import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEmployee } from '../../test/factories/employee.factory';
import { createTenant } from '../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../test/harness';
import { REPO_ROOT } from '../config';
import { withTenant } from '../db/database';

// Setting up the organisation from the command line: the same import jobs as the web upload.

let ctx: TestContext;
let dir: string;
let tenant: { id: number; code: string };

beforeAll(async () => {
  ctx = await createTestContext({ demoData: false });
  dir = await mkdtemp(path.join(tmpdir(), 'jenjang-import-cli-'));
  tenant = await createTenant(ctx);
});
afterAll(async () => {
  await ctx.close();
  await rm(dir, { recursive: true, force: true });
});

async function jenjang(...args: string[]) {
  const result = await promisify(execFile)('npm', ['run', '--silent', 'jenjang', '--', ...args], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: ctx.urls.ownerUrl,
      DATABASE_APP_URL: ctx.urls.appUrl ?? '',
      JENJANG_LANG: 'en',
    },
    timeout: 60_000,
  });
  return result.stdout;
}

describe('npm run jenjang -- import units|positions|performance-history', () => {
  it('imports a unit file, and a second run changes nothing', async () => {
    const file = path.join(dir, 'unit-kerja.csv');
    await writeFile(
      file,
      'unit_kerja;jenis_unit\nDinas Pendidikan;Dinas\nDinas Pendidikan > Bidang SD;Bidang\n',
    );
    const first = await jenjang('import', 'units', file, '--tenant', tenant.code);
    expect(first).toContain('2 rows: 2 new');
    const second = await jenjang('import', 'units', file, '--tenant', tenant.code);
    expect(second).toContain('2 rows: 0 new, 0 updated, 2 unchanged');
    const names = await withTenant(ctx.db, tenant.id, (tx) =>
      tx.selectFrom('unit').select(['name', 'kind']).orderBy('path').execute(),
    );
    expect(names).toEqual([
      { name: 'Dinas Pendidikan', kind: 'dinas' },
      { name: 'Bidang SD', kind: 'bidang' },
    ]);
  }, 120_000);

  it('imports positions and prints the rows it refused', async () => {
    const file = path.join(dir, 'jabatan.csv');
    await writeFile(file, 'jabatan,jenis_jabatan\nPranata Komputer Ahli Pertama,Fungsional\nKepala,Tukang\n');
    const output = await jenjang('import', 'positions', file, '--tenant', tenant.code);
    expect(output).toContain('2 rows: 1 new');
    expect(output).toContain('jenis_jabatan "Tukang"');
  }, 120_000);

  it('imports SIASN’s annual appraisal records and refuses an unknown assessor', async () => {
    const employee = await buildEmployee(ctx, tenant.id, { name: 'Rahmat' });
    const assessor = await buildEmployee(ctx, tenant.id, { name: 'Siti', birthDate: '1975-01-02' });
    const file = path.join(dir, 'rw-skp22.csv');
    await writeFile(
      file,
      [
        'nip;tahun;hasilKinerja;perilakuKerja;kuadranKinerja;namaPenilai;nipNrpPenilai;statusPenilai',
        `${employee.nip};2025;1;2;;Siti;${assessor.nip};ASN`,
        `${employee.nip};2024;2;2;;Orang Luar;199001012020011999;ASN`,
      ].join('\n'),
    );
    const output = await jenjang('import', 'performance-history', file, '--tenant', tenant.code);
    expect(output).toContain('2 rows: 1 new');
    expect(output).toContain('199001012020011999');
    const kept = await withTenant(ctx.db, tenant.id, (tx) =>
      tx
        .selectFrom('performance_appraisal')
        .select(['year', 'predikat', 'source'])
        .where('employee_id', '=', employee.id)
        .execute(),
    );
    expect(kept).toEqual([{ year: 2025, predikat: 'baik', source: 'import' }]);
  }, 120_000);
});
