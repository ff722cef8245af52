import { readLocale } from '../../src/i18n/i18n.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/generated/prisma/client.js';
import { RuleError } from '../../src/services/shared/errors.js';
import { demoAccountId } from '../../src/demo/seed.js';
import { allCommands } from '../../src/dialogs/commands/index.js';
import { commandAccess, commandRule, followsDeadline, may as policyAllows, mayActForAnyUnit, type Action, type CommandName } from '../../src/domain/permissions.js';
import { startTestBot, type TestBot } from '../support/core.js';
import { CAMPAIGN, DCXD, MOT_CUA, ORGANIZATION, TCKT, TPHT, UNITS, VHXH, VPTK } from '../support/kim-phuong.js';

// Who may run which command, for which unit: every role × every command × (no argument, own unit,
// another unit typed without diacritics), against a real core on SQLite. Who may is read from the
// access policy (src/domain/permissions.ts); what each one gets is asserted on the real bot's
// replies, the Vietnamese texts of locales/vi/ — so a command whose code ignores the policy fails.
// A new command needs its allowed reply described in expectOk, nothing else.

/** the campaign's units in Vietnamese collation order: how equal scores are listed */
const UNITS_COLLATED = [MOT_CUA, DCXD, TCKT, TPHT, VHXH, VPTK];

const AREAS = [
  'Cải cách thể chế',
  'Cải cách TTHC và thực hiện cơ chế một cửa, một cửa liên thông',
  'Cải cách tổ chức, bộ máy hành chính nhà nước',
  'Cải cách chế độ công vụ',
  'Cải cách tài chính công',
  'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
  'Tuyên truyền về cải cách hành chính',
  'Kiểm tra Cải cách hành chính',
];

const ROLE_NAMES: Record<Role, string> = {
  ADMIN: 'Thường trực phong trào',
  LEADER: 'Lãnh đạo UBND',
  HEAD: 'Thủ trưởng đơn vị',
  MEMBER: 'Cán bộ, công chức, viên chức',
  COUNCIL: 'Thành viên Hội đồng Thi đua – Khen thưởng',
};

// Texts of locales/vi/.
const NOT_REGISTERED = 'Anh/chị chưa đăng ký nên chưa dùng được lệnh này. Hãy xin mã mời từ bộ phận thường trực phong trào thi đua của xã, phường mình rồi gõ /start <mã mời>.';
const forbidden = (command: string) => `Lệnh /${command} không dành cho vai trò của anh/chị. Gõ /trogiup để xem các lệnh anh/chị dùng được.`;
const notYours = (unit: string) => `Anh/chị chỉ xem và báo cáo được cho đơn vị của mình, không phải ${unit}.`;
const START_STRANGER = [
  'Xin chào! Đây là trợ lý phong trào thi đua gắn với cải cách hành chính của UBND xã/phường.',
  'Để sử dụng, anh/chị cần mã mời do bộ phận thường trực phong trào thi đua của xã, phường mình cấp, rồi gõ: /start <mã mời>',
  'Gõ /trogiup để xem các lệnh.',
].join('\n');
const inviteUnknown = (code: string) => `Mã mời ${code} không đúng. Vui lòng kiểm tra lại từng ký tự, hoặc xin mã mới từ bộ phận thường trực.`;
const ALREADY_REGISTERED = 'Tài khoản này đã đăng ký rồi, không cần dùng mã mời nữa.';
const LINK_STRANGER =
  'Để liên kết, mở bot trên ứng dụng anh/chị đã đăng ký (Telegram hoặc Zalo), gõ /lienket để nhận mã, rồi gõ ở đây: /lienket <mã>. Nếu chưa đăng ký ở đâu, hãy gõ /start <mã mời> do bộ phận thường trực cấp.';
const IDLE_HINT = 'Hiện không có thao tác nào đang dở. Gõ /trogiup để xem các lệnh.';
const STRANGER_HINT = 'Anh/chị chưa đăng ký sử dụng. Hãy gõ /start kèm mã mời do bộ phận thường trực phong trào cấp, ví dụ: /start AB7K9XQM';
const PROGRESS_NO_UNIT = 'Tài khoản của anh/chị chưa gắn với đơn vị nào. Gõ /tiendo <tên đơn vị> để xem một đơn vị.';
const OPTIONS_HINT = '(Gõ số thứ tự hoặc tên lựa chọn; /huy để hủy.)';
const options = (labels: readonly string[]) => labels.map((l, i) => `  ${i + 1}. ${l}`).join('\n');

