import type { Channel, OutboxMessage, Prisma } from '../../generated/prisma/client.js';

// What an outbox row carries, and how a claimed row reaches a channel: the message, and the member
// it goes to with their reachable accounts and language.

/** What a message says: an i18n key and its arguments, rendered in the member's language when sent. */
export interface OutboxPayload {
  key: string;
  args?: Record<string, string | number>;
}

/** A message to queue. */
export interface OutboxItem {
  /** campaign + kind + recipient + due date: the same key twice is one message */
  dedupeKey: string;
  campaignId?: number | null;
  memberId: number;
  kind: string;
  payload: OutboxPayload;
  /** not sent before this moment (quiet hours, back-off); now when omitted */
  notBefore?: Date;
}

/** Where and how a message reaches its member: the account reminders go to, and their language. */
export interface Recipient {
  fullName: string;
  locale: string;
  /** the reachable accounts, the preferred one first, then the latest linked */
  accounts: Array<{ channel: Channel; externalId: string }>;
}

/** A claimed row, as handed to a channel's deliver function. */
export interface OutboxEnvelope {
  id: number;
  dedupeKey: string;
  campaignId: number | null;
  memberId: number;
  kind: string;
  payload: OutboxPayload;
  attempts: number;
  claimedBy: string;
  recipient: Recipient;
}

export const recipientSelect = {
  fullName: true,
  locale: true,
  accounts: {
    where: { unreachable: false },
    select: { channel: true, externalId: true, preferred: true },
    orderBy: [{ preferred: 'desc' }, { linkedAt: 'desc' }],
  },
} as const satisfies Prisma.MemberSelect;

type RecipientRow = Prisma.MemberGetPayload<{ select: typeof recipientSelect }>;

function toRecipient(member: RecipientRow): Recipient {
  return {
    fullName: member.fullName,
    locale: member.locale,
    accounts: member.accounts.map((a) => ({ channel: a.channel, externalId: a.externalId })),
  };
}

export function toEnvelope(row: OutboxMessage & { member: RecipientRow }): OutboxEnvelope {
  return {
    recipient: toRecipient(row.member),
    id: row.id,
    dedupeKey: row.dedupeKey,
    campaignId: row.campaignId,
    memberId: row.memberId,
    kind: row.kind,
    payload: row.payload as unknown as OutboxPayload,
    attempts: row.attempts,
    claimedBy: row.claimedBy ?? '',
  };
}
