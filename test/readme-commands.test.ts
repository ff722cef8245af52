import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandTable, README, readmeTable } from '../scripts/docs-commands.js';
import { ACTIONS, COMMAND_RULES } from '../src/domain/permissions.js';
import { I18n } from '../src/i18n/i18n.js';

// The README's command table is written from the access policy; a change to either without
// `npm run docs:commands` leaves them apart, and this says so.

describe('README command table', () => {
  it('is the one the access policy and the locales give (run `npm run docs:commands` after changing either)', () => {
    expect(readmeTable(readFileSync(README, 'utf8'))).toBe(commandTable());
  });

  it("names who may run each command as the policy says: /duyet's leaders approve, the secretariat records the higher level's answer", () => {
    const rows = new Map(
      commandTable()
        .split('\n')
        .slice(2)
        .map((line) => [line.split(' | ')[0]!.slice(2), line.split(' | ')[1]!]),
    );
    expect(rows.get('`/duyet`')).toBe('Lãnh đạo; Thường trực ghi kết quả cấp trên');
    expect(rows.get('`/baocao [đơn vị]`')).toBe('Thủ trưởng (đơn vị mình); Thường trực (mọi đơn vị)');
    expect(rows.get('`/tiendo [đơn vị]`')).toBe('thành viên (đơn vị mình); Thường trực, Lãnh đạo (mọi đơn vị)');
    expect(rows.get('`/xephang [lĩnh vực]`')).toBe('thành viên; trong nhóm: mọi người');
    expect(rows.get('`/bophieu`')).toBe('Thành viên Hội đồng');
  });

  it('follows the policy: giving the appraisal to leaders too changes the /thamdinh row, and the README no longer matches', () => {
    const changed = commandTable(new I18n(), 'vi', { ...ACTIONS, 'score.appraise': ['ADMIN', 'LEADER'] });
    expect(changed).toContain('| `/thamdinh [đơn vị]` | Thường trực, Lãnh đạo |');
    expect(readmeTable(readFileSync(README, 'utf8'))).not.toBe(changed);
  });

  it('has the Vietnamese and English texts of every command the policy knows', () => {
    const i18n = new I18n();
    for (const locale of ['vi', 'en'] as const) {
      const keys = new Set(i18n.keys(locale));
      for (const name of [...Object.keys(COMMAND_RULES), 'huy']) {
        expect(keys.has(`table-usage-${name}`), `${locale}: table-usage-${name}`).toBe(true);
        expect(keys.has(`table-does-${name}`), `${locale}: table-does-${name}`).toBe(true);
      }
    }
    expect(commandTable(i18n, 'en')).toContain("| `/duyet` | Leaders; Secretariat record the higher level's decision |");
  });
});
