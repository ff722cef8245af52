## Khởi động
main-no-channel = Chưa cấu hình kênh nào (Telegram, Zalo) trong .env nên bot không có gì để chạy. Xem .env.example để cấu hình, hoặc chạy thử trong cửa sổ dòng lệnh: npm run demo
# Lỗi khi khởi động và lỗi cấu hình: in ra bằng tiếng Việt rồi tiếng Anh (src/startup.ts, src/config.ts).
startup-failed = Bot không khởi động được: { $detail }. Chạy lại với LOG_LEVEL=debug để xem chi tiết.
startup-database-unreachable = Không kết nối được cơ sở dữ liệu { $url } (DATABASE_URL; mã lỗi: { $reason }). Hãy kiểm tra máy chủ PostgreSQL đã chạy chưa, và địa chỉ, cổng, tên đăng nhập, mật khẩu ghi trong DATABASE_URL.
startup-folder-unwritable = Bot không ghi được vào thư mục { $folder } ({ $variable }; mã lỗi: { $reason }). Hãy sửa { $variable } trong .env thành một thư mục mà tài khoản chạy bot được ghi, hoặc cấp quyền ghi thư mục này.
startup-port-in-use = Cổng { $port } trên { $host } đang có chương trình khác dùng. Hãy dừng chương trình đó, hoặc sửa HTTP_PORT trong .env sang cổng khác (ví dụ 8081).
startup-port-denied = Bot không được phép mở cổng { $port } trên { $host } (cổng dưới 1024 cần quyền quản trị). Hãy sửa HTTP_PORT trong .env thành số từ 1024 trở lên, ví dụ 8080.
demo-campaign-unreadable = Không đọc được tệp kế hoạch { $file } (DEMO_CAMPAIGN; mã lỗi: { $reason }). Hãy sửa DEMO_CAMPAIGN cho đúng đường dẫn tệp .yaml, hoặc để trống để dùng kế hoạch mẫu.
config-invalid = Cấu hình chưa đúng: hãy sửa tệp .env (xem hướng dẫn trong .env.example) rồi chạy lại.
config-database-url = phải là tệp SQLite, ví dụ file:./data/thidua.db, hoặc địa chỉ PostgreSQL, ví dụ postgresql://thidua:matkhau@127.0.0.1:5432/thidua
config-log-level = chọn một trong: fatal, error, warn, info, debug, trace, silent (mặc định info)
config-default-locale = ghi vi (tiếng Việt) hoặc en (tiếng Anh)
config-file-store-dir = ghi đường dẫn một thư mục, ví dụ data/files
config-dialog-timeout = ghi số phút là số nguyên lớn hơn 0, ví dụ 30
config-outbox-lease = ghi số giây là số nguyên, ít nhất là 1, ví dụ 300
config-database-pool-size = ghi số kết nối là số nguyên từ 1 đến 100, ví dụ 10; mọi tiến trình cộng lại phải dưới max_connections của PostgreSQL
config-document-template-dir = ghi đường dẫn thư mục chứa mẫu văn bản riêng, ví dụ data/mau-van-ban (bỏ trống để dùng mẫu có sẵn)
config-telegram-token = mã không đúng dạng: hãy chép nguyên mã @BotFather cấp, dạng 123456789:AA…
config-telegram-api-root = phải là một địa chỉ URL, ví dụ http://127.0.0.1:8081 (máy chủ Bot API tự đặt)
config-telegram-webhook-url = phải là địa chỉ https công khai mà Telegram gọi tới, ví dụ https://bot.example.vn/telegram
config-telegram-webhook-secret = dùng từ 16 đến 256 ký tự trong A-Z, a-z, 0-9, _ và -
config-telegram-webhook-secret-required = bắt buộc khi có TELEGRAM_WEBHOOK_URL, để chỉ Telegram gọi được webhook
config-zalo-token = mã không đúng dạng: hãy chép nguyên mã Zalo Bot Manager cấp, dạng 12345689:abc-xyz
config-zalo-api-root = phải là một địa chỉ URL, ví dụ https://bot-api.zaloplatforms.com
config-zalo-webhook-url = phải là địa chỉ https công khai mà Zalo gọi tới, ví dụ https://bot.example.vn/zalo
config-zalo-webhook-https = Zalo chỉ gọi webhook qua https: hãy dùng địa chỉ bắt đầu bằng https://
config-zalo-webhook-secret = dùng từ 8 đến 256 ký tự nhìn thấy được (chữ, số, dấu câu; không có dấu cách)
config-zalo-webhook-secret-required = bắt buộc khi có ZALO_WEBHOOK_URL, để chỉ Zalo gọi được webhook
config-zalo-quota = ghi số tin là số nguyên lớn hơn 0, ví dụ 3000
config-public-base-url = phải là địa chỉ https công khai của máy chủ HTTP của bot, ví dụ https://bot.example.vn
config-http-port = ghi số cổng từ 1 đến 65535, ví dụ 8080
config-http-host = ghi địa chỉ để nhận kết nối, ví dụ 0.0.0.0 (mọi địa chỉ) hoặc 127.0.0.1
config-web-link-secret = ghi một chuỗi ngẫu nhiên dài ít nhất 32 ký tự, hoặc để trống để bot tự suy ra từ mã bot
config-web-link-minutes = ghi số phút một đường dẫn tới trang web của bot còn dùng được, từ 1 đến 1440 (mặc định 30)
config-outbox-rate = ghi số tin mỗi giây lớn hơn 0 và không quá 30 (Telegram cho phép khoảng 30)
