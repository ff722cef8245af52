import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { CampaignFile } from '../../src/campaign-file/schema.js';
import { createDb } from '../../src/db/client.js';
import { applyMigrations } from '../../src/db/migrate.js';
import { VARIANTS } from '../../src/db/schema-variants.js';
import type { Role } from '../../src/generated/prisma/client.js';
import { importCampaign } from '../../src/services/campaign-import.js';
import { loadCampaign } from '../../test/support/core.js';

// A synthetic city: N communes, each running a copy of the Kim Phượng campaign (its 8 task areas
// and 9 criteria) imported through the app's own importer, with U units of M members each (every
// member on Telegram) and R progress reports spread over the units' criteria and the campaign's
// first nine months. SQLite only: the seeded file is cached under the temp folder, keyed by the
// sizes, the migrations and this file, and every run works on a copy of it.

export interface CitySize {
  orgs: number;
  units: number;
  /** per unit */
  members: number;
  /** over the whole city */
  reports: number;
}

export const FULL_CITY: CitySize = { orgs: 120, units: 15, members: 10, reports: 360_000 };

/** parseArgs options for the sizes (defaults: the full city) and --fresh, shared by the benches */
export const CITY_OPTIONS = {
  orgs: { type: 'string', default: String(FULL_CITY.orgs) },
  units: { type: 'string', default: String(FULL_CITY.units) },
  members: { type: 'string', default: String(FULL_CITY.members) },
  reports: { type: 'string', default: String(FULL_CITY.reports) },
  fresh: { type: 'boolean', default: false },
} as const;

export function citySizeOf(values: { orgs: string; units: string; members: string; reports: string }): CitySize {
  const size = { orgs: Number(values.orgs), units: Number(values.units), members: Number(values.members), reports: Number(values.reports) };
  if (!Object.values(size).every((n) => Number.isInteger(n) && n >= 0) || size.orgs < 1 || size.units < 1 || size.members < 1) {
    throw new Error('usage: --orgs N --units N --members N (each ≥ 1) --reports N (≥ 0)');
  }
  return size;
}

/** A working copy of the seeded city. */
export interface City {
  /** DATABASE_URL of the copy: writable, thrown away with its folder */
  url: string;
  size: CitySize;
  /** in seeding order */
  organizationIds: number[];
  /** seconds spent seeding; 0 when the cached file was used */
  seedSeconds: number;
}

/** Telegram user (and private chat) id of the city's member with this id. */
export const telegramUserId = (memberId: number) => 1_000_000_000 + memberId;

/** The bench clock: late in the campaign, after every seeded report. */
export const BENCH_NOW = new Date('2025-11-20T02:00:00Z');
const REPORTS_FROM = new Date('2025-02-18T02:00:00Z').getTime();
const REPORTS_TO = new Date('2025-11-19T10:00:00Z').getTime();

// Kim Phượng's six units, then the other offices a commune has.
const UNIT_NAMES = [
  'Văn phòng - Thống kê',
  'Văn hóa - Xã hội',
  'Địa chính - Xây dựng - Nông nghiệp - Môi trường',
  'Tài chính - Kế toán',
  'Tư pháp - Hộ tịch',
  'Bộ phận Tiếp nhận và Trả kết quả',
  'Công an xã',
  'Ban Chỉ huy Quân sự',
  'Trạm Y tế',
  'Trường Mầm non',
  'Trường Tiểu học',
  'Trường Trung học cơ sở',
  'Ủy ban Mặt trận Tổ quốc',
  'Hội Liên hiệp Phụ nữ',
  'Đoàn Thanh niên',
];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Nông', 'Ma'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Thị Thu', 'Minh', 'Thị Hồng', 'Quang', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hùng', 'Lan', 'Linh', 'Mai', 'Nam', 'Phương', 'Quân', 'Sơn', 'Thảo', 'Trang', 'Tuấn', 'Vân', 'Yến'];
const CHUNK = 5000;

const cacheDir = join(tmpdir(), 'thidua-bench');

/** Changes with anything that shapes the seeded file: sizes, migrations, the campaign, this code. */
function cacheKey(size: CitySize): string {
  const hash = createHash('sha256');
  hash.update(readdirSync(VARIANTS.sqlite.migrationsDir).sort().join('\n'));
  hash.update(readFileSync('campaigns/kim-phuong-2025.yaml'));
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  return `city-o${size.orgs}-u${size.units}-m${size.members}-r${size.reports}-${hash.digest('hex').slice(0, 12)}.db`;
}

