import { searchKey } from '../../domain/text.js';
import { origin, tidy, topicOf, type Line } from './structure.js';
import type { DraftDocument, Missing } from './types.js';

// The dossier a unit sends with its proposals ("Thủ tục, hồ sơ đề nghị khen thưởng"): one document a
// line ("- Tờ trình kèm theo danh sách …", "- Biên bản họp …", "- Báo cáo thành tích … (02 bản)"), or
// one sentence ("Hồ sơ gồm: Tờ trình, Biên bản …, Báo cáo thành tích …"). The report on achievements
// is one per nominee when the plan says it is "của tập thể, cá nhân được đề nghị".

const DOCUMENT = /^(Tờ trình|Biên bản|Báo cáo thành tích|Bản sao|Bản tóm tắt|Danh sách|Giấy xác nhận|Bản thuyết minh|Văn bản|Quyết định công nhận)/iu;

function codeOf(title: string): DraftDocument['code'] {
  const key = searchKey(title);
  if (key.startsWith('to trinh')) return 'TO_TRINH';
  if (key.startsWith('bien ban')) return 'BIEN_BAN';
  if (key.startsWith('bao cao thanh tich')) return 'BAO_CAO_THANH_TICH';
  return 'KHAC';
}

export function findDossier(lines: Line[]): { dossier: DraftDocument[]; missing: Missing[] } {
  const dossier: DraftDocument[] = [];
  for (const line of lines.filter((l) => topicOf(l) === 'dossier' && !l.heading)) {
    const listed = /(?<![\p{L}])gồm\s*:?\s*(.+)$/iu.exec(line.body);
    const parts = listed ? listed[1]!.split(/[;,]\s*(?=Tờ trình|Biên bản|Báo cáo|Bản |Danh sách|Giấy|Văn bản|Quyết định)/iu) : [line.body];
    for (const part of parts) {
      if (!DOCUMENT.test(part.trim())) continue;
      const copies = /\(?(\d{1,2})\s*bản\)?/iu.exec(part);
      const title = tidy(part.replace(/\(?\d{1,2}\s*bản\)?/iu, ''));
      const doc: DraftDocument = { code: codeOf(title), title, perNominee: /được đề nghị|mỗi (?:tập thể|cá nhân)/iu.test(part), from: origin(line, tidy(part)) };
      if (copies) doc.copies = Number(copies[1]);
      if (!dossier.some((d) => d.code === doc.code && d.code !== 'KHAC')) dossier.push(doc);
    }
  }
  return { dossier, missing: dossier.length === 0 ? [{ path: 'dossier_documents', key: 'plan-draft-missing-dossier' }] : [] };
}
