import type { Channel } from '../generated/prisma/client.js';

// What each chat platform can carry, in one table: the channels' adapters, the dialogs (through the
// Envelope) and the message counts of announcements all read it. A channel added to the schema
// fails to compile until it has its line here.

export interface ChannelCapabilities {
  /** the longest text one message may carry, in UTF-16 units as the platforms count */
  messageMax: number;
  /** options can be tapped as buttons; otherwise they are answered by number or by name */
  buttons: boolean;
  /** people can send the bot documents (PDF, Word…); without it, files come as photos only */
  documents: boolean;
  /** people can send photos, and a picture (the standings chart) can be shown with a text */
  photos: boolean;
  /** a file the bot hands back goes as a download link, never attached */
  linkOnlyFiles: boolean;
}

export const CHANNEL_CAPABILITIES: Readonly<Record<Channel, Readonly<ChannelCapabilities>>> = {
  TELEGRAM: { messageMax: 4096, buttons: true, documents: true, photos: true, linkOnlyFiles: false },
  // Zalo takes no documents either way: a picture is sent by address, a document as a link.
  ZALO: { messageMax: 2000, buttons: false, documents: false, photos: true, linkOnlyFiles: true },
  // A terminal has no length limit and cannot show a picture; files are read from and written to disk.
  CONSOLE: { messageMax: Number.POSITIVE_INFINITY, buttons: false, documents: true, photos: false, linkOnlyFiles: false },
};
