import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCoreConfig } from '../../../src/config.js';
import { TemplateStore } from '../../../src/services/documents/render.js';
import { DocumentService } from '../../../src/services/documents/service.js';
import type { DocumentChoice } from '../../../src/services/documents/types.js';
import { programFile } from '../../../src/paths.js';
import { actorOf, nominate } from '../../support/council.js';
import { startTestBot, type TestBot } from '../../support/core.js';
import { refusal } from '../../support/refusal.js';
import { documentText } from './round.js';

// An organization's own templates (DOCUMENT_TEMPLATE_DIR): used when present, by organization
// folder first; a broken one is refused naming the template and the field, and the shipped one
// still works.

let bot: TestBot;
let dir: string;
let unitId: number;
beforeAll(async () => {
  bot = await startTestBot();
  await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' });
  unitId = (await bot.core.db.unit.findFirstOrThrow({ where: { code: 'VHXH' } })).id;
  dir = mkdtempSync(join(tmpdir(), 'templates-'));
}, 30_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await bot.close();
});

const TO_TRINH: DocumentChoice = { kind: 'to-trinh', unitId: 0, nominationId: null, subject: null };
const shipped = programFile('templates', 'to-trinh.docx');

/** the shipped Tờ trình with its body XML edited, saved as `path` */
function edited(path: string, edit: (xml: string) => string): void {
  const zip = new PizZip(readFileSync(shipped));
  const xml = zip.file('word/document.xml')!.asText();
  const changed = edit(xml);
  expect(changed).not.toBe(xml);
  zip.file('word/document.xml', changed);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, zip.generate({ type: 'nodebuffer' }));
}

async function renderWith(templateDir: string | null) {
  const service = new DocumentService(bot.core.db, bot.core.services, new TemplateStore(templateDir), () => bot.now.value);
  return service.render(await actorOf(bot, 'vhxh-1'), bot.campaignId, { ...TO_TRINH, unitId });
}

describe('templates an office can change', () => {
  it('DOCUMENT_TEMPLATE_DIR is read into the core settings; unset means the shipped templates', () => {
    expect(loadCoreConfig({ DOCUMENT_TEMPLATE_DIR: '/srv/mau' }).documentTemplateDir).toBe('/srv/mau');
    expect(loadCoreConfig({}).documentTemplateDir).toBeNull();
    expect(new TemplateStore(null).locate('quyet-dinh', 'kim-phuong').label).toBe('templates/quyet-dinh.docx');
  });

  it("the organization's own copy wins over a flat one, which wins over the shipped one", async () => {
    const own = join(dir, 'own');
    edited(join(own, 'to-trinh.docx'), (xml) => xml.replace('TỜ TRÌNH', 'TỜ TRÌNH CHUNG'));
    expect(documentText((await renderWith(own)).bytes)).toContain('TỜ TRÌNH CHUNG');
    edited(join(own, 'kim-phuong', 'to-trinh.docx'), (xml) => xml.replace('TỜ TRÌNH', 'TỜ TRÌNH KIM PHƯỢNG'));
    const text = documentText((await renderWith(own)).bytes);
    expect(text).toContain('TỜ TRÌNH KIM PHƯỢNG');
    expect(text).toContain('Văn hóa - Xã hội');
    // a code that is not a plain folder name is never used as a path
    expect(new TemplateStore(own).locate('to-trinh', '../kim-phuong').label).toBe('to-trinh.docx');
  });

  it('a loop left open is refused naming the template and the field; the shipped one still works', async () => {
    const broken = join(dir, 'broken');
    edited(join(broken, 'kim-phuong', 'to-trinh.docx'), (xml) => xml.replace('{/de_nghi}', ''));
    expect(await refusal(renderWith(broken))).toEqual({ reason: 'document-template-broken', args: { template: 'kim-phuong/to-trinh.docx', field: 'de_nghi' } });
    expect(bot.core.i18n.t('vi', 'document-template-broken', { template: 'kim-phuong/to-trinh.docx', field: 'de_nghi' })).toContain(
      'Mẫu văn bản kim-phuong/to-trinh.docx bị lỗi ở trường «de_nghi»',
    );
    expect(documentText((await renderWith(null)).bytes)).toContain('Văn hóa - Xã hội kính trình');
  });

  it('a field the document does not know (a typo made in Word) is refused by name', async () => {
    const typo = join(dir, 'typo');
    edited(join(typo, 'to-trinh.docx'), (xml) => xml.replace('{can_cu_phong_trao}', '{can_cu_phong_trao_}'));
    expect(await refusal(renderWith(typo))).toEqual({ reason: 'document-template-field-unknown', args: { template: 'to-trinh.docx', field: 'can_cu_phong_trao_' } });
  });

  it('a file that is not a Word document is refused as unreadable', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'to-trinh.docx'), 'not a zip');
    expect(await refusal(renderWith(bad))).toEqual({ reason: 'document-template-unreadable', args: { template: 'to-trinh.docx' } });
  });

  it('a value missing from the data is left as a visible blank', async () => {
    // no head in the unit: the signer's name is the blank "……"
    await bot.core.db.roleGrant.deleteMany({ where: { role: 'HEAD', member: { unitId } } });
    const admin = await actorOf(bot, 'vptk-1');
    const doc = await bot.core.services.documents.render(admin, bot.campaignId, { ...TO_TRINH, unitId });
    expect(documentText(doc.bytes)).toMatch(/THỦ TRƯỞNG ĐƠN VỊ\n(\n)*……\n/);
  });
});
