import { z } from '@hono/zod-openapi';
import { DEFAULT_LIMITS } from '../input.js';
import { RULE_CAP } from '../train/textModel.js';
/** Engines a request may name; nli, llm and cascade only when the server was started with their settings. */
const REQUEST_ENGINES = ['builtin', 'handset', 'nli', 'llm', 'cascade'] as const;

/** The request body of POST /v1/check (and each line of /v1/check/batch); the same zod schema validates and documents it. */
export const CheckRequestSchema = z
  .object({
    sources: z
      .array(z.object({ id: z.string().min(1).optional(), text: z.string().min(1) }).openapi('Source'))
      .min(1)
      .openapi({ description: 'The documents the text must be grounded in.' }),
    text: z.string().min(1).openapi({ description: 'The generated text to check.' }),
    question: z.string().max(DEFAULT_LIMITS.maxQuestionChars).optional().openapi({
      description: 'The question the text answers (RAG). Words and names the answer restates from it are not flagged as new; it is never cited as evidence.',
    }),
    options: z
      .object({
        topK: z.number().int().min(1).max(50).optional(),
        threshold: z.number().gt(RULE_CAP).lt(1).optional().openapi({
          description: "builtin engine only: flag a text whose P(supported) is below this, instead of the model's own threshold (or the one the server was started with, `serve --threshold`). Choose it with `groundcheck calibrate`.",
        }),
        engine: z.enum(REQUEST_ENGINES).optional().openapi({ description: 'Default: the engine the server was started with (builtin unless `serve --engine`).' }),
      })
      .optional(),
  })
  .openapi('CheckRequest');

export type CheckRequest = z.infer<typeof CheckRequestSchema>;

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'bad_request' }),
      message: z.string(),
      field: z.string().optional().openapi({ description: 'The request field at fault, as a dotted path.' }),
    }),
  })
  .openapi('Error');

/** Placeholder replaced in /openapi.json by the published JSON Schema of the Report. */
export const ReportRef = z.object({}).passthrough().openapi('Report');

/** A zod issue as one line naming the field: "sources.0.text: Too small: expected string to have >=1 characters". */
export function describeIssue(issues: { path: PropertyKey[]; message: string }[]): { message: string; field?: string } {
  const first = issues[0];
  if (!first) return { message: 'invalid request' };
  const field = first.path.map(String).join('.');
  return { message: field ? `${field}: ${first.message}` : first.message, ...(field ? { field } : {}) };
}
