## npm run jobs (dành cho người vận hành)
jobs-usage = Cách dùng:
    npm run jobs -- list                                      liệt kê các việc định kỳ
    npm run jobs -- run <tên việc> [--at "dd/mm/yyyy HH:mm"]   chạy ngay một việc, theo giờ đã cho
    npm run jobs -- outbox                                    xem hàng đợi tin gửi đi
jobs-bad-time = Không đọc được thời điểm “{ $text }”. Hãy ghi theo dạng dd/mm/yyyy HH:mm, ví dụ "24/11/2025 08:00".
jobs-unknown = Không có việc tên “{ $name }”. Các việc có: { $names }.
jobs-failed = Việc không chạy xong: { $detail }
jobs-list-title = Các việc định kỳ (lịch theo giờ Việt Nam):
jobs-run-done = Đã chạy việc “{ $name }” với thời điểm { $at }.
jobs-run-queued = { $count ->
        [0] Lần chạy này không xếp tin nào vào hàng đợi.
       *[other] Tin đã xếp vào hàng đợi ở thời điểm này: { $count } (người nhận · loại · gửi từ):
    }
jobs-outbox-title = Hàng đợi tin gửi đi:
jobs-outbox-pending = Chờ gửi
jobs-outbox-sending = Đang gửi
jobs-outbox-sent = Đã gửi
jobs-outbox-failed = Không gửi được
jobs-outbox-uncertain = Chưa rõ đã đến (tiến trình dừng giữa chừng)
jobs-outbox-due = Trong đó đến giờ gửi
jobs-outbox-problems = Các tin gần đây không gửi được hoặc chưa rõ:
job-checkin = Nhắc trưởng đơn vị cập nhật tiến độ, theo lịch của từng kế hoạch (mặc định 08:00 thứ Hai)
job-deadline-nudges = Nhắc hạn trước 7, 3, 1 ngày và đúng ngày hạn, cho ai chưa làm
job-overdue = Nhắc việc quá hạn hằng ngày; báo lãnh đạo khi quá số ngày làm việc đã đặt
job-weekly-digest = Bản tổng hợp hằng tuần cho quản trị và lãnh đạo
job-standings-snapshot = Lưu bảng xếp hạng cuối ngày làm việc
job-close-campaigns = Kết thúc phong trào khi hết kỳ: lưu bảng xếp hạng cuối cùng, dừng nhắc việc
