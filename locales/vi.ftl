# Thi đua CCHC bot — tiếng Việt (ngôn ngữ mặc định).
# Mỗi chuỗi người dùng nhìn thấy đều nằm ở đây; locales/en.ftl có đủ các khóa tương ứng.

## Chung (dialogs/engine)
error-internal = Xin lỗi, hệ thống gặp sự cố khi xử lý yêu cầu. Dữ liệu chưa bị thay đổi; anh/chị vui lòng thử lại sau ít phút.
choice-stale = Lựa chọn này đã cũ (thao tác đã chuyển sang bước khác hoặc đã kết thúc). Anh/chị chọn ở tin nhắn mới nhất, hoặc gõ lại lệnh.
idle-hint = Hiện không có thao tác nào đang dở. Gõ /trogiup để xem các lệnh.
stranger-hint = Anh/chị chưa đăng ký sử dụng. Hãy gõ /start kèm mã mời do bộ phận thường trực phong trào cấp, ví dụ: /start AB7K9XQM
dialog-expired = Thao tác { $command } đã hết hạn vì lâu không có trả lời. Anh/chị gõ lại { $command } để bắt đầu lại.
cancel-done = Đã hủy thao tác đang dở. Chưa có gì được lưu.
cancel-nothing = Không có thao tác nào đang dở để hủy.
command-unknown = Không có lệnh { $command }. Gõ /trogiup để xem các lệnh anh/chị dùng được.
not-registered = Anh/chị chưa đăng ký nên chưa dùng được lệnh này. Hãy xin mã mời từ bộ phận thường trực phong trào thi đua của xã, phường mình rồi gõ /start <mã mời>.
forbidden-role = Lệnh { $command } không dành cho vai trò của anh/chị. Gõ /trogiup để xem các lệnh anh/chị dùng được.
answer-empty = Anh/chị chưa nhập gì. Vui lòng trả lời câu hỏi ở trên, hoặc gõ /huy để hủy.
answer-too-long = Nội dung dài { $length } ký tự, vượt quá { $max } ký tự cho phép. Chưa có gì được lưu. Vui lòng viết gọn lại rồi gửi lại, hoặc gõ /huy để hủy.
choice-out-of-range = Không có lựa chọn số đó. Vui lòng chọn một số từ 1 đến { $count }, hoặc gõ /huy để hủy.
choice-ambiguous = Câu trả lời khớp với nhiều lựa chọn. Vui lòng gõ số thứ tự (1 đến { $count }).
choice-unknown = Không nhận ra lựa chọn này. Vui lòng gõ số thứ tự (1 đến { $count }) hoặc tên lựa chọn, hoặc gõ /huy để hủy.
unit-none = (chưa thuộc đơn vị nào)
option-skip = Bỏ qua
option-save = Lưu
option-cancel = Hủy
due-in-days = { $days ->
        [0] hạn rơi vào ngày nghỉ, không còn ngày làm việc nào trước hạn
       *[other] còn { $days } ngày làm việc
    }
due-today = hạn cuối là hôm nay
due-overdue = { $days ->
        [0] đã quá hạn
       *[other] đã quá hạn { $days } ngày làm việc
    }
deadlines-title = Thời hạn:
deadlines-none = • Chưa có thời hạn nào.
campaign-none = Đơn vị của anh/chị hiện không có phong trào thi đua nào đang diễn ra.
unit-unknown = Không tìm thấy đơn vị "{ $query }". Gõ tên đơn vị (có thể không dấu), ví dụ: van phong.
unit-ambiguous = "{ $query }" khớp với nhiều đơn vị: { $units }. Vui lòng gõ rõ hơn.
unit-not-yours = Anh/chị chỉ xem và báo cáo được cho đơn vị của mình, không phải { $unit }.

## Vai trò
role-admin = Thường trực phong trào
role-leader = Lãnh đạo UBND
role-head = Thủ trưởng đơn vị
role-member = Cán bộ, công chức, viên chức
role-council = Thành viên Hội đồng Thi đua – Khen thưởng

## Lệnh (mô tả một dòng)
cmd-start = Đăng ký bằng mã mời, xem thông tin tài khoản
cmd-trogiup = Xem các lệnh dùng được
cmd-huy = Hủy thao tác đang dở
cmd-baocao = Báo cáo tiến độ, kết quả chỉ tiêu của đơn vị
cmd-tiendo = Tiến độ của đơn vị so với chỉ tiêu
cmd-nhiemvu = Nhiệm vụ, tiêu chí và thời hạn của phong trào
cmd-xephang = Bảng xếp hạng các đơn vị
cmd-moi = Tạo mã mời cho một đơn vị và vai trò
cmd-chiendich = Tóm tắt phong trào thi đua

## /start
start-stranger =
    Xin chào! Đây là trợ lý phong trào thi đua gắn với cải cách hành chính của UBND xã/phường.
    Để sử dụng, anh/chị cần mã mời do bộ phận thường trực phong trào thi đua của xã, phường mình cấp, rồi gõ: /start <mã mời>
    Gõ /trogiup để xem các lệnh.
start-whoami =
    Họ tên: { $name }
    Đơn vị: { $unit }
    Vai trò: { $roles }
start-registered = Đăng ký thành công. Chào mừng { $name }!
start-next = Gõ /trogiup để xem các lệnh anh/chị dùng được.
start-invite-ok = Mã mời hợp lệ: { $organization } — { $unit }.
start-ask-name = Xin cho biết họ và tên đầy đủ của anh/chị (có dấu), ví dụ: Nguyễn Thị Hoa.
start-name-invalid = Họ tên chưa hợp lệ. Cần có ít nhất 2 chữ cái (ký tự ẩn và ký hiệu không được tính). Vui lòng gõ lại họ và tên đầy đủ, có dấu, ví dụ: Nguyễn Thị Hoa.
start-name-too-long = Họ tên dài { $length } ký tự, quá { $max } ký tự cho phép. Vui lòng gõ lại chỉ họ và tên (không kèm chức vụ, đơn vị), ví dụ: Nguyễn Thị Hoa.
invite-unknown = Mã mời { $code } không đúng. Vui lòng kiểm tra lại từng ký tự, hoặc xin mã mới từ bộ phận thường trực.
invite-used = Mã mời { $code } đã được sử dụng hết. Vui lòng xin mã mới từ bộ phận thường trực.
invite-expired = Mã mời { $code } đã hết hạn. Vui lòng xin mã mới từ bộ phận thường trực.
invite-already-registered = Tài khoản này đã đăng ký rồi, không cần dùng mã mời nữa.
invite-name-missing = Cần họ và tên để đăng ký. Vui lòng gõ lại /start <mã mời>.
code-attempts-exceeded = Anh/chị đã nhập sai mã nhiều lần liên tiếp nên bot tạm ngừng nhận mã từ tài khoản này. Vui lòng chờ { $minutes } phút rồi thử lại, hoặc liên hệ bộ phận thường trực để được kiểm tra, cấp mã mới.

## /baocao
report-pick-unit = Báo cáo cho đơn vị nào?
report-pick-area = Báo cáo của { $unit }. Chọn nhiệm vụ (lĩnh vực):
report-pick-criterion = { $area } — chọn tiêu chí:
report-ask-value = Nhập kết quả cho tiêu chí: { $criterion }
report-target = Chỉ tiêu: { $target }
report-no-target = Tiêu chí này không có chỉ tiêu định lượng (thẩm định chấm điểm).
report-range = Giá trị hợp lệ: từ { $min } đến { $max }. Có thể gõ 98,5 hoặc 98.5.
report-range-min = Giá trị hợp lệ: từ { $min } trở lên. Có thể gõ 98,5 hoặc 98.5.
report-last = Lần báo cáo trước: { $value } (ngày { $date }).
report-first = Đây là lần báo cáo đầu tiên cho tiêu chí này.
report-no-unit = Tài khoản của anh/chị chưa gắn với đơn vị nào nên chưa báo cáo được. Vui lòng liên hệ bộ phận thường trực.
report-value-not-number = Giá trị chưa đúng dạng số. Vui lòng gõ một số, ví dụ: { $example }
report-value-not-percent = Tiêu chí này tính bằng { $unit }, không phải phần trăm. Vui lòng gõ số không kèm dấu %.
report-out-of-range-value = Giá trị { $value } nằm ngoài khoảng cho phép.
report-out-of-range = Giá trị nằm ngoài khoảng cho phép của tiêu chí. Vui lòng gõ lại /baocao.
report-ask-note = Ghi chú kèm theo (không bắt buộc), ví dụ nguồn số liệu. Gõ nội dung, hoặc chọn Bỏ qua.
report-note-none = (không có)
report-confirm =
    Xác nhận báo cáo:
    • Đơn vị: { $unit }
    • Tiêu chí: { $criterion }
    • Kết quả: { $value }
    • Ghi chú: { $note }
    • Tài liệu kiểm chứng: { $files ->
        [0] không có
       *[other] { $files } tệp
    }
report-cancelled = Đã hủy, chưa lưu báo cáo.
report-none-before = chưa có
report-saved = Đã lưu báo cáo. { $criterion }: { $before } → { $after }.
report-points = Điểm tiêu chí (tạm tính): { $points }/{ $max }.
report-points-manual = Tiêu chí này được chấm điểm khi thẩm định.
report-unit-standing = { $unit } hiện đạt { $score }/100 điểm, xếp thứ { $rank } trong { $count } đơn vị đã có kết quả.
report-forbidden-unit = Anh/chị chỉ báo cáo được cho đơn vị của mình.
report-criterion-gone = Tiêu chí này không còn trong phong trào (kế hoạch vừa được cập nhật). Vui lòng gõ lại /baocao.
report-saved-late = Phong trào đã kết thúc ngày { $date }: báo cáo này là nộp muộn, chỉ được tính vào xếp hạng khi { $office } chấp nhận.
report-criterion-held = Tiêu chí này là chỉ tiêu chung, do { $unit } báo cáo; đơn vị khác không báo cáo tiêu chí này. Gõ /nhiemvu để xem các tiêu chí của đơn vị.
report-unit-gone = Đơn vị này không còn tham gia phong trào. Vui lòng gõ lại /baocao.

## /tiendo, /nhiemvu
progress-no-unit = Tài khoản của anh/chị chưa gắn với đơn vị nào. Gõ /tiendo <tên đơn vị> để xem một đơn vị.
progress-title = Tiến độ của { $unit } — { $campaign }
target-none = không định lượng
target-at-least = từ { $value } trở lên
target-at-most = không quá { $value }
progress-line = • { $criterion }: { $value } / chỉ tiêu { $target } — { $points }/{ $max } điểm (báo cáo ngày { $date })
progress-line-missing = • { $criterion }: chưa báo cáo (chỉ tiêu { $target })
progress-all-reported = Đã báo cáo đủ tất cả tiêu chí.
progress-missing = Còn { $missing }/{ $total } tiêu chí chưa báo cáo. Gõ /baocao để báo cáo.
tasks-title = Nhiệm vụ của { $unit } — { $campaign }
tasks-criterion = • { $criterion } — chỉ tiêu { $target }, tối đa { $points } điểm
tasks-hint = Gõ /baocao để báo cáo kết quả, /tiendo để xem tiến độ.
tasks-points-default = Số điểm của từng tiêu chí: mặc định, kế hoạch không nêu.
tasks-targets-default = Chỉ tiêu của từng tiêu chí: mặc định, kế hoạch không nêu.
tasks-targets-points-default = Chỉ tiêu và số điểm của từng tiêu chí: mặc định, kế hoạch không nêu.
tasks-all-default = Kế hoạch không liệt kê nhiệm vụ, tiêu chí: toàn bộ nhiệm vụ, tiêu chí, chỉ tiêu và số điểm dưới đây là mặc định, kế hoạch không nêu.
tasks-criterion-held =    ↳ Chỉ tiêu chung, do { $unit } báo cáo một lần; đơn vị khác không báo cáo, không chấm tiêu chí này.

## /xephang
standings-title = Bảng xếp hạng — { $campaign }
standings-provisional = (Tạm tính theo số liệu các đơn vị báo cáo, chưa thẩm định.)
standings-line = { $rank }. { $unit } — { $score } điểm — { $grade }{ $change ->
        [none] {""}
       *[other] {" "}— { $change }
    } — đã báo cáo { $reported }/{ $total } tiêu chí
standings-empty = Chưa có đơn vị nào trong phong trào.
standings-change-new = lần đầu xếp hạng
standings-legend = ▲ tăng hạng, ▼ giảm hạng, = giữ hạng so với lần xếp hạng trước.
standings-legend-first = Đây là lần xếp hạng đầu tiên; từ lần sau, bảng ghi ▲ tăng hạng, ▼ giảm hạng, = giữ hạng.
standings-unreported = chưa báo cáo
standings-unreported-title = Chưa báo cáo tiêu chí nào nên chưa xếp hạng, xếp loại ({ $count } đơn vị):
standings-area-unreported-title = Chưa báo cáo lĩnh vực này nên chưa xếp hạng ({ $count } đơn vị):

