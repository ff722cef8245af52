## Tệp kế hoạch: lệnh `npm run campaign` (dành cho người vận hành)
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
      export <mã kế hoạch> [--out <tệp.yaml>]
                               Xuất kế hoạch đang chạy ra tệp kế hoạch (nhập lại không thay đổi gì), ghi chú giá trị mặc định.
      draft <tệp kế hoạch> [--out <tệp.yaml>]
                               Soạn tệp phong trào từ kế hoạch (.docx, .pdf, .odt, .txt), ghi kèm câu trích làm nguồn.
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

## Tệp kế hoạch: thời hạn tính theo ngày làm việc
cf-error-deadline-due = { $file }, dòng { $line }: thời hạn "{ $code }" phải ghi đúng một trong hai cách: due: "05/12/2025" (một ngày cụ thể) hoặc due_after: {"{"} day: "28/11/2025", working_days: 5 {"}"} (số ngày làm việc kể từ một ngày).
cf-error-due-after = { $file }, dòng { $line }: không tính được "{ $field }" theo ngày làm việc kể từ ngày { $day }: lịch ngày lễ chỉ có cho các năm 1900 – 2199.
