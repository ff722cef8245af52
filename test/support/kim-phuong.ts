// Names from campaigns/kim-phuong-2025.yaml, the campaign the tests run on.
export const CAMPAIGN = 'Phong trào thi đua "Chung tay Cải cách hành chính" xã Kim Phượng năm 2025';
export const ORGANIZATION = 'UBND xã Kim Phượng';

export const VPTK = 'Văn phòng - Thống kê';
export const VHXH = 'Văn hóa - Xã hội';
export const DCXD = 'Địa chính - Xây dựng - Nông nghiệp - Môi trường';
export const TCKT = 'Tài chính - Kế toán';
export const TPHT = 'Tư pháp - Hộ tịch';
export const MOT_CUA = 'Bộ phận Tiếp nhận và Trả kết quả';
export const UNITS = [VPTK, VHXH, DCXD, TCKT, TPHT, MOT_CUA];
