import type { Announcer } from '../contract.js';
import type { Channel } from '../../generated/prisma/client.js';

/** Announcements to the campaign's group chat on `channel` (its campaign file's group_chats), none without one. */
export function groupAnnouncer(channel: Channel, post: Announcer['post']): Announcer {
  return { chatFor: (groups) => groups[channel] ?? null, post };
}
