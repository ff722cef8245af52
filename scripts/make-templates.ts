// Builds the shipped Word templates (templates/*.docx) in the state format of Nghị định
// 30/2020/NĐ-CP, Phụ lục I (measures and pieces: scripts/template-blocks.ts). Run after changing
// a document here: `npm run documents:templates`; the .docx files are committed, and an office
// edits its own copy in Word (README "Văn bản soạn sẵn"). The {tags} are filled by docxtemplater
// (src/services/documents/render.ts); the README lists them per template.

import type { Paragraph, Table } from 'docx';
import { body, center, closing, dataTable, header, heading, marker, para, signer, title, toWrite, twoSignatures, write } from './template-blocks.js';

// --- wording shared by several documents -----------------------------------------------------------

/** ô 2 of the commune's own documents */
const COMMUNE = ['ỦY BAN NHÂN DÂN', '{TEN_XA}'];
/** "01 tập thể và 02 cá nhân": a kind with none is left out (headcount() in src/services/documents/build/common.ts) */
const HEADCOUNT = '{#so_tap_the}{so_tap_the} tập thể{/so_tap_the}{#ca_hai} và {/ca_hai}{#so_ca_nhan}{so_ca_nhan} cá nhân{/so_ca_nhan}';
/** a unit's head signs with their post, or as "Thủ trưởng đơn vị" when none is recorded */
const UNIT_HEAD = '{#CHUC_VU_KY}{CHUC_VU_KY}{/CHUC_VU_KY}{^CHUC_VU_KY}THỦ TRƯỞNG ĐƠN VỊ{/CHUC_VU_KY}';

/*
 * The «Căn cứ» of the commune's award documents (docs/award-rules.md §1.1–1.2): awards decided from
 * 01/07/2025 rest on Luật Thi đua, khen thưởng 06/2022/QH15 and Nghị định 152/2025/NĐ-CP (which
 * ended 98/2023). The local-government law line is the usual first base of a commune chairman's
 * decision; its date is not confirmed in docs/award-rules.md, so an office checks it in its copy.
 * When a law changes, an office edits these lines in its Word copy; here for the shipped ones.
 */
const LAW_ON_LOCAL_GOVERNMENT = 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;';
const LAW_ON_EMULATION = 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;';
const DECREE_152_2025 =
  'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng;';

/** paragraphs kept only when `tag` is set ({#tag}) or only when it is empty ({^tag}) */
const when = (tag: string, ...paragraphs: Paragraph[]) => [marker(`{#${tag}}`), ...paragraphs, marker(`{/${tag}}`)];
const unless = (tag: string, ...paragraphs: Paragraph[]) => [marker(`{^${tag}}`), ...paragraphs, marker(`{/${tag}}`)];

// --- the documents --------------------------------------------------------------------------------

const nomineeColumns = [
  { head: 'STT', tag: '{stt}', width: 8 },
  { head: 'Tập thể, cá nhân', tag: '{ten}', width: 24, align: 'left' as const },
  { head: 'Chức vụ, đơn vị', tag: '{#tap_the}Tập thể{/tap_the}{^tap_the}{chuc_vu_don_vi}{/tap_the}', width: 22, align: 'left' as const },
  { head: 'Hình thức đề nghị', tag: '{hinh_thuc}', width: 20, align: 'left' as const },
  { head: 'Tóm tắt thành tích', tag: '{tom_tat}', width: 28, align: 'left' as const },
];

async function toTrinh(): Promise<void> {
  await write('to-trinh', [
    header({ superior: 'UBND {TEN_XA}', issuer: ['{TEN_DON_VI}'], number: '……/TTr-{MA_DON_VI}' }),
    ...title('TỜ TRÌNH', ['Về việc đề nghị khen thưởng tập thể, cá nhân có thành tích trong {phong_trao}']),
    center('Kính gửi: Chủ tịch Ủy ban nhân dân {ten_xa}.', { after: 240 }),
    body('Căn cứ {can_cu_phong_trao};'),
    body('Thực hiện {phong_trao};'),
    body('Căn cứ kết quả thực hiện nhiệm vụ cải cách hành chính và kết quả họp xét của {don_vi},'),
    body(`{don_vi} kính trình Chủ tịch UBND {ten_xa} xem xét, khen thưởng ${HEADCOUNT} có thành tích trong phong trào, cụ thể như sau:`),
    dataTable(nomineeColumns, 'de_nghi'),
    para('', { after: 0 }),
    body('(Kèm theo Báo cáo thành tích của từng tập thể, cá nhân và Biên bản họp xét khen thưởng của đơn vị.)', { italics: true }),
    body('Kính trình Chủ tịch UBND {ten_xa} xem xét, quyết định./.'),
    closing(['- Như trên;', '- Hội đồng Thi đua - Khen thưởng;', '- Lưu: VT, {don_vi}.'], signer([UNIT_HEAD], '{nguoi_ky}')),
  ]);
}

