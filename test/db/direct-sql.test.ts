import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAdapterFactory, databaseKind } from '../../src/db/adapter.js';
import { createDb, type Db } from '../../src/db/client.js';
import { dateValue, directSqlOf, jsonValue, type DirectSql } from '../../src/db/direct-sql.js';
import { applyMigrations } from '../../src/db/migrate.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { MemberService } from '../../src/services/campaigns/members.js';
import { systemClock } from '../../src/services/shared/clock.js';
import { dropDatabase, freshDatabaseUrl } from '../support/database.js';

// The reader below Prisma, on the test's database (a SQLite file, or PostgreSQL under
// npm run test:postgres): the same rows and values as Prisma's own reading.

let dir: string;
let url: string;
let db: Db;
let direct: DirectSql;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'thidua-direct-'));
  url = await freshDatabaseUrl(dir);
  await applyMigrations(url);
  db = await createDb(url);
  direct = directSqlOf(db)!;
  const org = await db.organization.create({ data: { code: 'X', name: 'Xã Thử' } });
  const member = await db.member.create({ data: { organizationId: org.id, fullName: 'Nguyễn Văn An', searchKey: 'nguyen van an', locale: 'vi' } });
  await db.roleGrant.create({ data: { memberId: member.id, role: 'HEAD' } });
  await db.channelAccount.create({ data: { memberId: member.id, channel: 'TELEGRAM', externalId: '42', unreachable: true } });
  await db.dialogState.create({
    data: {
      channel: 'TELEGRAM',
      chatId: '42',
      memberId: member.id,
      dialog: 'report',
      step: 'value',
      data: { unit: 'Văn phòng', value: 98.5, list: [1, 2] },
      expiresAt: new Date('2026-12-06T08:30:00.123Z'),
    },
  });
});

afterEach(async () => {
  await db.$disconnect();
  await dropDatabase(url);
  rmSync(dir, { recursive: true, force: true });
});

describe('DirectSql', () => {
  it('is made for every client createDb makes, of the URL’s kind', () => {
    expect(direct).not.toBeNull();
    expect(direct.kind).toBe(databaseKind(url));
  });

  it('reads what Prisma wrote, with the JSON and the date as Prisma reads them', async () => {
    const [row] = await direct.rows`SELECT "dialog", "data", "expiresAt", "version" FROM "DialogState" WHERE "channel" = ${'TELEGRAM'} AND "chatId" = ${'42'}`;
    const viaPrisma = await db.dialogState.findFirstOrThrow({ where: { chatId: '42' } });
    expect(row!.dialog).toBe('report');
    expect(jsonValue(row!.data)).toEqual(viaPrisma.data);
    expect(dateValue(row!.expiresAt).toISOString()).toBe('2026-12-06T08:30:00.123Z');
    expect(Number(row!.version)).toBe(viaPrisma.version);
  });

  it('binds every value: a quote in one is data, not SQL', async () => {
    const rows = await direct.rows`SELECT "id" FROM "DialogState" WHERE "chatId" = ${"42' OR '1'='1"}`;
    expect(rows).toEqual([]);
    expect(await direct.rows`SELECT "id" FROM "DialogState" WHERE "chatId" = ${'42'} AND "channel" = ${'TELEGRAM'}`).toHaveLength(1);
  });

  it('splices Prisma.sql and Prisma.raw fragments, their values still bound', async () => {
    const name = Prisma.sql`"fullName" = ${'Nguyễn Văn An'}`;
    const rows = await direct.rows`SELECT ${Prisma.raw('"fullName"')} FROM "Member" WHERE ${name} AND "id" > ${0} AND ${Prisma.sql`"locale" = ${'vi'}`}`;
    expect(rows).toEqual([{ fullName: 'Nguyễn Văn An' }]);
  });

  it('reads again after Prisma disconnected and reconnected', async () => {
    await db.$disconnect();
    expect(await direct.rows`SELECT "fullName" FROM "Member" WHERE "fullName" = ${'Nguyễn Văn An'}`).toEqual([{ fullName: 'Nguyễn Văn An' }]);
    expect(await db.member.count()).toBe(1);
  });

  it('gives MemberService the same person and dialog as Prisma’s own reading', async () => {
    // A client made without createDb has no direct reader: MemberService reads through Prisma.
    const kind = databaseKind(url);
    const adapter = await createAdapterFactory(url);
    const plain =
      kind === 'postgresql'
        ? (new (await import('../../src/generated/prisma-pg/client.js')).PrismaClient({ adapter }) as unknown as Db)
        : new (await import('../../src/generated/prisma/client.js')).PrismaClient({ adapter });
    try {
      expect(directSqlOf(plain)).toBeNull();
      const viaPrisma = await new MemberService(plain, systemClock).findActorInChat('TELEGRAM', '42', '42');
      await db.channelAccount.updateMany({ data: { unreachable: true } });
      const viaDirect = await new MemberService(db, systemClock).findActorInChat('TELEGRAM', '42', '42');
      expect(viaDirect).toEqual(viaPrisma);
      expect(viaDirect.actor).toMatchObject({ fullName: 'Nguyễn Văn An', roles: ['HEAD'], unit: null });
      expect(viaDirect.dialog).toMatchObject({ dialog: 'report', step: 'value', data: { unit: 'Văn phòng', value: 98.5, list: [1, 2] }, version: 1 });
      expect(viaDirect.dialog!.expiresAt).toEqual(new Date('2026-12-06T08:30:00.123Z'));
      // Writing again undid the block, on either path.
      expect((await db.channelAccount.findFirstOrThrow()).unreachable).toBe(false);
      expect(await new MemberService(db, systemClock).findActorInChat('TELEGRAM', '43', '43')).toEqual({ actor: null, dialog: null });
    } finally {
      await plain.$disconnect();
    }
  });
});
