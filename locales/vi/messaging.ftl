## Outbox: thông báo do chính bộ gửi tạo ra
outbox-member-unreachable = ⚠️ Không gửi được tin nhắn cho { $name } ({ $unit }) qua { $channel ->
        [TELEGRAM] Telegram
        [ZALO] Zalo
       *[other] { $channel }
    }: người này đã chặn hoặc xoá cuộc trò chuyện với bot. Các nhắc việc sẽ không đến được cho tới khi họ nhắn lại cho bot (ví dụ gõ /start). Đề nghị liên hệ trực tiếp để đôn đốc.

## /nhacnho: nhắc việc của mỗi người
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

## /thongbao: thông báo chung
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

## Nhắc việc định kỳ: cập nhật tiến độ, nhắc hạn, quá hạn, tổng hợp tuần
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
