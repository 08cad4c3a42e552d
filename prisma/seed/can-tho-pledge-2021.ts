// The six numbered contents of the 2021 pledge of the Cần Thơ Party agencies
// bloc, copied verbatim from seed 000 (000_172ccc05e94e59bd.txt): items
// (1)–(6) as proposed by the Trưởng khối and signed on 14/04/2021. Only the
// separators "; (n)" between items were dropped.

export const CAN_THO_2021_COMMITMENTS: string[] = [
  "Tổ chức phát động các phong trào thi đua sâu, rộng trong mỗi cơ quan, đơn vị Khối thi đua các cơ quan của Đảng, phấn đấu thực hiện hoàn thành xuất sắc nhiệm vụ chính trị và các nội dung phong trào thi đua theo kế hoạch của Khối Thi đua các cơ quan của Đảng về thi đua thực hiện công tác của mỗi cơ quan, đơn vị năm 2021",
  "Quan tâm chăm lo đời sống vật chất, tinh thần, xây dựng và thực hiện tốt Quy chế chi tiêu nội bộ và quản lý, sử dụng tài sản công theo Quyết định số 108-QĐ/VPTU ngày 06/4/2021 của Văn phòng Thành ủy; Luật Ngân sách; xây dựng quỹ trợ cấp phúc lợi, quỹ tăng thu nhập cho cán bộ, công chức các cơ quan, đơn vị thuộc Khối thi đua các cơ quan của Đảng trên tinh thần tiết kiệm, chống tham ô, lãng phí",
  "Phát huy dân chủ cơ sở trong hoạt động của cơ quan, đơn vị; quan tâm bồi dưỡng đội ngũ cán bộ, công chức và người lao động nhằm nâng cao năng lực, trình độ chuyên môn nghiệp vụ, lý luận chính trị. Tiếp tục thực hiện tốt cuộc vận động xây dựng người cán bộ, công chức “trung thành, sáng tạo, tận tụy, gương mẫu” giỏi về chuyên môn và hoàn thành xuất sắc nhiệm vụ được giao",
  "Mỗi cơ quan, đơn vị trong Khối thi đua các cơ quan của Đảng chủ động xây dựng kế hoạch phát động phong trào thi đua lập thành tích chào mừng các ngày lễ, kỷ niệm lịch sử của dân tộc, kỷ niệm ngày thành lập ngành, thi đua hoàn thành xuất sắc nhiệm vụ, góp phần thực hiện thắng lợi Nghị quyết số 01-NQ/TU ngày 30/11/2020 của Thành ủy về Nghị quyết nhiệm vụ năm 2021 với chủ đề: “Tăng cường xây dựng hệ thống chính trị trong sạch, vững mạnh; đẩy mạnh huy động nguồn lực đầu tư xây dựng kết cấu hạ tầng kinh tế - xã hội đồng bộ”",
  "Đẩy mạnh cải cách hành chính trong hoạt động của các cơ quan, đơn vị trong Khối thi đua; xây dựng cơ quan, đơn vị đạt chuẩn văn hóa, tổ chức tốt các phong trào thi đua, phấn đấu 90% trở lên cán bộ, công chức của các cơ quan, đơn vị trong Khối đạt danh hiệu lao động tiên tiến, có tập thể và cá nhân được công nhận danh hiệu thi đua “Tập thể lao động tiên tiến”...",
  "Từng cơ quan, đơn vị phân công cán bộ phụ trách công tác thi đua, khen thưởng, đồng thời cử cán bộ tham gia công tác thi đua, khen thưởng của Khối.",
];
