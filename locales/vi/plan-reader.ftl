## Đọc tệp kế hoạch thi đua (Word, PDF, ODT, văn bản) để soạn phong trào

plan-read-too-big = Tệp kế hoạch lớn hơn { $maxMb } MB nên bot không đọc được. Vui lòng gửi tệp Word (.docx) của kế hoạch, thường nhỏ hơn nhiều.
plan-read-type-refused = Bot chưa đọc được tệp "{ $name }". Vui lòng gửi kế hoạch dạng Word (.docx), PDF có chữ (xuất từ Word, không phải bản quét), ODT hoặc văn bản (.txt, .md).
plan-read-old-word = Tệp "{ $name }" là Word đời cũ (.doc). Vui lòng mở tệp bằng Word, chọn Lưu thành (Save As) kiểu "Word Document (.docx)" rồi gửi lại.
plan-read-scanned = Tệp PDF "{ $name }" là bản quét (chỉ có hình ảnh, không có chữ) nên bot không đọc được nội dung. Vui lòng gửi tệp Word (.docx) hoặc PDF xuất từ Word.
plan-read-encrypted = Tệp "{ $name }" đã đặt mật khẩu nên bot không mở được. Vui lòng gỡ mật khẩu rồi gửi lại, hoặc gửi tệp Word (.docx) không khoá.
plan-read-empty = Không thấy chữ nào trong tệp "{ $name }". Nếu đây là ảnh chụp hay bản quét, vui lòng gửi tệp Word (.docx) của kế hoạch.
plan-read-unreadable = Tệp "{ $name }" bị hỏng hoặc không đúng định dạng nên bot không đọc được. Vui lòng mở thử trên máy, lưu lại rồi gửi lại.

## Soạn phong trào từ kế hoạch (npm run campaign -- draft)

plan-draft-missing-number = số kế hoạch (kế hoạch để trống "Số: …/KH-…")
plan-draft-missing-date = ngày ban hành kế hoạch
plan-draft-missing-body = cơ quan ban hành kế hoạch (UBND xã, phường nào)
plan-draft-missing-title = tên kế hoạch (trích yếu sau chữ "KẾ HOẠCH")
plan-draft-missing-legal-basis = căn cứ ban hành kế hoạch
plan-draft-missing-period = thời gian thực hiện phong trào (từ ngày, đến ngày)
plan-draft-missing-lead-office = cơ quan thường trực, tham mưu theo dõi phong trào
plan-draft-missing-units = danh sách các phòng, đơn vị thi đua
plan-draft-missing-unit-code = mã đơn vị (chữ không dấu, ví dụ { $hint })
plan-draft-missing-org-code = mã xã, phường trong bot (chữ thường không dấu, ví dụ kim-phuong)
plan-draft-missing-campaign-code = mã phong trào (chữ thường không dấu, ví dụ kim-phuong-2026)
plan-draft-missing-task-areas = nhiệm vụ trọng tâm, tiêu chí và chỉ tiêu thi đua
plan-draft-missing-award-forms = hình thức khen thưởng
plan-draft-missing-award-numbers = số lượng khen thưởng (kế hoạch không nêu số tập thể, cá nhân được khen)
plan-draft-missing-eligibility = tiêu chuẩn khen thưởng
plan-draft-missing-dossier = thành phần hồ sơ đề nghị khen thưởng
plan-draft-missing-deadlines = thời hạn nộp báo cáo, hồ sơ (kế hoạch không nêu ngày nào)
plan-draft-default-grade-bands = thang xếp loại thông dụng (Xuất sắc từ 90, Tốt từ 80, Khá từ 70, Trung bình từ 50 điểm)
plan-draft-default-award-form = Giấy khen của Chủ tịch UBND xã, phường (hình thức Chủ tịch UBND xã, phường tự quyết định)
plan-draft-default-eligibility = xét theo quy định chung về thi đua, khen thưởng
plan-draft-default-eligibility-note = theo quy định chung về thi đua, khen thưởng
plan-draft-default-dossier = ba tài liệu thông thường của hồ sơ đề nghị khen thưởng
plan-draft-doc-to-trinh = Tờ trình đề nghị khen thưởng
plan-draft-doc-bien-ban = Biên bản họp xét khen thưởng
plan-draft-doc-bao-cao-thanh-tich = Báo cáo thành tích của tập thể, cá nhân
plan-draft-default-area-title = tên nhóm tiêu chí lấy theo đề mục của kế hoạch
plan-draft-default-area-name = Tiêu chí thi đua
plan-draft-default-criterion = kế hoạch không đặt chỉ tiêu đo đếm cho nhiệm vụ này
plan-draft-default-criterion-title = Mức độ hoàn thành nhiệm vụ { $area }
plan-draft-yaml-header = Bản soạn tự động từ kế hoạch: mỗi giá trị ghi kèm câu trích và vị trí trong kế hoạch; kiểm tra lại trước khi nhập.
plan-draft-yaml-number = Số kế hoạch: { $number }
plan-draft-yaml-date = Ngày ban hành: { $date }
plan-draft-yaml-default = mặc định: { $what }
plan-draft-yaml-missing = THIẾU: { $what }
plan-draft-yaml-unquantified = Tiêu chí kế hoạch nêu không có chỉ tiêu đo đếm, cần xem xét:
plan-draft-yaml-initiative = Yêu cầu về sáng kiến:
plan-draft-summary = Kế hoạch "{ $plan }": { $found } giá trị lấy từ kế hoạch, { $defaults } giá trị mặc định, { $missing } mục còn thiếu.
plan-draft-saved = Đã ghi bản soạn vào tệp { $file }.
plan-draft-missing-list = Kế hoạch chưa nêu, cần bổ sung trước khi nhập:
plan-draft-next = Điền các mục "THIẾU" trong tệp rồi nhập bằng: npm run campaign -- import { $file }

