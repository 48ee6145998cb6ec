// The 65 commune-level units of Lạng Sơn from 1/7/2025: Nghị quyết 1672/NQ-UBTVQH15 (16/6/2025), 61 xã
// and 4 phường, in the order the resolution lists them (LAODONG_1672; khoản 33 and 34 confirmed by
// TVND_LOCBINH). Spellings agree in three sources: Lao Động's list (without diacritics), the merger
// lookup sapnhap.bando.com.vn and the national list of units with its codes (BANDO_2025, GSO_2025).
// Predecessors are the communes each unit was formed from, as BANDO_2025 words them (with the
// resolution's "(huyện …)" where two communes shared a name); the district of each is from the list of
// units before 1/7/2025 (GSO_2025). Districts kept their communes between 2021 and 2025 (the 2024
// mergers were within a district, VOV_1246), so that district is the 2021 unit: the succession link.
import type { DistrictCode, SeedCommune } from './types-2026';

export const COMMUNES_FROM = '2025-07-01';

type Predecessor = [name: string, district: DistrictCode, partial?: true];

const NOTES: Record<string, string> = {
  'Hoàng Văn Thụ': 'Xã Hồng Thái ở đây là xã của huyện Văn Lãng: xã Hồng Thái (huyện Bình Gia) được ghi riêng vào xã Tân Văn.',
  'Đồng Đăng': 'Xã Hồng Phong ở đây là xã của huyện Cao Lộc: xã Hồng Phong (huyện Bình Gia) được ghi riêng vào xã Hồng Phong.',
  'Đình Lập': 'Xã Bính Xá được chia cho hai xã mới (Đình Lập và Kiên Mộc); nguồn không ghi phần diện tích của mỗi bên.',
  'Châu Sơn': 'Xã Kiên Mộc được chia cho hai xã mới (Châu Sơn và Kiên Mộc); nguồn không ghi phần diện tích của mỗi bên.',
  'Kiên Mộc': 'Xã Bính Xá và xã Kiên Mộc đều chỉ góp một phần vào xã Kiên Mộc mới.',
  'Khuất Xá': 'Cả hai xã trước sắp xếp (Tam Gia, Khuất Xá) thuộc huyện Lộc Bình, dù xã mới đứng cạnh các xã của Đình Lập trong danh sách.',
  'Tân Đoàn': 'Gồm xã Tân Thành của huyện Cao Lộc và hai xã của huyện Văn Quan.',
  'Khánh Khê': 'Gồm hai xã của huyện Cao Lộc (Xuân Long, Bình Trung) và xã Khánh Khê của huyện Văn Quan.',
  'Kỳ Lừa': 'Gồm phường Hoàng Văn Thụ của thành phố Lạng Sơn, thị trấn Cao Lộc và ba xã của huyện Cao Lộc.',
  'Đông Kinh': 'Gồm ba đơn vị của thành phố Lạng Sơn và xã Yên Trạch của huyện Cao Lộc.',
};

/** ASCII code from the name: "Thất Khê" → "THATKHE". */
function asciiCode(name: string): string {
  return name
    .replace(/Đ/g, 'D')
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, '')
    .toUpperCase();
}

function unit(territoryKind: 'xã' | 'phường', listPosition: number, name: string, gsoCode: string, preds: Predecessor[]): SeedCommune {
  const territoryName = `${territoryKind === 'xã' ? 'Xã' : 'Phường'} ${name}`;
  return {
    code: `${territoryKind === 'xã' ? 'X' : 'P'}-${asciiCode(name)}`,
    name: `UBND ${territoryKind} ${name}`,
    kind: 'commune',
    territoryKind,
    territoryName,
    gsoCode,
    listPosition,
    validFrom: COMMUNES_FROM,
    predecessors: preds.map(([n, districtCode, partial]) => (partial ? { name: n, districtCode, partial } : { name: n, districtCode })),
    predecessorDistrictCodes: [...new Set(preds.map(([, d]) => d))],
    spellingSource: listPosition === 33 || listPosition === 34 ? ['LAODONG_1672', 'BANDO_2025', 'GSO_2025', 'TVND_LOCBINH'] : ['LAODONG_1672', 'BANDO_2025', 'GSO_2025'],
    spellingChecked: true,
    successionSource: ['BANDO_2025', 'GSO_2025'],
    successionVerified: true,
    ...(NOTES[name] ? { note: NOTES[name] } : {}),
  };
}

const x = (pos: number, name: string, gso: string, preds: Predecessor[]) => unit('xã', pos, name, gso, preds);
const p = (pos: number, name: string, gso: string, preds: Predecessor[]) => unit('phường', pos, name, gso, preds);

