import { InputError } from '../errors.js';
import type { CheckOptions } from '../types.js';
import { builtinEngine } from './builtin.js';
import { cascadeEngine } from './cascade.js';
import type { Engine } from './engine.js';
import { handsetEngine } from './handset.js';
import { llmEngine } from './llm/llmEngine.js';
import { nliEngine } from './nli/nliEngine.js';

export const KNOWN_ENGINES = ['builtin', 'handset', 'nli', 'llm', 'cascade'] as const;
export type EngineName = (typeof KNOWN_ENGINES)[number];

/** One factory per engine; a missing one is a compile error. Heavy engines load once per configuration. */
const FACTORIES: Record<EngineName, (o: CheckOptions) => Promise<Engine>> = {
  builtin: async (o) => builtinEngine(o.threshold),
  handset: async () => handsetEngine,
  nli: async (o) => {
    if (!o.nli?.model) throw new InputError('the nli engine needs a model: options.nli.model (CLI: --model <folder>)', 'options.nli.model');
    return nliEngine(o.nli);
  },
  llm: async (o) => {
    if (!o.llm?.url || !o.llm.model) throw new InputError('the llm engine needs options.llm.url and options.llm.model (CLI: --llm-url, --llm-model)', 'options.llm');
    return llmEngine(o.llm);
  },
  cascade: async (o) => {
    const to = o.cascade?.escalateTo ?? (o.nli ? 'nli' : 'llm');
    const heavy = await FACTORIES[to]({ ...o, engine: to });
    return cascadeEngine(builtinEngine(), heavy, o.cascade?.band ?? [0.3, 0.7]);
  },
};

const loaded = new Map<string, Promise<Engine>>();

/** The engine a check's options ask for (default builtin), loaded once per distinct configuration. */
export function resolveEngine(options: CheckOptions = {}): Promise<Engine> {
  const name = options.engine ?? 'builtin';
  if (!(KNOWN_ENGINES as readonly string[]).includes(name)) {
    return Promise.reject(new InputError(`unknown engine "${name}"; available: ${KNOWN_ENGINES.join(', ')}`, 'options.engine'));
  }
  // builtin is cheap to build (its model is loaded once) and the threshold may differ per request: not kept here
  if (name === 'builtin') return FACTORIES.builtin(options);
  const key = JSON.stringify([name, options.nli ?? null, options.llm ?? null, options.cascade ?? null]);
  let engine = loaded.get(key);
  if (!engine) {
    engine = FACTORIES[name as EngineName](options);
    loaded.set(key, engine);
    engine.catch(() => loaded.delete(key));
  }
  return engine;
}
