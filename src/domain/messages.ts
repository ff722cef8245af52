import type { Channel } from '../generated/prisma/client.js';
import { CHANNEL_CAPABILITIES } from './channels.js';

// How a text becomes chat messages. Each channel's limit is its capabilities' messageMax, used both
// to send and to tell the secretariat beforehand how many messages an announcement costs.

/** The longest text one message may carry, by channel (CHANNEL_CAPABILITIES' messageMax). */
export const MESSAGE_MAX = Object.fromEntries(Object.entries(CHANNEL_CAPABILITIES).map(([channel, c]) => [channel, c.messageMax])) as Readonly<Record<Channel, number>>;

/** Splits a long line at its last space before the limit (or at the limit when there is none). */
function splitLine(line: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > max) {
    let cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = max;
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1; // never halve a surrogate pair
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  pieces.push(rest);
  return pieces;
}

/** Text in messages of at most `max` characters (UTF-16 units, as the platforms count), split at line breaks. */
export function splitText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let current: string | null = null;
  for (const line of text.split('\n')) {
    for (const piece of line.length > max ? splitLine(line, max) : [line]) {
      if (current !== null && current.length + 1 + piece.length <= max) current = `${current}\n${piece}`;
      else {
        if (current !== null) chunks.push(current);
        current = piece;
      }
    }
  }
  if (current !== null) chunks.push(current);
  return chunks.map((c) => c.trim()).filter((c) => c !== '');
}

/** How many messages a text takes on a channel: exactly as many as its sender sends. */
export function messageCount(text: string, channel: Channel): number {
  return splitText(text, MESSAGE_MAX[channel]).length;
}
