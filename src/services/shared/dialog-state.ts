import type { Db } from '../../db/client.js';
import type { Channel, Prisma } from '../../generated/prisma/client.js';
import type { Clock } from './clock.js';

const ENDED = '';

export interface StoredDialog {
  dialog: string;
  step: string;
  data: Record<string, unknown>;
  version: number;
  expiresAt: Date;
  memberId: number | null;
}

/** A DialogState row as a raw query gives it: SQLite gives integers as bigint. */
export interface StoredRow {
  /** null where a join found no row */
  dialog: string | null;
  step: string;
  data: unknown;
  version: number | bigint;
  expiresAt: Date;
  memberId: number | bigint | null;
}

/** The open dialog a row holds, or null: no row, or its dialog ended. */
export function storedDialog(row: StoredRow | undefined): StoredDialog | null {
  if (!row || row.dialog === null || row.dialog === ENDED) return null;
  const memberId = row.memberId === null ? null : Number(row.memberId);
  return { dialog: row.dialog, step: row.step, data: row.data as Record<string, unknown>, version: Number(row.version), expiresAt: row.expiresAt, memberId };
}

/**
 * Half-finished dialogs live in the database, keyed by channel + chat, so a restart resumes them.
 * Each step bumps the version: a button from an older step is recognised as stale. A chat's row
 * outlives its dialogs (an ended dialog has the name ''), so versions only ever rise and a button
 * of an earlier dialog can never match a step of a later one.
 */
export class DialogStateService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly timeoutMinutes: number,
  ) {}

  async load(channel: Channel, chatId: string): Promise<StoredDialog | null> {
    // An update reads its dialog with the person (MemberService.findActorInChat); this is for the
    // rest. A plain query costs a third of Prisma's findFirst.
    const [row] = await this.db.$queryRaw<StoredRow[]>`
      SELECT "dialog", "step", "data", "version", "expiresAt", "memberId" FROM "DialogState"
      WHERE "channel" = ${channel} AND "chatId" = ${chatId}`;
    return storedDialog(row);
  }

  /**
   * Saves the next step. With `expectedVersion` the write only happens if nobody moved the dialog
   * on meanwhile (two quick taps on old buttons); returns the new version, or null on such a race.
   */
  async save(
    key: { channel: Channel; chatId: string },
    next: { dialog: string; step: string; data: Record<string, unknown>; memberId: number | null },
    expectedVersion: number | null,
  ): Promise<number | null> {
    const expiresAt = new Date(this.clock().getTime() + this.timeoutMinutes * 60_000);
    const data = next.data as Prisma.InputJsonValue;
    if (expectedVersion === null) {
      const row = await this.db.dialogState.upsert({
        where: { channel_chatId: key },
        create: { ...key, ...next, data, version: 1, expiresAt },
        update: { ...next, data, version: { increment: 1 }, expiresAt },
      });
      return row.version;
    }
    const updated = await this.db.dialogState.updateMany({
      where: { ...key, version: expectedVersion },
      data: { ...next, data, version: expectedVersion + 1, expiresAt },
    });
    return updated.count === 1 ? expectedVersion + 1 : null;
  }

  async clear(channel: Channel, chatId: string): Promise<void> {
    await this.db.dialogState.updateMany({ where: { channel, chatId }, data: { dialog: ENDED, step: '', data: {}, memberId: null } });
  }

  isExpired(state: StoredDialog): boolean {
    return state.expiresAt <= this.clock();
  }
}
