/**
 * A reason the program cannot start that the operator can fix (a setting, the database, a
 * folder, a port). Its message is what they read: Vietnamese, then English, naming the variable
 * and the fix; it is shown alone, without a stack trace. `cause` keeps the underlying error for
 * the debug log.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}
