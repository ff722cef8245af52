import type { Translate } from '../../i18n/i18n.js';
import type { Reply } from '../../dialogs/port.js';

/**
 * Replies as terminal text: options become a numbered list to answer by number or by name; a
 * picture is mentioned, since a terminal cannot show it, and a file by where it was saved
 * (`documentNotes`, by reply).
 */
export function formatReplies(replies: readonly Reply[], t: Translate, documentNotes: ReadonlyMap<Reply, string> = new Map()): string {
  return replies
    .map((reply) => {
      const parts = [reply.text];
      if (reply.options?.length) {
        parts.push(reply.options.map((o, i) => `  ${i + 1}. ${o.label}`).join('\n'), t('console-options-hint'));
      }
      if (reply.image) parts.push(t('console-image-note'));
      const note = documentNotes.get(reply);
      if (note) parts.push(note);
      return parts.join('\n');
    })
    .join('\n\n');
}
