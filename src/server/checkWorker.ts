import { parentPort, workerData } from 'node:worker_threads';
import { analyze, check } from '../check.js';
import { resolveEngine } from '../engines/registry.js';
import { InputError } from '../errors.js';
import type { CheckInput } from '../types.js';

/** Worker-thread entry for the server: runs check() off the event loop so /healthz always answers. */
parentPort!.on('message', async (m: { seq: number; input: CheckInput }) => {
  try {
    parentPort!.postMessage({ seq: m.seq, report: await check(m.input) });
  } catch (e) {
    const err = e as Error;
    parentPort!.postMessage({ seq: m.seq, error: { input: e instanceof InputError, message: err.message, field: (e as InputError).field } });
  }
});
// load the engine the server runs before saying ready, so the first request does not pay for it, and
// read what every first check reads (the NLP model's data, WordNet, word vectors, and the name tagger
// that labels a new name): analysis only, so a remote engine is never called here
const warmup = (workerData as { engine?: CheckInput['options'] } | null)?.engine;
const WARM_UP: CheckInput = {
  sources: [{ text: 'The council approved the new tram line on Monday. It will cost 120 million euros.' }],
  text: 'Mayor Lena Ortiz announced at City Hall that the council approved a 150 million euro tram line.',
};
resolveEngine(warmup).then(
  () => {
    analyze(WARM_UP);
    parentPort!.postMessage({ ready: true });
  },
  (e: Error) => parentPort!.postMessage({ ready: false, error: e.message }),
);