/** One-line descriptions of the commands, as locales/vi/ has them. */
const VI_FTL = readLocale('locales', 'vi')
  .map((file) => file.text)
  .join('\n');
function DESCRIPTION_OF(key: string): string {
  const line = new RegExp(`^${key} = (.+)$`, 'm').exec(VI_FTL);
  if (!line) throw new Error(`${key} missing from locales/vi/`);
  return line[1]!;
}

const DOSSIER_KINDS = ['Tờ trình khen thưởng của cơ quan', 'Biên bản họp của cơ quan', 'Báo cáo thành tích tập thể, cá nhân'];
const DOSSIER_NO_UNIT = 'Tài khoản của anh/chị chưa gắn với đơn vị nào. Thường trực gõ kèm tên đơn vị, ví dụ: /hoso tu phap.';

/** every command, in the order /trogiup lists them */
const COMMANDS = allCommands().map((c) => c.name as CommandName);

// ---- Who may: the access policy ----

/** null: open to strangers; 'member': any registered member; else the roles that may run it. */
function accessOf(command: CommandName): null | 'member' | readonly Role[] {
  const access = commandAccess(command);
  return access === 'anyone' ? null : access;
}

interface Identity {
  label: string;
  /** console account id */
  account: string;
  /** null: an unregistered visitor */
  roles: readonly Role[] | null;
  fullName: string;
  unit: string | null;
}

interface Arg {
  label: 'no argument' | 'own unit' | 'other unit';
  text: string;
  /** the unit the typed text names */
  unit: string | null;
}

type Outcome = { kind: 'not-registered' } | { kind: 'forbidden' } | { kind: 'not-yours'; unit: string } | { kind: 'ok'; unit: string | null };

/** Whether a registered person may do an action of the policy (a visitor may not). */
const may = (who: Identity, action: Action) => who.roles !== null && policyAllows({ roles: who.roles }, action);
const holdsAny = (who: Identity, roles: readonly Role[]) => who.roles?.some((r) => roles.includes(r)) ?? false;

function expectedOutcome(who: Identity, command: CommandName, arg: Arg): Outcome {
  const access = accessOf(command);
  if (access === null) return { kind: 'ok', unit: arg.unit };
  if (who.roles === null) return { kind: 'not-registered' };
  if (access !== 'member' && !holdsAny(who, access)) return { kind: 'forbidden' };
  const target = arg.unit ?? who.unit;
  // A command about one unit: another unit than one's own only for those who may act for any.
  const scope = commandRule(command).unitArgument;
  if (scope && target !== null && target !== who.unit && !mayActForAnyUnit({ roles: who.roles }, scope)) return { kind: 'not-yours', unit: target };
  return { kind: 'ok', unit: target };
}

function whoAmI(who: Identity): string {
  return [`Họ tên: ${who.fullName}`, `Đơn vị: ${who.unit ?? '(chưa thuộc đơn vị nào)'}`, `Vai trò: ${who.roles!.map((r) => ROLE_NAMES[r]).join(', ')}`].join('\n');
}

/** "Họ tên / Đơn vị / Vai trò"; a member's roles may be listed in any order. */
function expectWhoAmI(text: string, who: Identity): void {
  const [name, unit, roles, ...rest] = text.split('\n');
  expect([name, unit, rest]).toEqual([`Họ tên: ${who.fullName}`, `Đơn vị: ${who.unit ?? '(chưa thuộc đơn vị nào)'}`, []]);
  const names = who.roles!.map((r) => ROLE_NAMES[r]);
  expect([`Vai trò: ${names.join(', ')}`, `Vai trò: ${[...names].reverse().join(', ')}`]).toContain(roles);
}

