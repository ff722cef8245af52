## Bảng lệnh trong README (mục "Các lệnh theo vai trò"), do `npm run docs:commands` sinh ra
## từ chính sách phân quyền (src/domain/permissions.ts) và các dòng dưới đây.

table-head-command = lệnh
table-head-who = ai dùng
table-head-does = làm gì

## Cột "ai dùng": tên vai trò, ghép theo việc mà lệnh làm
who-anyone = mọi người
who-member = thành viên
who-role-admin = Thường trực
who-role-leader = Lãnh đạo
who-role-head = Thủ trưởng
who-role-member = Cán bộ, công chức
who-role-council = Thành viên Hội đồng
who-own-unit = (đơn vị mình)
who-any-unit = (mọi đơn vị)
who-in-groups = trong nhóm: mọi người
who-documents-campaign = (văn bản chung của phong trào)
who-initiative-decide = công nhận
who-award-record-higher-decision = ghi kết quả cấp trên

## Cột "lệnh" và "làm gì", theo từng lệnh
table-usage-start = `/start`, `/start <mã mời>`
table-does-start = đăng ký bằng mã mời; gõ lại để xem thông tin tài khoản
table-usage-trogiup = `/trogiup`
table-does-trogiup = các lệnh mà vai trò của người dùng được phép dùng
table-usage-huy = `/huy`
table-does-huy = hủy thao tác đang dở
table-usage-baocao = `/baocao [đơn vị]`
table-does-baocao = chọn nhiệm vụ → tiêu chí → nhập kết quả (`98,5`, `98.5`, `98,5%`) → ghi chú → xác nhận
table-usage-tiendo = `/tiendo [đơn vị]`
table-does-tiendo = kết quả mới nhất so với chỉ tiêu, tiêu chí chưa báo cáo, số ngày còn lại đến từng hạn
table-usage-nhiemvu = `/nhiemvu [đơn vị]`
table-does-nhiemvu = nhiệm vụ, tiêu chí, chỉ tiêu, điểm tối đa và thời hạn
table-usage-xephang = `/xephang [lĩnh vực]`
table-does-xephang = hạng, đơn vị, điểm /100, xếp loại, tăng/giảm hạng so với lần trước, kèm ảnh biểu đồ; kèm tên lĩnh vực thì xếp hạng riêng lĩnh vực đó (`/xephang the che`)
table-usage-bangdieukhien = `/bangdieukhien [đơn vị]`
table-does-bangdieukhien = liên kết riêng (hết hạn sau vài chục phút) tới bảng điều khiển trên web: xếp hạng và diễn biến qua các lần xếp hạng, điểm từng lĩnh vực, từng đơn vị (tiêu chí, điểm, số lần báo cáo, minh chứng), ai còn thiếu việc gì, tiến trình khen thưởng; trên Telegram mở ngay trong ứng dụng (Mini App); thủ trưởng chỉ xem trang đơn vị mình
table-usage-nhacnho = `/nhacnho`
table-does-nhacnho = tin nhắc sắp gửi và đã gửi gần đây, thời hạn liên quan đến tôi; tắt/bật nhắc cập nhật tiến độ định kỳ (nhắc hạn không tắt được)
table-usage-lienket = `/lienket`, `/lienket <mã>`
table-does-lienket = lấy mã liên kết rồi gõ mã đó ở ứng dụng kia để dùng chung một tài khoản trên Telegram và Zalo; chọn nơi nhận nhắc việc, thông báo
table-usage-chamdiem = `/chamdiem [đơn vị]`
table-does-chamdiem = tự chấm điểm từng tiêu chí; điểm đề xuất từ kết quả báo cáo; chưa có tài liệu kiểm chứng thì phải giải trình
table-usage-thamdinh = `/thamdinh [đơn vị]`
table-does-thamdinh = thẩm định: đồng ý với điểm tự chấm hoặc điều chỉnh kèm lý do (đơn vị thấy lý do)
table-usage-vipham = `/vipham [tên]`
table-does-vipham = ghi nhận vi phạm kỷ luật, kỷ cương của đơn vị hoặc cá nhân (không được đề nghị khen thưởng)
table-usage-nophoso = `/nophoso [đơn vị]`
table-does-nophoso = nộp Tờ trình, Biên bản họp, Báo cáo thành tích… (PDF, Word, Excel, ODT/ODS, ảnh; tối đa 20 MB); tài liệu mỗi người được đề nghị một bản (Báo cáo thành tích, nếu kế hoạch yêu cầu) thì bot hỏi nộp cho tập thể, cá nhân nào
table-usage-hoso = `/hoso [đơn vị]`
table-does-hoso = hồ sơ đã nộp, còn thiếu (Báo cáo thành tích theo từng tập thể, cá nhân được đề nghị), thời hạn; tải lại tệp đã nộp; thủ trưởng xác nhận Báo cáo thành tích do Thường trực nộp
table-usage-vanban = `/vanban`
table-does-vanban = văn bản soạn sẵn từ số liệu, dạng Word theo thể thức Nghị định 30/2020: thủ trưởng nhận Tờ trình của đơn vị và Báo cáo thành tích của từng tập thể, cá nhân đơn vị đề nghị; lãnh đạo nhận Quyết định khen thưởng, Tờ trình cấp trên, Biên bản họp Hội đồng, Báo cáo kết quả; thường trực nhận tất cả. Telegram gửi tệp .docx, bảng điều khiển ghi tệp vào thư mục và in đường dẫn, Zalo gửi đường dẫn tải (xem dưới). Ký, quét xong thì nộp lại bằng `/nophoso`
table-usage-sangkien = `/sangkien`
table-does-sangkien = gửi sáng kiến (kèm tệp nếu có), xem kết quả; thường trực công nhận (ghi cấp, cơ quan công nhận và số, ngày Quyết định công nhận) hoặc không công nhận kèm lý do
table-usage-denghi = `/denghi [đơn vị]`
table-does-denghi = đề nghị khen thưởng tập thể/cá nhân; bot đối chiếu từng tiêu chuẩn của kế hoạch (đạt / chưa đạt / chờ xác nhận / chờ thẩm định, ghi mục của kế hoạch hoặc "mặc định") và hồ sơ; thủ trưởng xác nhận các tiêu chuẩn cần người xác nhận (căn cứ là ghi chú, tệp hoặc cả hai), bỏ xác nhận khi chưa được xác nhận lại; Thường trực xem căn cứ, tải tệp, xác nhận lại hoặc trả lại kèm lý do; `/denghi` không kèm đơn vị: Thường trực thấy các đơn vị có đề nghị chờ xác nhận; chỉ xét trên điểm đã thẩm định
table-usage-binhxet = `/binhxet`
table-does-binhxet = mở bình xét các đề nghị đủ điều kiện; kết thúc khi đủ số thành viên (mặc định 2/3), tính tỷ lệ đồng ý so với ngưỡng (mặc định 70%) theo cách tính của phong trào (trên số thành viên đã bỏ phiếu, có mặt hoặc tổng số thành viên; tính trên số có mặt thì đánh dấu thành viên có mặt trước khi kết thúc); kết quả ghi rõ cách tính đã áp dụng
table-usage-bophieu = `/bophieu`
table-does-bophieu = bỏ phiếu đồng ý / không đồng ý / không biểu quyết từng đề nghị, đổi được đến khi kết thúc
table-usage-duyet = `/duyet`
table-does-duyet = phê duyệt danh sách trong chỉ tiêu (vượt chỉ tiêu thì báo vượt bao nhiêu). Hình thức Chủ tịch UBND xã, phường quyết định (Giấy khen): ghi số, ngày, người ký Quyết định rồi mới đăng bảng vàng. Hình thức cấp trên quyết định (Bằng khen của Chủ tịch UBND thành phố…): vào danh sách đề nghị cấp trên (đã trình); khi có kết quả, chọn "Ghi kết quả của cấp trên" để ghi số, ngày Quyết định (hoặc không được khen) — chỉ lên bảng vàng khi cấp trên đã quyết định
table-usage-moi = `/moi [đơn vị] [vai trò]`
table-does-moi = tạo mã mời dùng một lần, hạn 7 ngày (`/moi van phong thu truong`, hoặc chọn từng bước)
table-usage-thongbao = `/thongbao`
table-does-thongbao = thông báo cho mọi người, một đơn vị hoặc một vai trò: xem trước đúng nội dung, số người nhận và không nhận được, giờ gửi (chỉ trong giờ hành chính), rồi xác nhận
table-usage-chiendich = `/chiendich`
table-does-chiendich = tóm tắt phong trào: căn cứ, thời gian, số đơn vị đã báo cáo, khen thưởng, hồ sơ, thời hạn
table-usage-kehoach = `/kehoach`
table-does-kehoach = bắt đầu phong trào từ tệp Kế hoạch (Word, PDF): bot soạn sẵn từng mục kèm câu trích từ kế hoạch, sửa mục theo số, thêm đơn vị, đăng; nhận mã mời cho thủ trưởng các đơn vị. Gửi tệp cho bot (không cần gõ lệnh) cũng bắt đầu như vậy
table-usage-suakehoach = `/suakehoach`
table-does-suakehoach = điều chỉnh kế hoạch đang chạy: dời thời hạn, thêm, đổi tên hoặc thôi theo dõi đơn vị, sửa chỉ tiêu, điểm tối đa (tổng vẫn 100), số lượng khen thưởng; xem trước thay đổi, đơn vị và thủ trưởng được báo, xếp hạng thay đổi ra sao, rồi xác nhận; báo cáo đã gửi không bị xóa
table-usage-baocaotonghop = `/baocaotonghop`
table-does-baocaotonghop = tệp Excel: xếp hạng, chỉ tiêu, tình hình báo cáo, chấm điểm, đề nghị, bình xét, danh sách khen thưởng
