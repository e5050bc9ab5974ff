export { check } from './check.js';
export { InputError } from './errors.js';
export { DEFAULT_LIMITS } from './input.js';
export type { Engine, EngineInput, Assessment } from './engines/engine.js';
export type * from './types.js';
