import PizZip from 'pizzip';
import { actor, addOfficer, unitId } from './awards.js';
import type { TestBot } from './core.js';

// Shared by the /vanban delivery tests: a unit with nominees, and the text of a .docx file.

export const NOMINEE = 'Lê Thị Mai';
const SUMMARY = 'Giải quyết 100% hồ sơ đúng hạn, số hóa toàn bộ sổ hộ tịch, không có phản ánh.';

/** Văn hóa - Xã hội's head proposes the unit and one officer (Lê Thị Mai) for the commune's Giấy khen. */
export async function nominateVhxh(bot: TestBot): Promise<{ unitId: number; collective: number; individual: number }> {
  const vhxh = await unitId(bot, 'VHXH');
  const memberId = await addOfficer(bot, 'vhxh-cb-1', NOMINEE, 'VHXH');
  const head = await actor(bot, 'vhxh-1');
  const input = { awardForm: 'GIAY_KHEN_CT_XA', summary: SUMMARY };
  const collective = await bot.core.services.nominations.nominate(head, bot.campaignId, { kind: 'COLLECTIVE', unitId: vhxh, memberId: null, ...input });
  const individual = await bot.core.services.nominations.nominate(head, bot.campaignId, { kind: 'INDIVIDUAL', unitId: vhxh, memberId, ...input });
  return { unitId: vhxh, collective: collective.id, individual: individual.id };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The words of a Word file's body, a line per paragraph, read from its XML with a maintained zip reader. */
export function docxText(bytes: Uint8Array): string {
  const xml = new PizZip(bytes).file('word/document.xml')?.asText();
  if (xml === undefined) throw new Error('not a Word file: no word/document.xml');
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&(\w+);/g, (e, n: string) => ENTITIES[n] ?? e)).join(''))
    .join('\n');
}
