import { randomInt } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { DAY_MS } from '../../domain/dates.js';
import type { Role } from '../../generated/prisma/client.js';
import { isUniqueViolation } from '../shared/unique-violation.js';

// Invite codes are read aloud and typed on phones: uppercase, no 0/O, 1/I/L look-alikes.
export const INVITE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITE_CODE_LENGTH = 8;
/** 31^8 ≈ 8.5·10^11 codes: a collision is rare, several in a row mean something else is wrong. */
const MAX_ATTEMPTS = 5;

export interface NewInvite {
  organizationId: number;
  unitId: number | null;
  role: Role;
  /** a member declared in the campaign file that this invite is for */
  memberCode?: string;
  createdById?: number;
  usesLeft?: number;
  ttlDays?: number;
  now?: Date;
}

export function randomInviteCode(): string {
  return Array.from({ length: INVITE_CODE_LENGTH }, () => INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)]).join('');
}

/** Stores a new invite; `nextCode` is the code source (tests pass a fixed sequence). */
export async function createInvite(db: Db, input: NewInvite, nextCode: () => string = randomInviteCode): Promise<{ code: string; expiresAt: Date }> {
  const { usesLeft = 1, ttlDays = 7, now = new Date() } = input;
  const expiresAt = new Date(now.getTime() + ttlDays * DAY_MS);
  for (let attempt = 1; ; attempt++) {
    const code = nextCode();
    try {
      await db.invite.create({
        data: {
          code,
          organizationId: input.organizationId,
          unitId: input.unitId,
          role: input.role,
          memberCode: input.memberCode ?? null,
          createdById: input.createdById ?? null,
          usesLeft,
          expiresAt,
        },
      });
      return { code, expiresAt };
    } catch (error) {
      const taken = isUniqueViolation(error);
      if (!taken || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
