import type { Core } from '../app.js';
import type { Config } from '../config.js';
import type { Announcer } from '../dialogs/port.js';
import type { ChannelCapabilities } from '../domain/channels.js';
import type { Channel } from '../generated/prisma/client.js';
import type { HttpServer } from '../http/server.js';
import type { Runnable } from '../lifecycle.js';
import type { Deliver } from '../services/messaging/outbox-sender.js';

// What every channel adapter provides, in one place. The pieces the lower layers need are declared
// there, since services and dialogs never import a channel: Deliver by the outbox sender, Announcer
// by the dialogs, the capabilities table in domain/.

export type { Announcer, GroupChats } from '../dialogs/port.js';
export { CHANNEL_CAPABILITIES, type ChannelCapabilities } from '../domain/channels.js';
export type { Deliver, DeliveryResult } from '../services/messaging/outbox-sender.js';

/** A chat platform as the bot runs it: it takes messages in while started, and sends for the outbox. */
export interface ChannelAdapter extends Runnable {
  channel: Channel;
  capabilities: ChannelCapabilities;
  /** sends an outbox message to one account (the outbox sender) */
  deliver: Deliver;
  /** posts a campaign's announcements; registered with the dialog engine once the channel has started */
  announcer?: Announcer;
}

/** What npm start hands a channel it builds. */
export interface ChannelHost {
  core: Core;
  config: Config;
  /** the shared HTTP server, when a configured channel needs one (see ChannelEntry.listens) */
  server: HttpServer | null;
  /** the channel stopped working for good after start (Zalo refusing its token): the process ends with exit code 1 */
  onFatal(message: string): void;
}

/** What a channel folder's index.ts exports. */
export type CreateAdapter = (host: ChannelHost) => ChannelAdapter;