## /trogiup
help-title = Các lệnh anh/chị dùng được:
help-title-stranger = Anh/chị chưa đăng ký. Các lệnh dùng được:

## /moi
invite-pick-unit = Tạo mã mời cho đơn vị nào?
invite-no-unit = Không thuộc đơn vị (lãnh đạo, hội đồng)
invite-pick-role = Vai trò của người được mời?
invite-created = Mã mời: { $code } — { $role }, { $unit }. Dùng được 1 lần, hết hạn ngày { $expires }.
invite-how-to-use = Người được mời gõ /start { $code } trong cuộc trò chuyện với bot.
invite-usage = Cách dùng: /moi <tên đơn vị> <vai trò>, ví dụ: /moi van phong thu truong. Vai trò: { $roles }. Hoặc chỉ gõ /moi để chọn từng bước.
invite-unit-needed = Vai trò này cần gắn với một đơn vị. Vui lòng chọn đơn vị.
invite-unit-foreign = Đơn vị này không thuộc UBND của anh/chị.

## /chiendich
campaign-title = { $title } — { $organization }
campaign-basis = Căn cứ: { $basis }
campaign-period = Thời gian: từ { $from } đến { $to }
campaign-offices = Cơ quan phát động: { $organising }. Thường trực: { $lead }
campaign-scope = { $units } đơn vị, { $areas } nhiệm vụ, { $criteria } tiêu chí
campaign-members = Đã đăng ký: { $registered }/{ $members } thành viên
campaign-reports = Báo cáo: { $reports } lượt, { $reported }/{ $units } đơn vị đã báo cáo
campaign-not-reported = Chưa báo cáo: { $units }
campaign-quotas-title = Số lượng khen thưởng:
campaign-quota = • { $kind ->
        [COLLECTIVE] Tập thể
       *[INDIVIDUAL] Cá nhân
    }: { $award } — { $count ->
        [none] kế hoạch không nêu số lượng
       *[other] tối đa { $count }
    }{ $level ->
        [HIGHER] {""}; UBND đề nghị, { $decider } quyết định
       *[other] {""}
    }
campaign-dossier-title = Hồ sơ đề nghị khen thưởng gồm:
value-default = { $value } (mặc định, kế hoạch không nêu)
campaign-closes = Nhận báo cáo, tự chấm điểm đến hết ngày { $date }; sau đó là nộp muộn.
campaign-closed = Phong trào đã kết thúc ngày { $date }. Báo cáo, tự chấm điểm gửi sau ngày này là nộp muộn, chỉ được tính khi { $office } chấp nhận.
campaign-late-pending = Nộp muộn chờ xem xét: { $reports } báo cáo, { $scores } điểm tự chấm. Gõ /thamdinh để chấp nhận hoặc không.
campaign-council = Hội đồng thi đua: họp hợp lệ khi có từ { $quorum } thành viên; thông qua khi đạt từ { $threshold } phiếu đồng ý
campaign-grades = Xếp loại: { $bands }
campaign-grade-band = { $label } từ { $min } điểm
campaign-grade-band-last = { $label } dưới { $max } điểm

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

## Khởi động (main)
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
config-outbox-rate = ghi số tin mỗi giây lớn hơn 0 và không quá 30 (Telegram cho phép khoảng 30)

## Campaign files (campaign-file/)
# Lỗi trong tệp kế hoạch: mỗi câu tự nêu tệp, dòng và trường.
cf-error-yaml = { $file }, dòng { $line }, cột { $column }: lỗi cú pháp YAML — { $code ->
        [DUPLICATE_KEY] một khóa được khai báo hai lần trong cùng một mục.
        [TAB_AS_INDENT] thụt lề bằng phím Tab; hãy thụt lề bằng dấu cách.
        [BAD_INDENT] thụt lề không khớp với các dòng cùng cấp.
        [MISSING_CHAR] thiếu dấu đóng (nháy kép, ngoặc vuông hoặc ngoặc nhọn).
        [MULTILINE_IMPLICIT_KEY] thiếu dấu hai chấm ":" sau tên khóa, hoặc một giá trị bị xuống dòng.
        [UNEXPECTED_TOKEN] có ký tự không đúng chỗ; kiểm tra dấu hai chấm, dấu gạch đầu dòng và thụt lề.
        [BLOCK_AS_IMPLICIT_KEY] có ký tự không đúng chỗ; kiểm tra dấu hai chấm, dấu gạch đầu dòng và thụt lề.
       *[other] nội dung không đúng cú pháp ({ $code }).
    }
cf-error-root = { $file }, dòng { $line }: tệp phải là một bảng "khóa: giá trị" bắt đầu bằng organization, campaign, units, task_areas…
cf-error-required = { $file }, dòng { $line }: thiếu trường bắt buộc "{ $field }".
cf-error-type = { $file }, dòng { $line }: trường "{ $field }" phải là { $expected ->
        [string] một đoạn chữ
        [number] một số
        [int] một số nguyên
        [boolean] true hoặc false
        [array] một danh sách
        [object] một bảng "khóa: giá trị"
       *[other] giá trị kiểu { $expected }
    }.
cf-error-enum = { $file }, dòng { $line }: trường "{ $field }" chỉ nhận một trong các giá trị: { $allowed }.
cf-error-unknown-key = { $file }, dòng { $line }: khóa "{ $field }" không có trong định dạng tệp kế hoạch. Kiểm tra chính tả; nếu một giá trị trong dấu {"{ }"} có dấu phẩy, hãy đặt giá trị đó trong nháy kép.
cf-error-empty-list = { $file }, dòng { $line }: danh sách "{ $field }" phải có ít nhất một mục.
cf-error-too-small = { $file }, dòng { $line }: trường "{ $field }" phải từ { $min } trở lên.
cf-error-too-big = { $file }, dòng { $line }: trường "{ $field }" không được lớn hơn { $max }.
cf-error-invalid = { $file }, dòng { $line }: giá trị của trường "{ $field }" không hợp lệ.
cf-error-empty-text = { $file }, dòng { $line }: trường "{ $field }" không được để trống.
cf-error-slug = { $file }, dòng { $line }: mã "{ $field }" chỉ gồm chữ thường không dấu a-z, chữ số và dấu gạch ngang, ví dụ kim-phuong-2025.
cf-error-code = { $file }, dòng { $line }: mã "{ $field }" chỉ gồm chữ cái không dấu, chữ số, dấu "_" hoặc "-", ví dụ THE_CHE.
cf-error-time = { $file }, dòng { $line }: trường "{ $field }" phải là giờ dạng HH:MM, ví dụ "07:30".
cf-error-date = { $file }, dòng { $line }: trường "{ $field }" có "{ $value }" không phải là một ngày có thật; ghi ngày dạng "dd/mm/yyyy", ví dụ "05/12/2025".
cf-error-period = { $file }, dòng { $line }: ngày kết thúc "{ $field }" phải trùng hoặc sau ngày bắt đầu.
cf-error-quota-decider = { $file }, dòng { $line }: hình thức có decided_by: higher phải ghi người quyết định ở "{ $field }", ví dụ decider: Chủ tịch UBND thành phố.
cf-error-share = { $file }, dòng { $line }: trường "{ $field }" là một tỷ lệ lớn hơn 0 và không quá 1, ví dụ 0.7 là 70 %.
cf-error-positive = { $file }, dòng { $line }: trường "{ $field }" phải lớn hơn 0.
cf-error-cron = { $file }, dòng { $line }: trường "{ $field }" không phải lịch cron hợp lệ, ví dụ "0 8 * * 1" là 8 giờ sáng thứ Hai.
cf-error-working-hours = { $file }, dòng { $line }: giờ kết thúc "{ $field }" phải sau giờ bắt đầu.
cf-error-duplicate = { $file }, dòng { $line }: mã "{ $code }" ở "{ $field }" trùng với "{ $first }"; mỗi mã chỉ dùng một lần.
cf-error-points-sum = { $file }, dòng { $line }: tổng điểm các tiêu chí trong "{ $field }" là { $sum }, phải đúng 100.
cf-error-target-required = { $file }, dòng { $line }: thiếu chỉ tiêu "{ $field }"; chỉ tiêu chỉ được bỏ trống khi scoring là manual.
cf-error-target-range = { $file }, dòng { $line }: chỉ tiêu "{ $field }" ({ $target }) phải nằm trong khoảng min – max ({ $min } – { $max }).
cf-error-min-max = { $file }, dòng { $line }: "{ $field }" ({ $max }) phải lớn hơn min ({ $min }).
cf-error-grade-order = { $file }, dòng { $line }: các mức xếp loại phải xếp từ cao xuống thấp; "{ $field }" phải nhỏ hơn mức ngay trên.
cf-error-grade-last = { $file }, dòng { $line }: mức xếp loại cuối cùng phải có min là 0 ("{ $field }").
cf-error-unknown-unit = { $file }, dòng { $line }: "{ $field }" ghi đơn vị "{ $unit }" nhưng danh sách units không có mã này (các mã có: { $known }).
cf-error-default-path = { $file }, dòng { $line }: "{ $value }" trong defaults không chỉ tới giá trị nào của tệp. Ghi đường dẫn như council.quorum, deadlines.NOP_HO_SO, criteria.DUNG_HAN.points (dấu * thay cho mọi mục: criteria.*.points).
cf-error-closes-on = { $file }, dòng { $line }: ngày kết thúc nhận báo cáo (closes_on) phải từ ngày bắt đầu kỳ thi đua (period.from) trở đi.
cf-error-elig-grade = { $file }, dòng { $line }: "{ $field }": tiêu chuẩn check: grade_at_least cần ghi grade (ví dụ grade: TOT), các loại khác không ghi grade.
cf-error-elig-combine = { $file }, dòng { $line }: "{ $field }" phải có đúng một trong hai: all_of (đạt tất cả) hoặc any_of (đạt ít nhất một).
cf-error-elig-source = { $file }, dòng { $line }: "{ $field }" phải ghi nguồn: where (mục của kế hoạch, ví dụ "II.3 a)") hoặc default: true khi kế hoạch không nêu, không ghi cả hai.
cf-error-elig-duplicate = { $file }, dòng { $line }: mã tiêu chuẩn "{ $code }" lặp lại trong "{ $field }"; mỗi mã chỉ dùng một lần.
cf-error-elig-individual-unit = { $file }, dòng { $line }: "{ $field }" là tiêu chuẩn cho cá nhân nhưng "{ $code }" xét theo điểm, thứ hạng của đơn vị; cá nhân không xét theo xếp loại của đơn vị.
cf-error-elig-form = { $file }, dòng { $line }: "{ $field }" ghi hình thức "{ $form }" nhưng award_quotas không có hình thức này (các mã có: { $known }).
cf-error-elig-band = { $file }, dòng { $line }: "{ $field }" cần xếp loại "{ $grade }" nhưng grade_bands không có mức này.
cf-error-campaign-other-org = Mã kế hoạch "{ $campaign }" đã được dùng cho tổ chức "{ $organization }"; hãy đặt mã kế hoạch khác.
# Lệnh npm run campaign
cf-usage =
    Cách dùng: npm run campaign -- <lệnh>
      import <tệp.yaml>        Kiểm tra tệp kế hoạch và nhập vào cơ sở dữ liệu
      list                     Liệt kê các kế hoạch đã nhập
      show <mã kế hoạch>       Xem chi tiết một kế hoạch
      invite --campaign <mã kế hoạch> --role <vai trò> [--unit <mã hoặc tên đơn vị>] [--member <mã thành viên>]
                               Tạo mã mời tham gia bot, hạn 7 ngày.
                               Vai trò: ADMIN, LEADER, HEAD, MEMBER, COUNCIL; HEAD và MEMBER cần --unit.
      invite --city <mã thành phố> [--role ADMIN|LEADER]
                               Mã mời cho cấp thành phố: so sánh, xuất bảng xếp hạng các xã, phường.
      documents <mã kế hoạch> [--unit <mã hoặc tên đơn vị>] --out <thư mục>
                               Ghi bộ văn bản soạn sẵn (Word) vào thư mục để in hàng loạt.
    Ví dụ: npm run campaign -- invite --campaign kim-phuong-2025 --unit "van hoa" --role HEAD
cf-unexpected = Lỗi không mong đợi: { $detail }
cf-import-invalid = Tệp { $file } có { $count } lỗi; chưa ghi gì vào cơ sở dữ liệu. Sửa các lỗi sau rồi nhập lại:
cf-import-migrated = Đã cập nhật cấu trúc cơ sở dữ liệu: { $names }
cf-import-done = Đã nhập kế hoạch { $campaign } của { $organization }:
cf-import-row = { $entity ->
        [organization] Tổ chức
        [campaign] Kế hoạch
        [units] Cơ quan, đơn vị
        [taskAreas] Nhiệm vụ trọng tâm
        [criteria] Tiêu chí
        [awardQuotas] Chỉ tiêu khen thưởng
        [dossierDocKinds] Thành phần hồ sơ
        [deadlines] Mốc thời hạn
        [members] Thành viên
       *[other] { $entity }
    }: { $created } mới, { $updated } cập nhật, { $unchanged } không đổi, { $removed } gỡ khỏi kế hoạch, { $kept } giữ lại vì đã có dữ liệu
