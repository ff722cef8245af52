import type { Config } from '../config.js';
import type { Channel } from '../generated/prisma/client.js';
import type { CreateAdapter } from './contract.js';

// The channels npm start can run, in start order. Adding a channel: its folder, with an index.ts
// exporting createAdapter, and one line here. The console is not here: npm run demo runs it.

export interface ChannelEntry {
  channel: Channel;
  configured(config: Config): boolean;
  /** needs the shared HTTP server: a webhook, or files served for the platform to fetch */
  listens(config: Config): boolean;
  /** the channel's code (grammY, axios…), loaded only when the channel is configured */
  load(): Promise<{ createAdapter: CreateAdapter }>;
}

export const CHANNELS: readonly ChannelEntry[] = [
  { channel: 'TELEGRAM', configured: (c) => c.telegram !== null, listens: (c) => Boolean(c.telegram?.webhookUrl), load: () => import('./telegram/index.js') },
  // Zalo fetches standings pictures and documents from the bot's public address.
  { channel: 'ZALO', configured: (c) => c.zalo !== null, listens: (c) => Boolean(c.zalo && (c.zalo.webhookUrl || c.publicBaseUrl)), load: () => import('./zalo/index.js') },
];
