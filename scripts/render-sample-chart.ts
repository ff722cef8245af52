// Renders the sample standings chart shown in the docs (six Kim Phượng units) to
// docs/standings-chart.png, so the layout and the Vietnamese diacritics can be checked by eye.
// Run: npx tsx scripts/render-sample-chart.ts

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderStandingsChart } from '../src/charts/standings-chart.js';
import { gradeFor } from '../src/domain/grades.js';
import { formatNumber } from '../src/domain/numbers.js';
import { rankUnits } from '../src/domain/ranking.js';

const units = [
  { unitId: 1, name: 'Văn phòng - Thống kê', score: 88.25 },
  { unitId: 2, name: 'Văn hóa - Xã hội', score: 92.5 },
  { unitId: 3, name: 'Địa chính - Xây dựng - Nông nghiệp - Môi trường', score: 74 },
  { unitId: 4, name: 'Tài chính - Kế toán', score: 81.75 },
  { unitId: 5, name: 'Tư pháp - Hộ tịch', score: 67.5 },
  { unitId: 6, name: 'Bộ phận Tiếp nhận và Trả kết quả', score: 45 },
];

const started = performance.now();
const png = await renderStandingsChart({
  title: 'Bảng xếp hạng thi đua cải cách hành chính',
  subtitle: 'UBND xã Kim Phượng — tháng 10/2025',
  entries: rankUnits(units).map((u) => ({ rank: u.rank, unitName: u.name, score: u.score, gradeLabel: gradeFor(u.score).label })),
  scoreLabel: (score) => formatNumber(score, 1),
});
const out = fileURLToPath(new URL('../docs/standings-chart.png', import.meta.url));
writeFileSync(out, png);
console.log(`${out}: ${png.length} bytes in ${Math.round(performance.now() - started)} ms`);
