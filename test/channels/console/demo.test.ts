import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../../src/dialogs/commands/index.js';
import { hasAccess } from '../../../src/domain/permissions.js';
import { I18n } from '../../../src/i18n/i18n.js';
import { runDemo as runDemoIn, type Run } from '../../support/demo.js';
import { placedDemoTitle } from '../../support/placed-demo.js';

// The real demo (`npm run demo`) as a child process: its own SQLite file, lines piped to stdin.

const TIMEOUT = 60_000;
const CAMPAIGN = placedDemoTitle();
const UNITS = [
  'Văn phòng - Thống kê',
  'Văn hóa - Xã hội',
  'Địa chính - Xây dựng - Nông nghiệp - Môi trường',
  'Tài chính - Kế toán',
  'Tư pháp - Hộ tịch',
  'Bộ phận Tiếp nhận và Trả kết quả',
];
const GRADES = ['Xuất sắc', 'Tốt', 'Khá', 'Trung bình', 'Yếu'];

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function newDatabase(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-demo-'));
  dirs.push(dir);
  return `file:${join(dir, 'demo.db')}`;
}

/** The demo on the database `databaseUrl` names (file:<dir>/demo.db), these lines on stdin. */
function runDemo(databaseUrl: string, lines: readonly string[]): Promise<Run> {
  return runDemoIn(dirname(databaseUrl.slice('file:'.length)), lines.map((l) => `${l}\n`).join(''), TIMEOUT - 5_000);
}

interface StandingLine {
  rank: number;
  unit: string;
  score: number;
  grade: string;
  /** absent on the very first standings: nothing to compare with */
  change: string | undefined;
  reported: number;
}

/** The lines of a /xephang reply: "1. <unit> — 80,57 điểm — Tốt — ▲1 — đã báo cáo 8/9 tiêu chí" (no mark the first time). */
function standings(text: string): StandingLine[] {
  const re = /^(\d+)\. (.+) — (\d+(?:,\d+)?) điểm — (.+?)(?: — (lần đầu xếp hạng|=|▲\d+|▼\d+))? — đã báo cáo (\d+)\/9 tiêu chí$/;
  return text.split('\n').flatMap((line) => {
    const m = re.exec(line);
    return m ? [{ rank: Number(m[1]), unit: m[2]!, score: Number(m[3]!.replace(',', '.')), grade: m[4]!, change: m[5], reported: Number(m[6]) }] : [];
  });
}

const round2 = (n: number) => Math.round(n * 100) / 100;

