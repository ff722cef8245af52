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
