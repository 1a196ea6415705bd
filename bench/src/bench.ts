import { API_HELP, runApiBench } from './api-bench';
import { EMPLOYEES_HELP, runEmployeesBench } from './employees-bench';
import { GAPS_HELP, runGapsBench } from './gaps-bench';
import { IMPORT_HELP, runImportBench } from './import-bench';
import { IMPORT_BOMB_HELP, runImportBombBench } from './import-bomb-bench';
import { PHONE_HELP, runPhoneBench } from './phone-bench';
import { RESULTS_HELP, runResultsBench } from './results-bench';
import { runSurveyBench, SURVEY_HELP } from './survey-bench';

// `npm run bench -- <benchmark> [options]`: each benchmark prints its figures against the limit
// it must meet, and exits 0 whatever they are (a benchmark measures; CI decides).

const BENCHMARKS: Record<string, { summary: string; help: string; run: (args: string[]) => Promise<void> }> =
  {
    api: {
      summary: 'the full app vs a bare Fastify + pg server running the same SQL: req/s and p99 ratios',
      help: API_HELP,
      run: runApiBench,
    },
    employees: {
      summary: 'Pegawai list queries over many employees, p95 per query against the limit',
      help: EMPLOYEES_HELP,
      run: runEmployeesBench,
    },
    gaps: {
      summary: 'competency gaps of 5.6M employees: full aggregate vs hand-written SQL, per-unit view p99',
      help: GAPS_HELP,
      run: runGapsBench,
    },
    import: {
      summary: 'employee import of a synthetic SIASN CSV vs a plain COPY of the same file',
      help: IMPORT_HELP,
      run: runImportBench,
    },
    'import-bomb': {
      summary: 'crafted uploads (XLSX bombs, lying zips, wide CSV) and a real workbook: peak RSS vs 500 MB',
      help: IMPORT_BOMB_HELP,
      run: runImportBombBench,
    },
    phone: {
      summary: 'public survey and sign-in pages on a throttled phone: time until usable, bytes, initial JS',
      help: PHONE_HELP,
      run: runPhoneBench,
    },
    results: {
      summary: 'results of an SKM wave of 1,000,000 answers: time and peak RSS vs a hand-written SQL',
      help: RESULTS_HELP,
      run: runResultsBench,
    },
    survey: {
      summary: 'public SKM answers from concurrent clients: responses/s, p99, nothing lost or doubled',
      help: SURVEY_HELP,
      run: runSurveyBench,
    },
  };

function usage(): string {
  const lines = Object.entries(BENCHMARKS).map(([name, b]) => `  ${name.padEnd(12)} ${b.summary}`);
  return `Usage: npm run bench -- <benchmark> [options]\n\nBenchmarks:\n${lines.join('\n')}\n\nnpm run bench -- <benchmark> --help shows a benchmark's options.\n`;
}

const [name, ...args] = process.argv.slice(2);
const benchmark = name === undefined ? undefined : BENCHMARKS[name];
if (name === undefined || name === '--help' || name === '-h') {
  process.stdout.write(usage());
} else if (!benchmark) {
  process.stderr.write(`Unknown benchmark "${name}".\n\n${usage()}`);
  process.exitCode = 2;
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(benchmark.help);
} else {
  await benchmark.run(args);
}
