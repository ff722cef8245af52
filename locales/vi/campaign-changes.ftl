## Xuất kế hoạch đang chạy ra tệp (npm run campaign -- export) và sửa kế hoạch đang chạy
# Chú thích trong tệp xuất ra.
cf-export-header = { $title }: xuất từ dữ liệu của bot ngày { $date }. Nhập lại tệp này không thay đổi gì; giá trị kế hoạch không nêu được ghi chú "mặc định".
cf-export-default = mặc định
cf-export-quoted = Mục { $where }: "{ $quote }"
cf-export-written = Đã ghi kế hoạch { $campaign } vào tệp { $file }.

# Sửa kế hoạch: các trường hợp bị từ chối.
campaign-change-forbidden = Chỉ thường trực thi đua (ADMIN) của đơn vị tổ chức mới được sửa kế hoạch.
campaign-change-no-campaign = Không tìm thấy kế hoạch này.
campaign-change-invalid = Không sửa được: sau khi sửa, mục "{ $field }" của kế hoạch không hợp lệ.
campaign-change-nothing = Giá trị mới giống giá trị hiện tại, không có gì để sửa.
campaign-change-unknown-deadline = Kế hoạch không có hạn "{ $code }". Các hạn có: { $known }.
campaign-change-date-outside = Ngày { $date } nằm ngoài thời gian phong trào ({ $from } – { $to }).
campaign-change-unknown-unit = Kế hoạch không có đơn vị "{ $code }". Các đơn vị có: { $known }.
campaign-change-unit-name-empty = Tên đơn vị không được để trống.
campaign-change-unit-exists = Đã có đơn vị "{ $name }" ({ $code }).
campaign-change-unit-code-invalid = Mã đơn vị "{ $code }" chỉ gồm chữ cái không dấu, chữ số, dấu "_" hoặc "-", ví dụ VPTK.
campaign-change-unit-code-taken = Mã đơn vị "{ $code }" đã được dùng (kể cả đơn vị đã thôi tham gia). Hãy chọn mã khác.
campaign-change-last-unit = Không thể cho { $name } thôi tham gia: kế hoạch phải còn ít nhất một đơn vị.
campaign-change-unit-holds = Không thể cho { $name } thôi tham gia: đơn vị đang phụ trách chỉ tiêu chung { $criteria }. Hãy giao chỉ tiêu đó cho đơn vị khác trước.
campaign-change-unknown-criterion = Kế hoạch không có tiêu chí "{ $code }".
campaign-change-target-range = Chỉ tiêu { $target } phải nằm trong khoảng { $min } – { $max } của tiêu chí.
campaign-change-weight-positive = Điểm tối đa của tiêu chí "{ $code }" phải lớn hơn 0.
campaign-change-weights-total = Sau khi sửa, tổng điểm các tiêu chí là { $sum }, phải đúng 100. Hãy sửa điểm của các tiêu chí khác cùng lúc.
campaign-change-unknown-quota = Kế hoạch không có hình thức khen thưởng "{ $form }" cho đối tượng này. Các hình thức có: { $known }.
campaign-change-quota-whole = Số lượng khen thưởng phải là số nguyên từ 1 trở lên (đã nhập { $max }).
campaign-change-quota-below-approved = Không thể giảm số lượng "{ $title }" xuống { $max }: đã có { $approved } trường hợp được phê duyệt.

# Tin báo cho trưởng các đơn vị chịu ảnh hưởng.
campaign-change-told-deadline = Thường trực phong trào đã đổi hạn "{ $title }" từ ngày { $before } sang ngày { $after }.
campaign-change-told-unit-added = Đơn vị { $name } đã được thêm vào phong trào thi đua.
campaign-change-told-unit-renamed = Đơn vị { $before } nay có tên mới là { $after }.
campaign-change-told-unit-retired = Đơn vị { $name } không còn tham gia phong trào thi đua. Các báo cáo đã gửi vẫn được giữ nguyên.
campaign-change-told-target = Thường trực phong trào đã đổi chỉ tiêu của tiêu chí "{ $title }" từ { $before ->
        [none] chưa có
       *[other] { $before }
    } thành { $after }.
campaign-change-told-weights = Thường trực phong trào đã đổi điểm tối đa của các tiêu chí: { $changes }.
campaign-change-told-quota = Số lượng "{ $title }" cho { $nominee ->
        [COLLECTIVE] tập thể
       *[INDIVIDUAL] cá nhân
    } đổi từ { $before ->
        [none] không giới hạn
       *[other] { $before }
    } thành { $after ->
        [none] không giới hạn
       *[other] { $after }
    }.

# /suakehoach: điều chỉnh kế hoạch trong khung chat.
campaign-change-chat-ask-kind = Điều chỉnh kế hoạch: { $campaign }.
    Anh/chị cần sửa nội dung nào?
