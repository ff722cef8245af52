# Thi đua CCHC bot — tiếng Việt (ngôn ngữ mặc định).
# Mỗi chuỗi người dùng nhìn thấy đều nằm ở đây; locales/en.ftl có đủ các khóa tương ứng.
