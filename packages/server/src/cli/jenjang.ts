import { Command } from 'commander';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { ensureDemoData } from '../seed/demo-data';
import { createAccountCommand } from './account-command';
import { auditHeadCommand, auditVerifyCommand } from './audit-command';
import { backupCommand, restoreCommand } from './backup-command';
import { cliLocale, operatorMessage } from './cli-error';
import { importCommand } from './import-command';
import { tenantCreateCommand } from './tenant-command';

const program = new Command('jenjang')
  .description(
    'Jenjang command line. Settings come from the same environment variables as the server (README.md).',
  )
  .showHelpAfterError();

const log = (message: string) => console.error(`[jenjang] ${message}`);

program
  .command('migrate')
  .description('apply pending database migrations (the server also does this at start)')
  .action(async () => {
    const database = await openDatabase(loadConfig(), log);
    await database.close();
  });

program
  .command('demo-data')
  .description('load the five demo governments if they are not there yet')
  .option('--scale <factor>', 'multiply the number of demo employees', '1')
  .action(async (options: { scale: string }) => {
    const database = await openDatabase(loadConfig(), log);
    try {
      await ensureDemoData(database, log, { scale: Number(options.scale) });
    } finally {
      await database.close();
    }
  });

const audit = program.command('audit').description('audit log tools');
audit
  .command('verify')
  .description(
    'recompute every government’s hash chain; with --anchor, also check that each head in FILE is still there unchanged (entries cut off the end or a rewritten chain); exits 1 if anything is wrong',
  )
  .option('--anchor <file>', 'JSON lines printed earlier by `jenjang audit head`')
  .option('--tenant <code>', 'only this government (code, e.g. 21.72, or slug)')
  .option('--lang <id|en>', 'language of the report (default: JENJANG_LANG, else id)', cliLocale)
  .action(auditVerifyCommand);
audit
  .command('head')
  .description(
    'print each government’s chain head as a JSON line {tenant, seq, hash, at}: keep it outside this server (print, e-mail, archive) as an anchor for `audit verify --anchor`',
  )
  .option('--tenant <code>', 'only this government (code, e.g. 21.72, or slug)')
  .option(
    '--out <file>',
    'append the lines to FILE instead of printing them (use this rather than `>> FILE`: npm prints its own lines on standard output too)',
  )
  .addHelpText(
    'after',
    '\nExample (e.g. daily, from cron):\n  npm run jenjang -- audit head --out /mnt/arsip/jenjang-anchors.jsonl',
  )
  .action(auditHeadCommand);

const importer = program.command('import').description('import data files');
importer
  .command('employees')
  .description('import employees from a SIASN "data utama" or Jenjang-template file (CSV or XLSX)')
  .argument('<file>', 'the CSV or XLSX file')
  .requiredOption('--tenant <code>', 'tenant code (e.g. 21.72) or slug (e.g. tanjungpinang)')
  .option('--lang <id|en>', 'language of the messages (default: JENJANG_LANG, else id)', cliLocale)
  .action(importCommand('employees'));
importer
  .command('units')
  .description(
    'import work units by path ("Dinas Pendidikan > Bidang SD") or by name and parent name (CSV or XLSX); missing units are created, existing ones left as they are',
  )
  .argument('<file>', 'the CSV or XLSX file')
  .requiredOption('--tenant <code>', 'tenant code (e.g. 21.72) or slug (e.g. tanjungpinang)')
  .option('--lang <id|en>', 'language of the messages (default: JENJANG_LANG, else id)', cliLocale)
  .action(importCommand('units'));
importer
  .command('positions')
  .description(
    'import positions (jabatan) with kind and jenjang (CSV or XLSX); a name that exists is updated',
  )
  .argument('<file>', 'the CSV or XLSX file')
  .requiredOption('--tenant <code>', 'tenant code (e.g. 21.72) or slug (e.g. tanjungpinang)')
  .option('--lang <id|en>', 'language of the messages (default: JENJANG_LANG, else id)', cliLocale)
  .action(importCommand('positions'));
