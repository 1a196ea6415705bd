import { Command } from 'commander';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { listTenants } from '../db/owner';
import { verifyAuditChain } from '../features/audit/audit-verify';
import { translate } from '../i18n/translate';
import { ensureDemoData } from '../seed/demo-data';
import { createAccountCommand } from './account-command';
import { backupCommand, restoreCommand } from './backup-command';
import { cliLocale, operatorMessage } from './cli-error';
import { importEmployeesCommand } from './import-command';

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
  .description('recompute every tenant’s hash chain; exits 1 if any entry was altered or removed')
  .option('--lang <id|en>', 'language of the report (default: JENJANG_LANG, else id)', cliLocale)
  .action(async (options: { lang: string }) => {
    const locale = options.lang === 'en' ? 'en' : 'id';
    const database = await openDatabase(loadConfig(), log);
    let broken = false;
    let count = 0;
    try {
      const tenants = await listTenants(database.urls);
      for (const tenant of tenants) {
        const report = await verifyAuditChain(database.db, tenant.id);
        count += report.entries;
        if (!report.ok) {
          broken = true;
          console.log(
            translate(locale, 'audit.broken', {
              tenant: tenant.name,
              seq: report.seq,
              reason: report.reason,
            }),
          );
        }
      }
      if (!broken) console.log(translate(locale, 'audit.ok', { count, tenants: tenants.length }));
    } finally {
      await database.close();
    }
    process.exitCode = broken ? 1 : 0;
  });

const importer = program.command('import').description('import data files');
importer
  .command('employees')
  .description('import employees from a SIASN "data utama" or Jenjang-template file (CSV or XLSX)')
  .argument('<file>', 'the CSV or XLSX file')
  .requiredOption('--tenant <code>', 'tenant code (e.g. 21.72) or slug (e.g. tanjungpinang)')
  .option('--lang <id|en>', 'language of the messages (default: JENJANG_LANG, else id)', cliLocale)
  .action(importEmployeesCommand);

const account = program.command('account').description('accounts');
account
  .command('create')
  .description('create an account and print its one-time set-password link')
  .requiredOption('--tenant <code>', 'tenant code (e.g. 21.72) or slug (e.g. tanjungpinang)')
  .requiredOption('--username <name>', 'login name: lowercase letters, digits, . _ -')
  .requiredOption('--name <display name>', 'name shown in the app')
  .requiredOption('--role <role>', 'admin | pimpinan | atasan | pegawai | mitra | auditor | nasional')
  .option('--nip <nip>', 'link to this employee (lets them sign in with their NIP)')
  .option('--scope-unit <id>', 'limit the account to this unit and its subtree')
  .option('--email <address>', 'where survey reminders go by e-mail (with SMTP_URL set)')
  .option('--base-url <url>', 'address the link should point to', 'http://localhost:3000')
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