campaign-change-chat-kind-move-deadline = Dời thời hạn
campaign-change-chat-kind-add-unit = Thêm đơn vị
campaign-change-chat-kind-rename-unit = Đổi tên đơn vị
campaign-change-chat-kind-retire-unit = Thôi theo dõi đơn vị
campaign-change-chat-kind-set-target = Sửa chỉ tiêu
campaign-change-chat-kind-set-weight = Sửa điểm tối đa của tiêu chí
campaign-change-chat-kind-set-quota = Sửa số lượng khen thưởng
campaign-change-chat-pick-move-deadline = Chọn thời hạn cần dời:
campaign-change-chat-pick-rename-unit = Chọn đơn vị cần đổi tên:
campaign-change-chat-pick-retire-unit = Chọn đơn vị thôi theo dõi (báo cáo đơn vị đã gửi vẫn được giữ):
campaign-change-chat-pick-set-target = Chọn tiêu chí cần sửa chỉ tiêu:
campaign-change-chat-pick-set-weight = Chọn tiêu chí cần sửa điểm tối đa (tổng điểm các tiêu chí phải đúng 100):
campaign-change-chat-pick-set-quota = Chọn hình thức khen thưởng cần sửa số lượng:
campaign-change-chat-quota-label = { $title } ({ $nominee ->
        [COLLECTIVE] tập thể
       *[INDIVIDUAL] cá nhân
    }): { $count ->
        [none] không giới hạn
       *[other] { $count }
    }
campaign-change-chat-none = Kế hoạch chưa có mục nào thuộc loại này để sửa.
campaign-change-chat-gone = Mục vừa chọn không còn trong kế hoạch. Gõ /suakehoach để bắt đầu lại.
campaign-change-chat-ask-unit-name = Nhập tên đơn vị mới (mã đơn vị do bot tự đặt theo tên):
campaign-change-chat-ask-rename = Tên hiện tại: { $current }. Nhập tên mới:
campaign-change-chat-ask-date = Hạn "{ $title }" hiện là ngày { $current }. Nhập ngày mới (ngày/tháng/năm), trong thời gian phong trào { $from } – { $to }:
campaign-change-chat-ask-target = Chỉ tiêu hiện tại của "{ $title }": { $current }. Nhập chỉ tiêu mới, tính bằng { $unit } (ví dụ 98,5):
campaign-change-chat-ask-weight = Điểm tối đa hiện tại của "{ $title }": { $current }. Nhập điểm mới (ví dụ 12,5):
campaign-change-chat-ask-quota = Số lượng "{ $title }" hiện là { $count ->
        [none] không giới hạn
       *[other] { $count }
    }. Nhập số mới, hoặc chọn Không giới hạn:
campaign-change-chat-unlimited = Không giới hạn
campaign-change-chat-date-invalid = Chưa đọc được ngày. Nhập theo dạng ngày/tháng/năm, ví dụ { $example }.
campaign-change-chat-number-invalid = Chưa đọc được số. Nhập số như 98,5 hoặc 98.5.
campaign-change-chat-weights-pending = Tổng điểm các tiêu chí sau khi sửa là { $sum }, phải đúng 100. Đã sửa: { $changes }. Chọn tiêu chí khác để sửa tiếp:
campaign-change-chat-retry-value = Nhập giá trị khác, hoặc gõ /huy để thôi.
campaign-change-chat-retry-pick = Chọn mục khác, hoặc gõ /huy để thôi.
campaign-change-chat-preview-title = Xem trước điều chỉnh kế hoạch:
campaign-change-chat-edit-deadline = • Hạn "{ $title }": { $before } → { $after }
campaign-change-chat-edit-unit-added = • Thêm đơn vị { $name } (mã { $code })
campaign-change-chat-edit-unit-renamed = • Đổi tên đơn vị: { $before } → { $after }
campaign-change-chat-edit-unit-retired = • Thôi theo dõi đơn vị { $name }; báo cáo đã gửi vẫn được giữ
campaign-change-chat-edit-target = • Chỉ tiêu "{ $title }": { $before ->
        [none] chưa có
       *[other] { $before }
    } → { $after }
campaign-change-chat-edit-weight = • Điểm tối đa "{ $title }": { $before } → { $after }
campaign-change-chat-edit-quota = • Số lượng "{ $title }" ({ $nominee ->
        [COLLECTIVE] tập thể
       *[INDIVIDUAL] cá nhân
    }): { $before ->
        [none] không giới hạn
       *[other] { $before }
    } → { $after ->
        [none] không giới hạn
       *[other] { $after }
    }
campaign-change-chat-affected = Đơn vị chịu ảnh hưởng ({ $count }): { $units }
campaign-change-chat-affected-none = Chưa có đơn vị nào chịu ảnh hưởng.
campaign-change-chat-unit-heads = { $unit } (thủ trưởng: { $heads })
campaign-change-chat-unit-no-head = { $unit } (chưa có thủ trưởng)
campaign-change-chat-told = Sẽ báo cho { $count } thủ trưởng (trong giờ hành chính): { $names }.
campaign-change-chat-told-none = Không có thủ trưởng nào cần báo.
campaign-change-chat-standings = Xếp hạng thay đổi:
campaign-change-chat-standings-line = • { $unit }: { $before } → { $after }
campaign-change-chat-standing = hạng { $rank }, { $score } điểm, { $grade }
campaign-change-chat-unranked = không xếp hạng
campaign-change-chat-standings-same = Xếp hạng các đơn vị không thay đổi.
campaign-change-chat-confirm = Xác nhận điều chỉnh?
campaign-change-chat-option-confirm = Xác nhận
campaign-change-chat-cancelled = Đã hủy, kế hoạch giữ nguyên.
campaign-change-chat-done = Đã điều chỉnh kế hoạch:
campaign-change-chat-done-told = Đang báo cho { $count } thủ trưởng (tin gửi trong giờ hành chính).
campaign-change-chat-done-told-none = Không có thủ trưởng nào cần báo.
campaign-change-chat-start-again = Kế hoạch vừa thay đổi nên chưa sửa được. Gõ /suakehoach để làm lại trên kế hoạch hiện tại.
