import { searchKey } from '../../src/domain/text.js';
import { demoAccountId } from '../../src/demo/seed.js';
import type { StoredBlob } from '../../src/services/shared/file-store.js';
import type { Actor } from '../../src/services/campaigns/members.js';
import type { TestBot } from './core.js';
import { PDF } from './files.js';

// Set-ups for the award tests (initiatives, nominations): people, reported results, dossiers.

export async function actor(bot: TestBot, code: string): Promise<Actor> {
  const found = await bot.core.services.members.findActor('CONSOLE', demoAccountId(code));
  if (!found) throw new Error(`no console account for ${code}`);
  return found;
}

export async function unitId(bot: TestBot, code: string): Promise<number> {
  return (await bot.core.db.unit.findFirstOrThrow({ where: { organizationId: bot.organizationId, code } })).id;
}

/** An officer (MEMBER) of a unit with a console account under `code`, as /moi and /start would make one. */
export async function addOfficer(bot: TestBot, code: string, fullName: string, unitCode: string): Promise<number> {
  const member = await bot.core.db.member.create({
    data: {
      organizationId: bot.organizationId,
      unitId: await unitId(bot, unitCode),
      code,
      fullName,
      searchKey: searchKey(fullName),
      roles: { create: { role: 'MEMBER' } },
    },
  });
  await bot.core.services.members.linkAccount(member.id, 'CONSOLE', demoAccountId(code), fullName);
  return member.id;
}

/**
 * The unit's head reports the same completion (in %) on every criterion: every criterion of the
 * Kim Phượng campaign is "% completed", linear against 100 %, so the unit's score is `percent`.
 */
export async function reportAll(bot: TestBot, headCode: string, percent: number): Promise<void> {
  const head = await actor(bot, headCode);
  const campaign = await bot.core.services.campaigns.view(bot.campaignId);
  for (const c of campaign.taskAreas.flatMap((a) => a.criteria)) {
    await bot.core.services.reports.saveProgress({
      actor: head,
      campaignId: bot.campaignId,
      unitId: head.unit!.id,
      criterionId: c.id,
      value: percent,
      note: null,
      channel: 'CONSOLE',
    });
  }
}

export async function storedPdf(bot: TestBot, name: string): Promise<StoredBlob> {
  return { ...(await bot.core.services.files.put(PDF)), size: PDF.byteLength, mime: 'application/pdf', originalName: name };
}

/** The head files the dossier documents of these kinds (all three by default). */
export async function fileDossier(bot: TestBot, headCode: string, kinds = ['TO_TRINH', 'BIEN_BAN', 'BAO_CAO_THANH_TICH']): Promise<void> {
  const head = await actor(bot, headCode);
  for (const code of kinds) {
    const kind = await bot.core.db.dossierDocKind.findFirstOrThrow({ where: { campaignId: bot.campaignId, code } });
    const blob = await storedPdf(bot, `${code.toLowerCase()}.pdf`);
    await bot.core.services.dossier.submit({ actor: head, campaignId: bot.campaignId, unitId: head.unit!.id, kindId: kind.id, blob, channel: 'CONSOLE' });
  }
}

export async function recordViolation(bot: TestBot, whom: { unitId?: number; memberId?: number }, reason = 'Chậm trả kết quả TTHC không xin lỗi'): Promise<void> {
  const admin = await actor(bot, 'vptk-1');
  await bot.core.db.violation.create({ data: { campaignId: bot.campaignId, ...whom, reason, occurredOn: bot.now.value, recordedById: admin.memberId } });
}
