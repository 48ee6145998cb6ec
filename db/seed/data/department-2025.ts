// The department from 1/3/2025 and the bodies it works with. Verified: the Sở Thông tin và Truyền
// thông merged into the Sở Khoa học và Công nghệ on 1/3/2025 (HĐND Resolution 04, 18/2/2025,
// LAODONG_SO_2025), and Luật Thanh tra 84/2025/QH15 ended the Thanh tra sở on 1/7/2025
// (LUAT_THANHTRA_2025). Not found: Lạng Sơn's decision on the merged Sở's divisions, so every
// division below that did not exist in 2021 is a demo name (`demo: true`), as is every ending of a
// 2021 division other than the Thanh tra Sở. The root unit SKHCN of db/seed/units-users.ts stays:
// the merged department keeps the name Sở Khoa học và Công nghệ.
import type { SeedDivision, SeedExternalUnit, SeedUnitEnding } from './types-2026';

export const MERGER_DAY = '2025-03-01';
const BEFORE_MERGER = '2025-02-28';
/** The seed's placeholder for "long before 2021" (db/seed/units-users.ts uses the same): not a sourced date. */
const SINCE = '2008-01-01';

/** New divisions of the merged Sở (the 2021 BGD, VP, KHTC, QLKH and CCTDC continue unchanged). */
export const seedDivisions2025: SeedDivision[] = [
  {
    code: 'CNDMST',
    name: 'Phòng Quản lý Công nghệ và Đổi mới sáng tạo',
    kind: 'division',
    parentCode: 'SKHCN',
    validFrom: MERGER_DAY,
    demo: true,
    predecessorCodes: ['QLCN'],
    note: 'Tên minh họa. Tiếp nhận công nghệ, sở hữu trí tuệ, an toàn bức xạ của Phòng Quản lý Công nghệ và Chuyên ngành và nhiệm vụ đổi mới sáng tạo, khởi nghiệp.',
  },
  {
    code: 'CDS',
    name: 'Phòng Chuyển đổi số',
    kind: 'division',
    parentCode: 'SKHCN',
    validFrom: MERGER_DAY,
    demo: true,
    predecessorCodes: ['STTTT'],
    note: 'Tên minh họa. Tiếp nhận nhiệm vụ chuyển đổi số, công nghệ thông tin từ Sở Thông tin và Truyền thông.',
  },
  {
    code: 'BCVT',
    name: 'Phòng Bưu chính, Viễn thông',
    kind: 'division',
    parentCode: 'SKHCN',
    validFrom: MERGER_DAY,
    demo: true,
    predecessorCodes: ['STTTT'],
    note: 'Tên minh họa. Tiếp nhận quản lý bưu chính, viễn thông, tần số vô tuyến điện từ Sở Thông tin và Truyền thông.',
  },
  {
    code: 'TTKHCDS',
    name: 'Trung tâm Khoa học, Công nghệ và Chuyển đổi số',
    kind: 'division',
    parentCode: 'SKHCN',
    validFrom: MERGER_DAY,
    demo: true,
    predecessorCodes: ['TTTT', 'STTTT'],
    note: 'Tên minh họa. Hợp nhất Trung tâm Thông tin và Ứng dụng khoa học và công nghệ với đơn vị sự nghiệp công nghệ thông tin của Sở Thông tin và Truyền thông.',
  },
];

/** End dates for units that db/seed/units-users.ts seeds without one. */
export const seedUnitEndings2025: SeedUnitEnding[] = [
  {
    code: 'QLCN',
    validTo: BEFORE_MERGER,
    successorCodes: ['CNDMST'],
    reason: 'Tổ chức lại khi hợp nhất Sở Thông tin và Truyền thông vào Sở Khoa học và Công nghệ từ ngày 01/3/2025 (tên đơn vị kế tiếp là tên minh họa).',
    sourceId: 'LAODONG_SO_2025',
    demo: true,
  },
  {
    code: 'TTTT',
    validTo: BEFORE_MERGER,
    successorCodes: ['TTKHCDS'],
    reason: 'Hợp nhất đơn vị sự nghiệp khi hợp nhất hai sở từ ngày 01/3/2025 (tên đơn vị kế tiếp là tên minh họa).',
    sourceId: 'LAODONG_SO_2025',
    demo: true,
  },
  {
    code: 'TTRA',
    validTo: '2025-06-30',
    successorCodes: ['TTRATINH'],
    reason: 'Luật Thanh tra số 84/2025/QH15 có hiệu lực từ ngày 01/7/2025 không còn tổ chức thanh tra sở; chức năng thanh tra do Thanh tra tỉnh thực hiện, Sở thực hiện kiểm tra chuyên ngành.',
    sourceId: 'LUAT_THANHTRA_2025',
    demo: false,
  },
];

