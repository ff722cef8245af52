import type { MessageArgs } from '../i18n/i18n.js';
import type { Answer, DialogContext, IncomingFile, StepResult } from './port.js';

// What steps do with an answer, written once: take the typed text, the option picked, the yes of
// a confirmation or the file sent; otherwise say what was wanted and ask the same question again.

/** All the helpers need of a step's context: its words. */
type Speaker = Pick<DialogContext, 't'>;

/** What a step read from an answer, or the same question asked again with the reason. */
export type Read<T> = { value: T } | { retry: StepResult };

/** The question asked again after saying `key`. */
export function askAgain(ctx: Speaker, key: string, args?: MessageArgs): { retry: StepResult } {
  return { retry: { replies: [ctx.t(key, args)], retry: true } };
}

/** Typed text (the engine has already cleaned it: NFC, spaces, empty lines); `needed` is said for anything else. */
export function expectText(ctx: Speaker, answer: Answer, needed: string): Read<string> {
  return answer.kind === 'text' ? { value: answer.text } : askAgain(ctx, needed);
}

/**
 * Typed text of min..max characters, trimmed; anything else counts as nothing typed. `refusal`
 * names the limits and the length given.
 */
export function textOfLength(ctx: Speaker, answer: Answer, limits: { min: number; max: number }, refusal: string): Read<string> {
  const text = (typedText(answer) ?? '').trim();
  const { min, max } = limits;
  return text.length < min || text.length > max ? askAgain(ctx, refusal, { min, max, length: text.length }) : { value: text };
}

/** The text typed, when text is what came (a step that also offers "skip" gets the option instead). */
export function typedText(answer: Answer): string | null {
  return answer.kind === 'text' ? answer.text : null;
}

/** The value of the option picked, when an option is what came. */
export function optionValue(answer: Answer): string | null {
  return answer.kind === 'option' ? answer.value : null;
}

/**
 * The offered item the answer picked, found again by its option value in the current data: an
 * item gone since the question was asked is not found (each step says what that means for it).
 */
export function picked<T>(answer: Answer, items: readonly T[], valueOf: (item: T) => string): T | undefined {
  return answer.kind === 'option' ? items.find((item) => valueOf(item) === answer.value) : undefined;
}

/** Whether a confirmation was answered with its `yes` option: anything else is a no. */
export function confirmed(answer: Answer, yes: string): boolean {
  return answer.kind === 'option' && answer.value === yes;
}

/**
 * A file sent (a document, or a photo where documents cannot travel: the channel and the file
 * store hold those rules); `needed` is said for anything else.
 */
export function expectFile(ctx: Speaker, answer: Answer, needed: string): Read<IncomingFile> {
  return answer.kind === 'file' ? { value: answer.file } : askAgain(ctx, needed);
}
