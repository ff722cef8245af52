import type { Db } from '../../db/client.js';
import type { OutboxStatus, Prisma } from '../../generated/prisma/client.js';
import type { Clock } from '../shared/clock.js';
import type { OutboxPayload } from './outbox-message.js';

// What the outbox holds, read for people rather than for senders: the operator's summary and
// problem rows (`npm run jobs`), and a member's own messages (/nhacnho). OutboxService moves rows
// through their states; nothing here changes one.

/** A row as the operator sees it (jobs CLI). */
export interface OperatorRow {
  id: number;
  kind: string;
  status: OutboxStatus;
  memberName: string;
  unitName: string | null;
  locale: string;
  payload: OutboxPayload;
  notBefore: Date;
  lastError: string | null;
}

const operatorInclude = { member: { select: { fullName: true, locale: true, unit: { select: { name: true } } } } } as const;

function toOperatorRow(row: Prisma.OutboxMessageGetPayload<{ include: typeof operatorInclude }>): OperatorRow {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    memberName: row.member.fullName,
    unitName: row.member.unit?.name ?? null,
    locale: row.member.locale,
    payload: row.payload as unknown as OutboxPayload,
    notBefore: row.notBefore,
    lastError: row.lastError,
  };
}

/** A member's own message, for /nhacnho. */
export interface MemberMessage {
  kind: string;
  payload: OutboxPayload;
  status: OutboxStatus;
  notBefore: Date;
  sentAt: Date | null;
}

export type OutboxSummary = Record<OutboxStatus, number> & { due: number };

/** Read-only views of the outbox. */
export class OutboxViews {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Counts per status, and how many PENDING rows are due now: for `npm run jobs -- outbox`. */
  async summary(): Promise<OutboxSummary> {
    const groups = await this.db.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } });
    const counts: OutboxSummary = { PENDING: 0, SENDING: 0, SENT: 0, FAILED: 0, UNCERTAIN: 0, due: 0 };
    for (const group of groups) counts[group.status] = group._count._all;
    counts.due = await this.db.outboxMessage.count({ where: { status: 'PENDING', notBefore: { lte: this.clock() } } });
    return counts;
  }

  /** A member's messages not yet sent, soonest first, then the last `recent` sent ones: for /nhacnho. */
  async forMember(memberId: number, recent = 5): Promise<{ upcoming: MemberMessage[]; sent: MemberMessage[] }> {
    const select = { kind: true, payload: true, status: true, notBefore: true, sentAt: true } as const;
    const toMessage = (row: Prisma.OutboxMessageGetPayload<{ select: typeof select }>): MemberMessage => ({
      ...row,
      payload: row.payload as unknown as OutboxPayload,
    });
    const [upcoming, sent] = await Promise.all([
      this.db.outboxMessage.findMany({
        where: { memberId, status: { in: ['PENDING', 'SENDING'] } },
        orderBy: [{ notBefore: 'asc' }, { id: 'asc' }],
        take: 20,
        select,
      }),
      this.db.outboxMessage.findMany({ where: { memberId, status: 'SENT' }, orderBy: { sentAt: 'desc' }, take: recent, select }),
    ]);
    return { upcoming: upcoming.map(toMessage), sent: sent.map(toMessage) };
  }

  /** Rows created at exactly `at`: what one run of a job under a fixed clock queued (the jobs CLI). */
  async createdAt(at: Date, limit = 200): Promise<OperatorRow[]> {
    const rows = await this.db.outboxMessage.findMany({ where: { createdAt: at }, orderBy: { id: 'asc' }, take: limit, include: operatorInclude });
    return rows.map(toOperatorRow);
  }

  /** The latest rows that did not go out (FAILED, UNCERTAIN), for `npm run jobs -- outbox`. */
  async problems(limit = 10): Promise<OperatorRow[]> {
    const rows = await this.db.outboxMessage.findMany({
      where: { status: { in: ['FAILED', 'UNCERTAIN'] } },
      orderBy: { id: 'desc' },
      take: limit,
      include: operatorInclude,
    });
    return rows.map(toOperatorRow);
  }
}
