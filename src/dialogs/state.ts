import { z } from 'zod';
import type { StoredBlob } from '../services/shared/file-store.js';
import type { Answer, DialogContext, StepHandler, StepResult } from './port.js';

// A dialog's state is kept in the database between messages and outlives a deploy: each step says
// what it expects back, and state saved by an earlier version that no longer fits ends the dialog
// (the engine says so) instead of reaching the step half-formed.

/**
 * A step that reads `state` back: `run` receives it typed. Fields the schema does not name are
 * dropped, so a step lists everything it carries on to the next one.
 */
export function step<S extends z.ZodType<object>>(state: S, run: (ctx: DialogContext, data: z.output<S>, answer: Answer) => Promise<StepResult>): StepHandler {
  return {
    resume(data) {
      const parsed = state.safeParse(data);
      return parsed.success ? (ctx, answer) => run(ctx, parsed.data, answer) : null;
    },
  };
}

/** The state of a step that remembers nothing but its question. */
export const NO_STATE = z.object({});

/** A file received earlier in the dialog (evidence, an attestation), stored until the dialog saves it. */
export const storedBlob: z.ZodType<StoredBlob> = z.object({
  sha256: z.string(),
  storageKey: z.string(),
  size: z.number(),
  mime: z.string(),
  originalName: z.string(),
});
