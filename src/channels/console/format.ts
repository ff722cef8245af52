import { formatNumber } from '../../domain/numbers.js';
import type { Translate } from '../../i18n/i18n.js';
import type { Reply } from '../../dialogs/port.js';

/**
 * Replies as terminal text: options become a numbered list to answer by number or by name; a
 * picture or a file is mentioned, since a terminal cannot show it.
 */
export function formatReplies(replies: readonly Reply[], t: Translate): string {
  return replies
    .map((reply) => {
      const parts = [reply.text];
      if (reply.options?.length) {
        parts.push(reply.options.map((o, i) => `  ${i + 1}. ${o.label}`).join('\n'), t('console-options-hint'));
      }
      if (reply.image) parts.push(t('console-image-note'));
      if (reply.document) parts.push(t('console-document-note', { name: reply.document.name, kb: formatNumber(reply.document.bytes.byteLength / 1024, 1) }));
      return parts.join('\n');
    })
    .join('\n\n');
}
