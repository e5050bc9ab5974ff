import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The judge prompt lives as data (prompts/llm-judge.json), validated on load. */
const PromptSchema = z.object({ version: z.number(), system: z.string().min(1), user: z.string().includes('{{sources}}').includes('{{claims}}') });
export type JudgePrompt = z.infer<typeof PromptSchema>;

export function loadPrompt(): JudgePrompt {
  return PromptSchema.parse(JSON.parse(readFileSync(new URL('../../../prompts/llm-judge.json', import.meta.url), 'utf8')));
}

/** The judge's answer; anything else is malformed and retried. */
export const VerdictsSchema = z.object({
  claims: z.array(
    z.object({
      id: z.coerce.number().int(),
      verdict: z.enum(['supported', 'unsupported', 'contradicted']),
      quote: z.string().optional().default(''),
      reason: z.string().optional().default(''),
      confidence: z.number().min(0).max(1).optional(),
    }),
  ),
});
export type Verdicts = z.infer<typeof VerdictsSchema>;

/** Parses a model's reply, tolerating a ```json fence around the object. */
export function parseVerdicts(content: string, ids: number[]): Verdicts {
  const unfenced = content.trim().replace(/^```(?:json)?\s*/i, '').replace(/\s*```$/, '');
  const parsed = VerdictsSchema.parse(JSON.parse(unfenced));
  const missing = ids.filter((id) => !parsed.claims.some((c) => c.id === id));
  if (missing.length) throw new Error(`the answer has no verdict for claim(s) ${missing.join(', ')}`);
  return parsed;
}
