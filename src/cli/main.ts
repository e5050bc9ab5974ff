#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { EngineError, InputError } from '../errors.js';
import { addEngineFlags } from './engineOptions.js';
import type { CalibrateCommandOptions } from './calibrateCommand.js';
import type { CheckCommandOptions } from './checkCommand.js';
import { DEFAULT_BENCH_FOLDERS, SERVE_DEFAULTS } from './defaults.js';
import type { EvalCommandOptions } from './evalCommand.js';
import type { ServeCommandOptions } from './serveCommand.js';
import type { TrainCommandOptions } from './trainCommand.js';
import { UsageError } from './usageError.js';

// Each command's module is imported when that command runs, so --help, a usage error or
// `check` do not load the server, training or evaluation code (CLI start-up 1.5 s -> ~0.2 s for --help).

const collect = (value: string, previous: string[]) => [...previous, value];

export function buildProgram(): Command {
  const program = new Command('groundcheck')
    .description('Check generated text against its sources: finds what it adds or changes.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str) });

  program
    .command('check')
    .description('check a generated text against one or more sources, claim by claim')
    .requiredOption('-s, --source <file>', 'source document (repeatable; "-" reads stdin)', collect, [])
    .requiredOption('-t, --text <file>', 'generated text to check ("-" reads stdin)')
    .option('--question <text>', 'the question the text answers: words the answer restates from it are not flagged (never cited as evidence)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--fail-on <verdict>', 'exit 1 when a claim is this bad or worse').choices(['unsupported', 'contradicted', 'never']).default('never'))
    .option('-q, --quiet', 'text format: only problems and the summary');
  addEngineFlags(program.commands[program.commands.length - 1])
    .action(async (opts: CheckCommandOptions) => {
      if (opts.source.length === 0) throw new UsageError('give at least one --source');
      process.exitCode = await (await import('./checkCommand.js')).runCheck(opts);
    });

  program
    .command('eval')
    .description('score labelled JSONL rows {id, dataset, doc, claim, label, spans?} and print accuracy per dataset')
    .argument('<files...>', 'JSONL files (streamed line by line)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'html']).default('text'))
    .option('-o, --out <file>', 'write the output here instead of stdout')
    .option('-p, --predictions <file>', 'append one prediction per row; a rerun skips ids already there')
    .option('--calibrate <dev.jsonl>', 'choose thresholds (per dataset) that maximise balanced accuracy on this dev file (a dataset it lacks keeps the engine\'s own); with --engine cascade and no --band, choose the band')
    .option('--strict', 'stop at the first malformed line instead of skipping it')
    .option('--threads <n>', 'worker threads (default: one per core when there are 200+ rows; 0 = main thread)');
  addEngineFlags(program.commands[program.commands.length - 1])
    .action(async (files: string[], opts: EvalCommandOptions) => {
      process.exitCode = await (await import('./evalCommand.js')).runEvalCommand(files, opts);
    });

  program
    .command('calibrate')
    .description('choose the builtin engine\'s threshold for your own labelled rows {id, doc, claim, label, dataset?}: prints it with its cross-validated balanced accuracy')
    .argument('<files...>', 'JSONL files of labelled rows, as for eval (a few hundred rows or more)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --out <file>', 'write the output here instead of stdout')
    .option('--strict', 'stop at the first malformed line instead of skipping it')
    .option('--threads <n>', 'worker threads (default: one per core when there are 200+ rows; 0 = main thread)')
    .action(async (files: string[], opts: CalibrateCommandOptions) => {
      process.exitCode = await (await import('./calibrateCommand.js')).runCalibrateCommand(files, opts);
    });

  program
    .command('serve')
    .description('HTTP API (POST /v1/check, /v1/check/batch) and the web page')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--port <n>', 'port (0 picks a free one)', '8080')
    .option('--api-key-env <name>', 'require Authorization: Bearer <key>, the key read from this environment variable')
    .option('--workers <n>', 'checks run on this many worker threads (default: one per core)')
    .option('--timeout-ms <n>', 'time budget per check; past it the answer is 503', '10000')
    .option('--max-queue <n>', 'checks waiting for a worker before new ones get 429', '64')
    .option('--max-body-bytes <n>', 'largest POST /v1/check body; larger gets 413', SERVE_DEFAULTS.maxBodyBytes)
    .option('--max-source-chars <n>', 'all sources of one check together, in UTF-16 code units; more gets 400', SERVE_DEFAULTS.maxSourceChars)
    .option('--max-text-chars <n>', 'the generated text of one check; more gets 400', SERVE_DEFAULTS.maxTextChars);
  addEngineFlags(program.commands[program.commands.length - 1])
    .action(async (opts: ServeCommandOptions) => {
      process.exitCode = await (await import('./serveCommand.js')).runServeCommand(opts);
    });

  program
    .command('train')
    .description('fit the builtin engine on <bench>/*/train.jsonl (threshold on */dev.jsonl and train rows scored out of fold)')
    .option('--bench <dir>', `benchmark folder, repeatable (default: ${DEFAULT_BENCH_FOLDERS.join(' and ')})`, collect, [])
    .option('-o, --out <file>', 'where to write the model', 'models/builtin.json')
    .option('--seed <n>', 'random seed (same data + seed = same model)', '42')
    .option('--threads <n>', 'worker threads for feature extraction (default: one per core, up to 4)')
    .option('--kind <kind>', 'claim model: mean (logistic regression and boosted trees, log-odds averaged), logistic (fits in seconds) or gbdt', 'mean')
    .action(async (opts: TrainCommandOptions) => {
      process.exitCode = await (await import('./trainCommand.js')).runTrainCommand(opts);
    });
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError || e instanceof InputError) {
      process.stderr.write(`groundcheck: ${e.message}\n`);
      return 2;
    }
    if (e instanceof EngineError) {
      process.stderr.write(`groundcheck: ${e.message}\n`);
      return 3;
    }
    process.stderr.write(`groundcheck: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return 3;
  }
}

process.exitCode = await main(process.argv);
