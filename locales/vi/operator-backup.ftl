## npm run backup / npm run restore (dành cho người vận hành)
backup-usage = Cách dùng:
    npm run backup [-- --out <tệp>] [--with-files]   sao lưu CSDL (mặc định vào backups/thidua-<ngày-giờ>)
    npm run restore -- <tệp> [--yes]                khôi phục bản sao lưu vào CSDL trong DATABASE_URL
backup-done = Đã sao lưu { $source } vào { $file } ({ $size }).
backup-files-copied = Đã chép { $count } tệp đã nộp (tài liệu kiểm chứng, hồ sơ) từ { $from } vào { $to }.
backup-files-reminder = Lưu ý: tệp đã nộp (tài liệu kiểm chứng, hồ sơ) ở { $dir } không nằm trong CSDL. Hãy sao chép cả thư mục đó cùng bản sao lưu, hoặc chạy lại với --with-files để chép kèm.
backup-restore-done = Đã khôi phục { $file } vào { $target }.
backup-restore-migrated = Bản sao lưu cũ hơn mã nguồn: đã áp dụng thêm migration { $names }.
backup-restore-counts = Trong CSDL hiện có: { $campaigns } kế hoạch, { $units } đơn vị, { $members } thành viên, { $reports } báo cáo.
backup-files-restored = Đã chép { $count } tệp đã nộp (tài liệu kiểm chứng, hồ sơ) từ { $from } vào { $to } (tệp đã có được giữ nguyên).
backup-files-not-restored = Lưu ý: cạnh bản sao lưu không có thư mục tệp đã nộp (tài liệu kiểm chứng, hồ sơ). Hãy chép lại thư mục tệp đã sao lưu vào { $dir }, nếu không các tệp đã nộp trước đây sẽ không mở được.
backup-unexpected = Không làm xong: { $detail }
backup-out-exists = Tệp { $file } đã có: không ghi đè lên một bản sao lưu. Đợi sang phút sau hoặc chọn tên khác với --out <tệp>.
backup-source-missing = Không có CSDL ở { $target }. Kiểm tra DATABASE_URL trong .env.
backup-file-missing = Không tìm thấy tệp { $file }. Kiểm tra lại đường dẫn, ví dụ backups/thidua-2025-11-20-0900.db.
backup-not-a-backup = { $file } không phải bản sao lưu CSDL của bot (không có bảng _prisma_migrations). Hãy chọn tệp do npm run backup tạo ra.
backup-wrong-kind = { $file } là bản sao lưu { $fileKind ->
        [sqlite] SQLite
       *[other] PostgreSQL
    } nhưng DATABASE_URL trỏ tới CSDL { $kind ->
        [sqlite] SQLite
       *[other] PostgreSQL
    }. Hãy đặt DATABASE_URL đúng loại CSDL của bản sao lưu.
backup-target-occupied = CSDL đích { $target } đang có { $rows } dòng dữ liệu; khôi phục sẽ thay toàn bộ. Hãy dừng bot, sao lưu CSDL hiện tại (npm run backup), rồi chạy lại với --yes: npm run restore -- { $file } --yes
backup-tool-missing = Không tìm thấy chương trình { $tool }. Cài gói PostgreSQL client: apt-get install postgresql-client
backup-tool-failed = { $tool } báo lỗi: { $detail }
