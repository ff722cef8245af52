import { RuleError } from '../../src/services/shared/errors.js';

/** The RuleError a promise rejects with; fails the test when it resolves or throws anything else. */
export async function refusal(promise: Promise<unknown>): Promise<{ reason: string; args: Record<string, string | number> }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof RuleError)) throw new Error(`expected a RuleError, got ${String(error)}`);
  return { reason: error.reason, args: error.args };
}
