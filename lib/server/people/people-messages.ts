/** The refusals of the people section, shown by its pages and readers alike. */
export const PEOPLE_READERS_ONLY = "Lịch sử khen thưởng cá nhân chỉ hiển thị cho cơ quan đó, Thư ký, Trưởng khối và cán bộ Hội đồng TĐKT.";
export const PEOPLE_IMPORTERS_ONLY = "Chỉ Thư ký, Trưởng khối và lãnh đạo, cán bộ thi đua của cơ quan được nhập lịch sử khen thưởng cá nhân.";
export const PEOPLE_EDITORS_ONLY = "Chỉ Thư ký, Trưởng khối và lãnh đạo, cán bộ thi đua của cơ quan được sửa thông tin cá nhân của cơ quan.";
