import type { CampaignFile } from '../../src/campaign-file/schema.js';
import type { Db } from '../../src/db/client.js';
import { importCampaign } from '../../src/services/campaigns/campaign-import.js';
import { rebuildLatest } from '../../src/services/reporting/latest-reports.js';

// A synthetic city for the benchmarks: N communes and wards, each importing a copy of one real
// campaign file (its task areas, criteria, grade bands and deadlines) with its own units and
// members, every member on Telegram, and the reports a year of weekly reporting leaves behind.

export interface CityShape {
  organizations: number;
  unitsPerOrganization: number;
  membersPerUnit: number;
  reports: number;
}

export interface SeededMember {
  memberId: number;
  /** the Telegram user id (and private chat id) of the member's account */
  telegramId: number;
  head: boolean;
}

export interface SeededCommune {
  organizationId: number;
  campaignId: number;
  members: SeededMember[];
}

export interface SeededCity {
  cityId: number;
  communes: SeededCommune[];
  /** the city-level ADMIN's Telegram id */
  cityAdminTelegramId: number;
}

const FIRST_TELEGRAM_ID = 1_000_000;
const CHUNK = 2000;

const UNIT_NAMES = [
  'Văn phòng HĐND và UBND',
  'Phòng Kinh tế',
  'Phòng Văn hóa - Xã hội',
  'Trung tâm Phục vụ hành chính công',
  'Tư pháp - Hộ tịch',
  'Địa chính - Xây dựng',
  'Tài chính - Kế toán',
  'Ban Chỉ huy Quân sự',
  'Trạm Y tế',
  'Trường Mầm non',
  'Trường Tiểu học',
  'Trường Trung học cơ sở',
  'Ủy ban MTTQ',
  'Đoàn Thanh niên',
  'Hội Liên hiệp Phụ nữ',
  'Hội Nông dân',
  'Hội Cựu chiến binh',
];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý', 'Ma', 'Nông', 'Lương'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Hồng', 'Quang', 'Thanh', 'Ngọc', 'Anh'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hùng', 'Lan', 'Linh', 'Mai', 'Nam', 'Phương', 'Quân', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Yến'];

const nameOf = (n: number) => `${FAMILY[n % FAMILY.length]} ${MIDDLE[(n >> 3) % MIDDLE.length]} ${GIVEN[(n * 7) % GIVEN.length]}`;

/** The template's campaign for commune `i`: its own codes, units and members, in the city. */
function communeFile(template: CampaignFile, i: number, shape: CityShape): CampaignFile {
  const n = String(i + 1).padStart(3, '0');
  const units = Array.from({ length: shape.unitsPerOrganization }, (_, u) => ({
    code: `DV${String(u + 1).padStart(2, '0')}`,
    name: UNIT_NAMES[u % UNIT_NAMES.length]! + (u >= UNIT_NAMES.length ? ` ${Math.floor(u / UNIT_NAMES.length) + 1}` : ''),
  }));
  const members = units.flatMap((unit, u) =>
    Array.from({ length: shape.membersPerUnit }, (_, m) => {
      const roles: CampaignFile['members'][number]['roles'] = m === 0 ? ['HEAD'] : ['MEMBER'];
      // the first unit's head runs the campaign; its deputy leads and sits on the council
      if (u === 0 && m === 0) roles.push('ADMIN');
      if (u === 0 && m === 1) roles.splice(0, 1, 'LEADER', 'COUNCIL');
      return { code: `${unit.code.toLowerCase()}-${m + 1}`, name: nameOf(i * 1000 + u * 50 + m), unit: unit.code, roles };
    }),
  );
  return {
    ...template,
    organization: { code: `xa-${n}`, name: `UBND xã Mẫu ${n}`, city: { code: 'tp-mau', name: 'UBND thành phố Mẫu' } },
    campaign: { ...template.campaign, code: `xa-${n}-cchc-2025`, title: `Phong trào thi đua CCHC xã Mẫu ${n} năm 2025` },
    group_chats: undefined,
    units,
    members,
  };
}

/** Seeds the city into an empty database; reports are spread over the campaign's period. */
export async function seedCity(db: Db, template: CampaignFile, shape: CityShape): Promise<SeededCity> {
  const communes: SeededCommune[] = [];
  let telegramId = FIRST_TELEGRAM_ID;
  const reportsPer = Math.floor(shape.reports / shape.organizations);
  const { from, to } = template.campaign.period;
  for (let i = 0; i < shape.organizations; i++) {
    const file = communeFile(template, i, shape);
    await importCampaign(db, file);
    const campaign = await db.campaign.findUniqueOrThrow({ where: { code: file.campaign.code }, select: { id: true, organizationId: true, criteria: { select: { id: true } } } });
    const people = await db.member.findMany({
      where: { organizationId: campaign.organizationId },
      orderBy: { id: 'asc' },
      select: { id: true, unitId: true, roles: { select: { role: true } } },
    });
    const members = people.map((p) => ({ memberId: p.id, unitId: p.unitId!, telegramId: telegramId++, head: p.roles.some((r) => r.role === 'HEAD') }));
    await db.channelAccount.createMany({ data: members.map((m) => ({ memberId: m.memberId, channel: 'TELEGRAM' as const, externalId: String(m.telegramId) })) });
    const heads = members.filter((m) => m.head);
    const criteria = campaign.criteria.map((c) => c.id);
    const span = to.getTime() - from.getTime();
    const rows = Array.from({ length: reportsPer }, (_, k) => {
      const head = heads[k % heads.length]!;
      const criterionId = criteria[Math.floor(k / heads.length) % criteria.length]!;
      return {
        campaignId: campaign.id,
        unitId: head.unitId,
        criterionId,
        memberId: head.memberId,
        value: 50 + ((k * 37 + i * 11) % 51),
        channel: 'TELEGRAM' as const,
        reportedAt: new Date(from.getTime() + Math.floor((span * k) / reportsPer)),
      };
    });
    for (let k = 0; k < rows.length; k += CHUNK) await db.progressReport.createMany({ data: rows.slice(k, k + CHUNK) });
    // Written around the service: the latest report of each pair is taken from them in one go.
    await rebuildLatest(db, campaign.id);
    communes.push({
      organizationId: campaign.organizationId,
      campaignId: campaign.id,
      members: members.map(({ memberId, telegramId: id, head }) => ({ memberId, telegramId: id, head })),
    });
  }
  const city = await db.organization.findUniqueOrThrow({ where: { code: 'tp-mau' }, select: { id: true } });
  const cityAdminTelegramId = telegramId++;
  await db.member.create({
    data: {
      organizationId: city.id,
      fullName: 'Trần Thị Sở Nội vụ',
      searchKey: 'tran thi so noi vu',
      roles: { create: [{ role: 'ADMIN' }] },
      accounts: { create: [{ channel: 'TELEGRAM', externalId: String(cityAdminTelegramId) }] },
    },
  });
  return { cityId: city.id, communes, cityAdminTelegramId };
}
