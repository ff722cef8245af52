## Văn bản: tên loại văn bản trong menu và lời từ chối
document-kind-to-trinh = Tờ trình đề nghị khen thưởng
document-kind-bao-cao-thanh-tich = Báo cáo thành tích
document-kind-bien-ban-hoi-dong = Biên bản họp Hội đồng Thi đua - Khen thưởng
document-kind-quyet-dinh = Quyết định khen thưởng (dự thảo)
document-kind-to-trinh-cap-tren = Tờ trình đề nghị cấp trên khen thưởng
document-kind-bao-cao-ket-qua = Báo cáo kết quả phong trào
document-forbidden = Văn bản này không thuộc phần việc của anh/chị. Trưởng đơn vị lấy Tờ trình và Báo cáo thành tích của đơn vị mình; Quyết định, Biên bản và Báo cáo kết quả dành cho lãnh đạo và Văn phòng. Gõ /vanban để xem các văn bản anh/chị lấy được.
document-unit-unknown = Không tìm thấy đơn vị này trong xã, phường của anh/chị. Gõ /vanban để chọn lại.
document-no-nominees = { $unit } chưa có đề nghị khen thưởng nào nên chưa lập được Tờ trình. Gõ /denghi để đề nghị trước.
document-nomination-unknown = Không tìm thấy đề nghị khen thưởng này (có thể đã rút). Gõ /vanban để chọn lại.
document-no-review = Hội đồng Thi đua - Khen thưởng chưa kết thúc phiên bình xét nào nên chưa có Biên bản. Văn phòng kết thúc phiên bình xét rồi lấy lại.
document-nothing-to-decide = Chưa có đề nghị nào được Hội đồng thông qua với hình thức Chủ tịch UBND xã, phường quyết định, nên chưa lập được Quyết định.
document-nothing-higher = Không có đề nghị nào chờ trình cấp trên khen thưởng.
document-template-broken = Mẫu văn bản { $template } bị lỗi ở trường «{ $field }». Mở mẫu trong Word và sửa: mỗi trường viết trong ngoặc nhọn như {"{"}ten{"}"}, vòng lặp mở bằng {"{"}#…{"}"} phải có {"{"}/…{"}"} đóng. Hoặc xóa tệp mẫu riêng để bot dùng lại mẫu có sẵn.
document-template-field-unknown = Mẫu văn bản { $template } có trường «{ $field }» mà văn bản này không có. Sửa lại tên trường theo danh sách trong README (mục Văn bản), hoặc xóa tệp mẫu riêng để bot dùng lại mẫu có sẵn.
document-template-unreadable = Không đọc được mẫu văn bản { $template }. Hãy lưu lại mẫu trong Word dưới dạng .docx (Word Document), hoặc xóa tệp mẫu riêng để bot dùng lại mẫu có sẵn.
