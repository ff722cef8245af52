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

## Cấp thành phố
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