## /kehoach: bắt đầu phong trào từ tệp kế hoạch gửi trong chat

plan-chat-ask-file = Anh/chị gửi tệp Kế hoạch phát động phong trào thi đua (Word .docx, PDF xuất từ Word, ODT hoặc .txt). Bot sẽ đọc và soạn sẵn phong trào để anh/chị kiểm tra từng mục trước khi đăng.
plan-chat-no-documents = Zalo không gửi được tệp Word, PDF cho bot. Anh/chị gửi tệp kế hoạch cho bot qua Telegram (gõ /kehoach ở đó); bản soạn đang dở thì gõ /kehoach ở đây để xem tiếp.
plan-chat-file-needed = Bot đang chờ tệp kế hoạch. Anh/chị đính kèm tệp Word (.docx) hoặc PDF của kế hoạch, hoặc gõ /huy để thôi.
plan-chat-not-a-plan = Bot không nhận ra cấu trúc kế hoạch thi đua trong tệp này: không thấy nội dung thi đua, tiêu chí, đơn vị, hình thức khen thưởng, hồ sơ hay thời hạn nào. Anh/chị kiểm tra lại đã gửi đúng tệp Kế hoạch phát động phong trào (có các mục như "Nội dung thi đua", "Tiêu chí", "Khen thưởng", "Tổ chức thực hiện") rồi gửi lại tệp Word (.docx) của kế hoạch.
plan-chat-read = Bot đã đọc kế hoạch "{ $file }" và soạn phong trào gồm { $count } mục. Anh/chị kiểm tra từng mục: dưới mỗi mục là câu trích từ kế hoạch và vị trí (đoạn, trang, bảng) để đối chiếu; "mặc định" là giá trị bot đề xuất vì kế hoạch không nêu.
plan-chat-resume = Anh/chị đang soạn dở phong trào từ kế hoạch "{ $file }" ({ $count } mục):
plan-chat-section-header = ▸ THÔNG TIN CHUNG
plan-chat-section-legal = ▸ CĂN CỨ
plan-chat-section-period = ▸ THỜI GIAN THỰC HIỆN
plan-chat-section-offices = ▸ CƠ QUAN THƯỜNG TRỰC VÀ CÁC ĐƠN VỊ THI ĐUA
plan-chat-section-areas = ▸ NỘI DUNG THI ĐUA, TIÊU CHÍ VÀ CHỈ TIÊU
plan-chat-section-awards = ▸ HÌNH THỨC VÀ SỐ LƯỢNG KHEN THƯỞNG
plan-chat-section-eligibility = ▸ TIÊU CHUẨN KHEN THƯỞNG
plan-chat-section-dossier = ▸ HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG
plan-chat-section-deadlines = ▸ THỜI HẠN
plan-chat-item-title = Tên phong trào
plan-chat-item-number = Số kế hoạch
plan-chat-item-issued = Ngày ban hành
plan-chat-item-code = Mã phong trào (dùng trong bot)
plan-chat-item-legal = Căn cứ
plan-chat-item-period = Thời gian
plan-chat-item-lead = Cơ quan thường trực
plan-chat-item-unit = Đơn vị thi đua
plan-chat-item-area = Nội dung thi đua
plan-chat-item-criterion = Chỉ tiêu — { $title }
plan-chat-item-quota = { $nominee ->
        [COLLECTIVE] Tập thể
       *[other] Cá nhân
    } — { $award }, số lượng tối đa
