## Kênh dòng lệnh (console)
console-banner = Trợ lý thi đua CCHC — chế độ dòng lệnh. Gõ /trogiup để xem lệnh, :ai để xem thành viên mẫu, :la <tên> để đổi người dùng, :khach để làm người chưa đăng ký, :tep <đường dẫn> để gửi tệp.
console-you-are = Bạn đang là: { $name } — { $unit }
console-visitor = Bạn đang là một người chưa đăng ký. Gõ /start <mã mời> để đăng ký.
console-options-hint = (Gõ số thứ tự hoặc tên lựa chọn; /huy để hủy.)
console-unknown = Không có lệnh dòng lệnh { $command }. Dùng :ai, :la <tên>, :khach hoặc :tep <đường dẫn>.
console-members-title = Thành viên mẫu:
console-members-hint = Gõ :la <tên> để đổi người dùng (có thể gõ không dấu, ví dụ :la tu).
console-switch-usage = Cách dùng: :la <tên thành viên>, ví dụ :la truong anh tu
console-switch-unknown = Không tìm thấy thành viên "{ $name }". Gõ :ai để xem danh sách.
console-switch-ambiguous = Có nhiều thành viên khớp: { $names }. Vui lòng gõ rõ hơn.

## Telegram
tg-rate-limited = Anh/chị đang gửi quá nhanh. Vui lòng chờ khoảng 10 giây rồi gửi tiếp; các tin nhắn gửi trong lúc này sẽ không được xử lý.
tg-not-yours = Nút này thuộc về câu hỏi của người khác.
tg-unsupported = Bot chỉ đọc được tin nhắn chữ, lệnh, nút bấm, tệp tài liệu và ảnh. Gõ /trogiup để xem các lệnh.
tg-options-type-number = (Gõ số thứ tự hoặc tên lựa chọn; /huy để hủy.)
tg-chosen = ✔ { $label }
console-image-note = (Kèm ảnh biểu đồ — xem được trên Telegram.)
console-document-saved = (Đã lưu tệp { $name } tại: { $path })
console-document-unsaved = (Không lưu được tệp { $name } vào thư mục { $dir }: { $reason }. Kiểm tra quyền ghi của thư mục rồi thử lại.)
console-announcement = 📣 Đăng lên nhóm của phong trào:
    { $text }

## Zalo
zalo-options-hint = (Trả lời bằng số (1, 2…) hoặc gõ nội dung lựa chọn; gõ /huy để hủy.)
zalo-unsupported = Bot trên Zalo chỉ đọc được tin nhắn chữ, lệnh (ví dụ /trogiup) và ảnh chụp; nhãn dán, tin nhắn thoại và tệp đính kèm thì chưa đọc được. Tài liệu PDF, Word xin chụp ảnh trang đã ký rồi gửi ảnh, hoặc gửi tệp qua bot trên Telegram.
zalo-document-unavailable = (Zalo không cho bot gửi tệp nên chưa gửi được tệp { $name }. Anh/chị gõ lại lệnh này trên bot Telegram để nhận tệp, hoặc nhờ bộ phận thường trực thi đua gửi.)
zalo-document-link =
    Tải tệp { $name } tại: { $url }
    (Đường dẫn dùng được đến { $until }; vui lòng không chuyển cho người ngoài.)
zalo-token-refused = Zalo từ chối mã bot (lỗi 401), bot dừng lại. Kiểm tra ZALO_BOT_TOKEN trong tệp .env (hoặc cấp lại mã trong Zalo Bot Manager) rồi khởi động lại bot.
zalo-webhook-refused = Zalo không nhận địa chỉ webhook { $url } ({ $reason }). Kiểm tra ZALO_WEBHOOK_URL (phải là địa chỉ https truy cập được từ Internet) và ZALO_WEBHOOK_SECRET (từ 8 đến 256 ký tự) trong tệp .env rồi khởi động lại bot.
