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
not-registered = Anh/chị chưa đăng ký nên chưa dùng được lệnh này. Hãy xin mã mời từ bộ phận thường trực phong trào (phòng Văn hóa – Xã hội) rồi gõ /start <mã mời>.
forbidden-role = Lệnh { $command } không dành cho vai trò của anh/chị. Gõ /trogiup để xem các lệnh anh/chị dùng được.
answer-empty = Anh/chị chưa nhập gì. Vui lòng trả lời câu hỏi ở trên, hoặc gõ /huy để hủy.
choice-out-of-range = Không có lựa chọn số đó. Vui lòng chọn một số từ 1 đến { $count }, hoặc gõ /huy để hủy.
choice-ambiguous = Câu trả lời khớp với nhiều lựa chọn. Vui lòng gõ số thứ tự (1 đến { $count }).
choice-unknown = Không nhận ra lựa chọn này. Vui lòng gõ số thứ tự (1 đến { $count }) hoặc tên lựa chọn, hoặc gõ /huy để hủy.
unit-none = (chưa thuộc đơn vị nào)
option-skip = Bỏ qua
option-save = Lưu
option-cancel = Hủy
due-in-days = còn { $days } ngày
due-today = hạn cuối là hôm nay
due-overdue = đã quá hạn { $days } ngày
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
role-member = Cán bộ, công chức
role-council = Thành viên Hội đồng Thi đua – Khen thưởng

## Lệnh (mô tả một dòng)
cmd-start = Đăng ký bằng mã mời, xem thông tin của tôi
cmd-trogiup = Các lệnh tôi dùng được
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
    Để sử dụng, anh/chị cần mã mời do bộ phận thường trực phong trào (phòng Văn hóa – Xã hội) cấp, rồi gõ: /start <mã mời>
    Gõ /trogiup để xem các lệnh.
start-whoami =
    Họ tên: { $name }
    Đơn vị: { $unit }
    Vai trò: { $roles }
start-registered = Đăng ký thành công. Chào mừng { $name }!
start-next = Gõ /trogiup để xem các lệnh anh/chị dùng được.
start-invite-ok = Mã mời hợp lệ: { $organization } — { $unit }.
start-ask-name = Xin cho biết họ và tên đầy đủ của anh/chị (có dấu), ví dụ: Nguyễn Thị Hoa.
start-name-invalid = Họ tên chưa hợp lệ. Vui lòng gõ họ và tên đầy đủ (2 đến 80 ký tự), ví dụ: Nguyễn Thị Hoa.
invite-unknown = Mã mời { $code } không đúng. Vui lòng kiểm tra lại từng ký tự, hoặc xin mã mới từ bộ phận thường trực.
invite-used = Mã mời { $code } đã được sử dụng hết. Vui lòng xin mã mới từ bộ phận thường trực.
invite-expired = Mã mời { $code } đã hết hạn. Vui lòng xin mã mới từ bộ phận thường trực.
invite-already-registered = Tài khoản này đã đăng ký rồi, không cần dùng mã mời nữa.
invite-name-missing = Cần họ và tên để đăng ký. Vui lòng gõ lại /start <mã mời>.

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
report-cancelled = Đã hủy, chưa lưu báo cáo.
report-none-before = chưa có
report-saved = Đã lưu báo cáo. { $criterion }: { $before } → { $after }.
report-points = Điểm tiêu chí (tạm tính): { $points }/{ $max }.
report-points-manual = Tiêu chí này được chấm điểm khi thẩm định.
report-unit-standing = { $unit } hiện đạt { $score }/100 điểm, xếp thứ { $rank }/{ $count }.
report-forbidden-unit = Anh/chị chỉ báo cáo được cho đơn vị của mình.
report-criterion-gone = Tiêu chí này không còn trong phong trào (kế hoạch vừa được cập nhật). Vui lòng gõ lại /baocao.
report-unit-gone = Đơn vị này không còn tham gia phong trào. Vui lòng gõ lại /baocao.

## /tiendo, /nhiemvu
progress-no-unit = Tài khoản của anh/chị chưa gắn với đơn vị nào. Gõ /tiendo <tên đơn vị> để xem một đơn vị.
progress-title = Tiến độ của { $unit } — { $campaign }
progress-no-target = không định lượng
progress-line = • { $criterion }: { $value } / chỉ tiêu { $target } — { $points }/{ $max } điểm (báo cáo ngày { $date })
progress-line-missing = • { $criterion }: chưa báo cáo (chỉ tiêu { $target })
progress-all-reported = Đã báo cáo đủ tất cả tiêu chí.
progress-missing = Còn { $missing }/{ $total } tiêu chí chưa báo cáo. Gõ /baocao để báo cáo.
tasks-title = Nhiệm vụ của { $unit } — { $campaign }
tasks-criterion = • { $criterion } — chỉ tiêu { $target }, tối đa { $points } điểm
tasks-hint = Gõ /baocao để báo cáo kết quả, /tiendo để xem tiến độ.

## /xephang
standings-title = Bảng xếp hạng — { $campaign }
standings-provisional = (Tạm tính theo số liệu các đơn vị báo cáo, chưa thẩm định.)
standings-line = { $rank }. { $unit } — { $score } điểm — { $grade } — { $change } — đã báo cáo { $reported }/{ $total } tiêu chí
standings-empty = Chưa có đơn vị nào trong phong trào.
standings-change-new = mới
standings-legend = ▲ tăng hạng, ▼ giảm hạng, = giữ hạng so với lần xếp hạng trước.

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
    }: { $award } — tối đa { $count }
campaign-dossier-title = Hồ sơ đề nghị khen thưởng gồm:

## Kênh dòng lệnh (console)
console-banner = Trợ lý thi đua CCHC — chế độ dòng lệnh. Gõ /trogiup để xem lệnh, :ai để xem thành viên mẫu, :la <tên> để đổi người dùng, :khach để làm người chưa đăng ký.
console-you-are = Bạn đang là: { $name } — { $unit }
console-visitor = Bạn đang là một người chưa đăng ký. Gõ /start <mã mời> để đăng ký.
console-options-hint = (Gõ số thứ tự hoặc tên lựa chọn; /huy để hủy.)
console-unknown = Không có lệnh dòng lệnh { $command }. Dùng :ai, :la <tên> hoặc :khach.
console-members-title = Thành viên mẫu:
console-members-hint = Gõ :la <tên> để đổi người dùng (có thể gõ không dấu, ví dụ :la tu).
console-switch-usage = Cách dùng: :la <tên thành viên>, ví dụ :la truong anh tu
console-switch-unknown = Không tìm thấy thành viên "{ $name }". Gõ :ai để xem danh sách.
console-switch-ambiguous = Có nhiều thành viên khớp: { $names }. Vui lòng gõ rõ hơn.