cf-list-empty = Chưa có kế hoạch nào. Nhập kế hoạch bằng: npm run campaign -- import campaigns/<tệp>.yaml
cf-list-row = { $code } · { $title } · { $organization } · { $from } – { $to } · { $status }
cf-status = { $status ->
        [DRAFT] đang soạn
        [ACTIVE] đang diễn ra
        [REVIEW] đang đánh giá, bình xét
        [CLOSED] đã kết thúc
       *[other] { $status }
    }
cf-not-found = Không có kế hoạch mã "{ $code }". Xem các mã bằng: npm run campaign -- list
cf-show-title = { $title } ({ $code })
cf-show-organization = Tổ chức: { $organization } (mã { $code })
cf-show-organising-office = Cơ quan phát động: { $office }
cf-show-legal-basis = Căn cứ: { $legalBasis }
cf-show-lead-office = Cơ quan thường trực: { $leadOffice }
cf-show-period = Thời gian: { $from } – { $to }; trạng thái: { $status }
cf-show-units = Cơ quan, đơn vị tham gia ({ $count }):
cf-show-unit = { $code }: { $name }
cf-show-task-areas = Nhiệm vụ và tiêu chí (tổng { $points } điểm):
cf-show-task-area = { $index }. { $title }
cf-show-criterion = { $title }: chỉ tiêu { $target }; { $points } điểm; { $scoring ->
        [LINEAR] chấm theo tỷ lệ đạt chỉ tiêu
        [THRESHOLD] đạt chỉ tiêu mới có điểm
       *[other] { $scoring }
    }
cf-show-criterion-manual = { $title }: { $points } điểm; người thẩm định chấm trực tiếp
cf-show-quotas = Khen thưởng:
cf-show-quota = { $title } — { $nominee ->
        [COLLECTIVE] tập thể
       *[INDIVIDUAL] cá nhân
    }: { $max ->
        [none] kế hoạch không nêu số lượng
       *[other] tối đa { $max }
    }; { $level ->
        [HIGHER] đề nghị { $decider } quyết định
       *[other] Chủ tịch UBND cấp xã quyết định
    }
cf-show-documents = Hồ sơ đề nghị khen thưởng:
cf-show-document = { $title }{ $required ->
        [yes] {""}
       *[no] {" "}(không bắt buộc)
    }
cf-show-deadlines = Mốc thời hạn:
cf-show-deadline = { $due }: { $title }
cf-show-members = Thành viên ({ $count }):
cf-show-member = { $name } · { $roles } · { $place } · mã { $code }
cf-show-member-plain = { $name } · { $roles } · mã { $code }
cf-show-none = (chưa có)
cf-show-closes = Nhận báo cáo đến hết ngày: { $date }
cf-show-closed = Đã kết thúc lúc: { $at }
cf-invite-done = Mã mời: { $code } ({ $role }, { $unit }), dùng được đến { $expires }. Người được mời gửi mã này cho bot để tham gia.
cf-invite-done-no-unit = Mã mời: { $code } ({ $role }), dùng được đến { $expires }. Người được mời gửi mã này cho bot để tham gia.
cf-invite-role-unknown = Vai trò "{ $role }" không có; chọn một trong: { $allowed }.
cf-invite-unit-needed = Vai trò { $role } thuộc về một đơn vị: hãy thêm --unit <mã hoặc tên đơn vị>.
cf-invite-unit-unknown = Không có đơn vị nào khớp với "{ $query }". Các đơn vị: { $units }
cf-invite-unit-ambiguous = "{ $query }" khớp với nhiều đơn vị: { $units }. Hãy ghi rõ hơn hoặc dùng mã đơn vị.
cf-invite-member-unknown = Kế hoạch này không khai báo thành viên mã "{ $code }".
cf-documents-actor = Bộ phận thường trực (dòng lệnh)
cf-documents-out-not-folder = { $path } là một tệp, không phải thư mục. Hãy chọn một thư mục (chưa có thì bot tạo), ví dụ: --out van-ban
cf-documents-written = Đã ghi { $path } ({ $label })
cf-documents-failed = Chưa soạn được { $label }: { $reason }
cf-documents-done = Xong: { $count } văn bản trong thư mục { $folder }.
cf-documents-none = Kế hoạch { $campaign } chưa có văn bản nào để soạn (chưa có đề nghị khen thưởng nào).
cf-documents-none-unit = { $unit } chưa có văn bản nào để soạn (đơn vị chưa đề nghị khen thưởng ai).
cf-file-unreadable = Không đọc được tệp { $file } ({ $detail }). Kiểm tra đường dẫn, ví dụ campaigns/kim-phuong-2025.yaml.

## Tệp, hồ sơ, nhóm
file-no-dialog = Bot chưa biết tệp này dùng cho việc gì. Gõ /nophoso để nộp hồ sơ khen thưởng, hoặc /baocao để báo cáo kèm tài liệu kiểm chứng.
file-not-expected = Bước này chưa cần gửi tệp. Vui lòng trả lời câu hỏi ở trên, hoặc gõ /huy để hủy.
file-too-big = Tệp lớn hơn { $maxMb } MB nên bot không nhận được. Vui lòng nén tệp, chia nhỏ, hoặc chụp ảnh các trang chính rồi gửi lại.
file-type-refused = Không nhận tệp "{ $name }": chỉ nhận PDF, Word (DOC, DOCX), Excel (XLS, XLSX), ODT, ODS và ảnh chụp. Vui lòng lưu sang PDF rồi gửi lại.
file-duplicate = Tệp này đã được gửi trước đây (ngày { $date }), không cần gửi lại.
group-private-only = Lệnh { $command } chỉ dùng trong tin nhắn riêng với bot, để thông tin của anh/chị không hiện ra cho cả nhóm.
group-not-linked = Nhóm này chưa được gắn với phong trào thi đua nào. Bộ phận thường trực khai báo nhóm trong tệp kế hoạch (mục group_chats).
standings-chart-title = Bảng xếp hạng thi đua cải cách hành chính
standings-chart-provisional = tạm tính
cmd-nophoso = Nộp tài liệu hồ sơ đề nghị khen thưởng của đơn vị
cmd-hoso = Hồ sơ khen thưởng của đơn vị: đã nộp, còn thiếu, thời hạn
dossier-title = Hồ sơ đề nghị khen thưởng — { $unit }
dossier-item-in = ✓ { $kind }: { $name } (nộp ngày { $date }, { $by })
dossier-item-missing = ✗ { $kind }: chưa nộp
dossier-item-optional = ○ { $kind }: chưa nộp (không bắt buộc)
dossier-count = Đã nộp { $filed }/{ $total } thành phần.
dossier-no-unit = Tài khoản của anh/chị chưa gắn với đơn vị nào. Thường trực gõ kèm tên đơn vị, ví dụ: /hoso tu phap.
dossier-no-kinds = Phong trào này chưa quy định thành phần hồ sơ. Vui lòng liên hệ { $office }.
dossier-pick-kind = Nộp hồ sơ của { $unit }. Chọn loại tài liệu (✓ là đã có):
dossier-ask-file = Gửi tệp { $kind } (PDF, Word, Excel, ODT/ODS hoặc ảnh chụp trang đã ký), tối đa 20 MB.
dossier-ask-file-photo-only = Ứng dụng này không gửi được tệp văn bản cho bot. Anh/chị chụp ảnh trang đã ký của { $kind } rồi gửi ảnh, hoặc nộp tệp qua bot trên Telegram.
dossier-will-add = Đã có tệp { $name }: tệp mới gửi sẽ là bản mới nhất, bản cũ vẫn được lưu.
dossier-need-file = Bước này cần một tệp hoặc ảnh. Vui lòng gửi tệp, hoặc gõ /huy để hủy.
dossier-need-photo = Bước này cần một ảnh chụp. Vui lòng gửi ảnh, hoặc gõ /huy để hủy.
dossier-file-fallback-name = ho-so
dossier-received = Đã nhận tệp { $name } cho mục { $kind }.
dossier-get-hint = Chọn tài liệu để tải lại:
dossier-sent = Tệp { $name }:
dossier-forbidden-unit = Anh/chị chỉ nộp và tải hồ sơ của đơn vị mình.
dossier-kind-gone = Loại tài liệu này không còn trong hồ sơ của phong trào. Vui lòng gõ lại /nophoso.
dossier-document-gone = Không tìm thấy tài liệu này. Vui lòng gõ lại /hoso.
dossier-item-unconfirmed = ◐ { $kind }: { $name } (nộp ngày { $date }, { $by }), chờ thủ trưởng đơn vị xác nhận
dossier-per-nominee-head = { $kind } (mỗi tập thể, cá nhân được đề nghị một bản):
dossier-per-nominee-none = chưa có ai được đề nghị: gõ /denghi để đề nghị, rồi nộp cho từng tập thể, cá nhân.
dossier-nominee-collective = Tập thể { $unit }
dossier-pick-nominee = { $kind }: nộp cho tập thể, cá nhân nào? (✓ là đã có)
dossier-no-nominees = Đơn vị chưa đề nghị khen thưởng tập thể, cá nhân nào. Gõ /denghi để đề nghị trước, rồi nộp { $kind } cho từng tập thể, cá nhân được đề nghị.
dossier-nominee-gone = Đề nghị khen thưởng này không còn (đã rút hoặc không được xét). Vui lòng gõ lại /nophoso.
cmd-vanban = Tải văn bản soạn sẵn (Word): tờ trình, báo cáo thành tích, biên bản, quyết định khen thưởng
documents-pick = Văn bản soạn sẵn của { $campaign }. Chọn văn bản cần tải (tệp Word để sửa rồi ký ban hành):
documents-none = Hiện chưa có văn bản nào để anh/chị tải: đơn vị chưa đề nghị khen thưởng ai, hoặc vai trò của anh/chị không soạn văn bản này. Gõ /denghi để đề nghị khen thưởng, hoặc liên hệ bộ phận thường trực thi đua.
documents-gone = Văn bản này không còn trong danh sách của anh/chị (đề nghị đã rút hoặc vai trò đã đổi). Vui lòng gõ lại /vanban.
documents-ready = { $document }: tệp { $name }. Anh/chị kiểm tra, điền các phần còn để trống trước khi ký ban hành.
documents-sign-and-file = Sau khi ký, đóng dấu: quét (PDF) hoặc chụp bản đã ký rồi gõ /nophoso để nộp vào hồ sơ.
dossier-awaiting-confirm = Báo cáo này cần thủ trưởng đơn vị xác nhận: thủ trưởng gõ /hoso rồi chọn "Xác nhận".
dossier-get-or-confirm-hint = Chọn báo cáo để xác nhận, hoặc tài liệu để tải lại:
dossier-confirm-label = Xác nhận: { $kind }
dossier-confirmed = Đã xác nhận báo cáo. Gõ /hoso để xem lại hồ sơ.
dossier-confirm-head-only = Chỉ thủ trưởng đơn vị xác nhận được báo cáo thành tích của đơn vị mình.
dossier-already-confirmed = Tệp { $name } đã được thủ trưởng đơn vị xác nhận, không cần xác nhận lại.
report-ask-evidence = Gửi tài liệu kiểm chứng (ảnh, PDF, Word, Excel), có thể gửi nhiều tệp; hoặc chọn Bỏ qua.
report-ask-evidence-photo-only = Gửi ảnh chụp tài liệu kiểm chứng (có thể gửi nhiều ảnh), hoặc chọn Bỏ qua.
report-evidence-received = Đã nhận { $name } (tổng { $count } tệp). Gửi thêm, hoặc chọn Xong.
report-evidence-need-file = Bước này nhận tệp hoặc ảnh tài liệu kiểm chứng. Gửi tệp, hoặc chọn Bỏ qua / Xong.
report-evidence-fallback-name = tai-lieu-kiem-chung
option-done = Xong
invite-link = Hoặc bấm liên kết: { $link }
console-file-usage = Cách dùng: :tep <đường dẫn tệp>, ví dụ :tep ~/Tai-lieu/to-trinh.pdf
console-file-missing = Không mở được tệp "{ $path }". Kiểm tra lại đường dẫn.

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

## Tự chấm điểm, thẩm định, vi phạm, xếp hạng theo lĩnh vực
cmd-chamdiem = Tự chấm điểm các tiêu chí của đơn vị
cmd-thamdinh = Thẩm định điểm tự chấm của các đơn vị
cmd-vipham = Ghi nhận vi phạm kỷ luật, kỷ cương hành chính
score-no-unit = Tài khoản của anh/chị chưa gắn với đơn vị nào nên chưa tự chấm điểm được. Vui lòng liên hệ bộ phận thường trực.
score-pick-unit = Tự chấm điểm cho đơn vị nào?
score-pick-area = Tự chấm điểm của { $unit }. Chọn nhiệm vụ (lĩnh vực):
score-pick-criterion = { $area } — chọn tiêu chí:
score-option = { $title } — { $status }
score-status-done = đã chấm
score-status-todo = chưa chấm
score-status-partial = đã chấm { $done }/{ $total }
score-detail-title = Tự chấm điểm: { $criterion } (tối đa { $max } điểm)
score-detail-target = • Chỉ tiêu: { $target }
score-detail-no-target = • Chỉ tiêu: không định lượng
score-detail-report = • Kết quả báo cáo gần nhất: { $value } (ngày { $date })
score-detail-no-report = • Chưa báo cáo kết quả tiêu chí này (/baocao).
score-detail-proposal = • Điểm đề xuất theo kết quả báo cáo: { $points }/{ $max }
score-detail-proposal-manual = • Tiêu chí này không tính điểm tự động: đơn vị tự chấm, thường trực thẩm định.
score-detail-evidence = • Tài liệu kiểm chứng: { $count ->
        [0] chưa có
       *[other] { $count } tệp
    }
