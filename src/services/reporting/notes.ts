import { cleanLines, NOTE_MAX } from '../../domain/text.js';
import { RuleError } from '../shared/errors.js';

/**
 * A typed note, reason or explanation as it is stored: cleaned as dialogs clean typed text (its
 * lines kept), null when nothing is left. Past NOTE_MAX it is refused, never cut: what the person
 * confirmed is what is kept.
 */
export function storedNote(raw: string | null): string | null {
  const note = raw === null ? '' : cleanLines(raw);
  if (note.length > NOTE_MAX) throw new RuleError('answer-too-long', { length: note.length, max: NOTE_MAX });
  return note === '' ? null : note;
}
