import pino from 'pino';
import { registerWebPages } from '../../../src/http/pages/index.js';
import { createOutboxSender } from '../../../src/services/messaging/outbox-sender.js';
import { startZaloTest, type Person, type ZaloTest } from '../../channels/zalo/support/zalo.js';

// The Zalo channel as npm start builds it, with PUBLIC_BASE_URL: the shared HTTP server carries the
// web pages, the core signs links, and the outbox can be drained to the Zalo stand-in.

export interface WebTest extends ZaloTest {
  base: string;
  /** sends what is due in the outbox through the Zalo channel; returns how many went */
  drainOutbox(): Promise<number>;
  /** the member id of a declared member */
  memberId(code: string): Promise<number>;
  /** the first address of this bot's web pages in a text */
  linkIn(texts: string[]): string;
}

export async function startWebTest(): Promise<WebTest> {
  const z = await startZaloTest({ charts: true });
  const { core } = z.bot;
  const logger = pino({ level: 'silent' });
  registerWebPages(z.server!.app, { services: core.services, i18n: core.i18n, logger });
  const base = `http://127.0.0.1:${z.server!.address()!.port}`;
  const sender = createOutboxSender({ outbox: core.services.outbox, deliverers: { ZALO: z.channel.deliver }, i18n: core.i18n, logger, clock: core.clock, perChatIntervalMs: 1 });
  return Object.assign(z, {
    base,
    async drainOutbox() {
      return (await sender.drainOnce()).sent;
    },
    async memberId(code: string) {
      const members = await core.services.members.membersOfOrganization(z.bot.organizationId);
      const found = members.find((m) => m.code === code);
      if (!found) throw new Error(`no declared member ${code}`);
      return found.id;
    },
    linkIn(texts: string[]) {
      const match = new RegExp(`${base}/web/[a-z-]+/[A-Za-z0-9_.-]+`).exec(texts.join('\n'));
      if (!match) throw new Error(`no link in:\n${texts.join('\n')}`);
      return match[0];
    },
  });
}

export type { Person };