score-detail-self = • Điểm tự chấm: { $points }/{ $max } (ngày { $date })
score-detail-explanation = • Giải trình, ghi chú: { $text }
score-detail-appraised = • Thẩm định: { $points }/{ $max } — lý do: { $reason }
score-detail-appraised-agreed = • Thẩm định: { $points }/{ $max } (đồng ý với điểm tự chấm)
score-ask-points = Nhập điểm tự chấm, từ 0 đến { $max } (có thể gõ 10,5 hoặc 10.5).
score-points-not-number = Điểm chưa đúng dạng số. Vui lòng gõ một số từ 0 đến { $max }, ví dụ: { $example }
score-out-of-range = Điểm phải từ 0 đến { $max }. Vui lòng nhập lại.
score-ask-explanation = Tiêu chí này chưa có tài liệu kiểm chứng nào, nên cần giải trình bằng văn bản (bắt buộc): căn cứ chấm điểm và lý do chưa có tài liệu kiểm chứng. Nếu có, gõ /huy rồi gửi kèm khi /baocao.
score-ask-note = Tiêu chí có { $count } tệp tài liệu kiểm chứng. Ghi chú kèm điểm tự chấm (không bắt buộc): gõ nội dung, hoặc chọn Bỏ qua.
score-confirm =
    Xác nhận tự chấm điểm:
    • Đơn vị: { $unit }
    • Tiêu chí: { $criterion }
    • Điểm tự chấm: { $points }/{ $max }
    • Giải trình, ghi chú: { $note }
score-cancelled = Đã hủy, chưa lưu điểm tự chấm.
score-saved = Đã lưu điểm tự chấm. { $criterion }: { $points }/{ $max }.
score-unit-total = Tổng điểm tạm tính của { $unit }: { $score }/100 ({ $grade }), xếp thứ { $rank } trong { $count } đơn vị đã có kết quả. Điểm chính thức là điểm sau thẩm định.
score-already-appraised = Tiêu chí này đã được thẩm định ngày { $date }, không tự chấm lại được. Nếu có ý kiến, anh/chị liên hệ bộ phận thường trực.
score-explanation-needed = Tiêu chí này chưa có tài liệu kiểm chứng nên cần giải trình bằng văn bản. Vui lòng gõ lại /chamdiem và nhập giải trình.
score-forbidden-unit = Anh/chị chỉ tự chấm điểm được cho đơn vị của mình.
score-criterion-gone = Tiêu chí này không còn trong phong trào (kế hoạch vừa được cập nhật). Vui lòng gõ lại lệnh.
score-saved-late = Phong trào đã kết thúc ngày { $date }: điểm tự chấm này là nộp muộn, chỉ được tính khi { $office } chấp nhận.
score-criterion-held = Tiêu chí này là chỉ tiêu chung do đơn vị khác báo cáo; đơn vị này không chấm tiêu chí này. Gõ lại lệnh và chọn tiêu chí khác.
score-closed-kept = Phong trào đã kết thúc; điểm tự chấm nộp đúng hạn ngày { $date } được giữ nguyên, không sửa được nữa. Nếu cần điều chỉnh, đề nghị Văn phòng xem xét khi thẩm định.
late-forbidden = Chỉ bộ phận thường trực phong trào xem xét các mục nộp muộn.
late-already-decided = Mục nộp muộn này đã được xem xét rồi hoặc không còn nữa.
score-unit-gone = Đơn vị này không còn tham gia phong trào. Vui lòng gõ lại lệnh.
appraise-pick-unit = Thẩm định điểm tự chấm của đơn vị nào?
appraise-unit-option = { $unit } — đã tự chấm { $self }/{ $total }, đã thẩm định { $appraised }/{ $total }
appraise-pick-criterion = Thẩm định điểm của { $unit } (đã thẩm định { $done }/{ $total } tiêu chí). Chọn tiêu chí, hoặc chọn Xong:
appraise-criterion-option = { $criterion } — tự chấm: { $self }, thẩm định: { $appraised } (tối đa { $max })
appraise-none = chưa có
appraise-detail-title = Thẩm định: { $criterion } — { $unit } (tối đa { $max } điểm)
appraise-no-self = • Đơn vị chưa tự chấm điểm tiêu chí này.
appraise-accept = Đồng ý với điểm tự chấm ({ $points })
appraise-adjust = Điều chỉnh
appraise-ask-points = Nhập điểm thẩm định, từ 0 đến { $max } (có thể gõ 10,5 hoặc 10.5).
appraise-ask-reason = Nhập lý do điều chỉnh (bắt buộc; đơn vị sẽ thấy lý do này khi xem điểm bằng /chamdiem).
appraise-ask-reason-optional = Điểm này bằng điểm tự chấm. Ghi chú thêm (không bắt buộc): gõ nội dung, hoặc chọn Bỏ qua.
appraise-saved = Đã thẩm định { $criterion } của { $unit }: { $points }/{ $max } (điều chỉnh so với điểm tự chấm).
appraise-saved-accepted = Đã thẩm định { $criterion } của { $unit }: { $points }/{ $max } (đồng ý với điểm tự chấm).
appraise-finished = Đã kết thúc phiên thẩm định. Gõ /xephang để xem bảng xếp hạng.
appraise-self-late = { $points } (nộp muộn)
appraise-self-late-note = • Điểm tự chấm này nộp sau khi phong trào kết thúc: thẩm định là quyết định của Văn phòng về tiêu chí này.
appraise-late-option = Nộp muộn chờ xem xét ({ $count })
appraise-late-title = Các mục nộp sau ngày { $date } (phong trào đã kết thúc), chỉ được tính khi chấp nhận: { $count } mục. Chọn một mục:
appraise-late-report = Báo cáo · { $unit } · { $criterion }: { $value } ({ $date })
appraise-late-score = Tự chấm · { $unit } · { $criterion }: { $points }/{ $max } điểm ({ $date })
appraise-late-ask =
    { $item }
    Chấp nhận để tính vào xếp hạng, hay không chấp nhận?
appraise-late-accept = Chấp nhận
appraise-late-reject = Không chấp nhận
appraise-late-accepted = Đã chấp nhận: { $item }. Mục này được tính vào xếp hạng.
appraise-late-rejected = Không chấp nhận: { $item }. Mục này không được tính.
appraise-late-none = Không còn mục nộp muộn nào chờ xem xét.
appraisal-forbidden = Chỉ bộ phận thường trực phong trào được thẩm định điểm.
appraisal-no-self-score = Đơn vị chưa tự chấm điểm tiêu chí này nên chưa thể đồng ý với điểm tự chấm. Vui lòng chọn Điều chỉnh, nhập điểm thẩm định kèm lý do.
appraisal-reason-needed = Điểm thẩm định khác điểm tự chấm nên cần ghi lý do điều chỉnh.
violation-list-title = Vi phạm kỷ luật, kỷ cương hành chính đã ghi nhận trong phong trào:
violation-list-line = • { $date } — { $target }: { $reason } (người ghi nhận: { $by })
violation-list-empty = Chưa ghi nhận vi phạm nào trong phong trào.
violation-target-unit = { $name } (tập thể)
violation-target-member = { $name } (cá nhân)
violation-ask-target = Ghi nhận vi phạm cho đơn vị hoặc cá nhân nào? Gõ tên (có thể không dấu), ví dụ: tu phap.
violation-target-unknown = Không tìm thấy đơn vị hay cá nhân nào khớp với "{ $query }". Vui lòng gõ lại tên (có thể không dấu), hoặc gõ /huy để hủy.
violation-pick-target = "{ $query }" khớp với nhiều đơn vị, cá nhân. Chọn một:
violation-ask-reason = Nhập nội dung vi phạm của { $target }, ví dụ: văn bản kết luận, hình thức kỷ luật.
violation-ask-date = Ngày vi phạm (ngày/tháng/năm, ví dụ { $today }), hoặc chọn Hôm nay.
violation-today = Hôm nay
violation-date-invalid = Ngày chưa đúng dạng. Vui lòng gõ ngày/tháng/năm, ví dụ: { $example }, hoặc chọn Hôm nay.
violation-date-future = Ngày vi phạm không thể sau hôm nay. Vui lòng nhập lại.
violation-date-outside = Ngày vi phạm phải nằm trong thời gian phong trào, từ { $from } đến { $to }. Vui lòng nhập lại.
violation-confirm =
    Xác nhận ghi nhận vi phạm:
    • { $target }
    • Nội dung: { $reason }
    • Ngày vi phạm: { $date }
    Sau khi ghi nhận, { $name } không đủ điều kiện đề nghị khen thưởng trong phong trào này.
violation-cancelled = Đã hủy, chưa ghi nhận vi phạm.
violation-saved = Đã ghi nhận vi phạm của { $target } ngày { $date }.
violation-forbidden = Chỉ bộ phận thường trực phong trào được ghi nhận vi phạm.
violation-reason-needed = Cần ghi nội dung vi phạm. Vui lòng nhập lại.
violation-target-gone = Đơn vị hoặc cá nhân này không còn trong danh sách. Vui lòng gõ lại /vipham.
standings-area-title = Bảng xếp hạng lĩnh vực "{ $area }" — { $campaign }
standings-area-line = { $rank }. { $unit } — { $score } điểm — xếp loại chung: { $grade } — đã báo cáo { $reported }/{ $total } tiêu chí
standings-area-legend = Điểm lĩnh vực quy về thang 100; xếp loại là xếp loại chung của đơn vị trên toàn phong trào.
standings-area-unknown = Không có lĩnh vực nào khớp với "{ $query }". Các lĩnh vực: { $areas }. Gõ /xephang <tên lĩnh vực> (có thể không dấu), ví dụ: /xephang the che.
standings-area-ambiguous = "{ $query }" khớp với nhiều lĩnh vực: { $areas }. Vui lòng gõ rõ hơn.
standings-area-gone = Lĩnh vực này không còn trong phong trào. Gõ /xephang để xem bảng xếp hạng chung.

## Sáng kiến, đề nghị khen thưởng (/sangkien, /denghi)
cmd-sangkien = Gửi sáng kiến, xem kết quả công nhận sáng kiến
cmd-denghi = Đề nghị khen thưởng tập thể, cá nhân của đơn vị
initiative-status = { $status ->
        [RECOGNISED] Đã được công nhận
        [DECLINED] Không được công nhận
       *[SUBMITTED] Chờ công nhận
    }
initiative-intro = Anh/chị chưa gửi sáng kiến nào trong phong trào này.
initiative-mine-title = Sáng kiến của anh/chị ({ $count }):
initiative-mine-line = • { $title } (gửi ngày { $date }): { $status }
initiative-mine-note = Ý kiến của thường trực: { $note }
initiative-mine-recognition = Công nhận: { $by }, Quyết định số { $number } ngày { $date }
initiative-new-hint = Chọn "Gửi sáng kiến mới" để gửi thêm sáng kiến.
initiative-option-new = Gửi sáng kiến mới
initiative-pending-title = Sáng kiến chờ công nhận ({ $count }). Chọn một sáng kiến để xem và quyết định:
initiative-pending-none = Không có sáng kiến nào chờ công nhận.
initiative-pending-option = { $title } — { $author }
initiative-ask-title = Nhập tên sáng kiến ({ $min } đến { $max } ký tự), ví dụ: Số hóa hồ sơ hộ tịch lưu trữ từ năm 2015.
initiative-title-length = Tên sáng kiến cần từ { $min } đến { $max } ký tự (đang có { $length }). Vui lòng nhập lại.
initiative-ask-summary = Tóm tắt nội dung sáng kiến và hiệu quả mang lại ({ $min } đến { $max } ký tự).
initiative-summary-length = Phần tóm tắt cần từ { $min } đến { $max } ký tự (đang có { $length }). Vui lòng nhập lại.
initiative-ask-file = Gửi tệp thuyết minh sáng kiến (PDF, Word hoặc ảnh chụp) nếu có; hoặc chọn Bỏ qua.
initiative-need-file = Bước này nhận một tệp hoặc ảnh thuyết minh sáng kiến. Gửi tệp, hoặc chọn Bỏ qua.
initiative-file-fallback-name = sang-kien
initiative-file-no-unit = Tài khoản của anh/chị chưa gắn với đơn vị nào nên chưa đính kèm được tệp. Vui lòng gửi sáng kiến không kèm tệp.
initiative-no-file = không có tệp
initiative-confirm =
    Xác nhận gửi sáng kiến:
    • Tên: { $title }
    • Tóm tắt: { $summary }
    • Tệp đính kèm: { $file }