plan-chat-item-eligibility = Tiêu chuẩn { $nominee ->
        [COLLECTIVE] tập thể
       *[other] cá nhân
    }{ $forms ->
        [all] {""}
       *[other] {" "}(xét { $forms })
    }
plan-chat-item-document = Hồ sơ
plan-chat-item-deadline = { $title }
plan-chat-target = { $direction ->
        [lower] không quá { $value }
       *[other] từ { $value } trở lên
    }
plan-chat-area-criterion = mặc định: chấm theo tiêu chí "{ $criterion }", chỉ tiêu 100% (kế hoạch không đặt chỉ tiêu đo đếm cho nội dung này)
plan-chat-value-by-default = theo quy định chung
plan-chat-value-missing = (chưa có)
plan-chat-source-quote = «{ $quote }» ({ $location })
plan-chat-source-default = mặc định: { $why }
plan-chat-source-edited = đã sửa trong chat
plan-chat-source-missing = THIẾU: kế hoạch không nêu, cần điền
plan-chat-default-code = bot đề xuất từ mã xã, phường và năm thực hiện
plan-chat-default-eligibility = kế hoạch không nêu tiêu chuẩn riêng cho hình thức này; xét theo quy định chung của pháp luật về thi đua, khen thưởng
plan-chat-default-added = thêm trong chat
plan-chat-missing-head = Kế hoạch chưa nêu (cần bổ sung trước khi đăng nếu là mục bắt buộc):
plan-chat-missing-none = Bản soạn đã đủ các mục cần thiết.
plan-chat-menu = Anh/chị chọn việc tiếp theo. Muốn sửa nhanh, gõ luôn số mục rồi giá trị mới, ví dụ "6 01/01/2026 - 31/12/2026" là sửa mục 6.
plan-chat-menu-hint = Anh/chị chọn một việc trong danh sách, hoặc gõ số mục và giá trị mới, ví dụ: 5 Bộ phận Văn phòng - Thống kê
plan-chat-option-fix = Sửa một mục
plan-chat-option-units = Thêm đơn vị
plan-chat-option-show = Xem lại bản soạn
plan-chat-option-publish = Đăng phong trào
plan-chat-option-cancel = Hủy bản soạn
plan-chat-option-yes = Đăng
plan-chat-option-back = Quay lại sửa tiếp
plan-chat-ask-item = Anh/chị gõ số mục cần sửa (từ 1 đến { $count }); có thể gõ luôn giá trị mới sau số mục, ví dụ: 3 Thực hiện phong trào thi đua năm 2026
plan-chat-item-needed = Anh/chị gõ số mục cần sửa, ví dụ: 3 (hoặc 3 rồi giá trị mới).
plan-chat-hint-text = Anh/chị gõ nội dung mới cho mục này.
plan-chat-hint-date = Anh/chị gõ ngày mới theo dạng ngày/tháng/năm, ví dụ: 15/12/2026
plan-chat-hint-period = Anh/chị gõ thời gian mới: từ ngày - đến ngày, ví dụ: 01/01/2026 - 31/12/2026
plan-chat-hint-target = Anh/chị gõ chỉ tiêu mới (con số, có thể kèm đơn vị tính), ví dụ: 95 %
plan-chat-hint-quota = Anh/chị gõ số lượng được khen tối đa, ví dụ: 2
plan-chat-hint-code = Anh/chị gõ mã phong trào mới: chữ thường không dấu, nối bằng dấu gạch ngang, ví dụ: kim-phuong-2026
plan-chat-fixed = Đã sửa:
    { $line }
