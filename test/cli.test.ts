import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist', 'cli', 'main.js');
const ex = (name: string) => join(root, 'examples', name);

function run(args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  if (!opts.env || !('FORCE_COLOR' in opts.env)) delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { input: opts.input, env, encoding: 'utf8', cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('check prints each claim with its verdict, reasons and evidence, and a summary', () => {
  const r = run(['check', '--source', ex('news-article.txt'), '--text', ex('news-bullets.md')]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /✗ contradicted .*\[580 million euros\]/);
  assert.match(r.stdout, /↳ the source gives “480 million euros”, not “580 million euros”/);
  assert.match(r.stdout, /evidence \[.*news-article\.txt \d+-\d+\]: /);
  assert.match(r.stdout, /CONTRADICTED {2}6 claims: \d supported, \d unsupported, \d contradicted/);
  assert.doesNotMatch(r.stdout, /\x1b\[/, 'no colour when stdout is not a terminal');
});

test('FORCE_COLOR colours the output and NO_COLOR wins over it', () => {
  const args = ['check', '-s', ex('news-article.txt'), '-t', ex('news-bullets.md')];
  assert.match(run(args, { env: { FORCE_COLOR: '1' } }).stdout, /\x1b\[/);
  assert.doesNotMatch(run(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout, /\x1b\[/);
});

test('--format json prints the report with sources named after their files, text read from stdin', () => {
  const r = run(['check', '-s', ex('rag-policy.txt'), '-s', ex('rag-shipping.txt'), '-t', '-', '--format', 'json'], { input: '- We ship to Canada.\n- We ship to Mexico.' });
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(report), ['verdict', 'score', 'claims', 'sources', 'engine', 'timings']);
  assert.deepEqual(report.claims.map((c: { verdict: string }) => c.verdict), ['supported', 'unsupported']);
  assert.equal(report.claims[1].spans[0].text, 'Mexico');
  assert.equal(report.claims[1].start, '- We ship to Canada.\n- '.length);
  assert.deepEqual(report.sources.map((s: { id: string }) => s.id), [ex('rag-policy.txt'), ex('rag-shipping.txt')].map((p) => p));
});

test('--question: a name the answer restates from the question is not flagged', () => {
  const args = ['check', '-s', ex('rag-policy.txt'), '-s', ex('rag-shipping.txt'), '-t', '-', '--format', 'json'];
  const input = 'We ship to Canada for Acme Outfitters customers.';
  const plain = JSON.parse(run(args, { input }).stdout);
  assert.ok(plain.claims[0].spans.some((s: { text: string }) => s.text.includes('Acme')), JSON.stringify(plain.claims[0].spans));
  const r = run([...args, '--question', 'Do you ship to Canada for Acme Outfitters customers?'], { input });
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.ok(!report.claims[0].spans.some((s: { text: string }) => s.text.includes('Acme')), JSON.stringify(report.claims[0].spans));
});

test('--threshold moves where check flags a text (with --fail-on for a CI gate)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gc-cli-'));
  const answer = join(dir, 'answer.txt');
  writeFileSync(answer, 'Returned items are usually refunded quickly.');
  const own = JSON.parse(run(['check', '-s', ex('rag-policy.txt'), '-t', answer, '-f', 'json']).stdout) as { score: number };
  const at = (t: number) => run(['check', '-s', ex('rag-policy.txt'), '-t', answer, '--threshold', t.toFixed(3), '--fail-on', 'unsupported', '-q']);
  assert.equal(at(own.score - 0.08).code, 0);
  const strict = at(own.score + 0.08);
  assert.equal(strict.code, 1, strict.stderr);
  assert.match(strict.stdout, /unsupported/i);
});

test('--fail-on sets exit code 1 only when a claim is that bad or worse', () => {
  const rag = ['check', '-s', ex('rag-policy.txt'), '-s', ex('rag-shipping.txt'), '-t', ex('rag-answer.txt'), '-q'];
  assert.equal(run([...rag, '--fail-on', 'unsupported']).code, 1);
  assert.equal(run([...rag, '--fail-on', 'contradicted']).code, 0);
  assert.equal(run([...rag, '--fail-on', 'never']).code, 0);
  assert.equal(run(['check', '-s', ex('news-article.txt'), '-t', ex('news-bullets.md'), '--fail-on', 'contradicted']).code, 1);
});

test('--quiet shows only the problems and the summary', () => {
  const r = run(['check', '-s', ex('rag-policy.txt'), '-s', ex('rag-shipping.txt'), '-t', ex('rag-answer.txt'), '--quiet']);
  assert.doesNotMatch(r.stdout, /✓ supported/);
  assert.match(r.stdout, /\? unsupported .*Mexico/);
  assert.match(r.stdout, /UNSUPPORTED {2}5 claims/);
});

test('usage errors and unreadable input exit 2 with one line on stderr', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gc-cli-'));
  const binary = join(dir, 'image.png');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  const latin1 = join(dir, 'latin1.txt');
  writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20]));
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, ' \n');
  const cases: [string[], RegExp][] = [
    [['check', '-s', join(dir, 'missing.txt'), '-t', ex('rag-answer.txt')], /cannot read .*missing\.txt: no such file/],
    [['check', '-s', dir, '-t', ex('rag-answer.txt')], /it is a directory/],
    [['check', '-s', binary, '-t', ex('rag-answer.txt')], /looks like a binary file/],
    [['check', '-s', latin1, '-t', ex('rag-answer.txt')], /not valid UTF-8/],
    [['check', '-s', ex('rag-policy.txt'), '-t', empty], /empty/],
    [['check', '-t', ex('rag-answer.txt')], /give at least one --source/],
    [['check', '-s', ex('rag-policy.txt')], /required option/],
    [['check', '-s', '-', '-t', '-'], /only one of --source\/--text can read standard input/],
    [['check', '-s', ex('rag-policy.txt'), '-t', ex('rag-answer.txt'), '--format', 'xml'], /argument 'xml' is invalid/],
    [['frobnicate'], /unknown command/],
    [['eval', ex('rag-answer.txt'), '--threads', '99'], /--threads must be a whole number from 0 to 64 \(got 99\)/],
    [['check', '-s', ex('rag-policy.txt'), '-t', ex('rag-answer.txt'), '--engine', 'nli', '--model', 'm', '--nli-threads', '0'], /--nli-threads must be a whole number ≥ 1/],
    [['check', '-s', ex('rag-policy.txt'), '-t', ex('rag-answer.txt'), '--threshold', '1.2'], /--threshold must be a number above 0\.05 and below 1 \(got 1\.2\)/],
    [['check', '-s', ex('rag-policy.txt'), '-t', ex('rag-answer.txt'), '--threshold', 'high'], /--threshold must be a number/],
    [['check', '-s', ex('rag-policy.txt'), '-t', ex('rag-answer.txt'), '--threshold', '0.4', '-e', 'handset'], /--threshold applies to the builtin engine only/],
    [['calibrate', join(dir, 'missing.jsonl')], /cannot read file .*missing\.jsonl/],
  ];
  for (const [args, message] of cases) {
    const r = run(args, { input: '' });
    assert.equal(r.code, 2, `${args.join(' ')} -> ${r.code}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '');
  }
});

test('--help exits 0 and lists the options', () => {
  const r = run(['check', '--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /--fail-on <verdict>/);
});

test('serve --help shows the server\'s own defaults, kept apart so help loads no server code', async () => {
  const { DEFAULT_SERVER_OPTIONS } = await import('../src/server/app.js');
  const r = run(['serve', '--help']);
  assert.equal(r.code, 0);
  const shown = (flag: string) => new RegExp(`${flag} <n>[\\s\\S]*?\\(default: "(\\d+)"\\)`).exec(r.stdout)?.[1];
  assert.equal(shown('--max-body-bytes'), String(DEFAULT_SERVER_OPTIONS.maxBodyBytes));
  assert.equal(shown('--max-source-chars'), String(DEFAULT_SERVER_OPTIONS.maxSourceChars));
  assert.equal(shown('--max-text-chars'), String(DEFAULT_SERVER_OPTIONS.maxTextChars));
});

test('check --engine nli runs a local ONNX model and prints a Report', async () => {
  const { buildTinyNli } = await import('./fixtures/tinyNli.js');
  const model = buildTinyNli();
  const r = run(['check', '-s', '-', '-t', ex('rag-answer.txt'), '--engine', 'nli', '--model', model, '--format', 'json'], { input: 'The report says yes. The report says filler.' });
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.engine, 'nli');
  assert.ok(report.claims.length >= 4);
});

test('heavy engines without their settings are usage errors', () => {
  const base = ['check', '-s', ex('rag-policy.txt'), '-t', ex('rag-answer.txt')];
  assert.match(run([...base, '--engine', 'nli']).stderr, /needs a model/);
  assert.equal(run([...base, '--engine', 'llm']).code, 2);
  assert.match(run([...base, '--engine', 'nli', '--model', 'someone/some-model']).stderr, /--allow-download/);
  assert.match(run([...base, '--band', '0.8:0.2']).stderr, /--band must be low:high/);
});

test('train fits a model on a small bench folder and logs the figures of each model kind and of their mean, which it keeps', () => {
  const bench = mkdtempSync(join(tmpdir(), 'gc-train-'));
  mkdirSync(join(bench, 'tiny'));
  const towns = ['Aldbury', 'Brixham', 'Corfe', 'Dunster', 'Eyam', 'Fowey', 'Goring', 'Hythe', 'Ilsley', 'Jevington'];
  const rows = (split: string, n: number) =>
    Array.from({ length: n }, (_, i) => {
      const town = towns[i % towns.length];
      const doc = `The council of ${town} approved a new library in ${2000 + i}. It will open next spring and hold ${100 + i} thousand books.`;
      const claim = i % 2 === 0 ? `${town} approved a new library in ${2000 + i}.` : `${town} approved a new library in ${2000 + i}, designed by Maria Olsen for ${900 + i} million euros.`;
      return JSON.stringify({ id: `${split}-${i}`, doc, claim, label: i % 2 === 0 ? 1 : 0 });
    }).join('\n') + '\n';
  writeFileSync(join(bench, 'tiny', 'train.jsonl'), rows('train', 40));
  writeFileSync(join(bench, 'tiny', 'dev.jsonl'), rows('dev', 20));
  const out = join(bench, 'model.json');
  const r = run(['train', '--bench', bench, '--out', out, '--threads', '0']);
  assert.equal(r.code, 0, r.stderr);
  const model = JSON.parse(readFileSync(out, 'utf8'));
  const { logistic, gbdt, mean } = model.training.candidates;
  const figures = (k: string) => `logistic ${logistic[k].toFixed(3)}, gbdt ${gbdt[k].toFixed(3)}, mean ${mean[k].toFixed(3)}`;
  assert.ok(r.stderr.includes(`on dev and out-of-fold train rows: ${figures('pooledMacroBalancedAccuracy')} (dev alone: ${figures('devMacroBalancedAccuracy')})`), r.stderr);
  assert.equal(model.model.type, 'mean');
  assert.equal(model.threshold, mean.threshold);
  assert.match(r.stderr, /kept mean\n/);
  assert.ok(model.training.data.some((d: { file: string }) => d.file === 'tiny/train.jsonl'), 'the model names the data it was fitted on');
  // one kind alone, for users who retrain on their own rows and want it in seconds
  const logisticOut = join(bench, 'logistic.json');
  const alone = run(['train', '--bench', bench, '--out', logisticOut, '--threads', '0', '--kind', 'logistic']);
  assert.equal(alone.code, 0, alone.stderr);
  const logisticModel = JSON.parse(readFileSync(logisticOut, 'utf8'));
  assert.equal(logisticModel.model.type, 'logistic');
  assert.deepEqual(Object.keys(logisticModel.training.candidates), ['logistic']);
  const wrong = run(['train', '--bench', bench, '--out', join(bench, 'x.json'), '--kind', 'forest']);
  assert.equal(wrong.code, 2, wrong.stderr);
  assert.match(wrong.stderr, /--kind must be one of logistic, gbdt, mean \(got "forest"\)/);
  assert.ok(!existsSync(join(bench, 'x.json')), 'nothing written on a usage error');
});