initiative-option-send = Gửi
initiative-cancelled = Đã hủy, chưa gửi sáng kiến.
initiative-submitted = Đã gửi sáng kiến "{ $title }". Bộ phận thường trực sẽ xem xét công nhận; gõ /sangkien để xem kết quả.
initiative-detail =
    Sáng kiến: { $title }
    • Tác giả: { $author } ({ $unit })
    • Ngày gửi: { $date }
    • Tóm tắt: { $summary }
    • Tệp đính kèm: { $file }
initiative-ask-decision = Công nhận sáng kiến này?
initiative-option-recognise = Công nhận
initiative-option-decline = Không công nhận
initiative-ask-recognised-by = Sáng kiến được công nhận phải có quyết định của cấp có thẩm quyền. Cấp, cơ quan nào công nhận? Ví dụ: Chủ tịch UBND xã
initiative-recognised-by-length = Cấp, cơ quan công nhận cần từ { $min } đến { $max } ký tự (đang có { $length }), ví dụ: Chủ tịch UBND xã. Vui lòng nhập lại.
initiative-ask-decision-number = Nhập số Quyết định công nhận sáng kiến, ví dụ: 45/QĐ-UBND
initiative-recognition-required = Công nhận sáng kiến cần ghi cấp công nhận và số, ngày Quyết định công nhận. Gõ /sangkien để làm lại.
initiative-ask-note-optional = Nhập ý kiến gửi tác giả (không bắt buộc), hoặc chọn Bỏ qua.
initiative-ask-note-required = Nhập lý do không công nhận; tác giả sẽ xem được lý do này.
initiative-note-required = Không công nhận sáng kiến thì cần ghi lý do để tác giả biết. Vui lòng nhập lý do.
initiative-note-too-long = Ý kiến dài quá { $max } ký tự (đang có { $length }). Vui lòng viết gọn lại.
initiative-decided = { $status ->
        [RECOGNISED] Đã công nhận
       *[DECLINED] Đã ghi không công nhận
    } sáng kiến "{ $title }" của { $author }. Tác giả xem kết quả bằng lệnh /sangkien.
initiative-decide-forbidden = Chỉ bộ phận thường trực phong trào mới công nhận sáng kiến.
initiative-gone = Không tìm thấy sáng kiến này, hoặc sáng kiến đã được xem xét. Gõ lại /sangkien.
initiative-already-decided = Sáng kiến này đã được xem xét ngày { $date }: { $status ->
        [RECOGNISED] đã công nhận
       *[DECLINED] không công nhận
    }. Mỗi sáng kiến chỉ quyết định một lần.
nomination-status = { $status ->
        [DRAFT] Đang soạn
        [SUBMITTED] Đã gửi Hội đồng
        [IN_REVIEW] Hội đồng đang bình xét
        [PASSED] Hội đồng thông qua
        [FAILED] Hội đồng không thông qua
        [APPROVED] Đã phê duyệt khen thưởng
       *[WITHDRAWN] Đã rút đề nghị
    }
nomination-nominee = { $kind ->
        [COLLECTIVE] Tập thể { $unit }
       *[INDIVIDUAL] Cá nhân { $name } ({ $unit })
    }
nomination-no-unit = Tài khoản của anh/chị chưa gắn với đơn vị nào. Thường trực gõ kèm tên đơn vị, ví dụ: /denghi tu phap.
nomination-forbidden-unit = Anh/chị chỉ đề nghị khen thưởng cho đơn vị mình và người của đơn vị mình.
nomination-unit-gone = Đơn vị này không còn tham gia phong trào. Vui lòng gõ lại /denghi.
nomination-no-quotas = Phong trào này chưa có chỉ tiêu khen thưởng nên chưa lập được đề nghị. Vui lòng liên hệ { $office }.
nomination-list-title = Đề nghị khen thưởng của { $unit }:
nomination-list-line = • { $nominee } — { $form }: { $status } (lập ngày { $date })
nomination-list-pick = Chọn một đề nghị để kiểm tra lại điều kiện, gửi Hội đồng hoặc rút; hoặc lập đề nghị mới:
nomination-list-new = Chọn "Lập đề nghị mới" để đề nghị thêm:
nomination-list-option = { $nominee }: { $status }
nomination-option-new = Lập đề nghị mới
nomination-ask-kind = Đề nghị khen thưởng cho { $unit }. Đề nghị cho tập thể hay cá nhân?
nomination-kind-option = { $kind ->
        [COLLECTIVE] Tập thể ({ $unit })
       *[INDIVIDUAL] Cá nhân
    }
nomination-ask-member = Chọn cán bộ, công chức, viên chức của { $unit } được đề nghị:
nomination-no-members = { $unit } chưa có cán bộ, công chức, viên chức nào trong danh sách. { $office } thêm người bằng /moi.
nomination-member-not-in-unit = { $name } không phải cán bộ, công chức, viên chức đang công tác tại { $unit }, nên không đề nghị được.
nomination-ask-form = Chọn hình thức khen thưởng:
nomination-form-unknown = Phong trào không có chỉ tiêu "{ $form }" cho { $kind ->
        [COLLECTIVE] tập thể
       *[INDIVIDUAL] cá nhân
    }. Các hình thức có chỉ tiêu: { $forms }.
nomination-duplicate = { $kind ->
        [COLLECTIVE] Tập thể { $name }
       *[INDIVIDUAL] { $name }
    } đã có đề nghị { $form } lập ngày { $date } ({ $status ->
        [DRAFT] đang soạn
        [SUBMITTED] đã gửi Hội đồng
        [IN_REVIEW] Hội đồng đang bình xét
        [PASSED] Hội đồng thông qua
       *[APPROVED] đã phê duyệt khen thưởng
    }). Mỗi tập thể, cá nhân chỉ có một đề nghị cho mỗi hình thức khen thưởng; gõ /denghi để xem đề nghị đó.
nomination-ask-summary = Báo cáo thành tích tóm tắt — { $nominee }: nhập các kết quả nổi bật trong cải cách hành chính, từ { $min } đến { $max } ký tự. Bản đầy đủ nộp trong hồ sơ bằng /nophoso.
nomination-summary-length = Báo cáo thành tích tóm tắt cần từ { $min } đến { $max } ký tự (đang có { $length }). Vui lòng nhập lại.
nomination-check-new = Điều kiện khen thưởng — { $nominee }:
nomination-check-title = { $nominee } — { $form }: { $status }. Kiểm tra điều kiện:
nomination-rule-dossier-ok = Hồ sơ đủ { $filed }/{ $required } thành phần bắt buộc.
nomination-ready = Đủ điều kiện. Chọn "Gửi Hội đồng" để chuyển đề nghị tới Hội đồng Thi đua – Khen thưởng.
nomination-not-ready = Chưa đủ điều kiện gửi Hội đồng: khắc phục các mục ✗ ở trên. Có thể lưu nháp, sau đó gõ /denghi để kiểm tra lại và gửi.
nomination-draft-not-ready = Chưa đủ điều kiện gửi Hội đồng: khắc phục các mục ✗ ở trên rồi gõ /denghi để kiểm tra lại.
nomination-already-submitted = Đề nghị đã gửi Hội đồng. Có thể rút đề nghị trước khi Hội đồng bình xét.
nomination-option-submit = Gửi Hội đồng
nomination-option-draft = Lưu nháp
nomination-option-withdraw = Rút đề nghị
nomination-option-keep = Giữ nguyên
nomination-cancelled = Đã hủy, chưa lưu đề nghị.
nomination-saved-draft = Đã lưu đề nghị (đang soạn, chưa gửi). Khi khắc phục xong, gõ /denghi để kiểm tra lại và gửi Hội đồng.
nomination-submitted = Đã gửi đề nghị khen thưởng tới Hội đồng Thi đua – Khen thưởng. Gõ /denghi để theo dõi trạng thái.
nomination-withdrawn = Đã rút đề nghị khen thưởng.
nomination-kept = Đề nghị được giữ nguyên.
nomination-gone = Không tìm thấy đề nghị này, hoặc đề nghị đã chuyển sang bước khác. Gõ lại /denghi.
nomination-not-draft = Chỉ gửi được đề nghị đang soạn; đề nghị này { $status ->
        [SUBMITTED] đã gửi Hội đồng
        [IN_REVIEW] đang được Hội đồng bình xét
        [PASSED] đã được Hội đồng thông qua
        [FAILED] Hội đồng không thông qua
        [APPROVED] đã phê duyệt khen thưởng
       *[WITHDRAWN] đã rút
    }.
nomination-withdraw-too-late = Không rút được đề nghị này vì { $status ->
        [IN_REVIEW] Hội đồng đang bình xét
        [PASSED] Hội đồng đã thông qua
        [FAILED] Hội đồng đã bình xét xong
        [APPROVED] đề nghị đã được phê duyệt
       *[WITHDRAWN] đề nghị đã được rút trước đó
    }.
award-dossier-incomplete = Hồ sơ còn thiếu { $missingCount } thành phần: { $missing }. Gõ /nophoso để nộp.
award-dossier-unconfirmed = Đã nộp nhưng chờ thủ trưởng đơn vị xác nhận: { $titles }. Thủ trưởng gõ /hoso rồi chọn "Xác nhận".
elig-source-plan = Tiêu chuẩn theo kế hoạch, mục { $where }:
elig-source-default = Tiêu chuẩn: kế hoạch không nêu tiêu chuẩn riêng, xét { $note } (mặc định, kế hoạch không nêu).
elig-no-criteria = • Không có tiêu chuẩn riêng; Hội đồng xét theo quy định chung về thi đua, khen thưởng.
elig-group = { $title } ({ $combine ->
        [any] cần đạt ít nhất một
       *[all] cần đạt tất cả
    }):
elig-group-default = Các tiêu chuẩn sau
elig-item = { $title } — { $state ->
        [met] đạt
        [not_met] chưa đạt
        [awaiting_appraisal] chờ thẩm định
       *[awaiting_confirmation] chờ xác nhận
    }: { $detail }
elig-attest-missing = thủ trưởng đơn vị chưa xác nhận. Thủ trưởng mở đề nghị đã lưu bằng /denghi để xác nhận, kèm ghi chú hoặc tệp căn cứ.
elig-attest-unconfirmed = thủ trưởng đơn vị đã xác nhận, chờ thường trực xác nhận lại.
elig-attest-confirmed = thủ trưởng đơn vị đã xác nhận, thường trực đã xác nhận lại.
elig-grade-unappraised = còn { $count } tiêu chí chưa được thẩm định ({ $criteria }{ $more ->
        [0] {""}
       *[other] ; và { $more } tiêu chí khác
    }); xếp loại chỉ tính trên điểm đã thẩm định. Thường trực thẩm định bằng /thamdinh.
elig-grade-none = đơn vị chưa có xếp loại; cần từ { $needed } trở lên.
elig-grade = xếp loại { $grade } theo điểm đã thẩm định; cần từ { $needed } trở lên.
elig-leading-unappraised = còn { $count } đơn vị chưa được thẩm định đủ các tiêu chí; thứ hạng chỉ tính khi điểm của mọi đơn vị đã thẩm định. Thường trực thẩm định bằng /thamdinh.
elig-leading = { $rank ->
        [0] đơn vị chưa có thứ hạng
       *[other] đơn vị đứng thứ { $rank } theo điểm đã thẩm định
    }.
elig-violations = { $count ->
        [0] không có vi phạm kỷ luật, kỷ cương hành chính trong thời gian thi đua
       *[other] có { $count } vi phạm kỷ luật, kỷ cương hành chính trong thời gian thi đua
    }.
elig-initiatives = { $count ->
        [0] chưa có sáng kiến được công nhận; gửi sáng kiến bằng /sangkien
       *[other] có { $count } sáng kiến được công nhận
    }.
nomination-waits-appraisal = Đề nghị đang chờ thẩm định: chỉ xét trên điểm đã thẩm định. Chờ thẩm định: { $items }. { $office } thẩm định bằng /thamdinh.
nomination-criteria-not-met = Chưa đạt { $count } tiêu chuẩn của kế hoạch (các mục ✗ ở trên).
nomination-waits-confirmation = Còn { $count } tiêu chuẩn chờ { $office } xác nhận lại; xác nhận xong là gửi Hội đồng được.
nomination-wait-hint = Có thể lưu nháp, sau đó gõ /denghi để kiểm tra lại và gửi.
nomination-option-attest = Xác nhận: { $title }
nomination-option-confirm = Thường trực xác nhận: { $title }
nomination-ask-attest = Xác nhận tiêu chuẩn: { $title }
    Ghi căn cứ (ví dụ: số, ngày văn bản đánh giá, công nhận), từ { $min } đến { $max } ký tự; { $files ->
        [photo] hoặc gửi ảnh chụp văn bản làm căn cứ.
       *[other] hoặc gửi tệp văn bản làm căn cứ (PDF, Word, Excel hoặc ảnh chụp), có thể kèm chú thích.
    }