describe('the console demo as a child process', () => {
  let xephangDb: string;
  let firstRun: Run;

  it(
    '(a) /xephang prints the standings of all six Kim Phượng units with ranks and exits 0 at end of input',
    async () => {
      xephangDb = newDatabase();
      firstRun = await runDemo(xephangDb, ['/xephang']);
      expect(firstRun.code, firstRun.stderr).toBe(0);
      const { stdout } = firstRun;
      expect(stdout).toContain(`Bảng xếp hạng — ${CAMPAIGN}`);
      for (const unit of UNITS) expect(stdout).toContain(unit);

      const table = standings(stdout);
      expect(table.map((l) => l.unit).sort()).toEqual([...UNITS].sort());
      // Ranks run 1..6 in listed order (the seeded reports give six different scores), scores descending.
      expect(table.map((l) => l.rank)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(table.map((l) => l.score)).toEqual([...table.map((l) => l.score)].sort((a, b) => b - a));
      for (const l of table) {
        expect(l.score).toBeGreaterThan(0);
        expect(l.score).toBeLessThanOrEqual(100);
        expect(GRADES).toContain(l.grade);
        expect(l.change).toBeUndefined(); // the very first standings: no marks
      }
    },
    TIMEOUT,
  );

  it(
    '(b) a head reports 100 % through the scripted dialog and the final standings show the raised score',
    async () => {
      const before = standings(firstRun.stdout).find((l) => l.unit === 'Văn hóa - Xã hội')!;
      expect(before).toBeDefined();

      const run = await runDemo(xephangDb, [':la dinh van quang', '/baocao', '1', '100', '1', '1', '1', '/xephang']);
      expect(run.code, run.stderr).toBe(0);
      const out = run.stdout;
      expect(out).toContain('Bạn đang là: Đinh Văn Quang — Văn hóa - Xã hội');
      expect(out).toContain('Báo cáo của Văn hóa - Xã hội. Chọn nhiệm vụ (lĩnh vực):');
      expect(out).toContain(
        'Xác nhận báo cáo:\n• Đơn vị: Văn hóa - Xã hội\n• Tiêu chí: Mức độ hoàn thành nhiệm vụ cải cách thể chế\n• Kết quả: 100%\n• Ghi chú: (không có)\n• Tài liệu kiểm chứng: không có',
      );

      // The saved summary: previous value → 100 %, full points, and the unit's new total.
      const saved =
        /Đã lưu báo cáo\. Mức độ hoàn thành nhiệm vụ cải cách thể chế: (chưa có|\d+(?:,\d+)?%) → 100%\.\nĐiểm tiêu chí \(tạm tính\): 12,5\/12,5\.\nVăn hóa - Xã hội hiện đạt (\d+(?:,\d+)?)\/100 điểm, xếp thứ (\d) trong 6 đơn vị đã có kết quả\./.exec(
          out,
        );
      expect(saved, out).not.toBeNull();
      const previousValue = saved![1] === 'chưa có' ? 0 : Number(saved![1]!.replace('%', '').replace(',', '.'));
      expect(previousValue).toBeLessThan(100);
      // Linear scoring: 12.5 × previous/100 before, 12.5 now; the unit score is out of 100 points in all.
      const expected = round2(before.score - round2((12.5 * previousValue) / 100) + 12.5);
      expect(Number(saved![2]!.replace(',', '.'))).toBe(expected);

      const after = standings(out).find((l) => l.unit === 'Văn hóa - Xã hội')!;
      expect(after.score).toBe(expected);
      expect(after.score).toBeGreaterThan(before.score);
      expect(after.rank).toBe(Number(saved![3]));
      expect(after.rank).toBeLessThanOrEqual(before.rank);
      expect(after.reported).toBe(previousValue === 0 ? before.reported + 1 : before.reported);
      expect(after.change).toBe(after.rank < before.rank ? `▲${before.rank - after.rank}` : '=');
      // The other units keep their scores.
      const others = (t: StandingLine[]) => t.filter((l) => l.unit !== 'Văn hóa - Xã hội').map((l) => [l.unit, l.score]);
      expect(others(standings(out))).toEqual(others(standings(firstRun.stdout)));
    },
    TIMEOUT,
  );

  it(
    '(c) :ai lists the demo members with their roles and units',
    async () => {
      const run = await runDemo(newDatabase(), [':ai']);
      expect(run.code, run.stderr).toBe(0);
      const lines = run.stdout.split('\n');
      expect(lines[0]).toBe('Thành viên mẫu:');
      expect(lines.at(-2)).toBe('Gõ :la <tên> để đổi người dùng (có thể gõ không dấu, ví dụ :la tu).');
      expect(lines.at(-1)).toBe('');
      const people = lines.slice(1, -2);
      expect(people).toHaveLength(9);
      expect(people).toContain('• Ma Văn Thắng — Thành viên Hội đồng Thi đua – Khen thưởng');
      expect(people).toContain('• Hoàng Thị Lan — Thành viên Hội đồng Thi đua – Khen thưởng');
      expect(people).toContain('• Đinh Văn Quang — Thủ trưởng đơn vị — Văn hóa - Xã hội');
      expect(people).toContain('• Lương Văn Hùng — Thủ trưởng đơn vị — Địa chính - Xây dựng - Nông nghiệp - Môi trường');
      expect(people).toContain('• Nguyễn Thị Thu Hà — Thủ trưởng đơn vị — Tài chính - Kế toán');
      expect(people).toContain('• Ma Thị Huyền — Thủ trưởng đơn vị — Tư pháp - Hộ tịch');
      expect(people).toContain('• Hà Văn Tuấn — Thủ trưởng đơn vị — Bộ phận Tiếp nhận và Trả kết quả');
      // Members with two roles: the order of the roles is not a rule.
      expect(
        people
          .find((p) => p.startsWith('• Trương Anh Tú — '))!
          .split(' — ')[1]!
          .split(', ')
          .sort(),
      ).toEqual(['Lãnh đạo UBND', 'Thành viên Hội đồng Thi đua – Khen thưởng'].sort());
      const nhung = people.find((p) => p.startsWith('• Nông Thị Hồng Nhung — '))!.split(' — ');
      expect(nhung[1]!.split(', ').sort()).toEqual(['Thường trực phong trào', 'Thủ trưởng đơn vị'].sort());
      expect(nhung[2]).toBe('Văn phòng - Thống kê');
    },
    TIMEOUT,
  );

  it(
    '(d) with stdin not a TTY: no banner, no "> " prompt, just each reply and a newline',
    async () => {
      const run = await runDemo(newDatabase(), ['/trogiup', '', ':khach', '/xephang']);
      expect(run.code, run.stderr).toBe(0);
      // The demo starts as the secretariat (vptk-1: HEAD and ADMIN): every command but the council's vote; /duyet too, to record a higher level's decision.
      // what /trogiup lists is tested with the policy in test/dialogs/authorization.test.ts; here, that it comes whole
      const t = new I18n().translator('vi');
      const secretariat = { roles: ['HEAD', 'ADMIN'] as const };
      const help = [
        t('help-title'),
        ...allCommands()
          .filter((c) => hasAccess(secretariat, c.access))
          .map((c) => `/${c.name} — ${t(c.descriptionKey)}`),
        `/huy — ${t('cmd-huy')}`,
      ].join('\n');
      expect(help).toContain('/baocao — Báo cáo tiến độ, kết quả chỉ tiêu của đơn vị');
      expect(help).not.toContain('/bophieu');
      const visitor = 'Bạn đang là một người chưa đăng ký. Gõ /start <mã mời> để đăng ký.';
      const notRegistered =
        'Anh/chị chưa đăng ký nên chưa dùng được lệnh này. Hãy xin mã mời từ bộ phận thường trực phong trào thi đua của xã, phường mình rồi gõ /start <mã mời>.';
      // The empty line gets no answer at all.
      expect(run.stdout).toBe(`${help}\n${visitor}\n${notRegistered}\n`);
      expect(run.stdout.split('\n').filter((l) => l.startsWith('>'))).toEqual([]);
      expect(run.stdout).not.toContain('chế độ dòng lệnh');
    },
    TIMEOUT,
  );
});
