// Button data of an offered option: "c:<dialog version>:<option value>", at most 64 bytes
// (Telegram's limit). The version lets the engine spot a tap on an older question.

export const CALLBACK_DATA_MAX_BYTES = 64;

/** The button data for an option, or null when it would not fit in 64 bytes. */
export function encodeChoice(version: number, value: string): string | null {
  const data = `c:${version}:${value}`;
  return Buffer.byteLength(data, 'utf8') <= CALLBACK_DATA_MAX_BYTES ? data : null;
}

/** The option value and dialog version a tapped button carries; null for anything else. */
export function decodeChoice(data: string | undefined): { version: number; value: string } | null {
  const m = data === undefined ? null : /^c:(\d{1,15}):([\s\S]+)$/.exec(data);
  return m ? { version: Number(m[1]), value: m[2]! } : null;
}
