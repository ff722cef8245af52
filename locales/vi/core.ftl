## Chung
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
cmd-bangdieukhien = Bảng điều khiển trên web: diễn biến xếp hạng, lĩnh vực, ai còn thiếu việc gì, khen thưởng
cmd-moi = Tạo mã mời cho một đơn vị và vai trò
cmd-chiendich = Tóm tắt phong trào thi đua
cmd-kehoach = Bắt đầu phong trào từ tệp kế hoạch
cmd-suakehoach = Điều chỉnh kế hoạch: thời hạn, đơn vị, chỉ tiêu, điểm, số lượng khen thưởng

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

## /trogiup
help-title = Các lệnh anh/chị dùng được:
help-title-stranger = Anh/chị chưa đăng ký. Các lệnh dùng được:
