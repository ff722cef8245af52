import { INVITE_ALPHABET, INVITE_CODE_LENGTH } from '../../../src/services/campaigns/invite-codes.js';
import { HOA, NHUNG as TG_NHUNG, QUANG as TG_QUANG, type Person as TelegramPerson } from '../../channels/telegram/support/telegram.js';
import { NAM, NHUNG as ZALO_NHUNG, QUANG as ZALO_QUANG, type Person as ZaloPerson } from '../../channels/zalo/support/zalo.js';
import { Rand } from './rand.js';

// Who talks to the bot during a fuzz run, and what they type. Members are declared in the Kim
// Phượng campaign (codes) and get linked to these accounts; strangers start unregistered.

export interface CastMember<P> {
  person: P;
  /** the declared member's code in campaigns/kim-phuong-2025.yaml */
  code: string;
}

export const TELEGRAM_MEMBERS: Array<CastMember<TelegramPerson>> = [
  { person: TG_QUANG, code: 'vhxh-1' }, // HEAD
  { person: TG_NHUNG, code: 'vptk-1' }, // HEAD, ADMIN
  { person: { id: 7004, first_name: 'Tú', last_name: 'Trương Anh', language_code: 'vi' }, code: 'ct-ubnd' }, // LEADER, COUNCIL
  { person: { id: 7005, first_name: 'Hùng', last_name: 'Lương Văn' }, code: 'dcxd-1' }, // HEAD
  { person: { id: 7006, first_name: 'Thang', last_name: 'Ma Van', language_code: 'en' }, code: 'pct-ubnd' }, // COUNCIL
];

const TELEGRAM_STRANGERS: TelegramPerson[] = [
  HOA,
  { id: 7101, first_name: 'Nam', last_name: 'Trần Văn', language_code: 'vi' },
  { id: 7102, first_name: 'Lan', language_code: 'en' },
  { id: 7103, first_name: '😀', last_name: '\u202Eأحمد', language_code: 'ar' },
  { id: 7104, first_name: ' ', language_code: 'fr' },
  { id: 7105, first_name: 'Nguye\u0302\u0303n Va\u0306n Bi\u0300nh' },
];

export const ZALO_MEMBERS: Array<CastMember<ZaloPerson>> = [
  { person: ZALO_QUANG, code: 'vhxh-1' },
  { person: ZALO_NHUNG, code: 'vptk-1' },
  { person: { id: '5d6e7f8091a2b3c4d5e6', name: 'Trương Anh Tú' }, code: 'ct-ubnd' },
  { person: { id: '1122334455667788aabb', name: 'Lương Văn Hùng' }, code: 'dcxd-1' },
  { person: { id: 'ccddeeff001122334455', name: 'Ma Văn Thắng' }, code: 'pct-ubnd' },
];

const ZALO_STRANGERS: ZaloPerson[] = [
  NAM,
  { id: '0f1e2d3c4b5a69788796', name: 'Hoàng Thị Mai' },
  { id: '99887766554433221100', name: '' },
  { id: 'abababababababababab', name: '🇻🇳 Bình' },
  { id: '12121212121212121212', name: 'nguyen van an' },
];

/** Names new people give; strangers register over a run, so there are plenty of them. */
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hải', 'Khánh', 'Linh', 'Minh', 'Ngọc', 'Phúc', 'Quyên', 'Sơn', 'Thảo', 'Uyên', 'Vinh'];
const FAMILY = ['Nguyễn Văn', 'Trần Thị', 'Lê Văn', 'Phạm Thị', 'Hoàng', 'Vũ Thị', 'Đặng', 'Bùi Văn'];
const MORE = 60;

export function telegramStrangers(): TelegramPerson[] {
  const more = Array.from({ length: MORE }, (_, i) => ({
    id: 7200 + i,
    first_name: GIVEN[i % GIVEN.length]!,
    last_name: FAMILY[i % FAMILY.length]!,
    ...(i % 3 ? { language_code: 'vi' } : {}),
  }));
  return [...TELEGRAM_STRANGERS, ...more];
}

export function zaloStrangers(): ZaloPerson[] {
  const more = Array.from({ length: MORE }, (_, i) => ({ id: (0x5a10000 + i).toString(16).padStart(20, 'e'), name: `${FAMILY[i % FAMILY.length]} ${GIVEN[i % GIVEN.length]}` }));
  return [...ZALO_STRANGERS, ...more];
}

/** Invite codes the runner stores before the run, so strangers can register with /start <code>. */
export function inviteCodes(seed: number, count: number): string[] {
  const r = new Rand(seed ^ 0x5eed);
  return Array.from({ length: count }, () => Array.from({ length: INVITE_CODE_LENGTH }, () => r.pick([...INVITE_ALPHABET])).join(''));
}

/** Commands as people type them, with the arguments the dialogs read (units, task areas, names). */
export const COMMANDS = [
  '/start',
  '/trogiup',
  '/huy',
  '/baocao',
  '/baocao van hoa',
  '/baocao Văn phòng - Thống kê',
  '/baocao tu phap',
  '/baocao VHXH',
  '/baocao khong co',
  '/tiendo',
  '/tiendo dia chinh',
  '/nhiemvu',
  '/nhiemvu mot cua',
  '/xephang',
  '/xephang xa',
  '/xephang xã',
  '/xephang the che',
  '/xephang THE_CHE',
  '/xephang chinh quyen so',
  '/xephang cai cach',
  '/nhacnho',
  '/lienket',
  '/lienket ABCD2345',
  '/lienket 123456',
  '/chamdiem',
  '/chamdiem van hoa',
  '/thamdinh',
  '/vipham',
  '/vipham Đinh Văn Quang',
  '/vipham tai chinh',
  '/nophoso',
  '/hoso',
  '/hoso tu phap',
  '/sangkien',
  '/denghi',
  '/binhxet',
  '/bophieu',
  '/duyet',
  '/moi',
  '/moi van phong thu truong',
  '/moi van hoa can bo',
  '/moi tu phap hoi dong',
  '/thongbao',
  '/chiendich',
  '/baocaotonghop',
  '/START',
  '/XepHang',
  '/xephang@ThiDuaTestBot',
  '/baocao@ThiDuaTestBot van hoa',
  '/xephang@OtherBot',
  '/khongco',
  '/',
  '//',
  '/ baocao',
  '/baocao\nvan hoa',
  '/start@ThiDuaTestBot',
  '/huy@ThiDuaTestBot',
];

/** Commands that cost the most (a chart, a spreadsheet): asked for less often. */
export const HEAVY_COMMANDS = new Set(['/baocaotonghop', '/xephang', '/xephang the che', '/xephang THE_CHE', '/xephang chinh quyen so', '/XepHang', '/xephang@ThiDuaTestBot']);

/** Answers to the dialogs' questions: option numbers, values, dates, names, labels, notes. */
export const ANSWERS = [
  '1',
  '1',
  '2',
  '2',
  '3',
  '4',
  '5',
  '6',
  '8',
  '9',
  '0',
  '00',
  '10',
  '99',
  '100',
  '101',
  '-1',
  '98,5',
  '98.5',
  '98,5%',
  '100%',
  '95',
  '80',
  '0,5',
  '1.000,5',
  '1e3',
  'Infinity',
  'NaN',
  '  95  ',
  '٩٥',
  'mười',
  '31/12/2025',
  '05/12/2025',
  '1/1/2026',
  '29/02/2025',
  '32/13/2025',
  '2025-12-31',
  'hôm nay',
  'Nguyễn Thị Hoa',
  'nguyen thi hoa',
  'Trần Văn Nam',
  'Đinh Văn Quang',
  'dinh van quang',
  'Nông Thị Hồng Nhung',
  'Văn hóa - Xã hội',
  'van hoa xa hoi',
  'Văn phòng',
  'Cải cách thể chế',
  'cai cach the che',
  'Bỏ qua',
  'bo qua',
  'Xong',
  'xong',
  'Lưu',
  'luu',
  'Hủy',
  'huy',
  'Đồng ý',
  'dong y',
  'Không đồng ý',
  'Không biểu quyết',
  'Gửi',
  'Telegram',
  'Zalo',
  'Có',
  'Không',
  'Tốt',
  'Xuất sắc',
  'Giấy khen',
  'Tập thể',
  'Cá nhân',
  'Đã hoàn thành 100% nhiệm vụ rà soát văn bản quy phạm pháp luật năm 2025.',
  'Sáng kiến số hóa hồ sơ một cửa',
  'Đơn vị chưa nộp báo cáo đúng hạn, đã nhắc nhở.',
  'Chào bot',
  'ok',
  '?',
  '.',
  ' ',
  '',
  'a',
];

/** How people type an invite code they were given: as is, lower case, spaced, cut short, mistyped. */
export function inviteText(r: Rand, code: string): string {
  return r.weighted<() => string>([
    [6, () => code],
    [1, () => code.toLowerCase()],
    [1, () => `${code.slice(0, 4)} ${code.slice(4)}`],
    [1, () => `${code.slice(0, 4)}-${code.slice(4)}`],
    [1, () => code.slice(0, 5)],
    [1, () => `${code}X`],
    [1, () => code.replace(/[A-Z]/, 'Ô')],
  ])();
}
