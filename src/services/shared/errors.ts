/**
 * A rule refused the request. `reason` names a Fluent message (the dialogs render it in the
 * member's language), so services stay free of user-facing text.
 */
export class RuleError extends Error {
  constructor(
    readonly reason: string,
    readonly args: Record<string, string | number> = {},
  ) {
    super(reason);
  }
}
