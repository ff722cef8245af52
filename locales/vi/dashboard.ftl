## Bảng điều khiển (trang web, mở từ /bangdieukhien, /xephang hoặc Mini App Telegram)
dashboard-chat-link = Bảng điều khiển { $scope ->
        [campaign] của phong trào
       *[unit] của { $unit }
    }: xếp hạng theo thời gian, theo lĩnh vực, ai còn thiếu việc gì, tiến trình khen thưởng. Liên kết dành riêng cho anh/chị, dùng được { $minutes } phút, không chuyển cho người khác:
dashboard-chat-open = Mở bảng điều khiển
dashboard-chat-no-web = Bot chưa có địa chỉ web (PUBLIC_BASE_URL) nên chưa mở được bảng điều khiển. Vui lòng báo người quản trị bot.
dashboard-standings-link = Xem diễn biến, từng lĩnh vực và từng đơn vị trên bảng điều khiển: { $url }
dashboard-forbidden = Bảng điều khiển toàn phong trào dành cho lãnh đạo UBND và bộ phận thường trực; thủ trưởng đơn vị xem trang của đơn vị mình.
dashboard-not-your-unit = Anh/chị chỉ xem được trang của đơn vị mình.
dashboard-unit-gone = Đơn vị này không còn tham gia phong trào.
dashboard-campaign-gone = Không tìm thấy phong trào này, hoặc phong trào không thuộc xã, phường của anh/chị.
dashboard-no-campaign = Xã, phường của anh/chị hiện chưa có phong trào thi đua nào đang diễn ra.

## Trang
dashboard-page-title = Bảng điều khiển
dashboard-updated = Số liệu lúc { $time }
dashboard-provisional = Số liệu tạm tính: còn tiêu chí chưa được thẩm định.
dashboard-nav-standings = Xếp hạng
dashboard-nav-trend = Diễn biến
dashboard-nav-areas = Lĩnh vực
dashboard-nav-owing = Còn thiếu
dashboard-nav-awards = Khen thưởng
dashboard-no-js = Biểu đồ cần JavaScript; các số liệu có đủ trong bảng bên dưới.
dashboard-default = { $value } (mặc định, kế hoạch không nêu)
dashboard-grade-bands = Ngưỡng xếp loại: { $bands }
dashboard-back = ← Toàn phong trào

dashboard-standings-title = Xếp hạng hiện tại
dashboard-standings-note = Cùng số liệu với lệnh /xephang và báo cáo tổng hợp (Excel). Bấm tên đơn vị để xem chi tiết.
dashboard-col-rank = Hạng
dashboard-col-unit = Đơn vị
dashboard-col-score = Điểm
dashboard-col-grade = Xếp loại
dashboard-col-reported = Đã báo cáo
dashboard-reported = { $reported }/{ $total }
dashboard-unreported-title = Chưa báo cáo, chưa xếp hạng ({ $count }):
dashboard-standings-empty = Chưa có đơn vị nào có kết quả.
dashboard-score-axis = Điểm (thang 100)

dashboard-trend-title = Diễn biến xếp hạng
dashboard-trend-note = Mỗi điểm là một lần bảng xếp hạng thay đổi (lưu khi có người xem /xephang và lúc 17 giờ hằng ngày).
dashboard-trend-empty = Chưa có lần xếp hạng nào được lưu.
dashboard-trend-first = Lần đầu ({ $date })
dashboard-trend-latest = Gần nhất ({ $date })
dashboard-trend-all = Tất cả các lần ({ $count })
dashboard-col-date = Ngày

dashboard-areas-title = Theo lĩnh vực
dashboard-areas-note = Điểm lĩnh vực quy về thang 100 của lĩnh vực ấy, như lệnh /xephang <lĩnh vực>; lĩnh vực điểm trung bình thấp là lĩnh vực đang chậm.
dashboard-col-area = Lĩnh vực
dashboard-col-max = Điểm tối đa
dashboard-col-average = Trung bình
dashboard-col-lowest = Thấp nhất
dashboard-area-lowest = { $unit } ({ $score })
dashboard-none = –

