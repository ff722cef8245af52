// Builds the shipped Word templates (templates/*.docx) in the state format of Nghị định
// 30/2020/NĐ-CP, Phụ lục I (measures and pieces: scripts/template-blocks.ts). Run after changing
// a document here: `npm run documents:templates`; the .docx files are committed, and an office
// edits its own copy in Word (README "Văn bản soạn sẵn"). The {tags} are filled by docxtemplater
// (src/documents/render.ts); the README lists them per template.

import type { Paragraph, Table } from 'docx';
import { body, center, closing, dataTable, header, heading, marker, para, signer, title, toWrite, twoSignatures, write } from './template-blocks.js';

// --- the documents --------------------------------------------------------------------------------

const nomineeColumns = [
  { head: 'STT', tag: '{stt}', width: 8 },
  { head: 'Tập thể, cá nhân', tag: '{ten}', width: 24, align: 'left' as const },
  { head: 'Chức vụ, đơn vị', tag: '{don_vi}', width: 22, align: 'left' as const },
  { head: 'Hình thức đề nghị', tag: '{hinh_thuc}', width: 20, align: 'left' as const },
  { head: 'Tóm tắt thành tích', tag: '{tom_tat}', width: 28, align: 'left' as const },
];

async function toTrinh(): Promise<void> {
  await write('to-trinh', [
    header({ superior: true, number: true }),
    ...title('TỜ TRÌNH', ['{trich_yeu}']),
    center('Kính gửi: {kinh_gui}.', { after: 240 }),
    body('Căn cứ {can_cu};'),
    body('Thực hiện {phong_trao};'),
    body('Căn cứ kết quả thực hiện nhiệm vụ cải cách hành chính và kết quả họp xét của {don_vi},'),
    body('{don_vi} kính trình {nguoi_quyet_dinh} xem xét, khen thưởng {so_luong} có thành tích trong phong trào, cụ thể như sau:'),
    dataTable(nomineeColumns, 'de_nghi'),
    para('', { after: 0 }),
    body('(Kèm theo Báo cáo thành tích của từng tập thể, cá nhân và Biên bản họp xét khen thưởng của đơn vị.)', { italics: true }),
    body('Kính trình {nguoi_quyet_dinh} xem xét, quyết định./.'),
    closing(['- Như trên;', '- Hội đồng Thi đua - Khen thưởng;', '- Lưu: {luu}.'], signer(['{chuc_vu_ky}'], '{nguoi_ky}')),
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
function achievements(who: string, n: number): Array<Paragraph | Table> {
  return [
    heading(`${n}. Kết quả thực hiện nhiệm vụ cải cách hành chính trong phong trào`),
    body('{ket_qua_dan}'),
    dataTable(resultColumns, 'ket_qua'),
    para('', { after: 0 }),
    body('Tổng điểm: {tong_diem}/100 điểm; xếp loại: {xep_loai}; xếp thứ {hang}/{so_don_vi} đơn vị{tam_tinh}.'),
    heading(`${n + 1}. Sáng kiến, giải pháp được công nhận`),
    marker('{#sang_kien}'),
    body('- {ten_sang_kien} ({cong_nhan});'),
    marker('{/sang_kien}'),
    body('{^sang_kien}Trong phong trào chưa có sáng kiến được cấp có thẩm quyền công nhận.{/sang_kien}'),
    heading(`${n + 2}. Chấp hành kỷ luật, kỷ cương hành chính`),
    body('{ky_luat}'),
    heading(`${n + 3}. Tóm tắt thành tích`),
    body('{tom_tat}'),
    heading(`${n + 4}. Các biện pháp, giải pháp và nguyên nhân đạt được thành tích`),
    toWrite(who, 'những biện pháp, cách làm đã áp dụng để đạt thành tích…'),
  ];
}

async function baoCaoTapThe(): Promise<void> {
  await write('bao-cao-thanh-tich-tap-the', [
    header({ superior: true, number: false }),
    ...title('BÁO CÁO THÀNH TÍCH', ['ĐỀ NGHỊ TẶNG {HINH_THUC}', '{thanh_tich_trong}']),
    center({ text: '{ten}', bold: true }, { after: 240 }),
    heading('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH'),
    body('1. Đặc điểm, tình hình:'),
    toWrite('Đơn vị', 'trụ sở, điện thoại; quá trình thành lập; cơ cấu tổ chức, số cán bộ, công chức…'),
    body('2. Chức năng, nhiệm vụ:'),
    toWrite('Đơn vị', 'chức năng, nhiệm vụ được giao…'),
    heading('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    ...achievements('Đơn vị', 1),
    heading('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
    toWrite('Đơn vị', 'danh hiệu thi đua, hình thức khen thưởng đã nhận: năm, số và ngày quyết định, cơ quan ban hành…'),
    para(''),
    twoSignatures(
      signer(['XÁC NHẬN CỦA CẤP TRÊN', 'TRỰC TIẾP'], '', '(Ký, đóng dấu)'),
      signer(['{chuc_vu_ky}'], '{nguoi_ky}', '(Ký, ghi rõ họ tên)'),
    ),
  ]);
}

async function baoCaoCaNhan(): Promise<void> {
  await write('bao-cao-thanh-tich-ca-nhan', [
    header({ superior: true, number: false }),
    ...title('BÁO CÁO THÀNH TÍCH', ['ĐỀ NGHỊ TẶNG {HINH_THUC}', '{thanh_tich_trong}']),
    heading('I. SƠ LƯỢC LÝ LỊCH'),
    body('- Họ và tên: {ten}'),
    body('- Chức vụ: {chuc_vu}'),
    body('- Đơn vị công tác: {don_vi}'),
    body({ text: '- Sinh ngày, giới tính, quê quán, nơi thường trú, trình độ chuyên môn, lý luận chính trị: ' }),
    toWrite('Cá nhân', 'các thông tin lý lịch trên…'),
    heading('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    heading('1. Quyền hạn, nhiệm vụ được giao'),
    toWrite('Cá nhân', 'nhiệm vụ được giao trong năm, trong công tác cải cách hành chính…'),
    ...achievements('Cá nhân', 2),
    heading('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
    toWrite('Cá nhân', 'danh hiệu thi đua, hình thức khen thưởng đã nhận: năm, số và ngày quyết định, cơ quan ban hành…'),
    para(''),
    twoSignatures(
      signer(['THỦ TRƯỞNG ĐƠN VỊ', 'XÁC NHẬN, ĐỀ NGHỊ'], '{thu_truong}', '(Ký, ghi rõ họ tên)'),
      signer(['NGƯỜI BÁO CÁO THÀNH TÍCH'], '{ten}', '(Ký, ghi rõ họ tên)'),
    ),
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
    { head: 'Tỷ lệ đồng ý', tag: '{ty_le}', width: 10 },
    { head: 'Kết quả', tag: '{ket_qua}', width: 12 },
  ];
  await write('bien-ban-hoi-dong', [
    header({ superior: true, number: true }),
    ...title('BIÊN BẢN', ['Họp Hội đồng Thi đua - Khen thưởng', 'xét khen thưởng {trong_phong_trao}']),
    body('Vào hồi …… giờ …… ngày {ngay_hop}, tại {dia_diem}, {hoi_dong} họp xét khen thưởng các tập thể, cá nhân có thành tích {trong_phong_trao}.'),
    heading('I. THÀNH PHẦN'),
    body('1. Chủ trì: {chu_tri}.'),
    body(['2. Thư ký: ', { text: '[Ghi họ tên, chức vụ thư ký cuộc họp: …]', italics: true }]),
    body('3. Thành viên Hội đồng: {tong_so} người; có mặt {so_co_mat} người, vắng mặt {so_vang_mat} người{ghi_chu_co_mat}.'),
    body('- Có mặt:'),
    marker('{#co_mat}'),
    body('+ {ten}{chuc_vu};'),
    marker('{/co_mat}'),
    body('- Vắng mặt:{^vang_mat} không.{/vang_mat}'),
    marker('{#vang_mat}'),
    body('+ {ten}{chuc_vu};'),
    marker('{/vang_mat}'),
    body('Số thành viên tham gia biểu quyết: {so_bieu_quyet}/{tong_so}; yêu cầu tối thiểu {ty_le_toi_thieu}% thành viên Hội đồng. {du_dieu_kien}'),
    heading('II. NỘI DUNG'),
    body('Hội đồng đã xem xét {so_de_nghi} hồ sơ đề nghị khen thưởng và biểu quyết từng trường hợp. Cách tính: {cach_tinh}; đạt khi tỷ lệ đồng ý từ {nguong}% trở lên. Kết quả biểu quyết như sau:'),
    dataTable(tallyColumns, 'bieu_quyet'),
    para('', { after: 0 }),
    heading('III. KẾT LUẬN'),
    body('Hội đồng thống nhất đề nghị cấp có thẩm quyền khen thưởng {so_dat} trường hợp đạt:'),
    marker('{#dat}'),
    body('- {ten}: {hinh_thuc} ({ty_le} đồng ý);'),
    marker('{/dat}'),
    body('{^dat}- Không có trường hợp nào đạt.{/dat}'),
    body('Không đề nghị khen thưởng {so_khong_dat} trường hợp:{^khong_dat} không.{/khong_dat}'),
    marker('{#khong_dat}'),
    body('- {ten}: {ly_do};'),
    marker('{/khong_dat}'),
    body('Cuộc họp kết thúc vào hồi …… giờ …… cùng ngày. Biên bản đã được thông qua trước Hội đồng và các thành viên dự họp nhất trí./.'),
    twoSignatures(signer(['THƯ KÝ'], '……………………'), signer(['CHỦ TRÌ', 'CHỦ TỊCH HỘI ĐỒNG'], '{chu_tri_ten}')),
  ]);
}

async function quyetDinh(): Promise<void> {
  await write('quyet-dinh', [
    header({ superior: false, number: true }),
    ...title('QUYẾT ĐỊNH', ['{trich_yeu}']),
    center({ text: '{THAM_QUYEN}', bold: true }, { after: 240 }),
    marker('{#can_cu}'),
    body('{noi_dung}', { italics: true }),
    marker('{/can_cu}'),
    center({ text: 'QUYẾT ĐỊNH:', bold: true }, { before: 120, after: 240 }),
    body([{ text: 'Điều 1.', bold: true }, ' Khen thưởng các tập thể, cá nhân đã có thành tích {trong_phong_trao}, cụ thể:']),
    marker('{#nhom}'),
    body('{so_thu_tu}. Tặng {hinh_thuc} cho {so_luong}:'),
    marker('{#danh_sach}'),
    body('- {ten};'),
    marker('{/danh_sach}'),
    marker('{/nhom}'),
    body([{ text: 'Điều 2.', bold: true }, ' Kèm theo hình thức khen thưởng là tiền thưởng theo quy định hiện hành. ', { text: '[Văn phòng ghi mức tiền thưởng và nguồn kinh phí: …]', italics: true }]),
    body([{ text: 'Điều 3.', bold: true }, ' Quyết định này có hiệu lực kể từ ngày ký. {thi_hanh} và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.']),
    closing(['- Như Điều 3;', '- Hội đồng Thi đua - Khen thưởng;', '- Lưu: VT.'], signer(['{quyen_han}', '{chuc_vu_ky}'], '{nguoi_ky}')),
  ]);
}

async function toTrinhCapTren(): Promise<void> {
  await write('to-trinh-cap-tren', [
    header({ superior: false, number: true }),
    ...title('TỜ TRÌNH', ['{trich_yeu}']),
    center('Kính gửi: {kinh_gui}.', { after: 240 }),
    marker('{#can_cu}'),
    body('{noi_dung}'),
    marker('{/can_cu}'),
    body('{co_quan} kính trình {kinh_gui} xem xét, khen thưởng {so_luong} đã có thành tích {trong_phong_trao}, cụ thể như sau:'),
    dataTable(nomineeColumns, 'de_nghi'),
    para('', { after: 0 }),
    body('(Kèm theo Báo cáo thành tích của từng tập thể, cá nhân và Biên bản họp Hội đồng Thi đua - Khen thưởng.)', { italics: true }),
    body('Kính trình {kinh_gui} xem xét, quyết định./.'),
    closing(['- Như trên;', '- Hội đồng Thi đua - Khen thưởng;', '- Lưu: VT.'], signer(['{quyen_han}', '{chuc_vu_ky}'], '{nguoi_ky}')),
  ]);
}

async function baoCaoKetQua(): Promise<void> {
  await write('bao-cao-ket-qua', [
    header({ superior: false, number: true }),
    ...title('BÁO CÁO', ['{trich_yeu}']),
    heading('I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI'),
    body('{trien_khai}'),
    toWrite('Văn phòng', 'việc quán triệt, tuyên truyền, hướng dẫn, kiểm tra phong trào…'),
    heading('II. KẾT QUẢ ĐẠT ĐƯỢC'),
    heading('1. Kết quả theo lĩnh vực'),
    dataTable([
      { head: 'STT', tag: '{stt}', width: 8 },
      { head: 'Lĩnh vực', tag: '{linh_vuc}', width: 39, align: 'left' },
      { head: 'Điểm tối đa', tag: '{toi_da}', width: 14 },
      { head: 'Bình quân các đơn vị', tag: '{binh_quan}', width: 17 },
      { head: 'Cao nhất', tag: '{cao_nhat}', width: 23, align: 'left' },
    ], 'linh_vuc_ket_qua'),
    para('', { after: 0 }),
    heading('2. Kết quả, xếp hạng các đơn vị'),
    body('{xep_hang_dan}'),
    dataTable([
      { head: 'Hạng', tag: '{hang}', width: 10 },
      { head: 'Đơn vị', tag: '{don_vi}', width: 50, align: 'left' },
      { head: 'Điểm', tag: '{diem}', width: 20 },
      { head: 'Xếp loại', tag: '{xep_loai}', width: 20 },
    ], 'xep_hang'),
    para('', { after: 0 }),
    body('{chua_bao_cao}'),
    heading('3. Khen thưởng'),
    marker('{#khen_thuong}'),
    body('- {noi_dung}'),
    marker('{/khen_thuong}'),
    body('{^khen_thuong}Chưa có quyết định khen thưởng trong phong trào.{/khen_thuong}'),
    heading('4. Kết quả nổi bật'),
    toWrite('Văn phòng', 'những kết quả nổi bật, mô hình, cách làm hay…'),
    heading('III. HẠN CHẾ, NGUYÊN NHÂN'),
    toWrite('Văn phòng', 'những hạn chế, tồn tại và nguyên nhân…'),
    heading('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI'),
    toWrite('Văn phòng', 'phương hướng, nhiệm vụ và giải pháp…'),
    body('Trên đây là báo cáo {loai_bao_cao} {phong_trao} của {co_quan}./.'),
    closing(['- Hội đồng Thi đua - Khen thưởng;', '- Các đơn vị;', '- Lưu: VT.'], signer(['{quyen_han}', '{chuc_vu_ky}'], '{nguoi_ky}')),
  ]);
}

await toTrinh();
await baoCaoTapThe();
await baoCaoCaNhan();
await bienBan();
await quyetDinh();
await toTrinhCapTren();
await baoCaoKetQua();
