import type { NominationStatus, NomineeKind } from '../../src/generated/prisma/client.js';
import { demoAccountId } from '../../src/demo/seed.js';
import type { Actor } from '../../src/services/campaigns/members.js';
import type { TestBot } from './core.js';

// Test data for the council review and the final list, made without the nominations dialog.

/** The actor behind a declared member's console account, as the dialogs see them. */
export async function actorOf(bot: TestBot, code: string): Promise<Actor> {
  const actor = await bot.core.services.members.findActor('CONSOLE', demoAccountId(code));
  if (!actor) throw new Error(`no console account for ${code}`);
  return actor;
}

/** Adds `count` council members (no unit) with console accounts; returns their codes. */
export async function addCouncilMembers(bot: TestBot, count: number): Promise<string[]> {
  const codes: string[] = [];
  for (let i = 1; i <= count; i++) {
    const code = `hd-${i}`;
    const member = await bot.core.db.member.create({
      data: { organizationId: bot.organizationId, code, fullName: `Thành viên Hội đồng ${i}`, searchKey: `thanh vien hoi dong ${i}`, roles: { create: { role: 'COUNCIL' } } },
    });
    await bot.core.services.members.linkAccount(member.id, 'CONSOLE', demoAccountId(code));
    codes.push(code);
  }
  return codes;
}

/**
 * A nomination of the Kim Phượng campaign for the Giấy khen of the commune chairman: the unit with
 * `unitCode` (collective) or the declared member `memberCode` (individual of their unit).
 */
export async function nominate(bot: TestBot, nominee: { kind: NomineeKind; unitCode: string; memberCode?: string }, status: NominationStatus = 'SUBMITTED'): Promise<number> {
  const { db } = bot.core;
  const unit = await db.unit.findFirstOrThrow({ where: { organizationId: bot.organizationId, code: nominee.unitCode } });
  const head = await db.member.findFirstOrThrow({ where: { unitId: unit.id, roles: { some: { role: 'HEAD' } } } });
  const member = nominee.memberCode ? await db.member.findFirstOrThrow({ where: { code: nominee.memberCode } }) : null;
  const created = await db.nomination.create({
    data: {
      campaignId: bot.campaignId,
      nomineeKind: nominee.kind,
      awardForm: 'GIAY_KHEN_CT_XA',
      unitId: unit.id,
      memberId: member?.id ?? null,
      proposedById: head.id,
      summary: `Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2025 (${member?.fullName ?? unit.name}).`,
      status,
    },
  });
  return created.id;
}