plan-chat-fix-no-item = Không có mục số { $number }. Bản soạn có các mục từ 1 đến { $count }.
plan-chat-fix-empty = Anh/chị chưa gõ giá trị mới cho mục này.
plan-chat-fix-too-long = Nội dung dài { $length } ký tự, quá { $max } ký tự. Anh/chị gõ ngắn gọn hơn.
plan-chat-fix-fixed = Tiêu chuẩn khen thưởng có nhiều điều kiện nên chưa sửa được trong chat. Anh/chị đăng phong trào rồi chỉnh trong tệp phong trào (npm run campaign -- export), hoặc soạn từ tệp: npm run campaign -- draft <tệp kế hoạch> --out x.yaml
plan-chat-fix-date = "{ $text }" không phải ngày hợp lệ. Anh/chị gõ theo dạng ngày/tháng/năm, ví dụ: 15/12/2026
plan-chat-fix-period = Anh/chị gõ thời gian theo dạng: từ ngày - đến ngày, ví dụ: 01/01/2026 - 31/12/2026 (đã gõ: "{ $text }").
plan-chat-fix-period-order = Ngày bắt đầu { $from } sau ngày kết thúc { $to }. Anh/chị gõ lại thời gian.
plan-chat-fix-number = "{ $text }" không phải chỉ tiêu bằng số. Anh/chị gõ con số, có thể kèm đơn vị tính, ví dụ: 95 %
plan-chat-fix-quota = "{ $text }" không phải số lượng hợp lệ. Anh/chị gõ một số nguyên từ 1 trở lên, ví dụ: 2
plan-chat-fix-code = "{ $text }" không dùng làm mã phong trào được: chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ: kim-phuong-2026
plan-chat-code-taken = Mã phong trào "{ $code }" đã có phong trào khác dùng. Anh/chị chọn mã khác (mục "Mã phong trào").
plan-chat-draft-gone = Bản soạn này không còn mở (đã đăng, đã hủy hoặc đã thay bằng kế hoạch khác). Gõ /kehoach để bắt đầu lại.
plan-chat-ask-units = Anh/chị gõ tên các đơn vị thi đua, mỗi dòng một đơn vị, ví dụ:
    Bộ phận Tư pháp - Hộ tịch
    Bộ phận Địa chính - Xây dựng
plan-chat-units-empty = Anh/chị chưa gõ tên đơn vị nào. Gõ mỗi dòng một đơn vị.
plan-chat-units-added = { $count ->
        [0] Không thêm đơn vị nào.
       *[other] Đã thêm { $count } đơn vị: { $names }.
    }
plan-chat-units-skipped = Đã có trong bản soạn nên bỏ qua: { $names }.
plan-chat-confirm = Đăng phong trào theo bản soạn này? Sau khi đăng, các đơn vị bắt đầu báo cáo được và bot gửi mã mời cho thủ trưởng từng đơn vị. Đơn vị của xã, phường không có trong bản soạn sẽ thôi theo dõi.
plan-chat-publish-missing = Chưa đăng được vì còn thiếu các mục bắt buộc sau. Anh/chị sửa các mục này (chọn "Sửa một mục", hoặc "Thêm đơn vị") rồi đăng lại:
    { $list }
    Nội dung thi đua và tiêu chí chưa thêm được trong chat: nếu kế hoạch không có, nhờ người quản trị bot soạn phong trào bằng tệp (npm run campaign -- draft).
plan-chat-publish-invalid = Chưa đăng được vì bản soạn còn chỗ chưa đúng:
    { $list }
plan-chat-published = Đã đăng phong trào "{ $title }" (mã { $code }), thực hiện từ { $from } đến { $to }: { $units } đơn vị, { $criteria } tiêu chí. Gõ /chiendich để xem tóm tắt.
plan-chat-invites-head = Mã mời cho thủ trưởng các đơn vị (mỗi mã dùng một lần, hạn đến { $expires }). Anh/chị chuyển tiếp tin này cho từng đơn vị:
plan-chat-invite-line = - { $unit }: { $code }{ $link }
plan-chat-invites-how = Thủ trưởng mở chat với bot và gõ: /start <mã mời của đơn vị mình>
plan-chat-cancelled = Đã hủy bản soạn phong trào. Bản soạn vẫn được lưu lại; muốn bắt đầu lại, gõ /kehoach và gửi tệp kế hoạch.
