import PizZip from 'pizzip';
import { actorOf, addCouncilMembers, nominate } from '../../support/council.js';
import { reportAll } from '../../support/awards.js';
import type { TestBot } from '../../support/core.js';

// A full award round of the Kim Phượng demo campaign, made through the services: reports from
// two units, self-scores and appraisal of one, an initiative recognised, a violation recorded for
// a unit that is not nominated, nominations (a collective and an individual for the commune's
// Giấy khen, one individual for a Bằng khen the city decides), a council of five that votes,
// closes, and the leader's final list under a Quyết định.

export const DECISION = { number: '125/QĐ-UBND', date: '19/11/2025', signer: 'Trương Anh Tú – Chủ tịch UBND xã' };
export const BANG_KHEN = 'Bằng khen của Chủ tịch UBND thành phố';

export interface Round {
  collective: number;
  person: number;
  higher: number;
  failed: number;
}

export async function awardRound(bot: TestBot, options: { decide?: boolean } = {}): Promise<Round> {
  const s = bot.core.services;
  await reportAll(bot, 'vhxh-1', 95);
  await reportAll(bot, 'tpht-1', 85);
  await reportAll(bot, 'dcxd-1', 60);

  // VHXH self-scores and the secretariat appraises every criterion (one lowered with a reason)
  const admin = await actorOf(bot, 'vptk-1');
  const head = await actorOf(bot, 'vhxh-1');
  const campaign = await s.campaigns.view(bot.campaignId);
  const criteria = campaign.taskAreas.flatMap((a) => a.criteria);
  for (const [i, c] of criteria.entries()) {
    await s.scores.selfScore(head, bot.campaignId, head.unit!.id, c.id, c.maxPoints, 'Hoàn thành đúng kế hoạch, có báo cáo kèm theo.');
    await s.scores.appraise(admin, bot.campaignId, head.unit!.id, c.id, i === 0 ? { points: c.maxPoints - 1.5, reason: 'Thiếu minh chứng một văn bản' } : { accept: true });
  }

  // an initiative of Ma Thị Huyền (TPHT), recognised
  const tpht = await actorOf(bot, 'tpht-1');
  const { id: initiative } = await s.initiatives.submit(tpht, bot.campaignId, {
    title: 'Số hóa sổ hộ tịch giai đoạn 2010-2015',
    summary: 'Quét và nhập liệu toàn bộ sổ hộ tịch để tra cứu nhanh.',
    channel: 'CONSOLE',
  });
  await s.initiatives.decide(admin, bot.campaignId, initiative, 'RECOGNISED', null, { recognisedBy: 'Chủ tịch UBND xã', decisionNumber: '12/QĐ-UBND', decisionDate: '10/11/2025' });
  await s.scores.recordViolation(
    admin,
    bot.campaignId,
    { unitId: (await bot.core.db.unit.findFirstOrThrow({ where: { code: 'DCXD' } })).id },
    'Chậm trả kết quả TTHC',
    new Date('2025-11-04T17:00:00Z'),
  );

  await bot.core.db.awardQuota.create({
    data: { campaignId: bot.campaignId, nomineeKind: 'INDIVIDUAL', awardForm: 'BANG_KHEN_CT_TP', awardTitle: BANG_KHEN, decidedBy: 'HIGHER', decider: 'Chủ tịch UBND thành phố' },
  });
  const collective = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' });
  const person = await nominate(bot, { kind: 'INDIVIDUAL', unitCode: 'TPHT', memberCode: 'tpht-1' });
  const higher = await nominate(bot, { kind: 'INDIVIDUAL', unitCode: 'VHXH', memberCode: 'vhxh-1' });
  await bot.core.db.nomination.update({ where: { id: higher }, data: { awardForm: 'BANG_KHEN_CT_TP' } });
  const failed = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'TCKT' });

  // council: ct-ubnd, pct-ubnd, ct-mttq and two more; hd-2 stays away
  await addCouncilMembers(bot, 2);
  await s.council.openReview(admin, bot.campaignId);
  const votes: Record<string, Record<number, 'AGREE' | 'DISAGREE' | 'ABSTAIN'>> = {
    'ct-ubnd': { [collective]: 'AGREE', [person]: 'AGREE', [higher]: 'AGREE', [failed]: 'DISAGREE' },
    'pct-ubnd': { [collective]: 'AGREE', [person]: 'AGREE', [higher]: 'AGREE', [failed]: 'AGREE' },
    'ct-mttq': { [collective]: 'AGREE', [person]: 'ABSTAIN', [higher]: 'AGREE', [failed]: 'DISAGREE' },
    'hd-1': { [collective]: 'AGREE', [person]: 'AGREE', [higher]: 'AGREE', [failed]: 'ABSTAIN' },
  };
  for (const [code, ballot] of Object.entries(votes)) {
    const member = await actorOf(bot, code);
    for (const [id, choice] of Object.entries(ballot)) await s.council.vote(member, bot.campaignId, Number(id), choice);
  }
  await s.council.closeReview(admin, bot.campaignId);
  if (options.decide !== false) {
    const leader = await actorOf(bot, 'ct-ubnd');
    await s.finalList.approve(leader, bot.campaignId, [collective, person], DECISION);
  }
  return { collective, person, higher, failed };
}

/** The document's body text: word/document.xml with its runs joined, tags of Word stripped. */
export function documentText(bytes: Uint8Array): string {
  const xml = new PizZip(bytes).file('word/document.xml')!.asText();
  return xml
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

export function partOf(bytes: Uint8Array, name: string): string {
  return new PizZip(bytes).file(name)!.asText();
}