importer
  .command('performance-history')
  .description(
    "import appraisal history in SIASN's shape (CSV or XLSX): annual records (rw-skp22: tahun, hasilKinerja, perilakuKerja, kuadranKinerja, the assessor) or periodic ones (with start and end month); an assessor's NIP must be known, and an appraisal made in Jenjang is kept unless the row rates the same",
  )
  .argument('<file>', 'the CSV or XLSX file')
  .requiredOption('--tenant <code>', 'tenant code (e.g. 21.72) or slug (e.g. tanjungpinang)')
  .option('--lang <id|en>', 'language of the messages (default: JENJANG_LANG, else id)', cliLocale)
  .action(importCommand('performance-history'));

const tenant = program.command('tenant').description('governments (tenants)');
tenant
  .command('create')
  .description(
    "set up a real government and its first admin (no password yet); prints a one-time link to set the admin's password",
  )
  .requiredOption('--code <code>', 'Kemendagri region code: 21.72 for a kota or kabupaten, 21 for a provinsi')
  .requiredOption('--name <name>', 'the government\'s name, e.g. "Kota Tanjungpinang"')
  .requiredOption('--type <type>', 'provinsi | kabupaten | kota')
  .option(
    '--timezone <zone>',
    'Asia/Jakarta (WIB) | Asia/Makassar (WITA) | Asia/Jayapura (WIT)',
    'Asia/Jakarta',
  )
  .option(
    '--slug <slug>',
    'short name for --tenant options (default: from the name, e.g. kota-tanjungpinang)',
  )
  .option('--admin-username <name>', "the first admin's login name (default: admin.<slug>)")
  .option('--admin-name <display name>', "the first admin's name in the app (default: Admin <name>)")
  .option('--admin-email <address>', 'where survey reminders go by e-mail (with SMTP_URL set)')
  .addHelpText(
    'after',
    '\nExample:\n  npm run jenjang -- tenant create --code 21.72 --name "Kota Tanjungpinang" --type kota\n\nThe link uses PUBLIC_URL when set, else the address of the server running on this data directory, else it is only the path (/set-password?token=…) to put after the address users reach Jenjang at.',
  )
  .action(tenantCreateCommand);

const account = program.command('account').description('accounts');
account
  .command('create')
  .description('create an account and print its one-time set-password link')
  .option(
    '--tenant <code>',
    'tenant code (e.g. 21.72) or slug (e.g. tanjungpinang); leave out for --role nasional (the national tenant)',
  )
  .requiredOption('--username <name>', 'login name: lowercase letters, digits, . _ -')
  .requiredOption('--name <display name>', 'name shown in the app')
  .requiredOption('--role <role>', 'admin | pimpinan | atasan | pegawai | mitra | auditor | nasional')
  .option('--nip <nip>', 'link to this employee (lets them sign in with their NIP)')
  .option('--scope-unit <id>', 'limit the account to this unit and its subtree')
  .option('--email <address>', 'where survey reminders go by e-mail (with SMTP_URL set)')
  .option(
    '--base-url <url>',
    'address the link should point to (default: PUBLIC_URL, else the server running on this data directory, else only the path)',
  )
  .action(createAccountCommand);

program
  .command('backup')
  .description('write a consistent copy of the embedded database to FILE (the server may keep running)')
  .argument('<file>', 'backup file to write, e.g. jenjang-2026-11-23.backup.gz')
  .action(backupCommand);

program
  .command('restore')
  .description(
    'replace the embedded database with a backup; refused while a server runs on the data directory; works on a new machine',
  )
  .argument('<file>', 'backup file written by `jenjang backup`')
  .option('--force', 'replace a database that already holds data')
  .action(restoreCommand);

try {
  await program.parseAsync();
} catch (error) {
  const message = operatorMessage(error);
  if (message === null) throw error;
  console.error(message);
  process.exitCode = 1;
}