attestation-note-length = Căn cứ xác nhận cần từ { $min } đến { $max } ký tự (đang có { $length }). Vui lòng nhập lại.
attestation-file-fallback-name = can-cu
attestation-file-received = Đã nhận tệp { $name }.
attestation-ask-more = Ghi thêm căn cứ (từ { $min } đến { $max } ký tự), hoặc chọn "Không ghi thêm".
attestation-option-no-note = Không ghi thêm
attestation-nothing-given = Cần ghi căn cứ hoặc gửi tệp căn cứ để xác nhận tiêu chuẩn. Gõ lại /denghi.
attestation-given-note = Căn cứ: { $note }
attestation-given-file = Tệp căn cứ: { $name }
attestation-refusal-line = ↩ Thường trực trả lại ngày { $date }, lý do: { $reason }
nomination-attested = Đã ghi xác nhận của thủ trưởng đơn vị cho tiêu chuẩn: { $title }
nomination-attested-follow = { $office } sẽ xác nhận lại; gõ /denghi để theo dõi.
nomination-option-untick = Bỏ xác nhận: { $title }
nomination-unticked = Đã bỏ xác nhận tiêu chuẩn: { $title }
    Khi có căn cứ, gõ /denghi để xác nhận lại.
attestation-nothing-to-withdraw = Tiêu chuẩn này không còn chờ thường trực xác nhận lại (đã được xác nhận hoặc đã bỏ). Gõ lại /denghi để xem.
attestation-review = Thủ trưởng đơn vị xác nhận ngày { $date } tiêu chuẩn: { $title }
attestation-ask-decision = Thường trực xác nhận lại tiêu chuẩn này, hay trả lại cho thủ trưởng đơn vị kèm lý do?
attestation-option-confirm = Xác nhận lại
attestation-option-refuse = Trả lại
attestation-option-later = Để sau
attestation-review-later = Tiêu chuẩn vẫn chờ xác nhận lại. Gõ /denghi để xem khi cần.
attestation-ask-refusal = Ghi lý do trả lại, từ { $min } đến { $max } ký tự. Thủ trưởng đơn vị thấy lý do khi gõ /denghi.
attestation-refusal-length = Lý do trả lại cần từ { $min } đến { $max } ký tự (đang có { $length }). Vui lòng nhập lại.
attestation-refused = Đã trả lại tiêu chuẩn: { $title }
    Thủ trưởng đơn vị thấy lý do khi gõ /denghi và xác nhận lại với căn cứ khác.
nomination-none-waiting = Không có đề nghị nào chờ thường trực xác nhận lại tiêu chuẩn. Để xem đề nghị của một đơn vị, gõ /denghi kèm tên đơn vị, ví dụ: /denghi van hoa.
nomination-waiting-title = Đề nghị khen thưởng chờ thường trực xác nhận lại tiêu chuẩn ({ $count }):
nomination-waiting-line = • { $unit }: { $count } đề nghị
nomination-waiting-option = { $unit } ({ $count } đề nghị)
nomination-own-unit-option = Đề nghị của { $unit }
nomination-waiting-pick = Chọn đơn vị để mở đề nghị. Xem đơn vị khác: gõ /denghi kèm tên đơn vị.
nomination-confirmed = Đã xác nhận lại tiêu chuẩn: { $title }
    Gõ /denghi để xem đề nghị.
attestation-item-unknown = Tiêu chuẩn "{ $code }" không có trong danh sách cần xác nhận của đề nghị này. Gõ lại /denghi.
attestation-confirm-forbidden = Chỉ thường trực phong trào xác nhận lại được tiêu chuẩn đã được thủ trưởng đơn vị xác nhận.
attestation-nothing-to-confirm = Tiêu chuẩn này chưa được thủ trưởng đơn vị xác nhận, hoặc đã được xác nhận lại. Gõ lại /denghi để xem.

## Báo cáo tổng hợp (Excel)
cmd-baocaotonghop = Báo cáo tổng hợp dạng Excel: xếp hạng, chỉ tiêu, chấm điểm, khen thưởng
xlsx-ready = Báo cáo tổng hợp { $campaign }, số liệu đến ngày { $date }. Tệp Excel gồm các trang: xếp hạng, kết quả chỉ tiêu, tình hình báo cáo, tự chấm điểm và thẩm định, đề nghị khen thưởng, bình xét, danh sách khen thưởng.
xlsx-forbidden = Chỉ bộ phận thường trực và lãnh đạo UBND được xuất báo cáo tổng hợp của phong trào.
xlsx-sheet-standings = Xếp hạng
xlsx-sheet-targets = Chỉ tiêu
xlsx-sheet-reporting = Tình hình báo cáo
xlsx-sheet-scores = Chấm điểm
xlsx-sheet-nominations = Đề nghị khen thưởng
xlsx-sheet-votes = Bình xét
xlsx-sheet-awards = Danh sách khen thưởng
xlsx-col-rank = Hạng
xlsx-col-unit = Đơn vị
xlsx-col-score = Điểm (thang 100)
xlsx-col-grade = Xếp loại
xlsx-col-reported = Số tiêu chí đã báo cáo
xlsx-col-area = Lĩnh vực
xlsx-col-criterion = Tiêu chí
xlsx-col-measure = Đơn vị tính
xlsx-col-target = Chỉ tiêu
xlsx-col-target-as-planned = Chỉ tiêu theo kế hoạch
xlsx-col-value = Kết quả
xlsx-col-reported-on = Ngày báo cáo
xlsx-col-target-status = Đạt/Chưa đạt
xlsx-col-reported-count = Số tiêu chí đã báo cáo
xlsx-col-total-criteria = Tổng số tiêu chí
xlsx-col-last-report = Lần báo cáo gần nhất
xlsx-col-max-points = Điểm tối đa
xlsx-col-self-points = Điểm tự chấm
xlsx-col-appraised-points = Điểm thẩm định
xlsx-col-appraisal-reason = Lý do điều chỉnh
xlsx-col-nominee = Đối tượng
xlsx-col-kind = Tập thể/Cá nhân
xlsx-col-award-form = Hình thức khen thưởng
xlsx-col-status = Trạng thái
xlsx-col-agree = Đồng ý
xlsx-col-disagree = Không đồng ý
xlsx-col-abstain = Không biểu quyết
xlsx-col-approval = Tỷ lệ đồng ý (%)
xlsx-col-approval-base = Tỷ lệ tính trên
xlsx-approval-base = { $base ->
    [PRESENT] số thành viên có mặt
    [ALL_MEMBERS] tổng số thành viên Hội đồng
   *[VOTED] số thành viên đã bỏ phiếu
}
xlsx-col-result = Kết quả bình xét
xlsx-col-number = STT
xlsx-col-decision-number = Số Quyết định
xlsx-col-decision-date = Ngày Quyết định
xlsx-col-decision-signer = Người ký, cấp quyết định
xlsx-target-met = Đạt
xlsx-target-missed = Chưa đạt
xlsx-target-not-reported = Chưa báo cáo
xlsx-kind-collective = Tập thể
xlsx-kind-individual = Cá nhân
xlsx-vote-passed = Thông qua
xlsx-vote-failed = Không thông qua
xlsx-vote-no-quorum = Không thông qua (không đủ số thành viên Hội đồng biểu quyết)
xlsx-vote-open = Đang bình xét

## Bình xét của Hội đồng, phê duyệt danh sách khen thưởng, bảng vàng
cmd-binhxet = Mở và kết thúc bình xét của Hội đồng Thi đua – Khen thưởng
cmd-bophieu = Bỏ phiếu bình xét các đề nghị khen thưởng
cmd-duyet = Phê duyệt khen thưởng kèm Quyết định, trình cấp trên và ghi kết quả, đăng bảng vàng
award-nominee = { $name } ({ $kind ->
        [COLLECTIVE] tập thể
       *[INDIVIDUAL] cá nhân
    }, { $award })
award-person-of-unit = { $person } – { $unit }
council-admin-only = Chỉ bộ phận thường trực phong trào mở và kết thúc bình xét.
council-member-only = Chỉ thành viên Hội đồng Thi đua – Khen thưởng được bỏ phiếu bình xét.
council-already-open = Đang có một đợt bình xét chưa kết thúc. Gõ /binhxet để xem tiến độ và kết thúc đợt đó trước.
council-nothing-ready = Chưa có đề nghị khen thưởng nào đủ hồ sơ để đưa ra bình xét. Các đơn vị hoàn thiện hồ sơ và gửi đề nghị bằng /denghi.
council-none-open = Hiện chưa có đợt bình xét nào đang mở. Khi bộ phận thường trực mở bình xét, anh/chị gõ lại /bophieu.
council-nominee-unknown = Đề nghị này không có trong đợt bình xét đang mở. Vui lòng chọn lại trong danh sách.
council-quorum-not-met = Chưa thể kết thúc bình xét: mới { $voted }/{ $size } thành viên Hội đồng bỏ phiếu, cần tối thiểu { $needed }. Bình xét vẫn mở; khi đủ số thành viên bỏ phiếu, gõ lại /binhxet để kết thúc.
review-closed = Đợt bình xét đã kết thúc ngày { $date }, không thể bỏ phiếu hay đổi phiếu nữa. Kết quả đã được ghi vào biên bản.
council-ready-title = Các đề nghị khen thưởng đã đủ hồ sơ, chờ bình xét ({ $count }):
council-ask-open = Mở bình xét để các thành viên Hội đồng bỏ phiếu?
council-option-open = Mở bình xét
council-option-later = Để sau
council-option-close = Kết thúc bình xét
council-later = Chưa thay đổi gì. Gõ /binhxet khi cần.
council-opened = Đã mở bình xét { $count } đề nghị khen thưởng. Các thành viên Hội đồng Thi đua – Khen thưởng bỏ phiếu bằng lệnh /bophieu trong tin nhắn riêng với bot; có thể đổi phiếu cho đến khi kết thúc bình xét.
council-progress = Đang bình xét (mở ngày { $date }): { $voters }/{ $size } thành viên Hội đồng đã bỏ phiếu, cần tối thiểu { $needed } để kết thúc.
council-progress-nominee = { $voted }/{ $size } thành viên đã bỏ phiếu{ $missing ->
        [0] {""}
       *[other] {" "}(còn thiếu { $missing } phiếu; nếu kết thúc lúc này, đề nghị sẽ không được thông qua)
    }
council-ask-close = Kết thúc bình xét và tính kết quả?
council-closed = Đã kết thúc bình xét: { $voters }/{ $size } thành viên Hội đồng bỏ phiếu. Kết quả từng đề nghị (ghi vào biên bản):
council-result-passed = Đồng ý { $agree }/{ $voted } ({ $percent }%) — thông qua (ngưỡng { $threshold }%)
council-result-failed = Đồng ý { $agree }/{ $voted } ({ $percent }%) — không thông qua (ngưỡng { $threshold }%)
council-result-others = không đồng ý { $disagree }, không biểu quyết { $abstain }
council-result-no-quorum = (Không đủ số thành viên Hội đồng biểu quyết về đề nghị này.)
council-closed-next = Lãnh đạo UBND phê duyệt danh sách khen thưởng bằng lệnh /duyet.
council-base-rule = { $base ->
    [PRESENT] Tỷ lệ đồng ý tính trên số thành viên Hội đồng có mặt.
    [ALL_MEMBERS] Tỷ lệ đồng ý tính trên tổng số thành viên Hội đồng (thành viên vắng mặt gửi ý kiến bằng phiếu).
   *[VOTED] Tỷ lệ đồng ý tính trên số thành viên Hội đồng đã bỏ phiếu.
}
council-base-applied = { $base ->
    [PRESENT] Tỷ lệ đồng ý tính trên số thành viên có mặt ({ $present }/{ $size }).
    [ALL_MEMBERS] Tỷ lệ đồng ý tính trên tổng số thành viên Hội đồng ({ $size }).
   *[VOTED] Tỷ lệ đồng ý tính trên số thành viên đã bỏ phiếu về từng đề nghị.
}
council-present-names = Thành viên có mặt: { $names }.
council-present-none = Chưa ghi thành viên có mặt: cần ghi trước khi kết thúc bình xét.
council-present-count = Đã ghi { $present }/{ $size } thành viên có mặt.
council-option-present = Ghi thành viên có mặt
council-present-first = Trước khi kết thúc, đánh dấu các thành viên Hội đồng có mặt.
council-present-ask = Chạm vào tên để đánh dấu có mặt (☑) hoặc vắng mặt (☐). Đang đánh dấu { $present }/{ $size } thành viên có mặt.
council-option-present-save = Lưu danh sách có mặt
council-option-present-close = Lưu và kết thúc bình xét
council-present-saved = Đã ghi { $present }/{ $size } thành viên Hội đồng có mặt.
council-present-needed = Phong trào tính tỷ lệ đồng ý trên số thành viên có mặt, nhưng chưa ghi ai có mặt. Gõ /binhxet, chọn "Ghi thành viên có mặt" rồi kết thúc bình xét.
council-present-quorum-not-met = Chưa thể kết thúc bình xét: mới ghi { $present }/{ $size } thành viên Hội đồng có mặt, cần tối thiểu { $needed }. Bình xét vẫn mở; gõ lại /binhxet để ghi thêm thành viên có mặt.
vote-choice = { $choice ->
        [AGREE] Đồng ý
        [DISAGREE] Không đồng ý
       *[ABSTAIN] Không biểu quyết
    }