export const seedCommunes2025: SeedCommune[] = [
  x(1, 'Thất Khê', '06040', [['Xã Chi Lăng (huyện Tràng Định)', 'TD'], ['Xã Chí Minh', 'TD'], ['Thị trấn Thất Khê', 'TD']]),
  x(2, 'Đoàn Kết', '06001', [['Xã Khánh Long', 'TD'], ['Xã Cao Minh', 'TD'], ['Xã Đoàn Kết', 'TD']]),
  x(3, 'Tân Tiến', '06019', [['Xã Tân Yên', 'TD'], ['Xã Kim Đồng', 'TD'], ['Xã Tân Tiến', 'TD']]),
  x(4, 'Tràng Định', '06046', [['Xã Đề Thám', 'TD'], ['Xã Hùng Sơn', 'TD'], ['Xã Hùng Việt', 'TD']]),
  x(5, 'Quốc Khánh', '06004', [['Xã Tri Phương', 'TD'], ['Xã Đội Cấn', 'TD'], ['Xã Quốc Khánh', 'TD']]),
  x(6, 'Kháng Chiến', '06037', [['Xã Trung Thành', 'TD'], ['Xã Tân Minh', 'TD'], ['Xã Kháng Chiến', 'TD']]),
  x(7, 'Quốc Việt', '06058', [['Xã Đào Viên', 'TD'], ['Xã Quốc Việt', 'TD']]),
  x(8, 'Bình Gia', '06112', [['Xã Hoàng Văn Thụ (huyện Bình Gia)', 'BG'], ['Xã Mông Ân', 'BG'], ['Thị trấn Bình Gia', 'BG']]),
  x(9, 'Tân Văn', '06115', [['Xã Hồng Thái (huyện Bình Gia)', 'BG'], ['Xã Bình La', 'BG'], ['Xã Tân Văn', 'BG']]),
  x(10, 'Hồng Phong', '06079', [['Xã Hồng Phong (huyện Bình Gia)', 'BG'], ['Xã Minh Khai', 'BG']]),
  x(11, 'Hoa Thám', '06073', [['Xã Hưng Đạo', 'BG'], ['Xã Hoa Thám', 'BG']]),
  x(12, 'Quý Hòa', '06076', [['Xã Vĩnh Yên', 'BG'], ['Xã Quý Hòa', 'BG']]),
  x(13, 'Thiện Hòa', '06085', [['Xã Yên Lỗ', 'BG'], ['Xã Thiện Hòa', 'BG']]),
  x(14, 'Thiện Thuật', '06091', [['Xã Quang Trung', 'BG'], ['Xã Thiện Thuật', 'BG']]),
  x(15, 'Thiện Long', '06103', [['Xã Hòa Bình (huyện Bình Gia)', 'BG'], ['Xã Tân Hòa', 'BG'], ['Xã Thiện Long', 'BG']]),
  x(16, 'Bắc Sơn', '06325', [['Thị trấn Bắc Sơn', 'BS'], ['Xã Long Đống', 'BS'], ['Xã Bắc Quỳnh', 'BS']]),
  x(17, 'Hưng Vũ', '06349', [['Xã Trấn Yên', 'BS'], ['Xã Hưng Vũ', 'BS']]),
  x(18, 'Vũ Lăng', '06367', [['Xã Tân Lập', 'BS'], ['Xã Tân Hương', 'BS'], ['Xã Chiêu Vũ', 'BS'], ['Xã Vũ Lăng', 'BS']]),
  x(19, 'Nhất Hòa', '06376', [['Xã Tân Thành (huyện Bắc Sơn)', 'BS'], ['Xã Nhất Tiến', 'BS'], ['Xã Nhất Hòa', 'BS']]),
  x(20, 'Vũ Lễ', '06364', [['Xã Chiến Thắng (huyện Bắc Sơn)', 'BS'], ['Xã Vũ Sơn', 'BS'], ['Xã Vũ Lễ', 'BS']]),
  x(21, 'Tân Tri', '06337', [['Xã Đồng Ý', 'BS'], ['Xã Vạn Thủy', 'BS'], ['Xã Tân Tri', 'BS']]),
  x(22, 'Văn Quan', '06253', [['Xã Hòa Bình (huyện Văn Quan)', 'VQ'], ['Xã Tú Xuyên', 'VQ'], ['Thị trấn Văn Quan', 'VQ']]),
  x(23, 'Điềm He', '06280', [['Xã Trấn Ninh', 'VQ'], ['Xã Liên Hội', 'VQ'], ['Xã Điềm He', 'VQ']]),
  x(24, 'Yên Phúc', '06298', [['Xã An Sơn', 'VQ'], ['Xã Bình Phúc', 'VQ'], ['Xã Yên Phúc', 'VQ']]),
  x(25, 'Tri Lễ', '06313', [['Xã Lương Năng', 'VQ'], ['Xã Hữu Lễ', 'VQ'], ['Xã Tri Lễ', 'VQ']]),
  x(26, 'Tân Đoàn', '06316', [['Xã Tân Thành (huyện Cao Lộc)', 'CLO'], ['Xã Tràng Phái', 'VQ'], ['Xã Tân Đoàn', 'VQ']]),
  x(27, 'Khánh Khê', '06286', [['Xã Xuân Long', 'CLO'], ['Xã Bình Trung', 'CLO'], ['Xã Khánh Khê', 'VQ']]),
  x(28, 'Na Sầm', '06124', [['Thị trấn Na Sầm', 'VL'], ['Xã Hoàng Việt', 'VL'], ['Xã Bắc Hùng', 'VL']]),
  x(29, 'Hoàng Văn Thụ', '06172', [['Xã Hồng Thái', 'VL'], ['Xã Hoàng Văn Thụ (huyện Văn Lãng)', 'VL'], ['Xã Tân Mỹ', 'VL'], ['Xã Nhạc Kỳ', 'VL'], ['Xã Tân Thanh', 'VL']]),
  x(30, 'Thụy Hùng', '06148', [['Xã Thụy Hùng (huyện Văn Lãng)', 'VL'], ['Xã Thanh Long', 'VL'], ['Xã Trùng Khánh', 'VL']]),
  x(31, 'Văn Lãng', '06154', [['Xã Bắc Việt', 'VL'], ['Xã Bắc La', 'VL'], ['Xã Tân Tác', 'VL'], ['Xã Thành Hòa', 'VL']]),
  x(32, 'Hội Hoan', '06151', [['Xã Gia Miễn', 'VL'], ['Xã Hội Hoan', 'VL']]),
  x(33, 'Lộc Bình', '06529', [['Thị trấn Lộc Bình', 'LB'], ['Xã Khánh Xuân', 'LB'], ['Xã Đồng Bục', 'LB'], ['Xã Hữu Khánh', 'LB']]),
  x(34, 'Mẫu Sơn', '06541', [['Xã Mẫu Sơn (huyện Lộc Bình)', 'LB'], ['Xã Yên Khoái', 'LB'], ['Xã Tú Mịch', 'LB']]),
  x(35, 'Na Dương', '06526', [['Thị trấn Na Dương', 'LB'], ['Xã Đông Quan', 'LB'], ['Xã Tú Đoạn', 'LB']]),
  x(36, 'Lợi Bác', '06601', [['Xã Sàn Viên', 'LB'], ['Xã Lợi Bác', 'LB']]),
  x(37, 'Thống Nhất', '06577', [['Xã Minh Hiệp', 'LB'], ['Xã Hữu Lân', 'LB'], ['Xã Thống Nhất', 'LB']]),
  x(38, 'Xuân Dương', '06607', [['Xã Nam Quan', 'LB'], ['Xã Ái Quốc', 'LB'], ['Xã Xuân Dương', 'LB']]),
  x(39, 'Khuất Xá', '06565', [['Xã Tam Gia', 'LB'], ['Xã Khuất Xá', 'LB']]),
  x(40, 'Đình Lập', '06613', [['Thị trấn Đình Lập', 'DL'], ['Xã Đình Lập', 'DL'], ['Xã Bính Xá', 'DL', true]]),
  x(41, 'Thái Bình', '06616', [['Thị trấn Nông trường Thái Bình', 'DL'], ['Xã Lâm Ca', 'DL'], ['Xã Thái Bình', 'DL']]),
  x(42, 'Châu Sơn', '06637', [['Xã Bắc Lãng', 'DL'], ['Xã Đồng Thắng', 'DL'], ['Xã Cường Lợi', 'DL'], ['Xã Châu Sơn', 'DL'], ['Xã Kiên Mộc', 'DL', true]]),
  x(43, 'Kiên Mộc', '06625', [['Xã Bắc Xa', 'DL'], ['Xã Bính Xá', 'DL', true], ['Xã Kiên Mộc', 'DL', true]]),
  x(44, 'Hữu Lũng', '06385', [['Thị trấn Hữu Lũng', 'HL'], ['Xã Đồng Tân', 'HL'], ['Xã Hồ Sơn', 'HL']]),
  x(45, 'Tuấn Sơn', '06457', [['Xã Minh Sơn', 'HL'], ['Xã Minh Hòa', 'HL'], ['Xã Hòa Thắng', 'HL']]),
  x(46, 'Tân Thành', '06445', [['Xã Tân Thành (huyện Hữu Lũng)', 'HL'], ['Xã Hòa Lạc', 'HL'], ['Xã Hòa Sơn', 'HL']]),
  x(47, 'Vân Nham', '06415', [['Xã Minh Tiến', 'HL'], ['Xã Nhật Tiến', 'HL'], ['Xã Vân Nham', 'HL']]),
  x(48, 'Thiện Tân', '06436', [['Xã Thanh Sơn', 'HL'], ['Xã Đồng Tiến', 'HL'], ['Xã Thiện Tân', 'HL']]),
  x(49, 'Yên Bình', '06391', [['Xã Hòa Bình (huyện Hữu Lũng)', 'HL'], ['Xã Quyết Thắng', 'HL'], ['Xã Yên Bình', 'HL']]),
  x(50, 'Hữu Liên', '06400', [['Xã Yên Thịnh', 'HL'], ['Xã Hữu Liên', 'HL']]),
  x(51, 'Cai Kinh', '06427', [['Xã Yên Vượng', 'HL'], ['Xã Yên Sơn', 'HL'], ['Xã Cai Kinh', 'HL']]),
  x(52, 'Chi Lăng', '06463', [['Xã Chi Lăng (huyện Chi Lăng)', 'CL'], ['Thị trấn Chi Lăng', 'CL'], ['Thị trấn Đồng Mỏ', 'CL']]),
  x(53, 'Quan Sơn', '06517', [['Xã Hữu Kiên', 'CL'], ['Xã Quan Sơn', 'CL']]),
  x(54, 'Chiến Thắng', '06481', [['Xã Chiến Thắng (huyện Chi Lăng)', 'CL'], ['Xã Vân An', 'CL'], ['Xã Liên Sơn', 'CL'], ['Xã Vân Thủy', 'CL']]),
  x(55, 'Nhân Lý', '06496', [['Xã Mai Sao', 'CL'], ['Xã Bắc Thủy', 'CL'], ['Xã Lâm Sơn', 'CL'], ['Xã Nhân Lý', 'CL']]),
  x(56, 'Bằng Mạc', '06475', [['Xã Gia Lộc', 'CL'], ['Xã Bằng Hữu', 'CL'], ['Xã Thượng Cường', 'CL'], ['Xã Bằng Mạc', 'CL']]),
  x(57, 'Vạn Linh', '06505', [['Xã Hòa Bình (huyện Chi Lăng)', 'CL'], ['Xã Y Tịch', 'CL'], ['Xã Vạn Linh', 'CL']]),
  x(58, 'Đồng Đăng', '06184', [['Thị trấn Đồng Đăng', 'CLO'], ['Xã Thụy Hùng (huyện Cao Lộc)', 'CLO'], ['Xã Phú Xá', 'CLO'], ['Xã Hồng Phong', 'CLO'], ['Xã Bảo Lâm', 'CLO']]),
  x(59, 'Cao Lộc', '06211', [['Xã Lộc Yên', 'CLO'], ['Xã Thanh Lòa', 'CLO'], ['Xã Thạch Đạn', 'CLO']]),
  x(60, 'Công Sơn', '06220', [['Xã Hòa Cư', 'CLO'], ['Xã Hải Yến', 'CLO'], ['Xã Công Sơn', 'CLO']]),
  x(61, 'Ba Sơn', '06196', [['Xã Mẫu Sơn (huyện Cao Lộc)', 'CLO'], ['Xã Cao Lâu', 'CLO'], ['Xã Xuất Lễ', 'CLO']]),
  p(62, 'Tam Thanh', '05986', [['Phường Tam Thanh', 'TPLS'], ['Xã Hoàng Đồng', 'TPLS']]),
  p(63, 'Lương Văn Tri', '05983', [['Phường Chi Lăng', 'TPLS'], ['Xã Quảng Lạc', 'TPLS']]),
  p(64, 'Kỳ Lừa', '06187', [['Phường Hoàng Văn Thụ', 'TPLS'], ['Thị trấn Cao Lộc', 'CLO'], ['Xã Hợp Thành', 'CLO'], ['Xã Tân Liên', 'CLO'], ['Xã Gia Cát', 'CLO']]),
  p(65, 'Đông Kinh', '05977', [['Phường Vĩnh Trại', 'TPLS'], ['Phường Đông Kinh', 'TPLS'], ['Xã Yên Trạch', 'CLO'], ['Xã Mai Pha', 'TPLS']]),
];
