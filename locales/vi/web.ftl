# Trang web mở từ đường dẫn bot gửi trong chat (nộp tệp, tải tệp).
web-brand = Thi đua CCHC
web-link-expired-title = Đường dẫn đã hết hạn
web-link-expired = Đường dẫn này đã hết thời hạn sử dụng. Anh/chị quay lại chat với bot và gõ lại lệnh (ví dụ /nophoso) để nhận đường dẫn mới.
web-link-altered-title = Đường dẫn không hợp lệ
web-link-altered = Đường dẫn này không đúng (có thể bị sao chép thiếu hoặc bị sửa). Anh/chị mở đúng đường dẫn bot gửi trong chat, hoặc gõ lại lệnh để nhận đường dẫn mới.
web-link-used-title = Đường dẫn đã được dùng
web-link-used = Đường dẫn nộp tệp chỉ dùng được một lần và đã được dùng. Muốn nộp thêm tệp, anh/chị gõ lại lệnh trong chat để nhận đường dẫn mới.
web-link-no-member-title = Không còn quyền truy cập
web-link-no-member = Tài khoản của anh/chị không còn hoạt động trong hệ thống thi đua. Vui lòng liên hệ bộ phận thường trực thi đua.
web-upload-forbidden-title = Không có quyền nộp tệp này
web-upload-forbidden = Anh/chị không còn quyền nộp tệp cho mục này (chỉ nộp cho đơn vị mình). Nếu vai trò của anh/chị đã thay đổi, vui lòng liên hệ bộ phận thường trực thi đua.
web-upload-item-gone-title = Mục này không còn
web-upload-item-gone = Mục cần nộp không còn trong hồ sơ (đề nghị đã rút, hoặc kế hoạch đã sửa). Anh/chị gõ lại lệnh trong chat để xem các mục hiện có.
web-upload-title = Nộp tệp
web-upload-item = Mục:
web-upload-who = Người nộp: { $person }. Đường dẫn dùng được một lần, đến { $until }.
web-upload-choose = Bấm để chọn tệp (trên điện thoại hoặc máy tính)
web-upload-none-chosen = Chưa chọn tệp nào
web-upload-rules = Nhận PDF, Word (DOC, DOCX), Excel (XLS, XLSX), ODT, ODS và ảnh chụp; tối đa 20 MB.
web-upload-send = Gửi tệp
web-upload-pick-first = Anh/chị chưa chọn tệp.
web-upload-sending = Đang gửi tệp…
web-upload-failed = Gửi tệp không thành công (mất kết nối). Anh/chị thử lại; nếu vẫn lỗi, gõ lại lệnh trong chat để nhận đường dẫn mới.
web-upload-done = { $said } Bot cũng đã báo trong chat. Anh/chị có thể đóng trang này.
web-upload-evidence-label = Tài liệu kiểm chứng cho báo cáo { $criterion } ({ $unit })
web-evidence-received = Đã nhận tệp { $name } làm tài liệu kiểm chứng cho báo cáo { $criterion }.
# Trong chat (Zalo không gửi được tệp PDF, Word cho bot)
dossier-ask-file-link =
    Nộp tệp { $kind } (PDF, Word, Excel hoặc ảnh, tối đa 20 MB) tại trang này:
    { $url }
    (Đường dẫn dành riêng cho anh/chị, dùng một lần, đến { $until }.) Cũng có thể chụp ảnh trang đã ký rồi gửi ảnh vào đây.
report-evidence-link =
    Gửi thêm tài liệu kiểm chứng (PDF, Word, Excel) cho báo cáo này tại: { $url }
    (Dùng một lần, đến { $until }.)
report-ask-evidence-photo-link = Gửi ảnh chụp tài liệu kiểm chứng (có thể gửi nhiều ảnh), hoặc chọn Bỏ qua. Tệp PDF, Word: lưu báo cáo xong, bot gửi đường dẫn để nộp.
web-download-forbidden-title = Không còn quyền tải tệp này
web-download-forbidden = Vai trò hoặc đơn vị của anh/chị đã thay đổi từ khi nhận đường dẫn, nên không tải được tệp này. Anh/chị gõ lại lệnh trong chat nếu vẫn cần tệp.
