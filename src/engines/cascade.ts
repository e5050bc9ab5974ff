import type { Engine, EngineContext, EngineInput, TextAssessment } from './engine.js';

/**
 * Builtin first; only the claims whose builtin score falls inside `band` go to the heavier engine,
 * so users pay for the neural model or the LLM only where the fast one is unsure. Each claim says
 * which engine decided it; the text score is the lowest claim score.
 */
export function cascadeEngine(fast: Engine, heavy: Engine, band: [number, number]): Engine {
  const [low, high] = band;
  return {
    name: `cascade(${fast.name}→${heavy.name})`,
    threshold: heavy.threshold,
    async assess(inputs: EngineInput[], context: EngineContext): Promise<TextAssessment> {
      const first = await fast.assess(inputs, context);
      const escalate = first.claims.map((c, i) => (c.score >= low && c.score <= high ? i : -1)).filter((i) => i >= 0);
      const claims = first.claims.map((c) => ({ ...c, engine: fast.name }));
      let usage = first.usage;
      if (escalate.length > 0) {
        const second = await heavy.assess(escalate.map((i) => inputs[i]), context);
        escalate.forEach((i, k) => (claims[i] = { ...second.claims[k], engine: heavy.name }));
        usage = second.usage;
      }
      return { claims, score: claims.length ? Math.min(...claims.map((c) => c.score)) : 1, ...(usage ? { usage } : {}) };
    },
  };
}
