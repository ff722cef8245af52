import { RuleError } from '../services/shared/errors.js';

/** Why a plan file could not be read; `reason` is a Fluent key in locales/<lang>/plan-reader.ftl. */
export type PlanReadReason =
  'plan-read-too-big' | 'plan-read-type-refused' | 'plan-read-old-word' | 'plan-read-scanned' | 'plan-read-encrypted' | 'plan-read-empty' | 'plan-read-unreadable';

/**
 * A plan file refused with a message the person can act on. A RuleError, so the dialogs render it
 * like any other refusal; the library's own error, if any, stays in `cause` for the log.
 */
export class PlanReadError extends RuleError {
  constructor(
    override readonly reason: PlanReadReason,
    args: Record<string, string | number> = {},
    cause?: unknown,
  ) {
    super(reason, args);
    if (cause !== undefined) this.cause = cause;
  }
}
