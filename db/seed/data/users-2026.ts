// Accounts added for 2026: officers of the merged Sở's new divisions and of communes. All names
// are fictional. The `demo: true` ones are the README's demo accounts (a division officer, an
// officer of a city phường and one of a mountain xã); the others only own tasks. The 2021
// accounts of db/seed/units-users.ts keep working; those of the 2021 units that ended (QLCN, TTTT,
// TTRA) own no 2026 task.
import type { SeedUser2026 } from './types-2026';

export const seedUsers2026: SeedUser2026[] = [
  { email: 'cds@khcn.langson.gov.vn', name: 'Hoàng Thị Thu Trang', role: 'officer', unitCode: 'CDS', demo: true, fictional: true },
  { email: 'bcvt@khcn.langson.gov.vn', name: 'Lăng Văn Khánh', role: 'officer', unitCode: 'BCVT', fictional: true },
  { email: 'dmst@khcn.langson.gov.vn', name: 'Triệu Thị Hương', role: 'officer', unitCode: 'CNDMST', fictional: true },
  { email: 'ttkhcds@khcn.langson.gov.vn', name: 'Nông Văn Bình', role: 'officer', unitCode: 'TTKHCDS', fictional: true },
  // Communes: a phường of the city and a mountain xã of the former Đình Lập district are demo accounts.
  { email: 'phuongdongkinh@langson.gov.vn', name: 'Đàm Thị Ngọc', role: 'officer', unitCode: 'P-DONGKINH', demo: true, fictional: true },
  { email: 'xadinhlap@langson.gov.vn', name: 'Chu Văn Thành', role: 'officer', unitCode: 'X-DINHLAP', demo: true, fictional: true },
  { email: 'phuongtamthanh@langson.gov.vn', name: 'Vy Văn Sơn', role: 'officer', unitCode: 'P-TAMTHANH', fictional: true },
  { email: 'xathatkhe@langson.gov.vn', name: 'Nông Thị Hiền', role: 'officer', unitCode: 'X-THATKHE', fictional: true },
  { email: 'xadongdang@langson.gov.vn', name: 'Hoàng Văn Quyết', role: 'officer', unitCode: 'X-DONGDANG', fictional: true },
  { email: 'xabacson@langson.gov.vn', name: 'Dương Văn Lực', role: 'officer', unitCode: 'X-BACSON', fictional: true },
  { email: 'xabinhgia@langson.gov.vn', name: 'Lý Thị Mai', role: 'officer', unitCode: 'X-BINHGIA', fictional: true },
];
