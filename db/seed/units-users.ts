// Units of 2021 (PRODUCT.md, DOMAIN.md) and the accounts of the demo. The districts existed until
// the district level was abolished on 1/7/2025 (Resolution 202/2025/QH15): validTo is the last day.
import type { SeedUnit, SeedUser } from './types';

const SINCE = '2008-01-01';
const DISTRICTS_END = '2025-06-30';

export const seedUnits: SeedUnit[] = [
  { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', kind: 'leadership', validFrom: SINCE },
  { code: 'BGD', name: 'Ban Giám đốc Sở', kind: 'leadership', parentCode: 'SKHCN', validFrom: SINCE },
  { code: 'VP', name: 'Văn phòng Sở', kind: 'division', parentCode: 'SKHCN', validFrom: SINCE },
  { code: 'TTRA', name: 'Thanh tra Sở', kind: 'division', parentCode: 'SKHCN', validFrom: SINCE },
  { code: 'KHTC', name: 'Phòng Kế hoạch – Tài chính', kind: 'division', parentCode: 'SKHCN', validFrom: SINCE },
  { code: 'QLKH', name: 'Phòng Quản lý Khoa học', kind: 'division', parentCode: 'SKHCN', validFrom: SINCE },
  {
    code: 'QLCN',
    name: 'Phòng Quản lý Công nghệ và Chuyên ngành',
    kind: 'division',
    parentCode: 'SKHCN',
    validFrom: SINCE,
  },
  {
    code: 'CCTDC',
    name: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
    kind: 'division',
    parentCode: 'SKHCN',
    validFrom: SINCE,
  },
  {
    code: 'TTTT',
    name: 'Trung tâm Thông tin và Ứng dụng KH&CN',
    kind: 'division',
    parentCode: 'SKHCN',
    validFrom: SINCE,
  },
  { code: 'UBND', name: 'Văn phòng UBND tỉnh', kind: 'external', validFrom: SINCE },
  // The 11 district-level units of 2021: 1 city and 10 districts.
  { code: 'TPLS', name: 'Thành phố Lạng Sơn', kind: 'district', validFrom: SINCE, validTo: DISTRICTS_END },
  { code: 'TD', name: 'huyện Tràng Định', kind: 'district', validFrom: SINCE, validTo: DISTRICTS_END },
  { code: 'VL', name: 'huyện Văn Lãng', kind: 'district', validFrom: SINCE, validTo: DISTRICTS_END },
  { code: 'VQ', name: 'huyện Văn Quan', kind: 'district', validFrom: SINCE, validTo: DISTRICTS_END },
  { code: 'BG', name: 'huyện Bình Gia', kind: 'district', validFrom: SINCE, validTo: DISTRICTS_END },
  { code: 'BS', name: 'huyện Bắc Sơn', kind: 'district', validFrom: SINCE, validTo: DISTRICTS_END },
  { code: 'HL', name: 'huyện Hữu Lũng', kind: 'district', validFrom: SINCE, validTo: DISTRICTS_END },
  { code: 'CL', name: 'huyện Chi Lăng', kind: 'district', validFrom: SINCE, validTo: DISTRICTS_END },
  { code: 'CLO', name: 'huyện Cao Lộc', kind: 'district', validFrom: SINCE, validTo: DISTRICTS_END },
  { code: 'LB', name: 'huyện Lộc Bình', kind: 'district', validFrom: SINCE, validTo: DISTRICTS_END },
  { code: 'DL', name: 'huyện Đình Lập', kind: 'district', validFrom: SINCE, validTo: DISTRICTS_END },
];

/** The five demo accounts of the README (issue 2), then officers who own tasks. Names are fictional. */
export const seedUsers: SeedUser[] = [
  { email: 'quantri@khcn.langson.gov.vn', name: 'Quản trị hệ thống', role: 'admin', unitCode: 'VP', demo: true },
  { email: 'lanhdao@khcn.langson.gov.vn', name: 'Lãnh đạo Sở (demo)', role: 'leader', unitCode: 'BGD', demo: true },
  { email: 'qlkh@khcn.langson.gov.vn', name: 'Chuyên viên Phòng QLKH', role: 'officer', unitCode: 'QLKH', demo: true },
  { email: 'trangdinh@langson.gov.vn', name: 'Cán bộ huyện Tràng Định', role: 'officer', unitCode: 'TD', demo: true },
  { email: 'ubnd@langson.gov.vn', name: 'Văn phòng UBND tỉnh', role: 'viewer', unitCode: 'UBND', demo: true },
  { email: 'thanhtra@khcn.langson.gov.vn', name: 'Hoàng Văn Minh', role: 'officer', unitCode: 'TTRA' },
  { email: 'qlcn@khcn.langson.gov.vn', name: 'Lục Thị Thanh', role: 'officer', unitCode: 'QLCN' },
  { email: 'chicuc@khcn.langson.gov.vn', name: 'Vi Văn Tuấn', role: 'officer', unitCode: 'CCTDC' },
  { email: 'trungtam@khcn.langson.gov.vn', name: 'Nông Thị Lan', role: 'officer', unitCode: 'TTTT' },
  { email: 'khtc@khcn.langson.gov.vn', name: 'Đinh Văn Hải', role: 'officer', unitCode: 'KHTC' },
  { email: 'vanphong@khcn.langson.gov.vn', name: 'Lương Thị Hoa', role: 'officer', unitCode: 'VP' },
  { email: 'vanlang@langson.gov.vn', name: 'Chu Văn Đức', role: 'officer', unitCode: 'VL' },
  { email: 'chilang@langson.gov.vn', name: 'Hà Thị Nga', role: 'officer', unitCode: 'CL' },
  { email: 'vanquan@langson.gov.vn', name: 'Mã Văn Thắng', role: 'officer', unitCode: 'VQ' },
  { email: 'bacson@langson.gov.vn', name: 'Dương Thị Mai', role: 'officer', unitCode: 'BS' },
  { email: 'binhgia@langson.gov.vn', name: 'Hoàng Văn Long', role: 'officer', unitCode: 'BG' },
  { email: 'tpls@langson.gov.vn', name: 'Nguyễn Thị Hằng', role: 'officer', unitCode: 'TPLS' },
];
