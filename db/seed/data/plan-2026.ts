// The 2026 plan of the merged Sở Khoa học và Công nghệ (issue 13): active, six priorities with their
// legal bases (./documents-2026.ts), 45 tasks (./plan-2026-nv*.ts) led by divisions and communes, and
// the quarterly narratives of quý I–III/2026 (./narratives-2026.ts). Progress is told as of
// SEED_2026_AS_OF, so that in December 2026 the plan is live: some tasks done on time, some late,
// overdue, at risk, not started, awaiting confirmation, one paused, extensions approved before and
// after the deadline, one refused, one completion request returned. Figures are demo figures unless
// an indicator says targetVerified; the Sở's own plan document is demo (its number was not found).
import { DOCS, citeDocument } from './documents-2026';
import { seedNarratives2026 } from './narratives-2026';
import { SEED_2026_AS_OF } from './plan-2026-common';
import { nv1Tasks } from './plan-2026-nv1';
import { nv2Tasks } from './plan-2026-nv2';
import { nv3Tasks } from './plan-2026-nv3';
import { nv4Tasks } from './plan-2026-nv4';
import { nv5Tasks } from './plan-2026-nv5';
import { nv6Tasks } from './plan-2026-nv6';
import type { SeedDocument, SeedPlan2026, SeedPriority2026 } from './types-2026';

export { SEED_2026_AS_OF };

/** `legalBasis` and `legalBasisDate` for the 2021-shaped loader: the first basis, cited with "số". */
function bases(...docs: SeedDocument[]): Pick<SeedPriority2026, 'legalBases' | 'legalBasis' | 'legalBasisDate'> {
  const first = docs[0]!;
  return { legalBases: docs, legalBasis: `${first.kind} số ${first.number}`, legalBasisDate: first.date };
}

export const plan2026: SeedPlan2026 = {
  year: 2026,
  title: 'Kế hoạch công tác năm 2026 của Sở Khoa học và Công nghệ',
  status: 'active',
  issuedOn: DOCS.KH_SKHCN_2026.date,
  issuingDocument: DOCS.KH_SKHCN_2026,
  priorities: [
    {
      code: 'NV1',
      title: 'Quản lý nhiệm vụ khoa học và công nghệ, đổi mới công nghệ phục vụ phát triển kinh tế - xã hội',
      description: `Quản lý các nhiệm vụ KH&CN cấp tỉnh, xây dựng lộ trình đổi mới công nghệ các ngành kinh tế mũi nhọn và hướng dẫn các xã, phường ứng dụng tiến bộ KH&CN, theo ${citeDocument(DOCS.KH234)} và ${citeDocument(DOCS.KH240)}.`,
      ...bases(DOCS.KH234, DOCS.KH240),
      leadUnitCode: 'QLKH',
      tasks: nv1Tasks,
    },
    {
      code: 'NV2',
      title: 'Phát triển hệ sinh thái đổi mới sáng tạo và khởi nghiệp đổi mới sáng tạo',
      description: `Thực hiện ${citeDocument(DOCS.KH145)}: công bố bài toán lớn, hỗ trợ doanh nghiệp đổi mới công nghệ, tổ chức Ngày hội khởi nghiệp và xây dựng Đề án giai đoạn 2026–2030.`,
      ...bases(DOCS.KH145, DOCS.NQ71CP, DOCS.NQ57),
      leadUnitCode: 'CNDMST',
      tasks: nv2Tasks,
    },
    {
      code: 'NV3',
      title: 'Chuyển đổi số, phát triển chính quyền số và hạ tầng số',
      description: `Thực hiện ${citeDocument(DOCS.KH333)} và ${citeDocument(DOCS.KH334)}; tham mưu theo dõi, đánh giá đầy đủ các mục tiêu chuyển đổi số của tỉnh.`,
      ...bases(DOCS.KH333, DOCS.KH334, DOCS.QD1878),
      leadUnitCode: 'CDS',
      tasks: nv3Tasks,
    },
    {
      code: 'NV4',
      title: 'Thực hiện Đề án triển khai Chiến lược sở hữu trí tuệ trên địa bàn tỉnh Lạng Sơn đến năm 2030',
      description: `Xác lập, khai thác và bảo vệ quyền sở hữu trí tuệ đối với sản phẩm đặc sản, sản phẩm OCOP của các xã, phường theo ${citeDocument(DOCS.QD527)}.`,
      ...bases(DOCS.QD527),
      leadUnitCode: 'CNDMST',
      tasks: nv4Tasks,
    },
    {
      code: 'NV5',
      title: 'Tiêu chuẩn, đo lường, chất lượng',
      description: `Thực hiện ${citeDocument(DOCS.CT38)}, ${citeDocument(DOCS.QD1703)} và Đề án ban hành kèm theo ${citeDocument(DOCS.QD996)}.`,
      ...bases(DOCS.CT38, DOCS.QD1703, DOCS.QD996),
      leadUnitCode: 'CCTDC',
      tasks: nv5Tasks,
    },
    {
      code: 'NV6',
      title: 'Kiểm tra chuyên ngành năm 2026',
      description: `Kiểm tra chuyên ngành về tiêu chuẩn, đo lường, chất lượng, an toàn bức xạ, sở hữu công nghiệp, bưu chính, viễn thông theo Kế hoạch kiểm tra năm 2026; từ ngày 01/7/2025 hoạt động thanh tra do Thanh tra tỉnh thực hiện (${citeDocument(DOCS.LUAT84)}).`,
      ...bases(DOCS.LUAT84, DOCS.QD_KIEMTRA_2026),
      leadUnitCode: 'CCTDC',
      tasks: nv6Tasks,
    },
  ],
  narratives: seedNarratives2026,
};
