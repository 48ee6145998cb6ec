// The documents (văn bản) the 2026 plan cites: legal bases of its priorities and the documents that
// assign its tasks. Number, date, issuer and subject are as the source gives them; `subjectVerified:
// false` marks a trích yếu inferred from context, `demo: true` a number invented for the demo.
import type { SeedDocument } from './types-2026';

const UBND = 'UBND tỉnh Lạng Sơn';

export const DOCS = {
  NQ57: {
    kind: 'Nghị quyết',
    number: '57-NQ/TW',
    date: '2024-12-22',
    issuer: 'Bộ Chính trị',
    subject: 'Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
    sourceId: 'KH145',
    subjectVerified: true,
  },
  NQ71CP: {
    kind: 'Nghị quyết',
    number: '71/NQ-CP',
    date: '2025-04-01',
    issuer: 'Chính phủ',
    subject: 'Sửa đổi, bổ sung, cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị',
    sourceId: 'KH145',
    subjectVerified: true,
  },
  KH145: {
    kind: 'Kế hoạch',
    number: '145/KH-UBND',
    date: '2025-05-28',
    issuer: UBND,
    subject:
      'Thực hiện Nghị quyết số 71/NQ-CP của Chính phủ và Kế hoạch hành động số 238-KH/TU của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn tỉnh Lạng Sơn',
    sourceId: 'KH145',
    subjectVerified: true,
  },
  KH234: {
    kind: 'Kế hoạch',
    number: '234/KH-UBND',
    date: '2025-09-05',
    issuer: UBND,
    subject: 'Khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số và dự toán ngân sách khoa học và công nghệ tỉnh Lạng Sơn năm 2026',
    sourceId: 'KH234',
    subjectVerified: true,
  },
  KH240: {
    kind: 'Kế hoạch',
    number: '240/KH-UBND',
    date: '2025-09-11',
    issuer: UBND,
    subject: 'Xây dựng lộ trình đổi mới công nghệ các ngành kinh tế mũi nhọn của tỉnh Lạng Sơn đến năm 2035',
    sourceId: 'KH240',
    subjectVerified: true,
  },
  KH333: {
    kind: 'Kế hoạch',
    number: '333/KH-UBND',
    date: '2025-12-31',
    issuer: UBND,
    subject: 'Chuyển đổi số trên địa bàn tỉnh Lạng Sơn năm 2026',
    sourceId: 'KH333',
    subjectVerified: true,
  },
  KH334: {
    kind: 'Kế hoạch',
    number: '334/KH-UBND',
    date: '2025-12-31',
    issuer: UBND,
    subject: 'Kế hoạch hành động phát triển chính quyền số trên địa bàn tỉnh Lạng Sơn',
    sourceId: 'KH334',
    subjectVerified: true,
  },
  KH246: {
    kind: 'Kế hoạch',
    number: '246/KH-UBND',
    date: '2024-11-06',
    issuer: UBND,
    subject: 'Chuyển đổi số tỉnh Lạng Sơn năm 2025',
    sourceId: 'KH246_VDA',
    subjectVerified: true,
  },
  QD1878: {
    kind: 'Quyết định',
    number: '1878/QĐ-UBND',
    date: '2024-10-30',
    issuer: UBND,
    subject: 'Ban hành Đề án Chuyển đổi số tỉnh Lạng Sơn đến năm 2030',
    sourceId: 'QD1878',
    subjectVerified: true,
  },
  QD527: {
    kind: 'Quyết định',
    number: '527/QĐ-UBND',
    date: '2020-03-31',
    issuer: UBND,
    subject: 'Phê duyệt Đề án triển khai Chiến lược sở hữu trí tuệ trên địa bàn tỉnh Lạng Sơn đến năm 2030',
    sourceId: 'PROJECT_NOTES',
    // The scheme's name is from the source; "Phê duyệt" is the usual opening of such a trích yếu.
    subjectVerified: false,
  },
  CT38: {
    kind: 'Chỉ thị',
    number: '38-CT/TW',
    date: '2024-07-30',
    issuer: 'Ban Bí thư',
    subject: 'Về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia đến năm 2030 và những năm tiếp theo',
    sourceId: 'CT38',
    subjectVerified: true,
  },
  QD1703: {
    kind: 'Quyết định',
    number: '1703/QĐ-TTg',
    date: '2024-12-31',
    issuer: 'Thủ tướng Chính phủ',
    subject: 'Ban hành Kế hoạch thực hiện Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia đến năm 2030 và những năm tiếp theo',
    sourceId: 'CT38',
    // Read from a province's decision implementing it, not from the decision itself.
    subjectVerified: false,
  },
  QD996: {
    kind: 'Quyết định',
    number: '996/QĐ-TTg',
    date: '2018-08-10',
    issuer: 'Thủ tướng Chính phủ',
    subject:
      'Phê duyệt Đề án “Tăng cường, đổi mới hoạt động đo lường hỗ trợ doanh nghiệp Việt Nam nâng cao năng lực cạnh tranh và hội nhập quốc tế giai đoạn đến năm 2025, định hướng đến năm 2030”',
    sourceId: 'PROJECT_NOTES',
    subjectVerified: true,
  },
  LUAT84: {
    kind: 'Luật',
    number: '84/2025/QH15',
    date: '2025-06-25',
    issuer: 'Quốc hội',
    subject: 'Luật Thanh tra',
    sourceId: 'LUAT_THANHTRA_2025',
    subjectVerified: true,
  },
  /** The Sở's 2026 work plan: its number and date were not found. */
  KH_SKHCN_2026: {
    kind: 'Kế hoạch',
    number: '08/KH-SKHCN',
    date: '2026-01-15',
    issuer: 'Sở Khoa học và Công nghệ tỉnh Lạng Sơn',
    subject: 'Kế hoạch công tác năm 2026 của Sở Khoa học và Công nghệ',
    subjectVerified: false,
    demo: true,
  },
  /** The Sở's 2026 kiểm tra chuyên ngành plan (after Luật Thanh tra 2025 there is no Thanh tra sở). */
  QD_KIEMTRA_2026: {
    kind: 'Quyết định',
    number: '12/QĐ-SKHCN',
    date: '2026-01-16',
    issuer: 'Sở Khoa học và Công nghệ tỉnh Lạng Sơn',
    subject: 'Phê duyệt Kế hoạch kiểm tra chuyên ngành năm 2026',
    subjectVerified: false,
    demo: true,
  },
} as const satisfies Record<string, SeedDocument>;

export type DocumentKey = keyof typeof DOCS;

/**
 * "Kế hoạch số 333/KH-UBND ngày 31/12/2025 của UBND tỉnh Lạng Sơn"; a law by its name: "Luật Thanh tra
 * số 84/2025/QH15 ngày 25/6/2025". Decree 30/2020/NĐ-CP writes a day below 10 and the months 1 and 2
 * with a leading zero, other months without one.
 */
export function citeDocument(doc: SeedDocument): string {
  const head = doc.kind === 'Luật' ? `${doc.subject} số ${doc.number}` : `${doc.kind} số ${doc.number}`;
  const tail = doc.kind === 'Luật' ? '' : ` của ${doc.issuer}`;
  return `${head} ngày ${formatDocumentDate(doc.date)}${tail}`;
}

/** yyyy-MM-dd → "05/9/2025", "25/02/2021", "31/12/2025" (Decree 30/2020/NĐ-CP). */
export function formatDocumentDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const dd = String(d).padStart(2, '0');
  const mm = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `${dd}/${mm}/${y}`;
}
