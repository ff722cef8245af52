import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../../src/db/client.js';
import { applyMigrations } from '../../../src/db/migrate.js';
import { Prisma } from '../../../src/generated/prisma/client.js';
import { createInvite, INVITE_ALPHABET, randomInviteCode } from '../../../src/services/campaigns/invite-codes.js';

const CODE = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/;
const DAY_MS = 86_400_000;

let dir: string;
let db: Db;
let organizationId: number;
let unitId: number;
let memberId: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cf-invites-'));
  const url = `file:${join(dir, 't.db')}`;
  await applyMigrations(url);
  db = await createDb(url);
  const organization = await db.organization.create({ data: { code: 'kim-phuong', name: 'UBND xã Kim Phượng' } });
  organizationId = organization.id;
  unitId = (await db.unit.create({ data: { organizationId, code: 'VHXH', name: 'Văn hóa - Xã hội', searchKey: 'van hoa - xa hoi' } })).id;
  memberId = (await db.member.create({ data: { organizationId, fullName: 'Nông Thị Hồng Nhung', searchKey: 'nong thi hong nhung' } })).id;
});

afterAll(async () => {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe('createInvite', () => {
  it('stores a one-use invite for seven days by default', async () => {
    const now = new Date('2025-11-20T02:00:00Z');
    const invite = await createInvite(db, { organizationId, unitId, role: 'HEAD', now });
    expect(invite.code).toMatch(CODE);
    expect(invite.expiresAt).toEqual(new Date('2025-11-27T02:00:00Z'));
    expect(await db.invite.findUniqueOrThrow({ where: { code: invite.code } })).toMatchObject({
      organizationId,
      unitId,
      role: 'HEAD',
      usesLeft: 1,
      memberCode: null,
      createdById: null,
      expiresAt: invite.expiresAt,
    });
  });

  it('takes the uses, lifetime, member and issuer it is given', async () => {
    const now = new Date('2025-11-20T02:00:00Z');
    const invite = await createInvite(db, { organizationId, unitId: null, role: 'COUNCIL', memberCode: 'ct-mttq', createdById: memberId, usesLeft: 3, ttlDays: 2, now });
    expect(invite.expiresAt.getTime() - now.getTime()).toBe(2 * DAY_MS);
    expect(await db.invite.findUniqueOrThrow({ where: { code: invite.code } })).toMatchObject({
      unitId: null,
      role: 'COUNCIL',
      usesLeft: 3,
      memberCode: 'ct-mttq',
      createdById: memberId,
    });
  });

  it('draws another code when the first is taken', async () => {
    await createInvite(db, { organizationId, unitId, role: 'MEMBER' }, () => 'TAKEN234');
    const drawn: string[] = [];
    const codes = ['TAKEN234', 'FRESH567'];
    const invite = await createInvite(db, { organizationId, unitId, role: 'MEMBER' }, () => {
      drawn.push(codes[drawn.length]!);
      return drawn.at(-1)!;
    });
    expect(invite.code).toBe('FRESH567');
    expect(drawn).toEqual(['TAKEN234', 'FRESH567']);
    expect(await db.invite.count({ where: { code: { in: codes } } })).toBe(2);
  });

  it('gives up after a few collisions in a row instead of looping', async () => {
    await createInvite(db, { organizationId, unitId, role: 'MEMBER' }, () => 'SAME2345');
    let draws = 0;
    const failure = await createInvite(db, { organizationId, unitId, role: 'MEMBER' }, () => (draws++, 'SAME2345')).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((failure as Prisma.PrismaClientKnownRequestError).code).toBe('P2002');
    expect(draws).toBe(5);
  });
});

describe('randomInviteCode', () => {
  it('uses only unambiguous upper-case characters', () => {
    expect(INVITE_ALPHABET).not.toMatch(/[0O1IL]/);
    expect(INVITE_ALPHABET).toMatch(/^[A-Z2-9]+$/);
    const codes = Array.from({ length: 500 }, randomInviteCode);
    for (const code of codes) expect(code).toMatch(CODE);
    expect(new Set(codes).size).toBe(500);
    // Over 4 000 characters every letter of the alphabet turns up.
    expect(new Set(codes.join('')).size).toBe(INVITE_ALPHABET.length);
  });
});