const resultColumns = [
  { head: 'STT', tag: '{stt}', width: 8 },
  { head: 'Lĩnh vực, tiêu chí', tag: '{noi_dung}', width: 41, align: 'left' as const },
  { head: 'Kết quả báo cáo', tag: '{ket_qua}', width: 14 },
  { head: 'Điểm tự chấm', tag: '{tu_cham}', width: 12 },
  { head: 'Điểm thẩm định', tag: '{tham_dinh}', width: 13 },
  { head: 'Điểm tối đa', tag: '{toi_da}', width: 13 },
];

/** II.2–5 of the achievement report: the campaign's results, initiatives, discipline, summary */
function achievements(o: { who: string; n: number; results: string; clean: string }): Array<Paragraph | Table> {
  const n = o.n;
  return [
    heading(`${n}. Kết quả thực hiện nhiệm vụ cải cách hành chính trong phong trào`),
    body(o.results),
    dataTable(resultColumns, 'ket_qua'),
    para('', { after: 0 }),
    body('Tổng điểm: {tong_diem}/100 điểm; xếp loại: {xep_loai}; xếp thứ {hang}/{so_don_vi} đơn vị{#tam_tinh} (tạm tính: còn tiêu chí chưa được thẩm định){/tam_tinh}.'),
    heading(`${n + 1}. Sáng kiến, giải pháp được công nhận`),
    ...when(
      'sang_kien',
      body(
        '- {ten_sang_kien} (được công nhận theo {#so_quyet_dinh}Quyết định số {so_quyet_dinh}{#ngay_quyet_dinh} ngày {ngay_quyet_dinh}{/ngay_quyet_dinh}{/so_quyet_dinh}{^so_quyet_dinh}quyết định{/so_quyet_dinh}{#cong_nhan_boi} của {cong_nhan_boi}{/cong_nhan_boi});',
      ),
    ),
    ...unless('sang_kien', body('Trong phong trào chưa có sáng kiến được cấp có thẩm quyền công nhận.')),
    heading(`${n + 2}. Chấp hành kỷ luật, kỷ cương hành chính`),
    ...unless('co_vi_pham', body(o.clean)),
    ...when('co_vi_pham', body('Có {so_vi_pham} vi phạm kỷ luật, kỷ cương hành chính được ghi nhận:')),
    ...when('vi_pham', body('- {ly_do} (ngày {ngay});')),
    heading(`${n + 3}. Tóm tắt thành tích`),
    body('{tom_tat}'),
    heading(`${n + 4}. Các biện pháp, giải pháp và nguyên nhân đạt được thành tích`),
    toWrite(o.who, 'những biện pháp, cách làm đã áp dụng để đạt thành tích…'),
  ];
}

const ACHIEVEMENT_TITLE = ['ĐỀ NGHỊ TẶNG {HINH_THUC}', '(Thành tích trong {phong_trao})'];

