import type { Translate } from '../../i18n/i18n.js';
import type { Reply } from '../../dialogs/port.js';

/** Replies as terminal text: options become a numbered list to answer by number or by name. */
export function formatReplies(replies: readonly Reply[], t: Translate): string {
  return replies
    .map((reply) => {
      if (!reply.options?.length) return reply.text;
      const list = reply.options.map((o, i) => `  ${i + 1}. ${o.label}`).join('\n');
      return `${reply.text}\n${list}\n${t('console-options-hint')}`;
    })
    .join('\n\n');
}