/** The n-th commune's campaign: Kim Phượng's, under its own codes, with the city's units and members. */
function communeFile(base: CampaignFile, n: number, size: CitySize): CampaignFile {
  const name = `UBND xã Thử Nghiệm ${n}`;
  const units = Array.from({ length: size.units }, (_, u) => ({ code: `DV${u + 1}`, name: UNIT_NAMES[u] ?? `Đơn vị ${u + 1}` }));
  const members = units.flatMap((unit, u) =>
    Array.from({ length: size.members }, (_, j) => {
      const k = n * 7919 + u * size.members + j;
      // Each unit has a head; the first unit's head is the secretariat, its second member the leader.
      const roles: Role[] = j === 0 ? (u === 0 ? ['HEAD', 'ADMIN'] : ['HEAD']) : u === 0 && j === 1 ? ['LEADER', 'COUNCIL'] : ['MEMBER'];
      return {
        code: `${unit.code.toLowerCase()}-${j + 1}`,
        name: `${FAMILY[k % FAMILY.length]} ${MIDDLE[(k >> 2) % MIDDLE.length]} ${GIVEN[(k * 13) % GIVEN.length]}`,
        unit: unit.code,
        title: j === 0 ? `Thủ trưởng ${unit.name}` : 'Cán bộ, công chức',
        roles,
      };
    }),
  );
  return {
    ...base,
    organization: { code: `thu-nghiem-${n}`, name },
    campaign: { ...base.campaign, code: `thu-nghiem-${n}-2025`, title: `Phong trào thi đua "Chung tay Cải cách hành chính" ${name.replace('UBND ', '')} năm 2025`, organising_office: name },
    units,
    members,
  };
}

async function seed(path: string, size: CitySize): Promise<void> {
  const url = `file:${path}`;
  await applyMigrations(url);
  const db = createDb(url);
  try {
    const base = loadCampaign();
    for (let n = 1; n <= size.orgs; n++) await importCampaign(db, communeFile(base, n, size));
  } finally {
    await db.$disconnect();
  }
  // Accounts and reports straight through SQLite in one transaction: Prisma's createMany is several
  // times slower at this size. Column values as Prisma stores them (dates as epoch milliseconds).
  const sqlite = new Database(path);
  try {
    sqlite.transaction(() => {
      sqlite
        .prepare(`INSERT INTO ChannelAccount (memberId, channel, externalId, displayName, preferred, unreachable, linkedAt) SELECT id, 'TELEGRAM', CAST(? + id AS TEXT), fullName, 1, 0, ? FROM Member`)
        .run(telegramUserId(0), REPORTS_FROM);
      const insert = sqlite.prepare(
        `INSERT INTO ProgressReport (campaignId, unitId, criterionId, memberId, value, note, channel, reportedAt) VALUES (?, ?, ?, ?, ?, NULL, 'TELEGRAM', ?)`,
      );
      const units = sqlite
        .prepare(
          `SELECT c.id AS campaignId, u.id AS unitId, (SELECT m.id FROM Member m JOIN RoleGrant g ON g.memberId = m.id AND g.role = 'HEAD' WHERE m.unitId = u.id) AS headId
           FROM Unit u JOIN Campaign c ON c.organizationId = u.organizationId ORDER BY u.id`,
        )
        .all() as Array<{ campaignId: number; unitId: number; headId: number }>;
      const criteria = sqlite.prepare(`SELECT id, campaignId, target, maxValue FROM Criterion ORDER BY sortOrder, id`).all() as Array<{
        id: number;
        campaignId: number;
        target: number;
        maxValue: number | null;
      }>;
      const criteriaOf = Map.groupBy(criteria, (c) => c.campaignId);
      units.forEach((unit, i) => {
        const own = criteriaOf.get(unit.campaignId)!;
        const count = Math.floor(size.reports / units.length) + (i < size.reports % units.length ? 1 : 0);
        // Each unit reaches its own share of the targets, so communes rank their units apart.
        const reach = 0.55 + ((i * 37) % 46) / 100;
        for (let k = 0; k < count; k++) {
          const c = own[k % own.length]!;
          const progress = (k + 1) / count;
          const value = Math.round(Math.min(c.maxValue ?? Infinity, c.target * reach * (0.4 + 0.6 * progress)) * 10) / 10;
          insert.run(unit.campaignId, unit.unitId, c.id, unit.headId, value, Math.round(REPORTS_FROM + progress * (REPORTS_TO - REPORTS_FROM)));
        }
      });
    })();
  } finally {
    sqlite.close();
  }
}

/**
 * The seeded city (from the cache unless `fresh`), copied into `dir` for one run. The lead's
 * city-level rows take `organizationIds` from here.
 */
export async function openCity(size: CitySize, dir: string, options: { fresh?: boolean } = {}): Promise<City> {
  mkdirSync(cacheDir, { recursive: true });
  const cached = join(cacheDir, cacheKey(size));
  let seedSeconds = 0;
  if (options.fresh || !existsSync(cached)) {
    const building = `${cached}.${process.pid}.tmp`;
    rmSync(building, { force: true });
    const start = performance.now();
    await seed(building, size);
    seedSeconds = (performance.now() - start) / 1000;
    renameSync(building, cached);
  }
  const path = join(dir, 'city.db');
  copyFileSync(cached, path);
  const sqlite = new Database(path, { readonly: true });
  const organizationIds = (sqlite.prepare('SELECT id FROM Organization ORDER BY id').all() as Array<{ id: number }>).map((o) => o.id);
  sqlite.close();
  return { url: `file:${path}`, size, organizationIds, seedSeconds };
}