async function baoCaoTapThe(): Promise<void> {
  await write('bao-cao-thanh-tich-tap-the', [
    header({ superior: 'UBND {TEN_XA}', issuer: ['{TEN_DON_VI}'] }),
    ...title('BÁO CÁO THÀNH TÍCH', ACHIEVEMENT_TITLE),
    center({ text: '{ten}', bold: true }, { after: 240 }),
    heading('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH'),
    body('1. Đặc điểm, tình hình:'),
    toWrite('Đơn vị', 'trụ sở, điện thoại; quá trình thành lập; cơ cấu tổ chức, số cán bộ, công chức…'),
    body('2. Chức năng, nhiệm vụ:'),
    toWrite('Đơn vị', 'chức năng, nhiệm vụ được giao…'),
    heading('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    ...achievements({
      who: 'Đơn vị',
      n: 1,
      results: 'Kết quả do đơn vị báo cáo, tự chấm và được thẩm định trong phong trào (số liệu đến ngày {ngay_so_lieu}):',
      clean: 'Trong thời gian phong trào, đơn vị không có cán bộ, công chức vi phạm kỷ luật, kỷ cương hành chính.',
    }),
    heading('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
    toWrite('Đơn vị', 'danh hiệu thi đua, hình thức khen thưởng đã nhận: năm, số và ngày quyết định, cơ quan ban hành…'),
    para(''),
    twoSignatures(signer(['XÁC NHẬN CỦA CẤP TRÊN', 'TRỰC TIẾP'], '', '(Ký, đóng dấu)'), signer([UNIT_HEAD], '{nguoi_ky}', '(Ký, ghi rõ họ tên)')),
  ]);
}

