// The public sources the 2025–2026 seed was built from (SOURCES.md says more about each). Every
// SourceId used in the data is a key here, so a reader can open what a value was taken from.
import type { SeedSource } from './types-2026';

export const SEED_SOURCES = {
  LAODONG_1672: {
    title: 'Sau sắp xếp, Lạng Sơn có 65 đơn vị hành chính cấp xã (Lao Động, bản tiếng Anh)',
    url: 'https://news.laodong.vn/thoi-su/sau-sap-xep-lang-son-co-65-don-vi-hanh-chinh-cap-xa-1524704.ldo',
    taken: 'Nghị quyết 1672/NQ-UBTVQH15 (16/6/2025): the list of 61 xã and 4 phường in the resolution’s order (without diacritics), in force from 1/7/2025.',
  },
  BANDO_2025: {
    title: 'Tra cứu đơn vị hành chính sau sắp xếp (sapnhap.bando.com.vn), danh sách xã, phường tỉnh Lạng Sơn',
    url: 'https://sapnhap.bando.com.vn',
    via: 'capture of 17/7/2025 in github.com/tranngocminhhieu/vietnamadminunits, data/raw/sapnhap.bando.com.vn_ward_2025-07-17.csv',
    taken: 'Each new unit’s name with diacritics, its kind (xã/phường) and the communes it was formed from (“trước sáp nhập”), with the resolution’s “(huyện …)” qualifiers.',
  },
  GSO_2025: {
    title: 'Danh mục đơn vị hành chính (danhmuchanhchinh.gso.gov.vn), tỉnh Lạng Sơn',
    url: 'https://danhmuchanhchinh.gso.gov.vn',
    via: 'captures of 18/7/2025 in github.com/tranngocminhhieu/vietnamadminunits: data/raw/danhmuchanhchinh.gso.gov.vn_ward_2025-07-18.csv (before 1/7/2025) and data/processed/2025_34-province-3221-ward_with_location.csv (from 1/7/2025, Quyết định 19/2025/QĐ-TTg codes)',
    taken: 'The district of every commune before 1/7/2025, and the name and 5-digit code of every unit from 1/7/2025.',
  },
  TVND_LOCBINH: {
    title: 'Huyện Lộc Bình Lạng Sơn sau sáp nhập xã tên 7 xã mới là gì? (thuviennhadat.vn)',
    url: 'https://thuviennhadat.vn/phap-ly-nha-dat/huyen-loc-binh-lang-son-sau-sap-nhap-xa-ten-7-xa-moi-la-gi-cac-xa-huyen-loc-binh-thay-doi-ra-sao-sau-695404.html',
    taken: 'The text of Điều 1, khoản 33 and 34 of Nghị quyết 1672/NQ-UBTVQH15 (xã Lộc Bình, xã Mẫu Sơn), which confirms the list order and the BANDO_2025 wording.',
  },
  VOV_1246: {
    title: 'Sau khi sắp xếp, tỉnh Lạng Sơn có 11 đơn vị hành chính cấp huyện (VOV, 3/11/2024)',
    url: 'https://vov.gov.vn/sau-khi-sap-xep-tinh-lang-son-co-11-don-vi-hanh-chinh-cap-huyen-mobiledtnew-1036491',
    taken: 'The 2024 mergers within Tràng Định, Văn Quan, Lộc Bình and Hữu Lũng (communes stayed in their districts), so the 2025 district of a commune is its 2021 district.',
  },
  LAODONG_SO_2025: {
    title: 'Từ 1/3/2025, Lạng Sơn có 6 sở mới sau khi sáp nhập (Lao Động, bản tiếng Anh)',
    url: 'https://news.laodong.vn/thoi-su/tu-132025-lang-son-co-6-so-moi-sau-khi-sap-nhap-1465541.ldo',
    taken: 'HĐND Resolution 04 of 18/2/2025: from 1/3/2025 the Sở TT&TT merges into the Sở KH&CN; Sở Tài chính, Xây dựng, Nông nghiệp và Môi trường, Nội vụ, Dân tộc và Tôn giáo; market management moves to the Sở Công Thương.',
  },
  LUAT_THANHTRA_2025: {
    title: 'Luật Thanh tra 2025 chính thức có hiệu lực từ ngày 01/7/2025 (Thanh tra tỉnh Lào Cai); Luật – những điểm mới (baomoi)',
    url: 'https://thanhtra.laocai.gov.vn/thanh-tra/luat-thanh-tra-2025-chinh-thuc-co-hieu-luc-tu-ngay-01-7-2025-voi-nhieu-diem-moi-dang-chu-y-1524628',
    taken: 'Luật Thanh tra số 84/2025/QH15, in force 1/7/2025: inspection in two levels (Thanh tra Chính phủ, Thanh tra tỉnh); no more Thanh tra sở; inspection distinguished from kiểm tra chuyên ngành.',
  },
  KH234: {
    title: 'Kế hoạch 234/KH-UBND năm 2025 (hethongphapluat.vn)',
    url: 'https://hethongphapluat.vn/ke-hoach-234-kh-ubnd-nam-2025-ve-khoa-hoc-cong-nghe-doi-moi-sang-tao-chuyen-doi-so-va-du-toan-ngan-sach-khoa-hoc-va-cong-nghe-tinh-lang-son-nam-2026.html',
    taken: 'Number, date (05/9/2025) and title of the province’s 2026 S&T, innovation and digital transformation plan, and that it answers CV 11112/BTC-KTN (21/7/2025).',
  },
  KH240: {
    title: 'Kế hoạch 240/KH-UBND năm 2025 (hethongphapluat.com)',
    url: 'https://files.hethongphapluat.com/ke-hoach-240-kh-ubnd-nam-2025-xay-dung-lo-trinh-doi-moi-cong-nghe-cac-nganh-kinh-te-mui-nhon-cua-tinh-lang-son-den-nam-2035.html',
    taken: 'Number, date (11/9/2025), title, and its sectors: kinh tế cửa khẩu, logistics, nông lâm nghiệp đặc hữu, du lịch.',
  },
  KH145: {
    title: 'Kế hoạch 145/KH-UBND năm 2025 (nhansu.vn)',
    url: 'https://nhansu.vn/van-ban-phap-luat/Ke-hoach-145-KH-UBND-2025-thuc-hien-Nghi-quyet-71-NQ-CP-dot-pha-phat-trien-khoa-hoc-Lang-Son-675620.html',
    taken: 'Number, date (28/5/2025), signer and title; it implements NQ 71/NQ-CP (01/4/2025) and KH 238-KH/TU (23/5/2025) on Resolution 57-NQ/TW (22/12/2024).',
  },
  KH333: {
    title: 'Kế hoạch 333/KH-UBND năm 2025 về Chuyển đổi số trên địa bàn tỉnh Lạng Sơn năm 2026 (nhansu.vn)',
    url: 'https://nhansu.vn/van-ban-phap-luat/Ke-hoach-333-KH-UBND-2025-Chuyen-doi-so-Lang-Son-nam-2026-689661.html',
    taken: 'Number, date (31/12/2025), title; CV 5511/BKHCN-CĐSQG (10/10/2025); the 2025 plan (KH 246) result: 23/34 targets done, 2 not completed, 2 not carried out, 7 without evaluation.',
  },
  KH334: {
    title: 'Kế hoạch hành động 334/KH-UBND năm 2025 phát triển chính quyền số (nhansu.vn)',
    url: 'https://nhansu.vn/van-ban-phap-luat/Ke-hoach-hanh-dong-334-KH-UBND-2025-phat-trien-chinh-quyen-so-Lang-Son-689662.html',
    taken: 'Number, date (31/12/2025), title, QĐ 2629/QĐ-TTg (01/12/2025); targets by 2027: 100% full-process online public services, data supplied once, at least 95% satisfaction.',
  },
  KH246: {
    title: 'Lạng Sơn ban hành kế hoạch chuyển đổi số năm 2025 (VietNamNet); Kế hoạch 246/KH-UBND (thuviennhadat.vn)',
    url: 'https://vietnamnet.vn/lang-son-ban-hanh-ke-hoach-chuyen-doi-so-nam-2025-2341834.html',
    taken: '2025 targets: 100% work files processed online with digital signatures; 50% reuse of digitised records; e-commerce 7% of retail; 100% OCOP 3-star+ products on e-commerce platforms; DTI in the top 10.',
  },
  QD1878: {
    title: 'Quyết định 1878/QĐ-UBND 2024 Đề án Chuyển đổi số Lạng Sơn (thuvienphapluat.vn); 80% hộ gia đình kinh doanh sẽ có gian hàng số (VietTimes)',
    url: 'https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-1878-QD-UBND-2024-De-an-Chuyen-doi-so-Lang-Son-633601.aspx',
    taken: 'Number, date (30/10/2024) and title of the scheme to 2030; its 2030 targets: digital economy 25–30% of GRDP, over 80% of business households with a digital shop, 5G, over 80% with e-payment accounts.',
  },
  BAITOAN_2025: {
    title: 'Thông báo về việc công bố danh mục bài toán lớn về KH, CN, ĐMST và CĐS trên địa bàn tỉnh Lạng Sơn năm 2025 (langson.gov.vn; nq57.langson.gov.vn)',
    url: 'http://langson.gov.vn/tbgm/ve-viec-cong-bo-danh-muc-bai-toan-lon-ve-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so-tren-dia-ban-tinh-lang-son.html',
    taken: 'That the province published a list of “bài toán lớn” in 2025; bài toán 1: the provincial intelligent operations centre (IOC); bài toán 2: data infrastructure with redundancy and security.',
  },
  KH246_VDA: {
    title: 'Kế hoạch 246/KH-UBND năm 2024 chuyển đổi số Lạng Sơn năm 2025 (thuviennhadat.vn)',
    url: 'https://thuviennhadat.vn/vbpl/ke-hoach-246-kh-ubnd-2024-chuyen-doi-so-lang-son-644157.html',
    taken: 'Number and date (06/11/2024); the Tổ Công nghệ số cộng đồng model won a Vietnam Digital Award 2024.',
  },
  CT38: {
    title: 'Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia (Nhân Dân); Bình Dương triển khai QĐ 1703/QĐ-TTg (Báo Bình Dương)',
    url: 'https://nhandan.vn/tag/ti%c3%aau+chu%e1%ba%a9n+%c4%91o+l%c6%b0%e1%bb%9dng.html',
    taken: 'Chỉ thị 38-CT/TW of 30/7/2024 and its title; QĐ 1703/QĐ-TTg of 31/12/2024 as the Prime Minister’s plan implementing it (from a province’s implementing decision).',
  },
  SOKHCN_STARTUP: {
    title: 'Hoàn thiện hệ sinh thái khởi nghiệp thúc đẩy khởi nghiệp thành công (sokhcn.langson.gov.vn); Từng bước xây dựng hệ sinh thái khởi nghiệp (Thanh Giong)',
    url: 'https://sokhcn.langson.gov.vn/tin-tuc-su-kien/khoi-nghiep-doi-moi-sang-tao/hoan-thien-he-sinh-thai-khoi-nghiep-thuc-day-khoi-nghiep-thanh-cong.html',
    taken: 'KH 143/KH-UBND (2017–2020) and KH 201/KH-UBND (2021–2025) on the startup ecosystem; the portal startup.langson.gov.vn since 2019; the provincial startup contest drew 50 ideas (2019, 2020).',
  },
  PROJECT_NOTES: {
    title: 'The project’s domain notes (DOMAIN.md of the steering notes), not re-checked for this seed',
    url: 'db/seed/plan-2021.ts cites the same QĐ 527, 535 and 996; CV 2881/VP-KGVX is cited from the notes only',
    taken: 'QĐ 527/QĐ-UBND (31/3/2020), QĐ 535/QĐ-UBND (25/02/2021) and its projects, QĐ 996/QĐ-TTg (10/8/2018), 63 IP consultations in 2021, CV 2881/VP-KGVX (07/5/2025) and its report fields.',
  },
} as const satisfies Record<string, SeedSource>;

export type SourceId = keyof typeof SEED_SOURCES;