function helpText(who: Identity): string {
  const open = COMMANDS.filter((c) => {
    const access = accessOf(c);
    return access === null || (who.roles !== null && (access === 'member' || holdsAny(who, access)));
  });
  const title = who.roles === null ? 'Anh/chị chưa đăng ký. Các lệnh dùng được:' : 'Các lệnh anh/chị dùng được:';
  return [title, ...open.map((c) => `/${c} — ${DESCRIPTION_OF(`cmd-${c}`)}`), `/huy — ${DESCRIPTION_OF('cmd-huy')}`].join('\n');
}

/** Checks an allowed command's reply: its exact first line(s) and the facts it must show. */
function expectOk(reply: string, who: Identity, command: CommandName, arg: Arg, unit: string | null, registeredMembers: number): void {
  const lines = reply.split('\n');
  switch (command) {
    case 'start':
      if (who.roles === null) {
        expect(reply).toBe(arg.text === '' ? START_STRANGER : inviteUnknown(arg.text.toUpperCase().replace(/\s/g, '')));
      } else {
        expectWhoAmI(arg.text === '' ? reply : reply.replace(`${ALREADY_REGISTERED}\n\n`, ''), who);
        if (arg.text !== '') expect(reply.startsWith(`${ALREADY_REGISTERED}\n\n`)).toBe(true);
      }
      return;
    case 'trogiup':
      expect(reply).toBe(helpText(who));
      return;
    case 'baocao':
      expect(reply).toBe(`Báo cáo của ${unit}. Chọn nhiệm vụ (lĩnh vực):\n${options(AREAS)}\n${OPTIONS_HINT}`);
      return;
    case 'tiendo':
      if (unit === null) {
        expect(reply).toBe(PROGRESS_NO_UNIT);
        return;
      }
      expect(lines[0]).toBe(`Tiến độ của ${unit} — ${CAMPAIGN}`);
      expect(lines).toContain('• Mức độ hoàn thành nhiệm vụ cải cách thể chế: chưa báo cáo (chỉ tiêu 100%)');
      expect(lines).toContain('Còn 9/9 tiêu chí chưa báo cáo. Gõ /baocao để báo cáo.');
      expect(lines).toContain('• Nộp hồ sơ xét khen thưởng về UBND xã: 05/12/2025 (còn 11 ngày làm việc)');
      return;
    case 'nhiemvu':
      expect(lines[0]).toBe(`Nhiệm vụ của ${unit ?? ORGANIZATION} — ${CAMPAIGN}`);
      expect(lines).toContain('1. Cải cách thể chế');
      expect(lines).toContain('• Mức độ hoàn thành nhiệm vụ cải cách thể chế — chỉ tiêu 100%, tối đa 12,5 điểm');
      expect(lines).toContain('8. Kiểm tra Cải cách hành chính');
      expect(lines.at(-1)).toBe('Gõ /baocao để báo cáo kết quả, /tiendo để xem tiến độ.');
      return;
    case 'xephang':
      if (arg.text !== '') {
        // The argument names a task area (lĩnh vực), not a unit: "tai chinh" is "Cải cách tài chính công".
        const area = AREAS.find((a) => a.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').includes(arg.text));
        if (area) expect(lines[0]).toBe(`Bảng xếp hạng lĩnh vực "${area}" — ${CAMPAIGN}`);
        else expect(lines[0]).toMatch(new RegExp(`^Không có lĩnh vực nào khớp với "${arg.text}"\\. Các lĩnh vực: Cải cách thể chế;`));
        return;
      }
      expect(lines.slice(0, 3)).toEqual([`Bảng xếp hạng — ${CAMPAIGN}`, '(Tạm tính theo số liệu các đơn vị báo cáo, chưa thẩm định.)', '']);
      // Nothing reported yet: no unit is ranked or graded; all are listed by name as "chưa báo cáo".
      expect(lines.slice(3, 10)).toEqual(['Chưa báo cáo tiêu chí nào nên chưa xếp hạng, xếp loại (6 đơn vị):', ...UNITS_COLLATED.map((u) => `• ${u}`)]);
      expect(lines.slice(-1)).toEqual(['(Kèm ảnh biểu đồ — xem được trên Telegram.)']);
      return;
    case 'bangdieukhien':
      // The test bot has no PUBLIC_BASE_URL: no page to link to (test/http/dashboard*.test.ts open it).
      expect(reply).toBe('Bot chưa có địa chỉ web (PUBLIC_BASE_URL) nên chưa mở được bảng điều khiển. Vui lòng báo người quản trị bot.');
      return;
    case 'nophoso':
      if (unit === null) {
        expect(reply).toBe(DOSSIER_NO_UNIT);
        return;
      }
      expect(reply).toBe(`Nộp hồ sơ của ${unit}. Chọn loại tài liệu (✓ là đã có):\n${options(DOSSIER_KINDS)}\n${OPTIONS_HINT}`);
      return;
    case 'hoso':
      if (unit === null) {
        expect(reply).toBe(DOSSIER_NO_UNIT);
        return;
      }
      expect(lines[0]).toBe(`Hồ sơ đề nghị khen thưởng — ${unit}`);
      expect(lines.slice(1, 4)).toEqual(DOSSIER_KINDS.map((k) => `✗ ${k}: chưa nộp`));
      expect(lines).toContain('Đã nộp 0/3 thành phần.');
      expect(lines).toContain('• Nộp hồ sơ xét khen thưởng về UBND xã: 05/12/2025 (còn 11 ngày làm việc)');
      return;
    case 'chamdiem':
      expect(lines[0]).toBe(`Tự chấm điểm của ${unit}. Chọn nhiệm vụ (lĩnh vực):`);
      expect(lines[1]).toBe('  1. Cải cách thể chế — chưa chấm');
      return;
    case 'thamdinh':
      if (arg.text === '') expect(lines[0]).toBe('Thẩm định điểm tự chấm của đơn vị nào?');
      else expect(lines[0]).toBe(`Thẩm định điểm của ${unit} (đã thẩm định 0/9 tiêu chí). Chọn tiêu chí, hoặc chọn Xong:`);
      return;
    case 'vipham':
      if (arg.text === '') expect(lines[0]).toBe('Chưa ghi nhận vi phạm nào trong phong trào.');
      else expect(lines[0]).toBe(`Nhập nội dung vi phạm của ${arg.unit} (tập thể), ví dụ: văn bản kết luận, hình thức kỷ luật.`);
      return;
    case 'sangkien':
      // The secretariat decides on initiatives; everyone else sees their own and may send one.
      expect(lines[0]).toBe(may(who, 'initiative.decide') ? 'Không có sáng kiến nào chờ công nhận.' : 'Anh/chị chưa gửi sáng kiến nào trong phong trào này.');
      return;
    case 'denghi':
      expect(lines[0]).toBe(`Đề nghị khen thưởng cho ${unit}. Đề nghị cho tập thể hay cá nhân?`);
      return;
    case 'binhxet':
      expect(lines[0]).toBe('Chưa có đề nghị khen thưởng nào đủ hồ sơ để đưa ra bình xét. Các đơn vị hoàn thiện hồ sơ và gửi đề nghị bằng /denghi.');
      return;
    case 'bophieu':
      expect(lines[0]).toBe('Hiện chưa có đợt bình xét nào đang mở. Khi bộ phận thường trực mở bình xét, anh/chị gõ lại /bophieu.');
      return;
    case 'duyet':
      expect(lines[0]).toBe(
        may(who, 'award.approve')
          ? 'Chưa có đề nghị nào được Hội đồng thông qua đang chờ phê duyệt.'
          : 'Không có đề nghị cấp trên nào đang chờ kết quả. Lãnh đạo UBND phê duyệt danh sách khen thưởng bằng lệnh /duyet.',
      );
      return;
    case 'baocaotonghop':
      expect(lines[0]).toMatch(new RegExp(`^Báo cáo tổng hợp ${CAMPAIGN.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, số liệu đến ngày 20/11/2025\\.`));
      expect(lines.at(-1)).toMatch(/^\(Đã lưu tệp bao-cao-tong-hop-kim-phuong-2025-20-11-2025\.xlsx tại: .+\.xlsx\)$/);
      return;
    case 'vanban':
      // Nobody is proposed yet: a head has nothing to take; the secretariat and leaders the campaign's report.
      if (may(who, 'documents.campaign'))
        expect(reply).toBe(
          `Văn bản soạn sẵn của ${CAMPAIGN}. Chọn văn bản cần tải (tệp Word để sửa rồi ký ban hành):\n${options(['Báo cáo kết quả phong trào'])}\n${OPTIONS_HINT}`,
        );
      else expect(reply).toBe(DESCRIPTION_OF('documents-none'));
      return;
    case 'moi':
      if (arg.text === '') {
        expect(reply).toBe(`Tạo mã mời cho đơn vị nào?\n${options([...UNITS, 'Không thuộc đơn vị (lãnh đạo, hội đồng)'])}\n${OPTIONS_HINT}`);
      } else {
        // A unit without a role: the role is asked next.
        expect(reply).toBe(`Vai trò của người được mời?\n${options(Object.values(ROLE_NAMES))}\n${OPTIONS_HINT}`);
      }
      return;
    case 'nhacnho': {
      // Nothing is queued in this campaign yet; the deadlines shown are the ones the roles act on.
      expect(lines[0]).toBe('Hiện không có tin nhắc nào đang chờ gửi cho anh/chị.');
      const concerns = (kind: 'DOSSIER' | 'VOTE') => followsDeadline({ roles: who.roles! }, kind);
      expect(reply.includes('• Nộp hồ sơ xét khen thưởng về UBND xã: 05/12/2025 (còn 11 ngày làm việc)')).toBe(concerns('DOSSIER'));
      expect(reply.includes('• Hội đồng Thi đua - Khen thưởng bình xét: 15/12/2025 (còn 17 ngày làm việc)')).toBe(concerns('VOTE'));
      // Only what the member may change is offered: the check-in, to heads (it goes to heads only).
      if (may(who, 'unit.answer-for')) {
        expect(lines).toContain('Nhắc cập nhật tiến độ định kỳ: đang bật.');
        expect(reply.endsWith(`Anh/chị muốn thay đổi gì?\n${options(['Tắt nhắc cập nhật tiến độ định kỳ'])}\n${OPTIONS_HINT}`)).toBe(true);
      } else {
        expect(lines).toContain('Nhắc cập nhật tiến độ định kỳ: chỉ gửi cho thủ trưởng đơn vị.');
        expect(reply).not.toContain('Anh/chị muốn thay đổi gì?');
      }
      return;
    }
    case 'lienket':
      if (arg.text !== '') {
        // The argument is read as a link code, which a unit's name is not.
        expect(reply).toBe(
          `Mã liên kết ${arg.text.toUpperCase().replace(/\s/g, '')} không đúng. Vui lòng kiểm tra lại từng ký tự, hoặc gõ /lienket ở ứng dụng đã đăng ký để lấy mã mới.`,
        );
      } else if (who.roles === null) {
        expect(reply).toBe(LINK_STRANGER);
      } else {
        expect(lines[0]).toMatch(/^Mã liên kết của anh\/chị: [A-Z2-9]{8} \(hết hạn lúc 20\/11\/2025 09:10, dùng được 1 lần\)\.$/);
        expect(lines.slice(1)).toEqual([
          expect.stringMatching(/^Mở bot trên Zalo, gõ: \/lienket [A-Z2-9]{8}$/),
          '',
          'Tài khoản đã liên kết: dòng lệnh. Nhắc việc, thông báo gửi qua: dòng lệnh.',
        ]);
      }
      return;
    case 'thongbao':
      expect(reply).toBe(`Gửi thông báo cho ai?\n${options(['Tất cả thành viên', 'Một đơn vị', 'Theo vai trò (thủ trưởng, lãnh đạo, hội đồng…)'])}\n${OPTIONS_HINT}`);
      return;
    case 'suakehoach':
      expect(lines[0]).toBe(`Điều chỉnh kế hoạch: ${CAMPAIGN}.`);
      return;
    case 'chiendich':
      expect(lines[0]).toBe(`${CAMPAIGN} — ${ORGANIZATION}`);
      // The plan says "năm 2025" and no closing day: the end of the period is a default, marked so.
      expect(lines).toContain('Thời gian: từ 18/02/2025 đến 31/12/2025');
      expect(lines).toContain('Cơ quan phát động: UBND xã Kim Phượng. Thường trực: Bộ phận Văn phòng - Thống kê');
      expect(lines).toContain('6 đơn vị, 8 nhiệm vụ, 9 tiêu chí');
      expect(lines).toContain(`Đã đăng ký: ${registeredMembers}/${registeredMembers} thành viên`);
      expect(lines).toContain('Báo cáo: 0 lượt, 0/6 đơn vị đã báo cáo');
      return;
  }
}

// ---- The people ----

const STRANGER: Identity = { label: 'STRANGER', account: 'visitor-x', roles: null, fullName: '', unit: null };
/** created through the product: the ADMIN vptk-1 types /moi <unit> <role>, the person types /start <code> and a name */
const INVITED = {
  MEMBER: { label: 'MEMBER', account: 'console-member', roles: ['MEMBER'], fullName: 'Lò Thị Mai', unit: TCKT, moi: 'tai chinh MEMBER', own: 'tai chinh' },
  ADMIN: { label: 'ADMIN', account: 'console-admin', roles: ['ADMIN'], fullName: 'Phạm Văn Bình', unit: VPTK, moi: 'van phong ADMIN', own: 'van phong' },
  LEADER: { label: 'LEADER', account: 'console-leader', roles: ['LEADER'], fullName: 'Hoàng Văn Long', unit: VPTK, moi: 'van phong LEADER', own: 'van phong' },
  COUNCIL: { label: 'COUNCIL', account: 'console-council', roles: ['COUNCIL'], fullName: 'Vi Thị Hạnh', unit: DCXD, moi: 'dia chinh COUNCIL', own: 'dia chinh' },
} satisfies Record<string, Identity & { moi: string; own: string }>;
/** declared in campaigns/kim-phuong-2025.yaml, given console accounts by the test core */
const HEAD: Identity & { own: string } = { label: 'HEAD', account: demoAccountId('vhxh-1'), roles: ['HEAD'], fullName: 'Đinh Văn Quang', unit: VHXH, own: 'van hoa' };
const DECLARED = {
  HEAD_ADMIN: { label: 'vptk-1 (HEAD+ADMIN)', account: demoAccountId('vptk-1'), roles: ['HEAD', 'ADMIN'], fullName: 'Nông Thị Hồng Nhung', unit: VPTK },
  LEADER_COUNCIL: { label: 'ct-ubnd (LEADER+COUNCIL, no unit)', account: demoAccountId('ct-ubnd'), roles: ['LEADER', 'COUNCIL'], fullName: 'Trương Anh Tú', unit: null },
  COUNCIL_ONLY: { label: 'pct-ubnd (COUNCIL, no unit)', account: demoAccountId('pct-ubnd'), roles: ['COUNCIL'], fullName: 'Ma Văn Thắng', unit: null },
} satisfies Record<string, Identity>;

const OTHER: Arg = { label: 'other unit', text: 'tu phap', unit: TPHT };
const argsFor = (own: { text: string; unit: string }): Arg[] => [{ label: 'no argument', text: '', unit: null }, { label: 'own unit', text: own.text, unit: own.unit }, OTHER];

const ROLE_ROWS: Array<{ who: Identity; args: Arg[] }> = [
  // A visitor has no unit; "own" is just another unit name for them.
  { who: STRANGER, args: argsFor({ text: 'van hoa', unit: VHXH }) },
  { who: INVITED.MEMBER, args: argsFor({ text: INVITED.MEMBER.own, unit: TCKT }) },
  { who: HEAD, args: argsFor({ text: HEAD.own, unit: VHXH }) },
  { who: INVITED.ADMIN, args: argsFor({ text: INVITED.ADMIN.own, unit: VPTK }) },
  { who: INVITED.LEADER, args: argsFor({ text: INVITED.LEADER.own, unit: VPTK }) },
  { who: INVITED.COUNCIL, args: argsFor({ text: INVITED.COUNCIL.own, unit: DCXD }) },
];

interface Case {
  role: string;
  command: CommandName;
  arg: Arg['label'];
  line: string;
  who: Identity;
  argument: Arg;
  outcome: Outcome;
}

function casesFor(rows: Array<{ who: Identity; args: Arg[] }>): Case[] {
  return rows.flatMap(({ who, args }) =>
    COMMANDS.flatMap((command) =>
      args.map((argument) => ({
        role: who.label,
        command,
        arg: argument.label,
        line: `/${command}${argument.text ? ` ${argument.text}` : ''}`,
        who,
        argument,
        outcome: expectedOutcome(who, command, argument),
      })),
    ),
  );
}

let bot: TestBot;
let registeredMembers = 0;

async function reportCount(): Promise<number> {
  return bot.core.db.progressReport.count();
}

beforeAll(async () => {
  bot = await startTestBot();
  for (const who of Object.values(INVITED)) {
    bot.as('vptk-1');
    const created = await bot.say(`/moi ${who.moi}`);
    const code = /Mã mời: ([A-Z0-9]{8}) — /.exec(created)?.[1];
    expect(code, created).toBeDefined();
    expect(created).toContain(`— ${ROLE_NAMES[who.roles[0]!]}, ${who.unit}. Dùng được 1 lần, hết hạn ngày 27/11/2025.`);
    bot.console.become(who.account);
    expect(await bot.say(`/start ${code}`)).toBe(`Mã mời hợp lệ: ${ORGANIZATION} — ${who.unit}.\n\nXin cho biết họ và tên đầy đủ của anh/chị (có dấu), ví dụ: Nguyễn Thị Hoa.`);
    expect(await bot.say(who.fullName)).toBe(`Đăng ký thành công. Chào mừng ${who.fullName}!\n\n${whoAmI(who)}\n\nGõ /trogiup để xem các lệnh anh/chị dùng được.`);
  }
  registeredMembers = await bot.core.db.member.count();
  // 9 declared members + the 4 invited ones
  expect(registeredMembers).toBe(13);
});
afterAll(() => bot.close());

async function runCase(c: Case): Promise<void> {
  bot.console.become(c.who.account);
  await bot.say('/huy'); // start every case from an idle chat
  const reply = await bot.say(c.line);
  switch (c.outcome.kind) {
    case 'not-registered':
      expect(reply).toBe(NOT_REGISTERED);
      break;
    case 'forbidden':
      expect(reply).toBe(forbidden(c.command));
      break;
    case 'not-yours':
      expect(reply).toBe(notYours(c.outcome.unit));
      break;
    case 'ok':
      expectOk(reply, c.who, c.command, c.argument, c.outcome.unit, registeredMembers);
      break;
  }
  if (c.command === 'baocao' && c.outcome.kind !== 'ok') {
    // A refused /baocao leaves no dialog behind: answering as if it had asked gets nowhere.
    for (const answer of ['1', '100', '1', '1', '1']) expect(await bot.say(answer)).toBe(c.who.roles === null ? STRANGER_HINT : IDLE_HINT);
  }
  expect(await reportCount()).toBe(0);
}

describe('authorization matrix: role × command × unit', () => {
  const cases = casesFor(ROLE_ROWS);

  it('covers every role × every command × 3 arguments, and every kind of outcome', () => {
    expect(cases).toHaveLength(ROLE_ROWS.length * COMMANDS.length * 3);
    const kinds = new Set(cases.map((c) => c.outcome.kind));
    expect([...kinds].sort()).toEqual(['forbidden', 'not-registered', 'not-yours', 'ok']);
    // A visitor is refused everything but what is open to anyone, whatever the argument.
    const open = COMMANDS.filter((c) => accessOf(c) === null);
    expect(open).toEqual(['start', 'trogiup', 'lienket']);
    expect(cases.filter((c) => c.who === STRANGER && c.outcome.kind === 'not-registered')).toHaveLength((COMMANDS.length - open.length) * 3);
  });

  describe.each(ROLE_ROWS.map((r) => ({ role: r.who.label, rows: cases.filter((c) => c.who === r.who) })))('$role', ({ rows }) => {
    it.each(rows)('$line ($arg) → $outcome.kind', runCase);
  });
});

describe('declared members with combined roles or no unit', () => {
  const rows = Object.values(DECLARED).map((who) => ({
    who,
    args: [{ label: 'no argument', text: '', unit: null } as Arg, { label: 'other unit', text: 'van hoa', unit: VHXH } as Arg],
  }));
  const cases = casesFor(rows);

  it('gives the unitless council member no other unit and the unitless leader every unit', () => {
    const pick = (label: string, line: string) => cases.find((c) => c.who.label === label && c.line === line)?.outcome;
    expect(pick(DECLARED.COUNCIL_ONLY.label, '/tiendo van hoa')).toEqual({ kind: 'not-yours', unit: VHXH });
    expect(pick(DECLARED.LEADER_COUNCIL.label, '/tiendo van hoa')).toEqual({ kind: 'ok', unit: VHXH });
    expect(pick(DECLARED.LEADER_COUNCIL.label, '/tiendo')).toEqual({ kind: 'ok', unit: null });
    expect(pick(DECLARED.HEAD_ADMIN.label, '/baocao van hoa')).toEqual({ kind: 'ok', unit: VHXH });
  });

  describe.each(rows.map((r) => ({ role: r.who.label, rows: cases.filter((c) => c.who === r.who) })))('$role', ({ rows: mine }) => {
    it.each(mine)('$line ($arg) → $outcome.kind', runCase);
  });
});

describe('an allowed /baocao saves; the service refuses what the dialog refuses', () => {
  let own: TestBot;
  beforeAll(async () => {
    own = await startTestBot();
  });
  afterAll(() => own.close());

  const reports = () => own.core.db.progressReport.findMany({ orderBy: { id: 'asc' }, include: { unit: true, member: true } });

  it.each([
    { who: 'vhxh-1', line: '/baocao', unit: VHXH, reporter: 'Đinh Văn Quang' },
    { who: 'vhxh-1', line: '/baocao van hoa', unit: VHXH, reporter: 'Đinh Văn Quang' },
    { who: 'vptk-1', line: '/baocao tu phap', unit: TPHT, reporter: 'Nông Thị Hồng Nhung' },
  ])('$who: $line → a report for $unit', async ({ who, line, unit, reporter }) => {
    own.as(who);
    const before = (await reports()).length;
    expect(await own.say(line)).toContain(`Báo cáo của ${unit}. Chọn nhiệm vụ (lĩnh vực):`);
    await own.say('1');
    await own.say('100');
    await own.say('1');
    await own.say('1');
    expect(await own.say('1')).toContain('Đã lưu báo cáo. Mức độ hoàn thành nhiệm vụ cải cách thể chế: ');
    const rows = await reports();
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({ value: 100, unit: { name: unit }, member: { fullName: reporter } });
  });

  it('a HEAD reporting for another unit through the service gets RuleError(report-forbidden-unit) and nothing is written', async () => {
    const head = await own.core.services.members.findActor('CONSOLE', demoAccountId('vhxh-1'));
    expect(head).toMatchObject({ roles: ['HEAD'], unit: { name: VHXH } });
    const campaign = await own.core.services.campaigns.view(own.campaignId);
    const tuPhap = campaign.units.find((u) => u.name === TPHT)!;
    const criterion = campaign.taskAreas[0]!.criteria[0]!;
    const [reportsBefore, auditBefore] = [await own.core.db.progressReport.count(), await own.core.db.auditLog.count()];

    const attempt = own.core.services.reports.saveProgress({
      actor: head!,
      campaignId: own.campaignId,
      unitId: tuPhap.id,
      criterionId: criterion.id,
      value: 100,
      note: 'không được phép',
      channel: 'CONSOLE',
    });
    await expect(attempt).rejects.toBeInstanceOf(RuleError);
    await expect(attempt).rejects.toMatchObject({ reason: 'report-forbidden-unit' });

    expect(await own.core.db.progressReport.count()).toBe(reportsBefore);
    expect(await own.core.db.progressReport.count({ where: { unitId: tuPhap.id, memberId: head!.memberId } })).toBe(0);
    expect(await own.core.db.auditLog.count()).toBe(auditBefore);
  });
});