async function baoCaoCaNhan(): Promise<void> {
  await write('bao-cao-thanh-tich-ca-nhan', [
    header({ superior: 'UBND {TEN_XA}', issuer: ['{TEN_DON_VI}'] }),
    ...title('BÁO CÁO THÀNH TÍCH', ACHIEVEMENT_TITLE),
    heading('I. SƠ LƯỢC LÝ LỊCH'),
    body('- Họ và tên: {ten}'),
    body('- Chức vụ: {chuc_vu}'),
    body('- Đơn vị công tác: {don_vi}'),
    body({ text: '- Sinh ngày, giới tính, quê quán, nơi thường trú, trình độ chuyên môn, lý luận chính trị: ' }),
    toWrite('Cá nhân', 'các thông tin lý lịch trên…'),
    heading('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    heading('1. Quyền hạn, nhiệm vụ được giao'),
    toWrite('Cá nhân', 'nhiệm vụ được giao trong năm, trong công tác cải cách hành chính…'),
    ...achievements({
      who: 'Cá nhân',
      n: 2,
      results: 'Kết quả của {don_vi}, nơi cá nhân công tác, trong phong trào (số liệu đến ngày {ngay_so_lieu}):',
      clean: 'Trong thời gian phong trào, không vi phạm kỷ luật, kỷ cương hành chính.',
    }),
    heading('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
    toWrite('Cá nhân', 'danh hiệu thi đua, hình thức khen thưởng đã nhận: năm, số và ngày quyết định, cơ quan ban hành…'),
    para(''),
    twoSignatures(signer(['THỦ TRƯỞNG ĐƠN VỊ', 'XÁC NHẬN, ĐỀ NGHỊ'], '{thu_truong}', '(Ký, ghi rõ họ tên)'), signer(['NGƯỜI BÁO CÁO THÀNH TÍCH'], '{ten}', '(Ký, ghi rõ họ tên)')),
  ]);
}

async function bienBan(): Promise<void> {
  const tallyColumns = [
    { head: 'STT', tag: '{stt}', width: 8 },
    { head: 'Tập thể, cá nhân', tag: '{ten}', width: 23, align: 'left' as const },
    { head: 'Hình thức đề nghị', tag: '{hinh_thuc}', width: 18, align: 'left' as const },
    { head: 'Đồng ý', tag: '{dong_y}', width: 9 },
    { head: 'Không đồng ý', tag: '{khong_dong_y}', width: 10 },
    { head: 'Không ý kiến', tag: '{khong_y_kien}', width: 10 },
    { head: 'Tỷ lệ đồng ý', tag: '{ty_le}%', width: 10 },
    { head: 'Kết quả', tag: '{#thong_qua}Đạt{/thong_qua}{^thong_qua}Không đạt{/thong_qua}', width: 12 },
  ];
  const rule =
    'tỷ lệ đồng ý tính trên {#tren_so_bieu_quyet}số thành viên đã biểu quyết{/tren_so_bieu_quyet}' +
    '{#tren_so_co_mat}số thành viên có mặt tại cuộc họp{/tren_so_co_mat}' +
    '{#tren_tong_so}tổng số thành viên Hội đồng (thành viên vắng mặt cho ý kiến bằng văn bản){/tren_tong_so}';
  await write('bien-ban-hoi-dong', [
    header({ superior: 'UBND {TEN_XA}', issuer: ['HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG'], number: '……/BB-HĐTĐKT' }),
    ...title('BIÊN BẢN', ['Họp Hội đồng Thi đua - Khen thưởng', 'xét khen thưởng trong {phong_trao}']),
    body('Vào hồi …… giờ …… ngày {ngay_hop}, tại ……, Hội đồng Thi đua - Khen thưởng {ten_xa} họp xét khen thưởng các tập thể, cá nhân có thành tích trong {phong_trao}.'),
    heading('I. THÀNH PHẦN'),
    body('1. Chủ trì: {chu_tri}{#chu_tri_chuc_vu}, {chu_tri_chuc_vu}{/chu_tri_chuc_vu}, Chủ tịch Hội đồng.'),
    body(['2. Thư ký: ', { text: '[Ghi họ tên, chức vụ thư ký cuộc họp: …]', italics: true }]),
    body('3. Thành viên Hội đồng: {tong_so} người; có mặt {so_co_mat} người, vắng mặt {so_vang_mat} người{#theo_bieu_quyet} (theo số thành viên đã biểu quyết){/theo_bieu_quyet}.'),
    body('- Có mặt:'),
    ...when('co_mat', body('+ {ten}{#chuc_vu}, {chuc_vu}{/chuc_vu};')),
    body('- Vắng mặt:{^vang_mat} không.{/vang_mat}'),
    ...when('vang_mat', body('+ {ten}{#chuc_vu}, {chuc_vu}{/chuc_vu};')),
    body(
      'Số thành viên tham gia biểu quyết: {so_bieu_quyet}/{tong_so}; yêu cầu tối thiểu {ty_le_toi_thieu}% thành viên Hội đồng. Cuộc họp bảo đảm số lượng thành viên theo quy chế.',
    ),
    heading('II. NỘI DUNG'),
    body(
      `Hội đồng đã xem xét {so_de_nghi} hồ sơ đề nghị khen thưởng và biểu quyết từng trường hợp. Cách tính: ${rule}; đạt khi tỷ lệ đồng ý từ {nguong}% trở lên. Kết quả biểu quyết như sau:`,
    ),
    dataTable(tallyColumns, 'bieu_quyet'),
    para('', { after: 0 }),
    heading('III. KẾT LUẬN'),
    body('Hội đồng thống nhất đề nghị cấp có thẩm quyền khen thưởng {so_dat} trường hợp đạt:'),
    ...when('dat', body('- {ten}: {hinh_thuc} ({ty_le}% đồng ý);')),
    ...unless('dat', body('- Không có trường hợp nào đạt.')),
    body('Không đề nghị khen thưởng {so_khong_dat} trường hợp:{^khong_dat} không.{/khong_dat}'),
    ...when(
      'khong_dat',
      body(
        '- {ten}: {#du_so_bieu_quyet}tỷ lệ đồng ý {ty_le}%, chưa đạt {nguong}%{/du_so_bieu_quyet}{^du_so_bieu_quyet}không đủ số thành viên biểu quyết theo quy chế{/du_so_bieu_quyet};',
      ),
    ),
    body('Cuộc họp kết thúc vào hồi …… giờ …… cùng ngày. Biên bản đã được thông qua trước Hội đồng và các thành viên dự họp nhất trí./.'),
    twoSignatures(signer(['THƯ KÝ'], '……………………'), signer(['CHỦ TRÌ', 'CHỦ TỊCH HỘI ĐỒNG'], '{chu_tri}')),
  ]);
}

async function quyetDinh(): Promise<void> {
  const basis = (text: string) => body(text, { italics: true });
  await write('quyet-dinh', [
    header({ issuer: COMMUNE, number: '{#so_quyet_dinh}{so_quyet_dinh}{/so_quyet_dinh}{^so_quyet_dinh}……/QĐ-UBND{/so_quyet_dinh}' }),
    ...title('QUYẾT ĐỊNH', ['Về việc khen thưởng các tập thể, cá nhân có thành tích trong {phong_trao}']),
    center({ text: 'CHỦ TỊCH ỦY BAN NHÂN DÂN {TEN_XA}', bold: true }, { after: 240 }),
    basis(LAW_ON_LOCAL_GOVERNMENT),
    basis(LAW_ON_EMULATION),
    basis(DECREE_152_2025),
    basis('Căn cứ {can_cu_phong_trao};'),
    ...when('ngay_hop_xet', basis('Căn cứ kết quả họp xét của Hội đồng Thi đua - Khen thưởng ngày {ngay_hop_xet};')),
    basis('Theo đề nghị của {co_quan_tham_muu}.'),
    center({ text: 'QUYẾT ĐỊNH:', bold: true }, { before: 120, after: 240 }),
    body([{ text: 'Điều 1.', bold: true }, ' Khen thưởng các tập thể, cá nhân đã có thành tích trong {phong_trao}, cụ thể:']),
    marker('{#nhom}'),
    body(`{so_thu_tu}. Tặng {hinh_thuc} cho ${HEADCOUNT}:`),
    ...when('danh_sach', body('- {ten};')),
    marker('{/nhom}'),
    body([
      { text: 'Điều 2.', bold: true },
      ' Kèm theo hình thức khen thưởng là tiền thưởng theo quy định hiện hành. ',
      { text: '[Văn phòng ghi mức tiền thưởng và nguồn kinh phí: …]', italics: true },
    ]),
    body([
      { text: 'Điều 3.', bold: true },
      ' Quyết định này có hiệu lực kể từ ngày ký. {co_quan_tham_muu}, Thủ trưởng các đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
    ]),
    closing(
      ['- Như Điều 3;', '- Hội đồng Thi đua - Khen thưởng;', '- Lưu: VT.'],
      // a deputy who signed the recorded decision signs "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
      signer(['{#ky_thay}KT. CHỦ TỊCH{/ky_thay}', '{#ky_thay}PHÓ CHỦ TỊCH{/ky_thay}{^ky_thay}CHỦ TỊCH{/ky_thay}'], '{nguoi_ky}'),
    ),
  ]);
}

async function toTrinhCapTren(): Promise<void> {
  const addressee = '{#nguoi_quyet_dinh}{nguoi_quyet_dinh}{/nguoi_quyet_dinh}{^nguoi_quyet_dinh}cấp có thẩm quyền{/nguoi_quyet_dinh}';
  await write('to-trinh-cap-tren', [
    header({ issuer: COMMUNE, number: '……/TTr-UBND' }),
    ...title('TỜ TRÌNH', ['Về việc đề nghị tặng {hinh_thuc_de_nghi}']),
    center(`Kính gửi: ${addressee}.`, { after: 240 }),
    body(LAW_ON_EMULATION),
    body(DECREE_152_2025),
    // the last «Căn cứ» ends with a comma
    body('Căn cứ {can_cu_phong_trao}{#ngay_hop_xet};{/ngay_hop_xet}{^ngay_hop_xet},{/ngay_hop_xet}'),
    ...when('ngay_hop_xet', body('Căn cứ kết quả họp xét của Hội đồng Thi đua - Khen thưởng ngày {ngay_hop_xet},')),
    body(`Ủy ban nhân dân {ten_xa} kính trình ${addressee} xem xét, khen thưởng ${HEADCOUNT} đã có thành tích trong {phong_trao}, cụ thể như sau:`),
    dataTable(nomineeColumns, 'de_nghi'),
    para('', { after: 0 }),
    body('(Kèm theo Báo cáo thành tích của từng tập thể, cá nhân và Biên bản họp Hội đồng Thi đua - Khen thưởng.)', { italics: true }),
    body(`Kính trình ${addressee} xem xét, quyết định./.`),
    closing(['- Như trên;', '- Hội đồng Thi đua - Khen thưởng;', '- Lưu: VT.'], signer(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], '{nguoi_ky}')),
  ]);
}

async function baoCaoKetQua(): Promise<void> {
  const kind = (capital: boolean) => (capital ? '{#tong_ket}Tổng kết{/tong_ket}{^tong_ket}Sơ kết{/tong_ket}' : '{#tong_ket}tổng kết{/tong_ket}{^tong_ket}sơ kết{/tong_ket}');
  await write('bao-cao-ket-qua', [
    header({ issuer: COMMUNE, number: '……/BC-UBND' }),
    ...title('BÁO CÁO', [`${kind(true)} {phong_trao}`]),
    heading('I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI'),
    body(
      '{co_quan_phat_dong} phát động {phong_trao} từ ngày {tu_ngay} đến ngày {den_ngay}; {co_quan_tham_muu} theo dõi, tổng hợp kết quả. Có {so_don_vi} đơn vị tham gia, {so_don_vi_bao_cao} đơn vị đã báo cáo kết quả.',
    ),
    toWrite('Văn phòng', 'việc quán triệt, tuyên truyền, hướng dẫn, kiểm tra phong trào…'),
    heading('II. KẾT QUẢ ĐẠT ĐƯỢC'),
    heading('1. Kết quả theo lĩnh vực'),
    dataTable(
      [
        { head: 'STT', tag: '{stt}', width: 8 },
        { head: 'Lĩnh vực', tag: '{linh_vuc}', width: 39, align: 'left' },
        { head: 'Điểm tối đa', tag: '{toi_da}', width: 14 },
        { head: 'Bình quân các đơn vị', tag: '{binh_quan}', width: 17 },
        { head: 'Cao nhất', tag: '{cao_nhat}', width: 23, align: 'left' },
      ],
      'linh_vuc_ket_qua',
    ),
    para('', { after: 0 }),
    heading('2. Kết quả, xếp hạng các đơn vị'),
    body(
      'Kết quả chấm điểm, xếp hạng các đơn vị (thang 100 điểm{#tam_tinh}; tạm tính, còn tiêu chí chưa được thẩm định{/tam_tinh}{^tam_tinh}, theo điểm thẩm định{/tam_tinh}, số liệu đến ngày {ngay_so_lieu}):',
    ),
    dataTable(
      [
        { head: 'Hạng', tag: '{hang}', width: 10 },
        { head: 'Đơn vị', tag: '{don_vi}', width: 50, align: 'left' },
        { head: 'Điểm', tag: '{diem}', width: 20 },
        { head: 'Xếp loại', tag: '{xep_loai}', width: 20 },
      ],
      'xep_hang',
    ),
    para('', { after: 0 }),
    ...when('chua_bao_cao', body('Đơn vị chưa báo cáo kết quả: {chua_bao_cao}.')),
    heading('3. Khen thưởng'),
    ...when(
      'khen_thuong',
      body(
        '- {hinh_thuc} ({#quyet_dinh}{#tiep}; {/tiep}Quyết định số {so} ngày {ngay}{/quyet_dinh}): {#nhom}{#tiep}; {/tiep}{#tap_the}tập thể{/tap_the}{^tap_the}cá nhân{/tap_the}: {ten}{/nhom}.',
      ),
    ),
    ...unless('khen_thuong', body('Chưa có quyết định khen thưởng trong phong trào.')),
    ...when('da_trinh', body('- Đã trình {#nguoi_quyet_dinh}{nguoi_quyet_dinh}{/nguoi_quyet_dinh}{^nguoi_quyet_dinh}cấp trên{/nguoi_quyet_dinh} đề nghị tặng {hinh_thuc}: {ten}.')),
    heading('4. Kết quả nổi bật'),
    toWrite('Văn phòng', 'những kết quả nổi bật, mô hình, cách làm hay…'),
    heading('III. HẠN CHẾ, NGUYÊN NHÂN'),
    toWrite('Văn phòng', 'những hạn chế, tồn tại và nguyên nhân…'),
    heading('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI'),
    toWrite('Văn phòng', 'phương hướng, nhiệm vụ và giải pháp…'),
    body(`Trên đây là báo cáo ${kind(false)} {phong_trao} của Ủy ban nhân dân {ten_xa}./.`),
    closing(['- Hội đồng Thi đua - Khen thưởng;', '- Các đơn vị;', '- Lưu: VT.'], signer(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], '{nguoi_ky}')),
  ]);
}

await toTrinh();
await baoCaoTapThe();
await baoCaoCaNhan();
await bienBan();
await quyetDinh();
await toTrinhCapTren();
await baoCaoKetQua();
