export {};

// `npm run bench -- <benchmark> [options]`: each benchmark prints its figures against the limit
// it must meet, and exits 0 whatever they are (a benchmark measures; CI decides). Only the chosen
// benchmark's module is loaded: the memory a benchmark measures is not the other benchmarks'
// (loading them all added ~90 MB to every RSS figure).

interface Benchmark {
  help: string;
  run: (args: string[]) => Promise<void>;
}

const BENCHMARKS: Record<string, { summary: string; load: () => Promise<Benchmark> }> = {
  api: {
    summary: 'the full app vs a bare Fastify + pg server running the same SQL: req/s and p99 ratios',
    load: async () => {
      const m = await import('./api-bench');
      return { help: m.API_HELP, run: m.runApiBench };
    },
  },
  employees: {
    summary: 'Pegawai list queries over many employees, p95 per query against the limit',
    load: async () => {
      const m = await import('./employees-bench');
      return { help: m.EMPLOYEES_HELP, run: m.runEmployeesBench };
    },
  },
  gaps: {
    summary: 'competency gaps of 5.6M employees: full aggregate vs hand-written SQL, per-unit view p99',
    load: async () => {
      const m = await import('./gaps-bench');
      return { help: m.GAPS_HELP, run: m.runGapsBench };
    },
  },
  import: {
    summary: 'employee import of a synthetic SIASN CSV vs a plain COPY of the same file',
    load: async () => {
      const m = await import('./import-bench');
      return { help: m.IMPORT_HELP, run: m.runImportBench };
    },
  },
  'import-bomb': {
    summary: 'crafted uploads (XLSX bombs, lying zips, wide CSV) and a real workbook: peak RSS vs 500 MB',
    load: async () => {
      const m = await import('./import-bomb-bench');
      return { help: m.IMPORT_BOMB_HELP, run: m.runImportBombBench };
    },
  },
  phone: {
    summary: 'public survey and sign-in pages on a throttled phone: time until usable, bytes, initial JS',
    load: async () => {
      const m = await import('./phone-bench');
      return { help: m.PHONE_HELP, run: m.runPhoneBench };
    },
  },
  mentoring: {
    summary: 'optimal mentoring pairs of 1,500 mentees and 500 mentors: time vs 2 s, total vs HiGHS',
    load: async () => {
      const m = await import('./mentoring-bench');
      return { help: m.MENTORING_HELP, run: m.runMentoringBench };
    },
  },
  promotion: {
    summary:
      'kenaikan pangkat at Jakarta scale (263,000 employees): eligibility list, rules effect vs 2 s, RSS',
    load: async () => {
      const m = await import('./promotion-bench');
      return { help: m.PROMOTION_HELP, run: m.runPromotionBench };
    },
  },
  results: {
    summary: 'results of an SKM wave of 1,000,000 answers: time and peak RSS vs a hand-written SQL',
    load: async () => {
      const m = await import('./results-bench');
      return { help: m.RESULTS_HELP, run: m.runResultsBench };
    },
  },
  selection: {
    summary: "selection of 100,000 applicants over 2,000 batches: time vs 5 s, stages vs HiGHS's ILP",
    load: async () => {
      const m = await import('./selection-bench');
      return { help: m.SELECTION_HELP, run: m.runSelectionBench };
    },
  },
  survey: {
    summary: 'public SKM answers from concurrent clients: responses/s, p99, nothing lost or doubled',
    load: async () => {
      const m = await import('./survey-bench');
      return { help: m.SURVEY_HELP, run: m.runSurveyBench };
    },
  },
  talent: {
    summary:
      'talent mapping at Jakarta scale (263,000 employees): the year placed vs 60 s, reads vs 2 s, RSS',
    load: async () => {
      const m = await import('./talent-bench');
      return { help: m.TALENT_HELP, run: m.runTalentBench };
    },
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
} else {
  const { help, run } = await benchmark.load();
  if (args.includes('--help') || args.includes('-h')) process.stdout.write(help);
  else await run(args);
}
