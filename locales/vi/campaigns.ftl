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

## /lienket — một người, hai ứng dụng
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