vote-none = chưa bỏ phiếu
vote-list = Phiếu bình xét của anh/chị: đã bỏ phiếu { $done }/{ $total } đề nghị. Chọn một đề nghị để bỏ phiếu hoặc đổi phiếu, chọn Xong khi đã xong:
vote-nominee = Đề nghị khen thưởng: { $nominee }
    Tóm tắt thành tích: { $summary }
    Phiếu hiện tại: { $current }
    Ý kiến của anh/chị:
vote-back = Quay lại danh sách
vote-saved = Đã ghi phiếu "{ $choice }" cho { $nominee }.
vote-finished = Cảm ơn anh/chị. Đã bỏ phiếu { $done }/{ $total } đề nghị; có thể đổi phiếu bằng /bophieu cho đến khi kết thúc bình xét.
final-leader-only = Chỉ lãnh đạo UBND phê duyệt danh sách khen thưởng.
final-empty = Chưa chọn đề nghị nào. Chọn các đề nghị cần phê duyệt (☑), rồi chọn Phê duyệt.
final-not-passed = Đề nghị khen thưởng { $name } chưa được Hội đồng thông qua nên không thể phê duyệt.
final-over-quota = Danh sách vượt chỉ tiêu { $form } — { $kind ->
        [COLLECTIVE] tập thể
       *[INDIVIDUAL] cá nhân
    }: tối đa { $max }, đang chọn { $count } (kể cả đã duyệt trước), thừa { $excess }. Vui lòng bỏ chọn { $excess } đề nghị rồi phê duyệt lại.
final-no-quota = Phong trào không có chỉ tiêu { $form } cho { $kind ->
        [COLLECTIVE] tập thể
       *[INDIVIDUAL] cá nhân
    }, nên không thể phê duyệt đề nghị này.
final-nothing-passed = Chưa có đề nghị nào được Hội đồng thông qua đang chờ phê duyệt.
final-title = Các đề nghị được Hội đồng Thi đua – Khen thưởng thông qua. Chỉ tiêu khen thưởng:
final-quota-part = { $kind ->
        [COLLECTIVE] tập thể
       *[INDIVIDUAL] cá nhân
    }: { $max ->
        [none] kế hoạch không nêu số lượng
       *[other] tối đa { $max }
    }{ $approved ->
        [0] {""}
       *[other] { $level ->
            [HIGHER] {" "}(đã trình { $approved })
           *[other] {" "}(đã duyệt { $approved })
        }
    }
final-form-higher = { $form } (UBND đề nghị, { $decider } quyết định)
final-higher-note = Hình thức do cấp trên quyết định: khi phê duyệt, đề nghị được đưa vào danh sách đề nghị cấp trên (đã trình) và chỉ lên bảng vàng khi có Quyết định của cấp trên.
final-quota-line = { $form } — { $parts }
final-pick-hint = Chọn đề nghị để đánh dấu ☑ hoặc bỏ đánh dấu (đang chọn { $count }), rồi chọn Phê duyệt:
final-option-approve = Phê duyệt
final-approved = Đã phê duyệt { $count } đề nghị khen thưởng theo Quyết định số { $number } ngày { $date }.
final-board-posted = { $groups ->
        [0] Phong trào chưa khai báo nhóm chung nên bảng vàng chưa được đăng; nội dung bảng vàng ở dưới.
       *[other] Bảng vàng đã được đăng lên { $groups } nhóm của phong trào.
    }
final-decision-required = Giấy khen do Chủ tịch UBND quyết định: cần ghi số, ngày và người ký Quyết định khen thưởng trước khi phê duyệt. Gõ /duyet để làm lại.
final-ask-decision-number = { $count } đề nghị đã chọn do Chủ tịch UBND quyết định khen thưởng; bảng vàng chỉ đăng khi đã có Quyết định. Nhập số Quyết định khen thưởng, ví dụ: 125/QĐ-UBND
final-ask-decision-date = Nhập ngày ký Quyết định (dd/mm/yyyy), ví dụ: { $example }. Quyết định ký trong ngày thì gõ: hôm nay
final-ask-decision-signer = Nhập người ký Quyết định (họ tên và chức vụ), ví dụ: Nguyễn Văn An – Chủ tịch UBND xã
decision-number-invalid = “{ $text }” chưa đúng dạng số Quyết định. Nhập lại theo dạng số/QĐ-cơ quan ban hành, ví dụ: 125/QĐ-UBND
decision-date-invalid = “{ $text }” không phải là một ngày hợp lệ. Nhập lại ngày ký theo dạng dd/mm/yyyy, ví dụ: 10/12/2025
decision-date-future = Ngày { $text } chưa tới: chỉ ghi Quyết định đã ký. Nhập lại ngày ký (dd/mm/yyyy).
decision-date-early = Ngày { $text } trước ngày trình đề nghị ({ $proposed }): Quyết định của cấp trên được ký sau khi trình. Nhập lại ngày ký (dd/mm/yyyy).
decision-signer-length = Người ký cần ghi từ { $min } đến { $max } ký tự, ví dụ: Nguyễn Văn An – Chủ tịch UBND xã. Nhập lại:
final-proposed = Đã đưa { $count } đề nghị vào danh sách đề nghị cấp trên (đã trình). Khi có Quyết định của cấp trên, gõ /duyet và chọn “Ghi kết quả của cấp trên” để ghi số, ngày Quyết định; chỉ khi đó đề nghị mới lên bảng vàng.
final-option-outcomes = Ghi kết quả của cấp trên ({ $count } đề nghị đang chờ)
final-proposals-none = Không có đề nghị cấp trên nào đang chờ kết quả. Lãnh đạo UBND phê duyệt danh sách khen thưởng bằng lệnh /duyet.
final-proposals-title = Danh sách đề nghị cấp trên đang chờ kết quả ({ $count }):
final-proposal-line = • { $nominee } — đã trình { $decider } ngày { $date }
final-proposals-hint = Chọn đề nghị đã có kết quả để ghi lại:
final-proposal-not-pending = Đề nghị này không còn chờ kết quả của cấp trên (kết quả đã được ghi).
final-outcome-forbidden = Chỉ lãnh đạo UBND hoặc bộ phận thường trực ghi kết quả của cấp trên.
final-ask-outcome = { $nominee }: đã trình { $decider } ngày { $date }. Kết quả của cấp trên:
final-ask-outcome-again = Chọn một trong hai kết quả ở trên.
final-option-awarded = Cấp trên đã quyết định khen thưởng
final-option-not-awarded = Không được khen thưởng
final-ask-higher-number = Nhập số Quyết định khen thưởng của { $decider }, ví dụ: 2150/QĐ-UBND
final-outcome-awarded = Đã ghi: { $nominee } được tặng { $award } theo Quyết định số { $number } ngày { $date }.
final-outcome-not-awarded = Đã ghi: { $nominee } không được { $decider } khen thưởng. Đề nghị này không lên bảng vàng.
board-decision = số { $number } ngày { $date }
board-decisions = (Quyết định { $decisions })
board-title = 🏆 BẢNG VÀNG — { $campaign }
board-group = { $kind ->
        [COLLECTIVE] Tập thể
       *[INDIVIDUAL] Cá nhân
    }: { $names }
board-congratulations = Xin chúc mừng các tập thể, cá nhân được khen thưởng!

## Outbox (issue 5): notices the sender itself raises
outbox-member-unreachable = ⚠️ Không gửi được tin nhắn cho { $name } ({ $unit }) qua { $channel ->
        [TELEGRAM] Telegram
        [ZALO] Zalo
       *[other] { $channel }
    }: người này đã chặn hoặc xoá cuộc trò chuyện với bot. Các nhắc việc sẽ không đến được cho tới khi họ nhắn lại cho bot (ví dụ gõ /start). Đề nghị liên hệ trực tiếp để đôn đốc.

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

## /nhacnho: nhắc việc của mỗi người (issue 5)
cmd-nhacnho = Nhắc việc: tin sắp gửi, thời hạn, tắt/bật nhắc cập nhật tiến độ định kỳ
remind-queued-title = Tin nhắc sắp gửi cho anh/chị:
remind-queued-none = Hiện không có tin nhắc nào đang chờ gửi cho anh/chị.
remind-sending-soon = sắp gửi
remind-message-line = • { $when } — { $text }
remind-message-unknown = (tin loại “{ $kind }”, không hiển thị được nội dung)
remind-sent-title = Đã gửi gần đây:
remind-deadlines-title = Thời hạn sắp tới liên quan đến anh/chị:
remind-deadlines-none = Không có thời hạn nào sắp tới liên quan đến anh/chị.
remind-checkin-status = Nhắc cập nhật tiến độ định kỳ: { $muted ->
        [yes] đang tắt
       *[other] đang bật
    }.
remind-checkin-heads-only = Nhắc cập nhật tiến độ định kỳ: chỉ gửi cho thủ trưởng đơn vị.
remind-checkin-off = Nhắc cập nhật tiến độ định kỳ: kế hoạch không sử dụng.
remind-nudges-status = Nhắc hạn (khi sắp đến hạn mà việc chưa xong): luôn bật, vì kế hoạch yêu cầu hoàn thành đúng thời hạn; bot chỉ nhắc trong giờ hành chính và thôi nhắc ngay khi việc đã xong.
remind-ask = Anh/chị muốn thay đổi gì?
remind-option-mute = Tắt nhắc cập nhật tiến độ định kỳ
remind-option-unmute = Bật lại nhắc cập nhật tiến độ định kỳ
remind-checkin-muted = Đã tắt nhắc cập nhật tiến độ định kỳ. Anh/chị vẫn nhận nhắc hạn và thông báo của { $office }. Muốn bật lại, gõ /nhacnho.
remind-checkin-unmuted = Đã bật lại nhắc cập nhật tiến độ định kỳ.

## /thongbao: thông báo chung (issue 5)
cmd-thongbao = Gửi thông báo đến mọi người, một đơn vị hoặc một vai trò
broadcast-message = 📢 Thông báo của { $sender }:
    { $text }
broadcast-ask-audience = Gửi thông báo cho ai?
broadcast-option-all = Tất cả thành viên
broadcast-option-unit = Một đơn vị
broadcast-option-role = Theo vai trò (thủ trưởng, lãnh đạo, hội đồng…)
broadcast-pick-unit = Gửi cho đơn vị nào? (Gõ số thứ tự hoặc tên đơn vị, không dấu cũng được, ví dụ: van hoa.)
broadcast-pick-role = Gửi cho những người có vai trò nào?
broadcast-unit-gone = Đơn vị này không còn trong danh sách. Gõ /thongbao để bắt đầu lại.
broadcast-audience-all = tất cả thành viên
broadcast-audience-unit = thành viên đơn vị { $unit }
broadcast-audience-role = những người có vai trò { $role }
broadcast-nobody = Không ai trong { $audience } nhận được tin qua bot: { $recipients ->
        [0] ngoài anh/chị thì không có ai.
       *[other] cả { $recipients } người đều chưa có tài khoản nhận tin hoặc đã chặn bot.
    } Vui lòng chọn đối tượng khác, hoặc gõ /huy để hủy.
broadcast-ask-text = Nhập nội dung thông báo gửi { $audience } ({ $recipients } người), tối đa { $max } ký tự:
broadcast-text-empty = Nội dung thông báo đang trống. Vui lòng nhập nội dung cần gửi, hoặc gõ /huy để hủy.
broadcast-text-too-long = Nội dung dài { $length } ký tự, vượt quá { $max } ký tự cho phép của một thông báo. Vui lòng rút gọn rồi gửi lại (có thể chia thành nhiều thông báo), hoặc gõ /huy để hủy.
broadcast-forbidden = Chỉ bộ phận thường trực phong trào được gửi thông báo chung.
broadcast-preview-title = Xem trước — người nhận sẽ thấy đúng như sau:
broadcast-preview-audience = Gửi tới: { $audience } — { $recipients } người{ $unreachable ->
        [0] .
       *[other] ; trong đó { $unreachable } người chưa có tài khoản nhận tin hoặc đã chặn bot nên sẽ không nhận được.
    }
broadcast-preview-when = { $later ->
        [yes] Thời điểm gửi: { $when } (bot không gửi ngoài giờ hành chính nên chờ đến giờ làm việc tiếp theo).
       *[other] Thời điểm gửi: ngay sau khi xác nhận ({ $when }).
    }
broadcast-preview-messages = Số tin sẽ gửi:
broadcast-preview-channel = • { $channel ->
        [TELEGRAM] Telegram
        [ZALO] Zalo
       *[other] Dòng lệnh
    }: { $messages } tin cho { $people } người{ $split ->
        [yes] {" "}(mỗi tin chứa tối đa { $max } ký tự nên thông báo được chia thành nhiều tin).
       *[other] .
    }
