import type { InlineKeyboardMarkup } from 'grammy/types';
import type { Option, Reply } from '../../dialogs/port.js';
import type { Translate } from '../../i18n/i18n.js';
import { CHANNEL_CAPABILITIES } from '../../domain/channels.js';
import { splitText as splitMessages } from '../../domain/messages.js';
import { encodeChoice } from './callback-data.js';

// Reply → what to send on Telegram, as plain data (client.ts makes the API calls).

export const TEXT_MAX: number = CHANNEL_CAPABILITIES.TELEGRAM.messageMax;
export const CAPTION_MAX = 1024;
/** Longer labels are cut: a button shows one line on a phone. */
export const BUTTON_LABEL_MAX = 64;

export type Outgoing =
  | { kind: 'text'; text: string; keyboard?: InlineKeyboardMarkup }
  | { kind: 'photo'; png: Uint8Array; key: string; caption?: string; keyboard?: InlineKeyboardMarkup }
  | { kind: 'document'; name: string; bytes: Uint8Array; caption?: string; keyboard?: InlineKeyboardMarkup };

export function cutLabel(label: string, max = BUTTON_LABEL_MAX): string {
  const chars = [...label.trim()];
  return chars.length <= max
    ? chars.join('')
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** One button per row, each carrying "c:<version>:<value>"; null when a value is too long for button data. */
export function keyboardOf(options: readonly Option[], version: number): InlineKeyboardMarkup | null {
  const rows = [];
  for (const o of options) {
    const data = encodeChoice(version, o.value);
    if (data === null) return null;
    rows.push([{ text: cutLabel(o.label), callback_data: data }]);
  }
  return { inline_keyboard: rows };
}

/** Text in Telegram messages. The splitting itself is domain/messages.ts's. */
export function splitText(text: string, max: number = TEXT_MAX): string[] {
  return splitMessages(text, max);
}

/** Text messages, the keyboard under the last one. */
function textMessages(text: string, keyboard: InlineKeyboardMarkup | undefined): Outgoing[] {
  const chunks = splitText(text);
  return chunks.map((chunk, i) => (i === chunks.length - 1 && keyboard ? { kind: 'text', text: chunk, keyboard } : { kind: 'text', text: chunk }));
}

/**
 * A reply as Telegram messages: options as an inline keyboard (or, when a value cannot fit in
 * button data, as a numbered list to answer by typing); a picture or a document with the text as
 * its caption when the caption fits, otherwise followed by the text.
 */
export function formatReply(reply: Reply, t: Translate): Outgoing[] {
  let text = reply.text;
  let keyboard: InlineKeyboardMarkup | undefined;
  if (reply.options?.length) {
    const built = keyboardOf(reply.options, reply.version ?? 0);
    if (built) keyboard = built;
    else text = [text, ...reply.options.map((o, i) => `${i + 1}. ${o.label}`), t('tg-options-type-number')].join('\n');
  }
  // The Mini App's button goes under the choices, if any (both are inline buttons).
  if (reply.webApp) keyboard = { inline_keyboard: [...(keyboard?.inline_keyboard ?? []), [{ text: cutLabel(reply.webApp.label), web_app: { url: reply.webApp.url } }]] };
  const media = reply.image
    ? ({ kind: 'photo', png: reply.image.png, key: reply.image.key } as const)
    : reply.document
      ? ({ kind: 'document', name: reply.document.name, bytes: reply.document.bytes } as const)
      : null;
  if (!media) return textMessages(text, keyboard);
  const caption = text.trim();
  if (caption.length <= CAPTION_MAX) {
    return [{ ...media, ...(caption ? { caption } : {}), ...(keyboard ? { keyboard } : {}) }];
  }
  return [media, ...textMessages(text, keyboard)];
}

/** The label of the button that carried this data, from the message's keyboard. */
export function buttonLabel(markup: InlineKeyboardMarkup | undefined, data: string): string | null {
  for (const row of markup?.inline_keyboard ?? []) {
    for (const button of row) if ('callback_data' in button && button.callback_data === data) return button.text;
  }
  return null;
}

/** The question's text with the chosen answer under it, or null when that would be too long. */
export function withChoice(questionText: string, label: string, t: Translate, max = TEXT_MAX): string | null {
  const text = `${questionText}\n\n${t('tg-chosen', { label })}`;
  return text.length <= max ? text : null;
}