dashboard-owing-title = Ai còn thiếu việc gì
dashboard-col-deadline = Việc
dashboard-col-due = Hạn
dashboard-col-owing = Còn thiếu
dashboard-due-left = còn { $days } ngày làm việc
dashboard-due-today = hôm nay là hạn
dashboard-due-late = quá hạn { $days } ngày làm việc
dashboard-owing-none = Không còn ai thiếu
dashboard-owing-all = Cả { $count } đơn vị
dashboard-owing-untracked = Bot không theo dõi được việc này
dashboard-missing-title = Tiêu chí chưa có báo cáo
dashboard-missing-line = { $unit }: thiếu { $missing }/{ $total } tiêu chí
dashboard-missing-none = Mọi đơn vị đã báo cáo đủ các tiêu chí.
dashboard-late-awaiting = Gửi sau khi phong trào kết thúc, chờ thường trực quyết định (/thamdinh): { $reports } báo cáo, { $scores } điểm tự chấm.

dashboard-awards-title = Tiến trình khen thưởng
dashboard-awards-empty = Chưa có đề nghị khen thưởng nào.
dashboard-stage = { $stage ->
        [DRAFT] Đang soạn
        [SUBMITTED] Đã gửi Hội đồng
        [IN_REVIEW] Hội đồng đang bình xét
        [PASSED] Hội đồng thông qua, chờ lãnh đạo duyệt
        [PROPOSED] Đã trình cấp trên
        [AWARDED] Đã có Quyết định khen thưởng
        [FAILED] Hội đồng không thông qua
        [NOT_AWARDED] Cấp trên không khen
       *[WITHDRAWN] Đã rút
    }
dashboard-nominee = { $kind ->
        [COLLECTIVE] Tập thể { $unit }
       *[INDIVIDUAL] { $name } ({ $unit })
    }
dashboard-decision = Quyết định số { $number } ngày { $date }
dashboard-col-stage = Bước
dashboard-col-count = Số đề nghị

## Trang một đơn vị
dashboard-unit-rank = Hạng { $rank }/{ $count } — { $score } điểm — { $grade }
dashboard-unit-unranked = Chưa có kết quả nào, chưa xếp hạng.
dashboard-unit-areas-title = Kết quả theo lĩnh vực
dashboard-criteria-default = { $what ->
        [target] Chỉ tiêu
        [points] Điểm tối đa
       *[both] Chỉ tiêu và điểm tối đa
    } của các tiêu chí: mặc định, kế hoạch không nêu.
dashboard-unit-area-score = { $area }: { $score }/100
dashboard-col-target = Chỉ tiêu
dashboard-col-value = Kết quả
dashboard-col-points = Điểm
dashboard-col-reports = Số lần báo cáo
dashboard-col-evidence = Minh chứng
dashboard-value-on = { $value } ({ $date })
dashboard-not-reported = Chưa báo cáo
dashboard-points = { $points }/{ $max }
dashboard-points-how = { $how ->
        [appraised] thẩm định
        [self] tự chấm
        [report] theo báo cáo
       *[none] chưa có
    }
dashboard-dossier-title = Hồ sơ khen thưởng
dashboard-dossier-filed = ✓ { $title } — { $name } ({ $date })
dashboard-dossier-missing = ✗ { $title }{ $required ->
        [yes] {""}
       *[no] {" "}(không bắt buộc)
    }
dashboard-dossier-empty = Phong trào không yêu cầu hồ sơ.

## Trang báo lỗi
dashboard-refused-title = Không mở được bảng điều khiển
dashboard-refused-forged = Không xác minh được yêu cầu này là từ Telegram. Vui lòng đóng cửa sổ và mở lại bảng điều khiển từ tin nhắn của bot.
dashboard-refused-expired = Phiên mở bảng điều khiển đã quá hạn. Vui lòng đóng cửa sổ và mở lại từ tin nhắn của bot (gõ /bangdieukhien).
dashboard-refused-missing = Trang này mở từ nút "Mở bảng điều khiển" trong Telegram. Nếu anh/chị dùng Zalo, gõ /bangdieukhien để nhận liên kết.
dashboard-refused-stranger = Tài khoản Telegram này chưa đăng ký với bot. Gõ /start kèm mã mời do bộ phận thường trực cấp.
dashboard-mini-app-opening = Đang mở bảng điều khiển…