export const seedExternalUnits2025: SeedExternalUnit[] = [
  {
    code: 'STTTT',
    name: 'Sở Thông tin và Truyền thông',
    kind: 'external',
    validFrom: SINCE,
    validTo: BEFORE_MERGER,
    sourceId: 'LAODONG_SO_2025',
    nameChecked: true,
    datesVerified: false,
    note: 'Hợp nhất vào Sở Khoa học và Công nghệ từ ngày 01/3/2025; ngày thành lập là ngày giữ chỗ của dữ liệu mẫu.',
  },
  { code: 'TINHDOAN', name: 'Tỉnh đoàn Lạng Sơn', kind: 'external', validFrom: SINCE, nameChecked: false, datesVerified: false },
  {
    code: 'LHHKHKT',
    name: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lạng Sơn',
    kind: 'external',
    validFrom: SINCE,
    nameChecked: false,
    datesVerified: false,
  },
  { code: 'SGDDT', name: 'Sở Giáo dục và Đào tạo', kind: 'external', validFrom: SINCE, nameChecked: false, datesVerified: false },
  { code: 'SYT', name: 'Sở Y tế', kind: 'external', validFrom: SINCE, nameChecked: false, datesVerified: false },
  { code: 'SCT', name: 'Sở Công Thương', kind: 'external', validFrom: SINCE, sourceId: 'LAODONG_SO_2025', nameChecked: true, datesVerified: false },
  {
    code: 'SNNMT',
    name: 'Sở Nông nghiệp và Môi trường',
    kind: 'external',
    validFrom: MERGER_DAY,
    sourceId: 'LAODONG_SO_2025',
    nameChecked: true,
    datesVerified: true,
    note: 'Hợp nhất Sở Tài nguyên và Môi trường với Sở Nông nghiệp và Phát triển nông thôn từ ngày 01/3/2025.',
  },
  { code: 'STC', name: 'Sở Tài chính', kind: 'external', validFrom: MERGER_DAY, sourceId: 'LAODONG_SO_2025', nameChecked: true, datesVerified: true },
  { code: 'SNV', name: 'Sở Nội vụ', kind: 'external', validFrom: MERGER_DAY, sourceId: 'LAODONG_SO_2025', nameChecked: true, datesVerified: true },
  { code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', kind: 'external', validFrom: SINCE, nameChecked: false, datesVerified: false },
  {
    code: 'QLTT',
    name: 'Chi cục Quản lý thị trường tỉnh Lạng Sơn',
    kind: 'external',
    validFrom: MERGER_DAY,
    sourceId: 'LAODONG_SO_2025',
    nameChecked: false,
    datesVerified: true,
    note: 'Sở Công Thương tiếp nhận Cục Quản lý thị trường tỉnh từ ngày 01/3/2025 và tổ chức lại; tên "Chi cục" là tên thường dùng, chưa đối chiếu văn bản của tỉnh.',
  },
  { code: 'CAT', name: 'Công an tỉnh Lạng Sơn', kind: 'external', validFrom: SINCE, nameChecked: false, datesVerified: false },
  {
    code: 'TTRATINH',
    name: 'Thanh tra tỉnh Lạng Sơn',
    kind: 'external',
    validFrom: SINCE,
    sourceId: 'LUAT_THANHTRA_2025',
    nameChecked: true,
    datesVerified: false,
    note: 'Từ ngày 01/7/2025 là cơ quan thanh tra duy nhất cấp tỉnh (Luật Thanh tra số 84/2025/QH15).',
  },
  {
    code: 'TTPVHCC',
    name: 'Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn',
    kind: 'external',
    validFrom: SINCE,
    nameChecked: false,
    datesVerified: false,
  },
];
