import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentChoice } from '../../src/services/documents/types.js';
import { actor, unitId } from '../support/awards.js';
import { startTestBot, type TestBot } from '../support/core.js';
import { docxText, NOMINEE, nominateVhxh } from '../support/documents.js';
import { PDF } from '../support/files.js';
import { VHXH } from '../support/kim-phuong.js';
import { refusal } from '../support/refusal.js';

// /vanban on the console: each role is offered what it may take, the pick is written into the
// console's documents folder and its path printed; the head signs, scans and files it with /nophoso.

let bot: TestBot;
let vhxh: { unitId: number; collective: number; individual: number };
beforeEach(async () => {
  bot = await startTestBot({ withReports: true });
  vhxh = await nominateVhxh(bot);
});
afterEach(() => bot.close());

const t = () => bot.core.i18n.translator('vi');
const labelOf = (c: DocumentChoice) => (c.subject ? `${t()(`document-kind-${c.kind}`)} — ${c.subject}` : t()(`document-kind-${c.kind}`));
const available = async (code: string) => bot.core.services.documents.available(await actor(bot, code), bot.campaignId);

/** The number the console lists an option under, found by its label. */
function numberOf(listing: string, label: string): string {
  const line = listing.split('\n').find((l) => l.trim().replace(/^\d+\.\s/, '') === label);
  if (!line) throw new Error(`no option "${label}" in:\n${listing}`);
  return /^\s*(\d+)\./.exec(line)![1]!;
}

describe('/vanban on the console', () => {
  it("a head takes their unit's Tờ trình: written to the folder, path printed, the unit and nominee inside", async () => {
    bot.as('vhxh-1');
    const listing = await bot.say('/vanban');
    const choices = await available('vhxh-1');
    const toTrinh = choices.find((c) => c.kind === 'to-trinh')!;
    for (const c of choices) expect(listing).toContain(labelOf(c));

    const answer = await bot.say(numberOf(listing, labelOf(toTrinh)));
    expect(answer).toContain(t()('documents-sign-and-file'));
    const path = /\(Đã lưu tệp (\S+\.docx) tại: (.+)\)$/.exec(answer);
    expect(path, answer).not.toBeNull();
    expect(path![2]!.startsWith(join(bot.dir, 'documents'))).toBe(true);
    expect(path![2]!.endsWith(path![1]!)).toBe(true);
    const text = docxText(readFileSync(path![2]!));
    expect(text).toContain(VHXH);
    expect(text).toContain(NOMINEE);
  });

  it('the same document twice is kept as two files, not written over', async () => {
    bot.as('vhxh-1');
    const choices = await available('vhxh-1');
    const label = labelOf(choices.find((c) => c.kind === 'to-trinh')!);
    const paths: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const answer = await bot.say(numberOf(await bot.say('/vanban'), label));
      paths.push(/tại: (.+)\)$/.exec(answer)![1]!);
    }
    expect(paths[1]).not.toBe(paths[0]);
    expect(paths[1]).toMatch(/ \(2\)\.docx$/);
    expect(paths.every((p) => existsSync(p))).toBe(true);
  });

  it('the signed scan goes back with /nophoso as a PDF and the dossier ticks', async () => {
    bot.as('vhxh-1');
    const listing = await bot.say('/vanban');
    await bot.say(numberOf(listing, labelOf((await available('vhxh-1')).find((c) => c.kind === 'to-trinh')!)));
    const scan = join(bot.dir, 'to-trinh-da-ky.pdf');
    writeFileSync(scan, PDF);
    const kinds = await bot.say('/nophoso');
    expect(await bot.say(numberOf(kinds, 'Tờ trình khen thưởng của cơ quan'))).toContain('Gửi tệp Tờ trình khen thưởng của cơ quan');
    const filed = await bot.say(`:tep ${scan}`);
    expect(filed).toContain('Đã nhận tệp to-trinh-da-ky.pdf cho mục Tờ trình khen thưởng của cơ quan.');
    expect(filed).toContain('✓ Tờ trình khen thưởng của cơ quan: to-trinh-da-ky.pdf');
  });

  it('a nominee withdrawn after the menu was shown is not drafted', async () => {
    bot.as('vhxh-1');
    const listing = await bot.say('/vanban');
    const report = (await available('vhxh-1')).find((c) => c.nominationId === vhxh.individual)!;
    await bot.core.services.nominations.withdraw(await actor(bot, 'vhxh-1'), bot.campaignId, vhxh.individual);
    expect(await bot.say(numberOf(listing, labelOf(report)))).toBe(t()('documents-gone'));
  });
});

describe('who may take which document', () => {
  it("a head is offered only their own unit's Tờ trình and nominees' reports", async () => {
    const choices = await available('vhxh-1');
    expect(choices.map((c) => c.kind).sort()).toEqual(['bao-cao-thanh-tich', 'bao-cao-thanh-tich', 'to-trinh']);
    expect(choices.every((c) => c.unitId === vhxh.unitId)).toBe(true);
    expect(
      choices
        .filter((c) => c.kind === 'bao-cao-thanh-tich')
        .map((c) => c.nominationId)
        .sort(),
    ).toEqual([vhxh.collective, vhxh.individual].sort());
  });

  it("a head cannot take another unit's Tờ trình nor the Quyết định", async () => {
    const head = await actor(bot, 'vhxh-1');
    const other = await unitId(bot, 'VPTK');
    const { documents } = bot.core.services;
    expect(await refusal(documents.render(head, bot.campaignId, { kind: 'to-trinh', unitId: other, nominationId: null, subject: null }))).toMatchObject({
      reason: 'document-forbidden',
    });
    expect(await refusal(documents.render(head, bot.campaignId, { kind: 'quyet-dinh', unitId: null, nominationId: null, subject: null }))).toMatchObject({
      reason: 'document-forbidden',
    });
    // another unit's head is not offered this unit's documents either
    expect((await available('tpht-1')).some((c) => c.unitId === vhxh.unitId)).toBe(false);
  });

  it('the leader is offered the campaign’s documents, not the units’ Tờ trình', async () => {
    const kinds = (await available('ct-ubnd')).map((c) => c.kind);
    expect(kinds).toContain('bao-cao-ket-qua');
    expect(kinds.every((k) => ['quyet-dinh', 'to-trinh-cap-tren', 'bao-cao-ket-qua', 'bien-ban-hoi-dong'].includes(k))).toBe(true);
    bot.as('ct-ubnd');
    expect(await bot.say('/vanban')).toContain(t()('document-kind-bao-cao-ket-qua'));
  });

  it('an officer without a role for documents is refused and nothing is written', async () => {
    bot.as('vhxh-cb-1');
    const answer = await bot.say('/vanban');
    expect(answer).not.toContain(t()('document-kind-to-trinh'));
    expect(existsSync(join(bot.dir, 'documents'))).toBe(false);
  });
});