broadcast-option-send = Gửi
broadcast-cancelled = Đã hủy. Thông báo chưa được gửi cho ai.
broadcast-sent = Đã nhận thông báo. { $later ->
        [yes] Bot sẽ gửi cho { $queued } người lúc { $when } (giờ làm việc tiếp theo).
       *[other] Bot đang gửi cho { $queued } người.
    }{ $unreachable ->
        [0] {""}
       *[other] {" "}{ $unreachable } người không nhận được vì chưa có tài khoản nhận tin hoặc đã chặn bot; đề nghị báo trực tiếp cho họ.
    }

## Zalo (issue 6)
zalo-options-hint = (Trả lời bằng số (1, 2…) hoặc gõ nội dung lựa chọn; gõ /huy để hủy.)
zalo-unsupported = Bot trên Zalo chỉ đọc được tin nhắn chữ, lệnh (ví dụ /trogiup) và ảnh chụp; nhãn dán, tin nhắn thoại và tệp đính kèm thì chưa đọc được. Tài liệu PDF, Word xin chụp ảnh trang đã ký rồi gửi ảnh, hoặc gửi tệp qua bot trên Telegram.
zalo-document-unavailable = (Zalo không cho bot gửi tệp nên chưa gửi được tệp { $name }. Anh/chị gõ lại lệnh này trên bot Telegram để nhận tệp, hoặc nhờ bộ phận thường trực thi đua gửi.)
zalo-document-link =
    Tải tệp { $name } tại: { $url }
    (Đường dẫn dùng được đến { $until }; vui lòng không chuyển cho người ngoài.)
zalo-token-refused = Zalo từ chối mã bot (lỗi 401), bot dừng lại. Kiểm tra ZALO_BOT_TOKEN trong tệp .env (hoặc cấp lại mã trong Zalo Bot Manager) rồi khởi động lại bot.
zalo-webhook-refused = Zalo không nhận địa chỉ webhook { $url } ({ $reason }). Kiểm tra ZALO_WEBHOOK_URL (phải là địa chỉ https truy cập được từ Internet) và ZALO_WEBHOOK_SECRET (từ 8 đến 256 ký tự) trong tệp .env rồi khởi động lại bot.

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

## Tệp kế hoạch: thời hạn tính theo ngày làm việc (issue 5)
cf-error-deadline-due = { $file }, dòng { $line }: thời hạn "{ $code }" phải ghi đúng một trong hai cách: due: "05/12/2025" (một ngày cụ thể) hoặc due_after: {"{"} day: "28/11/2025", working_days: 5 {"}"} (số ngày làm việc kể từ một ngày).
cf-error-due-after = { $file }, dòng { $line }: không tính được "{ $field }" theo ngày làm việc kể từ ngày { $day }: lịch ngày lễ chỉ có cho các năm 1900 – 2199.

## Nhắc việc định kỳ (issue 5): cập nhật tiến độ, nhắc hạn, quá hạn, tổng hợp tuần
reminder-checkin = 📋 Nhắc cập nhật tiến độ — { $campaign }
    Đề nghị anh/chị cập nhật kết quả thực hiện các tiêu chí của đơn vị { $unit } (đã báo cáo { $reported }/{ $total } tiêu chí). Gõ /baocao để gửi báo cáo kết quả; gõ /nhacnho nếu muốn tắt lời nhắc định kỳ này.
reminder-nudge = ⏰ { $days ->
        [0] Hôm nay là ngày làm việc cuối cùng của thời hạn
       *[other] Còn { $days } ngày làm việc đến hạn
    } ({ $due }): { $deadline }.
    { $kind ->
        [PROGRESS_REPORT] Đơn vị { $unit } chưa gửi báo cáo kết quả kỳ này. Gõ /baocao để báo cáo.
        [SELF_SCORE] Đơn vị { $unit } chưa tự chấm điểm đủ các tiêu chí. Gõ /chamdiem để tự chấm điểm.
        [DOSSIER] Hồ sơ đề nghị khen thưởng của đơn vị { $unit } còn thiếu tài liệu. Gõ /hoso để xem còn thiếu gì, /nophoso để nộp.
        [VOTE] Anh/chị chưa bỏ phiếu đủ các đề nghị khen thưởng trình Hội đồng Thi đua – Khen thưởng. Gõ /bophieu để bỏ phiếu.
       *[other] Đề nghị đơn vị { $unit } hoàn thành đúng hạn.
    }
reminder-overdue = ⚠️ Đã quá hạn { $days } ngày làm việc: { $deadline } (hạn { $due }).
    { $kind ->
        [PROGRESS_REPORT] Đơn vị { $unit } chưa gửi báo cáo kết quả. Đề nghị gửi ngay bằng lệnh /baocao.
        [SELF_SCORE] Đơn vị { $unit } chưa tự chấm điểm đủ các tiêu chí. Đề nghị hoàn thành ngay bằng lệnh /chamdiem.
        [DOSSIER] Hồ sơ đề nghị khen thưởng của đơn vị { $unit } còn thiếu tài liệu. Đề nghị nộp bổ sung ngay bằng lệnh /nophoso.
       *[VOTE] Anh/chị chưa bỏ phiếu đủ các đề nghị khen thưởng trình Hội đồng Thi đua – Khen thưởng. Đề nghị bỏ phiếu ngay bằng lệnh /bophieu.
    }
reminder-escalation = 🔔 Việc quá hạn cần lãnh đạo đôn đốc: { $deadline } (hạn { $due }) đã quá hạn { $days } ngày làm việc. { $kind ->
        [VOTE] Còn { $count } thành viên Hội đồng Thi đua – Khen thưởng chưa bỏ phiếu đủ
       *[other] Còn { $count } đơn vị chưa hoàn thành
    }: { $late }.
digest-weekly = 📊 Tổng hợp tuần { $from } – { $to }: { $campaign }
    { $silentCount ->
        [0] • Tất cả đơn vị đều có báo cáo kết quả trong 7 ngày qua.
       *[other] • { $silentCount } đơn vị chưa báo cáo kết quả trong 7 ngày qua: { $silent }.
    }
    { $unreachableCount ->
        [0] • Bot liên lạc được với tất cả thủ trưởng đơn vị.
       *[other] • Bot chưa liên lạc được với { $unreachableCount } thủ trưởng đơn vị (chưa đăng ký hoặc đã chặn bot), cần đôn đốc trực tiếp: { $unreachable }.
    }
    { $compared ->
        [yes] { $moved ->
            [0] • Thứ hạng các đơn vị không đổi so với tuần trước:
           *[other] • Bảng xếp hạng ({ $moved } đơn vị thay đổi thứ hạng so với tuần trước):
        }
       *[no] • Bảng xếp hạng hiện tại (chưa có số liệu tuần trước để so sánh):
    }
    { $standings }

## /lienket — một người, hai ứng dụng (dialogs/commands/link.ts)
cmd-lienket = Liên kết tài khoản Zalo và Telegram, chọn nơi nhận nhắc việc
link-channel = { $channel ->
        [TELEGRAM] Telegram
        [ZALO] Zalo
       *[other] dòng lệnh
    }
link-code = Mã liên kết của anh/chị: { $code } (hết hạn lúc { $expires }, dùng được 1 lần).
    Mở bot trên { $channel ->
        [ZALO] Telegram
       *[other] Zalo
    }, gõ: /lienket { $code }
link-status = Tài khoản đã liên kết: { $channels }. Nhắc việc, thông báo gửi qua: { $preferred ->
        [TELEGRAM] Telegram
        [ZALO] Zalo
       *[other] dòng lệnh
    }.
link-stranger = Để liên kết, mở bot trên ứng dụng anh/chị đã đăng ký (Telegram hoặc Zalo), gõ /lienket để nhận mã, rồi gõ ở đây: /lienket <mã>. Nếu chưa đăng ký ở đâu, hãy gõ /start <mã mời> do bộ phận thường trực cấp.
link-done = Đã liên kết tài khoản { $channel ->
        [TELEGRAM] Telegram
        [ZALO] Zalo
       *[other] dòng lệnh
    } này với hồ sơ của { $name } ({ $unit }).
link-already = Tài khoản này đã liên kết với hồ sơ của { $name } ({ $unit }) rồi.
link-ask-prefer = Anh/chị muốn nhận nhắc việc, thông báo qua ứng dụng nào?
link-option-prefer = Nhận nhắc việc qua { $channel ->
        [TELEGRAM] Telegram
        [ZALO] Zalo
       *[other] dòng lệnh
    }
link-preferred = Đã xong. Từ nay nhắc việc, thông báo sẽ gửi qua { $channel ->
        [TELEGRAM] Telegram
        [ZALO] Zalo
       *[other] dòng lệnh
    }.
link-prefer-unchanged = Giữ nguyên nơi nhận nhắc việc.
link-code-unknown = Mã liên kết { $code } không đúng. Vui lòng kiểm tra lại từng ký tự, hoặc gõ /lienket ở ứng dụng đã đăng ký để lấy mã mới.
link-code-used = Mã liên kết { $code } đã được dùng. Gõ /lienket ở ứng dụng đã đăng ký để lấy mã mới.
link-code-expired = Mã liên kết { $code } đã hết hạn (mã chỉ dùng được trong 10 phút). Gõ /lienket ở ứng dụng đã đăng ký để lấy mã mới.
link-account-taken = Tài khoản này đã đăng ký cho một người khác nên không liên kết được. Nếu có nhầm lẫn, vui lòng liên hệ bộ phận thường trực.
link-member-inactive = Hồ sơ này không còn hoạt động nên chưa dùng được. Vui lòng liên hệ bộ phận thường trực.
link-channel-missing = Anh/chị chưa liên kết ứng dụng này. Gõ /lienket để nhận mã liên kết.
remind-goes-to = Nhắc việc, thông báo gửi qua: { $channel ->
        [TELEGRAM] Telegram
        [ZALO] Zalo
       *[other] dòng lệnh
    } (gõ /lienket để liên kết thêm ứng dụng).
broadcast-preview-zalo = Tháng { $month } bot đã gửi { $sent } tin qua Zalo{ $quota ->
        [none] .
       *[other] , hạn mức { $quota } tin/tháng (còn { $left } tin).
    }

## Cấp thành phố (services/city-standings.ts, campaign-file/cli.ts)
cf-error-city-self = Thành phố (organization.city) không thể trùng mã với chính xã, phường: { $code }.
cf-city-not-found = Không có thành phố mã "{ $code }" có xã, phường nào. Thành phố được tạo khi nhập kế hoạch của một xã có mục organization.city.
cf-invite-city-role = Vai trò "{ $role }" không dùng cho cấp thành phố; chọn ADMIN hoặc LEADER.
cf-invite-done-city = Mã mời: { $code } ({ $role }, { $city }), dùng được đến { $expires }. Người được mời gửi mã này cho bot để tham gia.
city-standings-title = Bảng xếp hạng các xã, phường — { $city }
city-standings-how = (Điểm của mỗi xã, phường là điểm bình quân các đơn vị trong phong trào thi đua của xã, phường đó, thang 100, xếp loại theo thang của từng phong trào.)
city-standings-line = { $rank }. { $commune } — { $score } điểm — { $grade }{ $provisional ->
        [yes] {" "}(tạm tính)
       *[other] {""}
    } — { $reporting }/{ $units } đơn vị đã báo cáo — { $good } đơn vị đạt Tốt trở lên
city-standings-unreported = • { $commune } — chưa báo cáo: chưa đơn vị nào trong { $units } đơn vị báo cáo, chưa xếp hạng, xếp loại
city-standings-empty = Chưa có xã, phường nào đang có phong trào thi đua.
city-standings-without = Chưa có phong trào đang diễn ra ({ $count }): { $communes }.
city-standings-export = Gõ /baocaotonghop để tải bảng này dạng Excel.
city-standings-not-city = /xephang xa so sánh các xã, phường của thành phố và dành cho tài khoản cấp thành phố. Gõ /xephang để xem bảng xếp hạng các đơn vị trong phong trào của xã, phường mình.
xlsx-city-ready = Bảng xếp hạng các xã, phường — { $city } ({ $communes } xã, phường), số liệu đến ngày { $date }.
xlsx-sheet-communes = Xã, phường
xlsx-col-commune = Xã, phường
xlsx-col-campaign = Phong trào thi đua
xlsx-col-mean-score = Điểm bình quân (thang 100)
xlsx-col-units = Số đơn vị
xlsx-col-reporting-units = Số đơn vị đã báo cáo
xlsx-col-good-units = Số đơn vị đạt Tốt trở lên
xlsx-col-appraisal = Thẩm định
xlsx-city-provisional = Tạm tính
xlsx-city-appraised = Đã thẩm định
xlsx-city-no-campaign = (chưa có phong trào đang diễn ra)
xlsx-not-reported = Chưa báo cáo

## Văn bản (src/documents): tên loại văn bản trong menu và lời từ chối
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
