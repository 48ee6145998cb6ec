// The 2021 plan of the Department of Science and Technology of Lạng Sơn (PRODUCT.md, "The 2021
// plan"), as it stood on SEED_AS_OF. Priorities follow the conference of 12/1/2021 (the source
// article); legal bases and the figures 41, 56, 128, 47 and 48 are from DOMAIN.md's verified facts.
// Every other figure is a demo figure and its indicator says so ("Số liệu minh họa"). The certification
// marks "Lợn quay Lạng Sơn" and "Vịt quay Lạng Sơn" (two projects of Decision 535/QĐ-UBND) are tracked
// as one task so that no priority exceeds seven tasks.
import type { SeedPlan } from './types';

/** The demo "today": every update, review and comment is dated on or before this day. */
export const SEED_AS_OF = '2021-10-15';

/** Marks a figure that is not official (DOMAIN.md). */
const M = 'Số liệu minh họa';

export const plan2021: SeedPlan = {
  year: 2021,
  title: 'Kế hoạch công tác năm 2021 của Sở Khoa học và Công nghệ',
  status: 'active',
  priorities: [
    // ---------------------------------------------------------------------------------------------
    {
      code: 'NV1',
      title: 'Chỉ đạo, quản lý triển khai đề tài, dự án KH&CN và nhân rộng kết quả đã nghiệm thu',
      description:
        'Chỉ đạo, quản lý triển khai các đề tài, dự án khoa học và công nghệ cấp tỉnh; tổ chức nhân rộng kết quả của các đề tài, dự án đã được nghiệm thu vào sản xuất và đời sống.',
      legalBasis: 'Kế hoạch 100/KH-UBND',
      legalBasisDate: '2020-06-12',
      leadUnitCode: 'QLKH',
      tasks: [
        {
          code: 'NV1.01',
          title: 'Kiểm tra, đánh giá tiến độ thực hiện các đề tài, dự án KH&CN cấp tỉnh năm 2021',
          description:
            'Tổ chức kiểm tra định kỳ tiến độ, nội dung và việc sử dụng kinh phí của 41 đề tài, dự án KH&CN cấp tỉnh đang triển khai; kịp thời tháo gỡ vướng mắc và đề xuất điều chỉnh khi cần thiết.',
          leadUnitCode: 'QLKH',
          supportingUnitCodes: ['KHTC'],
          ownerEmail: 'qlkh@khcn.langson.gov.vn',
          startDate: '2021-01-18',
          dueDate: '2021-12-15',
          weight: 3,
          indicators: [{ name: 'Đề tài, dự án được kiểm tra tiến độ', unitOfMeasure: 'đề tài/dự án', target: 41 }],
          updates: [
            {
              date: '2021-03-31',
              progress: 20,
              note: 'Đã kiểm tra tiến độ 8 đề tài, dự án có kỳ báo cáo quý I; các nhiệm vụ cơ bản đúng tiến độ.',
              indicatorActuals: [8],
            },
            {
              date: '2021-06-30',
              progress: 45,
              note: 'Hoàn thành kiểm tra 19/41 đề tài, dự án; 02 đề tài chậm tiến độ do ảnh hưởng của dịch COVID-19, đã yêu cầu chủ nhiệm đề tài bổ sung kế hoạch khắc phục.',
              indicatorActuals: [19],
            },
            {
              date: '2021-08-31',
              progress: 65,
              note: 'Phòng Kế hoạch – Tài chính phối hợp kiểm tra tình hình giải ngân kinh phí của 9 đề tài, dự án theo hình thức trực tuyến trong thời gian giãn cách.',
              authorEmail: 'khtc@khcn.langson.gov.vn',
              indicatorActuals: [28],
            },
            {
              date: '2021-10-08',
              progress: 85,
              note: 'Đã kiểm tra 35/41 đề tài, dự án; 6 nhiệm vụ còn lại đã lên lịch kiểm tra trong tháng 11/2021.',
              indicatorActuals: [35],
            },
          ],
        },
        {
          code: 'NV1.02',
          title: 'Tổ chức đánh giá, nghiệm thu các đề tài, dự án KH&CN cấp tỉnh kết thúc trong năm 2021',
          description:
            'Thành lập hội đồng tư vấn đánh giá, nghiệm thu các đề tài, dự án đã hết thời gian thực hiện; hoàn thiện thủ tục công nhận kết quả và thanh lý hợp đồng.',
          leadUnitCode: 'QLKH',
          supportingUnitCodes: ['KHTC', 'TTTT'],
          ownerEmail: 'qlkh@khcn.langson.gov.vn',
          startDate: '2021-03-01',
          dueDate: '2021-11-30',
          weight: 2,
          indicators: [
            { name: 'Đề tài, dự án được đánh giá, nghiệm thu', unitOfMeasure: 'đề tài/dự án', target: 12, note: M },
          ],
          updates: [
            {
              date: '2021-05-20',
              progress: 15,
              note: 'Đã tổ chức hội đồng nghiệm thu 02 đề tài thuộc lĩnh vực nông nghiệp.',
              indicatorActuals: [2],
            },
            {
              date: '2021-08-10',
              progress: 30,
              note: 'Nghiệm thu thêm 02 đề tài; các hội đồng còn lại phải lùi lịch do thực hiện giãn cách xã hội.',
              indicatorActuals: [4],
            },
            {
              date: '2021-10-05',
              progress: 40,
              note: 'Đã nghiệm thu 5/12 đề tài, dự án; 4 chủ nhiệm đề tài có văn bản xin gia hạn nộp báo cáo tổng hợp.',
              indicatorActuals: [5],
            },
          ],
          comments: [
            {
              date: '2021-10-07',
              authorEmail: 'lanhdao@khcn.langson.gov.vn',
              body: 'Đề nghị Phòng Quản lý Khoa học đôn đốc các chủ nhiệm đề tài nộp hồ sơ đánh giá, nghiệm thu trước ngày 15/11/2021; trường hợp xin gia hạn phải có văn bản nêu rõ lý do.',
            },
            {
              date: '2021-10-08',
              authorEmail: 'qlkh@khcn.langson.gov.vn',
              body: 'Phòng đã gửi văn bản đôn đốc đến 7 tổ chức chủ trì; dự kiến tổ chức 4 hội đồng nghiệm thu trong tháng 11.',
            },
          ],
        },
        {
          code: 'NV1.03',
          title: 'Xác định danh mục nhiệm vụ KH&CN cấp tỉnh đặt hàng thực hiện từ năm 2022',
          description:
            'Tổng hợp đề xuất đặt hàng của các sở, ngành, UBND các huyện, thành phố; tổ chức hội đồng tư vấn xác định nhiệm vụ và trình UBND tỉnh phê duyệt danh mục nhiệm vụ KH&CN cấp tỉnh năm 2022.',
          leadUnitCode: 'QLKH',
          supportingUnitCodes: ['KHTC', 'BG', 'BS'],
          ownerEmail: 'qlkh@khcn.langson.gov.vn',
          startDate: '2021-04-01',
          dueDate: '2021-09-30',
          weight: 3,
          indicators: [
            { name: 'Đề xuất đặt hàng được tổng hợp', unitOfMeasure: 'đề xuất', target: 30, note: M },
            { name: 'Nhiệm vụ được đưa vào danh mục trình phê duyệt', unitOfMeasure: 'nhiệm vụ', target: 10, note: M },
          ],
          updates: [
            {
              date: '2021-04-30',
              progress: 20,
              note: 'Đã ban hành văn bản đề nghị các sở, ngành, UBND các huyện, thành phố đề xuất đặt hàng; nhận được 26 đề xuất.',
              indicatorActuals: [26, 0],
            },
            {
              date: '2021-05-28',
              progress: 30,
              note: 'UBND huyện Bắc Sơn đã gửi 03 đề xuất đặt hàng về phát triển cây quýt, cây hồng và du lịch cộng đồng.',
              authorEmail: 'bacson@langson.gov.vn',
              indicatorActuals: [30, 0],
            },
            {
              date: '2021-08-20',
              progress: 75,
              note: 'Tổng hợp 34 đề xuất; tổ chức 4 hội đồng tư vấn xác định nhiệm vụ, 11 nhiệm vụ được hội đồng kiến nghị đưa vào danh mục.',
              indicatorActuals: [34, 11],
            },
            {
              date: '2021-09-17',
              progress: 100,
              note: 'Hoàn thành dự thảo danh mục nhiệm vụ KH&CN cấp tỉnh năm 2022; đề nghị xác nhận hoàn thành.',
              indicatorActuals: [34, 11],
            },
            {
              date: '2021-09-28',
              progress: 100,
              note: 'Đã bổ sung biên bản họp các hội đồng tư vấn và tờ trình UBND tỉnh phê duyệt danh mục; đề nghị xác nhận hoàn thành.',
              indicatorActuals: [34, 11],
            },
          ],
          completion: {
            requestedOn: '2021-09-28',
            confirmedOn: '2021-10-04',
            returned: {
              requestedOn: '2021-09-17',
              returnedOn: '2021-09-20',
              reason: 'Thiếu biên bản họp các hội đồng tư vấn xác định nhiệm vụ, đề nghị bổ sung hồ sơ.',
            },
          },
        },
        {
          code: 'NV1.04',
          title: 'Quản lý 02 dự án thuộc Chương trình nông thôn miền núi triển khai trên địa bàn tỉnh',
          description:
            'Phối hợp với Bộ Khoa học và Công nghệ theo dõi, kiểm tra 02 dự án thuộc Chương trình hỗ trợ ứng dụng, chuyển giao tiến bộ KH&CN thúc đẩy phát triển kinh tế – xã hội nông thôn, miền núi, vùng dân tộc thiểu số; bảo đảm kinh phí đối ứng của địa phương.',
          leadUnitCode: 'QLKH',
          supportingUnitCodes: ['KHTC', 'TTTT'],
          ownerEmail: 'qlkh@khcn.langson.gov.vn',
          startDate: '2021-01-15',
          dueDate: '2021-12-31',
          weight: 2,
          indicators: [
            { name: 'Dự án được kiểm tra, giám sát', unitOfMeasure: 'dự án', target: 2 },
            { name: 'Đợt kiểm tra tại hiện trường', unitOfMeasure: 'đợt', target: 4, note: M },
          ],
          updates: [
            {
              date: '2021-04-15',
              progress: 25,
              note: 'Đã kiểm tra hiện trường lần 1 đối với cả 02 dự án; các hạng mục xây dựng mô hình thực hiện đúng tiến độ.',
              indicatorActuals: [2, 1],
            },
            {
              date: '2021-07-15',
              progress: 55,
              note: 'Kiểm tra hiện trường lần 2; kinh phí đối ứng năm 2021 từ ngân sách tỉnh đã được bố trí đủ.',
              indicatorActuals: [2, 2],
            },
            {
              date: '2021-10-08',
              progress: 82,
              note: 'Kiểm tra lần 3; các dự án đã hoàn thành chuyển giao quy trình kỹ thuật, đang tổng kết mô hình.',
              indicatorActuals: [2, 3],
            },
          ],
        },
        {
          code: 'NV1.05',
          title: 'Tham mưu Hội đồng sáng kiến cấp tỉnh xét công nhận phạm vi ảnh hưởng cấp tỉnh của sáng kiến',
          description:
            'Tiếp nhận, thẩm định hồ sơ đề nghị công nhận sáng kiến của các cơ quan, đơn vị; tổ chức phiên họp Hội đồng sáng kiến cấp tỉnh và trình ban hành quyết định công nhận.',
          leadUnitCode: 'QLKH',
          supportingUnitCodes: ['VP'],
          ownerEmail: 'qlkh@khcn.langson.gov.vn',
          startDate: '2021-02-15',
          dueDate: '2021-08-31',
          weight: 1,
          indicators: [
            {
              name: 'Sáng kiến được công nhận có phạm vi ảnh hưởng cấp tỉnh',
              unitOfMeasure: 'sáng kiến',
              target: 45,
              note: 'Chỉ tiêu là số liệu minh họa; kết quả 48 sáng kiến theo báo cáo năm 2021 của Sở',
            },
          ],
          updates: [
            {
              date: '2021-04-30',
              progress: 30,
              note: 'Đã tiếp nhận 57 hồ sơ đề nghị công nhận sáng kiến; hoàn thành kiểm tra tính hợp lệ của hồ sơ.',
              indicatorActuals: [0],
            },
            {
              date: '2021-07-15',
              progress: 70,
              note: 'Các tổ thẩm định hoàn thành đánh giá; tổng hợp kết quả trình Hội đồng sáng kiến cấp tỉnh.',
              indicatorActuals: [0],
            },
            {
              date: '2021-08-25',
              progress: 100,
              note: 'Hội đồng sáng kiến cấp tỉnh đã họp, đề nghị công nhận 48 sáng kiến; đã trình Chủ tịch UBND tỉnh ký quyết định công nhận.',
              indicatorActuals: [48],
            },
          ],
          completion: { requestedOn: '2021-08-25', confirmedOn: '2021-08-30' },
        },
        {
          code: 'NV1.06',
          title: 'Chuyển giao, nhân rộng kết quả các đề tài, dự án đã nghiệm thu vào sản xuất và đời sống',
          description:
            'Lựa chọn các kết quả nghiên cứu có khả năng ứng dụng cao để chuyển giao cho địa phương, hợp tác xã và doanh nghiệp; hỗ trợ xây dựng điểm trình diễn và hướng dẫn kỹ thuật cho người dân.',
          leadUnitCode: 'TTTT',
          supportingUnitCodes: ['QLKH', 'TD', 'CL'],
          ownerEmail: 'trungtam@khcn.langson.gov.vn',
          startDate: '2021-02-01',
          dueDate: '2021-09-30',
          weight: 2,
          indicators: [
            { name: 'Kết quả đề tài, dự án được chuyển giao, nhân rộng', unitOfMeasure: 'kết quả', target: 5, note: M },
            { name: 'Hộ dân, hợp tác xã được hướng dẫn kỹ thuật', unitOfMeasure: 'hộ/HTX', target: 150, note: M },
          ],
          updates: [
            {
              date: '2021-04-10',
              progress: 20,
              note: 'Đã lựa chọn 5 kết quả đề tài để nhân rộng; chuyển giao quy trình trồng thạch đen cho 30 hộ tại huyện Tràng Định.',
              indicatorActuals: [1, 30],
            },
            {
              date: '2021-06-25',
              progress: 40,
              note: 'Phòng Nông nghiệp huyện Tràng Định phối hợp tổ chức 2 lớp hướng dẫn kỹ thuật cho 35 hộ tại 2 xã.',
              authorEmail: 'trangdinh@langson.gov.vn',
              indicatorActuals: [2, 65],
            },
            {
              date: '2021-09-10',
              progress: 60,
              note: 'Chuyển giao kết quả đề tài thứ ba cho 30 hộ tại huyện Chi Lăng; 2 kết quả còn lại chưa triển khai được do giãn cách xã hội.',
              authorEmail: 'chilang@langson.gov.vn',
              indicatorActuals: [3, 95],
            },
          ],
          comments: [
            {
              date: '2021-10-04',
              authorEmail: 'lanhdao@khcn.langson.gov.vn',
              body: 'Nhiệm vụ đã quá hạn. Đề nghị Trung tâm báo cáo lộ trình chuyển giao 2 kết quả còn lại, nếu cần thì đề xuất điều chỉnh thời hạn.',
            },
          ],
        },
      ],
    },
    // ---------------------------------------------------------------------------------------------
    {
      code: 'NV2',
      title: 'Ứng dụng công cụ quản lý tiên tiến',
      description:
        'Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại các cơ quan hành chính nhà nước; hỗ trợ doanh nghiệp áp dụng hệ thống quản lý và công cụ cải tiến năng suất, chất lượng.',
      legalBasis: 'Quyết định 19/2014/QĐ-TTg',
      legalBasisDate: '2014-03-05',
      leadUnitCode: 'CCTDC',
      tasks: [
        {
          code: 'NV2.01',
          title: 'Kiểm tra việc áp dụng, duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001 tại các cơ quan hành chính nhà nước',
          description:
            'Kiểm tra việc xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng tại các sở, ngành và UBND cấp huyện; tổng hợp kết quả báo cáo UBND tỉnh và Bộ Khoa học và Công nghệ.',
          leadUnitCode: 'CCTDC',
          supportingUnitCodes: ['TPLS', 'LB', 'DL'],
          ownerEmail: 'chicuc@khcn.langson.gov.vn',
          startDate: '2021-03-15',
          dueDate: '2021-08-31',
          weight: 2,
          indicators: [{ name: 'Cơ quan được kiểm tra', unitOfMeasure: 'cơ quan', target: 20, note: M }],
          updates: [
            {
              date: '2021-04-30',
              progress: 25,
              note: 'Đã ban hành kế hoạch kiểm tra; kiểm tra 5 sở, ngành.',
              indicatorActuals: [5],
            },
            {
              date: '2021-06-10',
              progress: 50,
              note: 'Kiểm tra thêm 5 cơ quan, trong đó có UBND thành phố Lạng Sơn; 2 cơ quan chưa cập nhật quy trình theo danh mục thủ tục hành chính mới.',
              indicatorActuals: [10],
            },
            {
              date: '2021-07-20',
              progress: 65,
              note: 'Kiểm tra UBND huyện Lộc Bình, huyện Đình Lập và 1 sở; yêu cầu khắc phục các điểm không phù hợp.',
              indicatorActuals: [13],
            },
            {
              date: '2021-08-20',
              progress: 70,
              note: 'Tạm dừng kiểm tra trực tiếp do dịch COVID-19; các cơ quan còn lại chuyển sang tự đánh giá và gửi báo cáo bằng văn bản.',
              indicatorActuals: [14],
            },
          ],
        },
        {
          code: 'NV2.02',
          title: 'Hỗ trợ UBND cấp huyện, cấp xã chuyển đổi, áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
          description:
            'Hướng dẫn UBND các huyện Văn Quan, Bình Gia, Bắc Sơn và các xã được lựa chọn xây dựng, công bố Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với các thủ tục hành chính thuộc thẩm quyền giải quyết.',
          leadUnitCode: 'CCTDC',
          supportingUnitCodes: ['VQ', 'BG', 'BS'],
          ownerEmail: 'chicuc@khcn.langson.gov.vn',
          startDate: '2021-03-01',
          dueDate: '2021-12-15',
          weight: 2,
          indicators: [
            { name: 'Cơ quan được hỗ trợ công bố Hệ thống quản lý chất lượng', unitOfMeasure: 'cơ quan', target: 12, note: M },
          ],
          updates: [
            {
              date: '2021-04-20',
              progress: 20,
              note: 'Đã tổ chức tập huấn nhận thức về TCVN ISO 9001:2015 cho 12 cơ quan.',
              indicatorActuals: [0],
            },
            {
              date: '2021-06-30',
              progress: 45,
              note: 'Hướng dẫn xây dựng hệ thống tài liệu; 3 UBND xã đã công bố Hệ thống quản lý chất lượng.',
              indicatorActuals: [3],
            },
            {
              date: '2021-08-31',
              progress: 65,
              note: 'UBND huyện Văn Quan đã hoàn thành đánh giá nội bộ và công bố Hệ thống quản lý chất lượng.',
              authorEmail: 'vanquan@langson.gov.vn',
              indicatorActuals: [6],
            },
            {
              date: '2021-10-12',
              progress: 82,
              note: 'Đã có 10/12 cơ quan công bố Hệ thống quản lý chất lượng; 2 cơ quan của huyện Bình Gia đang hoàn thiện đánh giá nội bộ.',
              indicatorActuals: [10],
            },
          ],
        },
        {
          code: 'NV2.03',
          title: 'Duy trì, cải tiến Hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở Khoa học và Công nghệ',
          description:
            'Rà soát, cập nhật các quy trình giải quyết thủ tục hành chính; tổ chức đánh giá nội bộ, họp xem xét của lãnh đạo và công bố lại Hệ thống quản lý chất lượng của Sở.',
          leadUnitCode: 'VP',
          supportingUnitCodes: ['CCTDC'],
          ownerEmail: 'vanphong@khcn.langson.gov.vn',
          startDate: '2021-01-11',
          dueDate: '2021-03-31',
          weight: 1,
          indicators: [{ name: 'Quy trình được rà soát, cập nhật', unitOfMeasure: 'quy trình', target: 25, note: M }],
          updates: [
            {
              date: '2021-02-05',
              progress: 40,
              note: 'Đã rà soát 12 quy trình theo danh mục thủ tục hành chính mới được công bố.',
              indicatorActuals: [12],
            },
            {
              date: '2021-03-10',
              progress: 80,
              note: 'Hoàn thành cập nhật 25 quy trình; tổ chức đánh giá nội bộ tại các phòng, đơn vị thuộc Sở.',
              indicatorActuals: [25],
            },
            {
              date: '2021-03-26',
              progress: 100,
              note: 'Đã họp xem xét của lãnh đạo và ban hành quyết định công bố lại Hệ thống quản lý chất lượng.',
              indicatorActuals: [25],
            },
          ],
          completion: { requestedOn: '2021-03-26', confirmedOn: '2021-03-31' },
        },
        {
          code: 'NV2.04',
          title: 'Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý và công cụ cải tiến năng suất, chất lượng',
          description:
            'Khảo sát nhu cầu, lựa chọn doanh nghiệp và hỗ trợ tư vấn áp dụng các công cụ 5S, Kaizen, hệ thống quản lý an toàn thực phẩm ISO 22000 nhằm nâng cao năng suất, chất lượng sản phẩm.',
          leadUnitCode: 'CCTDC',
          supportingUnitCodes: ['QLCN', 'HL', 'CLO'],
          ownerEmail: 'chicuc@khcn.langson.gov.vn',
          startDate: '2021-09-01',
          dueDate: '2021-12-20',
          weight: 1,
          indicators: [{ name: 'Doanh nghiệp được hỗ trợ áp dụng', unitOfMeasure: 'doanh nghiệp', target: 5, note: M }],
          updates: [],
        },
      ],
    },
    // ---------------------------------------------------------------------------------------------
    {
      code: 'NV3',
      title: 'Triển khai Đề án Chiến lược sở hữu trí tuệ trên địa bàn tỉnh Lạng Sơn đến năm 2030',
      description:
        'Thực hiện Đề án triển khai Chiến lược sở hữu trí tuệ trên địa bàn tỉnh Lạng Sơn đến năm 2030: tạo lập, quản lý và phát triển chỉ dẫn địa lý, nhãn hiệu chứng nhận, nhãn hiệu tập thể cho đặc sản địa phương; năm 2021 thực hiện 8 dự án được phê duyệt tại Quyết định 535/QĐ-UBND ngày 25/02/2021.',
      legalBasis: 'Quyết định 527/QĐ-UBND',
      legalBasisDate: '2020-03-31',
      leadUnitCode: 'QLCN',
      tasks: [
        {
          code: 'NV3.01',
          title: 'Xây dựng, quản lý và phát triển chỉ dẫn địa lý “Thạch đen Tràng Định”',
          description:
            'Điều tra, khảo sát vùng sản xuất, xác định tính chất đặc thù của sản phẩm, lập bản đồ khu vực địa lý và hoàn thiện hồ sơ đăng ký chỉ dẫn địa lý “Thạch đen Tràng Định” nộp Cục Sở hữu trí tuệ.',
          leadUnitCode: 'TD',
          supportingUnitCodes: ['QLCN', 'TTTT'],
          ownerEmail: 'trangdinh@langson.gov.vn',
          startDate: '2021-03-01',
          dueDate: '2021-12-31',
          weight: 3,
          indicators: [
            { name: 'Hồ sơ đăng ký chỉ dẫn địa lý nộp Cục Sở hữu trí tuệ', unitOfMeasure: 'hồ sơ', target: 1 },
            { name: 'Mẫu sản phẩm được phân tích chỉ tiêu chất lượng', unitOfMeasure: 'mẫu', target: 30, note: M },
          ],
          updates: [
            {
              date: '2021-04-15',
              progress: 15,
              note: 'Đã thành lập tổ công tác, khảo sát vùng trồng thạch đen tại các xã trên địa bàn huyện Tràng Định.',
              indicatorActuals: [0, 0],
            },
            {
              date: '2021-06-20',
              progress: 35,
              note: 'Lấy 12 mẫu thạch đen khô gửi phân tích chỉ tiêu chất lượng.',
              indicatorActuals: [0, 12],
            },
            {
              date: '2021-08-25',
              progress: 60,
              note: 'Phòng Quản lý Công nghệ và Chuyên ngành phối hợp thẩm định phương án lập bản đồ khu vực địa lý; đã lấy thêm 12 mẫu.',
              authorEmail: 'qlcn@khcn.langson.gov.vn',
              indicatorActuals: [0, 24],
            },
            {
              date: '2021-10-10',
              progress: 78,
              note: 'Đã có kết quả phân tích 30 mẫu; đang hoàn thiện bản mô tả tính chất đặc thù và dự thảo quy chế quản lý chỉ dẫn địa lý.',
              indicatorActuals: [0, 30],
            },
          ],
          comments: [
            {
              date: '2021-08-27',
              authorEmail: 'lanhdao@khcn.langson.gov.vn',
              body: 'Đề nghị huyện Tràng Định phối hợp chặt chẽ với đơn vị tư vấn, bảo đảm nộp hồ sơ đăng ký chỉ dẫn địa lý trước ngày 31/12/2021.',
            },
            {
              date: '2021-08-30',
              authorEmail: 'trangdinh@langson.gov.vn',
              body: 'Huyện đã giao Phòng Nông nghiệp theo dõi thường xuyên; dự kiến nộp hồ sơ đăng ký trong tháng 12/2021.',
            },
          ],
        },
        {
          code: 'NV3.02',
          title: 'Xây dựng chỉ dẫn địa lý cho sản phẩm mật ong hoa ngũ gia bì của xã Vân Thủy, huyện Chi Lăng',
          description:
            'Khảo sát vùng nuôi ong, lấy mẫu phân tích chất lượng mật ong hoa ngũ gia bì, xây dựng bản đồ khu vực địa lý và hồ sơ đăng ký chỉ dẫn địa lý.',
          leadUnitCode: 'QLCN',
          supportingUnitCodes: ['CL', 'QLKH'],
          ownerEmail: 'qlcn@khcn.langson.gov.vn',
          startDate: '2021-03-15',
          dueDate: '2021-12-31',
          weight: 2,
          indicators: [
            { name: 'Hồ sơ đăng ký chỉ dẫn địa lý nộp Cục Sở hữu trí tuệ', unitOfMeasure: 'hồ sơ', target: 1 },
            { name: 'Mẫu mật ong được phân tích', unitOfMeasure: 'mẫu', target: 20, note: M },
          ],
          updates: [
            {
              date: '2021-05-10',
              progress: 10,
              note: 'Đã làm việc với UBND xã Vân Thủy và các hộ nuôi ong, thống kê sơ bộ số đàn ong.',
              indicatorActuals: [0, 0],
            },
            {
              date: '2021-07-20',
              progress: 20,
              note: 'Phòng Nông nghiệp huyện Chi Lăng hoàn thành thống kê vùng nuôi ong và danh sách hộ tham gia.',
              authorEmail: 'chilang@langson.gov.vn',
              indicatorActuals: [0, 0],
            },
            {
              date: '2021-09-30',
              progress: 30,
              note: 'Mới lấy được 4 mẫu mật ong; việc lấy mẫu chính phải chờ vụ hoa ngũ gia bì cuối năm nên có nguy cơ chậm tiến độ.',
              indicatorActuals: [0, 4],
            },
          ],
        },
        {
          code: 'NV3.03',
          title: 'Xây dựng, quản lý và phát triển nhãn hiệu chứng nhận “Lợn quay Lạng Sơn” và “Vịt quay Lạng Sơn”',
          description:
            'Xây dựng quy chế quản lý, quy trình chứng nhận và hồ sơ đăng ký nhãn hiệu chứng nhận cho hai sản phẩm lợn quay và vịt quay Lạng Sơn; hai dự án được phê duyệt tại Quyết định 535/QĐ-UBND được theo dõi chung trong một nhiệm vụ.',
          leadUnitCode: 'QLCN',
          supportingUnitCodes: ['TD', 'TPLS'],
          ownerEmail: 'qlcn@khcn.langson.gov.vn',
          startDate: '2021-03-01',
          dueDate: '2021-10-31',
          weight: 3,
          indicators: [
            { name: 'Đơn đăng ký nhãn hiệu chứng nhận được nộp', unitOfMeasure: 'đơn', target: 2 },
            { name: 'Cơ sở chế biến được khảo sát', unitOfMeasure: 'cơ sở', target: 40, note: M },
          ],
          updates: [
            {
              date: '2021-04-20',
              progress: 20,
              note: 'Khảo sát 15 cơ sở chế biến lợn quay, vịt quay trên địa bàn thành phố Lạng Sơn.',
              authorEmail: 'tpls@langson.gov.vn',
              indicatorActuals: [0, 15],
            },
            {
              date: '2021-06-15',
              progress: 45,
              note: 'Huyện Tràng Định phối hợp khảo sát 17 cơ sở chế biến lợn quay tại thị trấn Thất Khê.',
              authorEmail: 'trangdinh@langson.gov.vn',
              indicatorActuals: [0, 32],
            },
            {
              date: '2021-08-30',
              progress: 75,
              note: 'Hoàn thành dự thảo quy chế quản lý và quy trình chứng nhận; đã lấy ý kiến của 40 cơ sở chế biến.',
              indicatorActuals: [0, 40],
            },
            {
              date: '2021-10-12',
              progress: 100,
              note: 'Đã nộp 02 đơn đăng ký nhãn hiệu chứng nhận tại Cục Sở hữu trí tuệ; đề nghị xác nhận hoàn thành nội dung năm 2021.',
              indicatorActuals: [2, 40],
            },
          ],
          completion: { requestedOn: '2021-10-12' },
        },
        {
          code: 'NV3.04',
          title: 'Xây dựng, quản lý và phát triển nhãn hiệu chứng nhận “Gà sáu ngón Mẫu Sơn”',
          description:
            'Điều tra nguồn gốc, đặc điểm giống gà sáu ngón vùng Mẫu Sơn; xây dựng tiêu chí chứng nhận, quy chế quản lý và hồ sơ đăng ký nhãn hiệu chứng nhận.',
          leadUnitCode: 'QLCN',
          supportingUnitCodes: ['CLO', 'LB'],
          ownerEmail: 'qlcn@khcn.langson.gov.vn',
          startDate: '2021-03-01',
          dueDate: '2021-09-30',
          weight: 2,
          indicators: [
            { name: 'Đơn đăng ký nhãn hiệu chứng nhận được nộp', unitOfMeasure: 'đơn', target: 1 },
            { name: 'Hộ chăn nuôi được khảo sát', unitOfMeasure: 'hộ', target: 50, note: M },
          ],
          updates: [
            {
              date: '2021-04-25',
              progress: 20,
              note: 'Khảo sát 20 hộ chăn nuôi gà sáu ngón tại các xã vùng Mẫu Sơn.',
              indicatorActuals: [0, 20],
            },
            {
              date: '2021-06-30',
              progress: 45,
              note: 'Khảo sát lũy kế 42 hộ; xác định sơ bộ đặc điểm ngoại hình và tiêu chí chứng nhận.',
              indicatorActuals: [0, 42],
            },
            {
              date: '2021-09-15',
              progress: 65,
              note: 'Đã dự thảo quy chế quản lý; chưa thống nhất được tổ chức đứng tên chủ sở hữu nhãn hiệu giữa hai huyện Cao Lộc và Lộc Bình.',
              indicatorActuals: [0, 50],
            },
          ],
          comments: [
            {
              date: '2021-10-05',
              authorEmail: 'lanhdao@khcn.langson.gov.vn',
              body: 'Giao Phòng Quản lý Công nghệ và Chuyên ngành chủ trì họp với UBND huyện Cao Lộc, Lộc Bình trước ngày 20/10/2021 để thống nhất tổ chức quản lý nhãn hiệu.',
            },
            {
              date: '2021-10-06',
              authorEmail: 'qlcn@khcn.langson.gov.vn',
              body: 'Phòng đã gửi giấy mời họp ngày 18/10/2021 tại Sở; sau cuộc họp sẽ hoàn thiện hồ sơ đăng ký trong 2 tuần.',
            },
          ],
        },
        {
          code: 'NV3.05',
          title: 'Xây dựng, quản lý và phát triển nhãn hiệu tập thể “Lạp sườn Bình Gia”',
          description:
            'Hỗ trợ thành lập tổ chức tập thể đại diện các cơ sở sản xuất lạp sườn, xây dựng quy chế sử dụng nhãn hiệu tập thể và hoàn thiện hồ sơ đăng ký bảo hộ.',
          leadUnitCode: 'BG',
          supportingUnitCodes: ['QLCN'],
          ownerEmail: 'binhgia@langson.gov.vn',
          startDate: '2021-03-10',
          dueDate: '2021-08-31',
          weight: 1,
          indicators: [
            { name: 'Đơn đăng ký nhãn hiệu tập thể được nộp', unitOfMeasure: 'đơn', target: 1 },
            { name: 'Cơ sở sản xuất tham gia tổ chức tập thể', unitOfMeasure: 'cơ sở', target: 15, note: M },
          ],
          updates: [
            {
              date: '2021-04-30',
              progress: 30,
              note: 'Đã vận động 8 cơ sở sản xuất lạp sườn tham gia thành lập tổ chức tập thể.',
              indicatorActuals: [0, 8],
            },
            {
              date: '2021-06-25',
              progress: 60,
              note: 'Thành lập tổ chức tập thể với 14 cơ sở; dự thảo quy chế sử dụng nhãn hiệu tập thể.',
              indicatorActuals: [0, 14],
            },
            {
              date: '2021-08-20',
              progress: 85,
              note: 'Hoàn thiện mẫu nhãn hiệu; việc lấy ý kiến các cơ sở bị chậm do giãn cách xã hội.',
              indicatorActuals: [0, 14],
            },
            {
              date: '2021-09-14',
              progress: 100,
              note: 'Đã nộp đơn đăng ký nhãn hiệu tập thể “Lạp sườn Bình Gia” tại Cục Sở hữu trí tuệ, đơn đã được tiếp nhận; tổ chức tập thể có 16 cơ sở thành viên.',
              indicatorActuals: [1, 16],
            },
          ],
          completion: { requestedOn: '2021-09-14', confirmedOn: '2021-09-20' },
        },
        {
          code: 'NV3.06',
          title: 'Xây dựng, quản lý và phát triển nhãn hiệu tập thể “Bánh phổng Tràng Định”',
          description:
            'Khảo sát các hộ sản xuất bánh phổng, xây dựng quy chế quản lý, sử dụng nhãn hiệu tập thể, thiết kế mẫu nhãn và hoàn thiện hồ sơ đăng ký bảo hộ.',
          leadUnitCode: 'TD',
          supportingUnitCodes: ['QLCN'],
          ownerEmail: 'trangdinh@langson.gov.vn',
          startDate: '2021-03-10',
          dueDate: '2021-09-30',
          weight: 2,
          indicators: [
            { name: 'Đơn đăng ký nhãn hiệu tập thể được nộp', unitOfMeasure: 'đơn', target: 1 },
            { name: 'Hộ sản xuất tham gia', unitOfMeasure: 'hộ', target: 25, note: M },
          ],
          updates: [
            {
              date: '2021-04-20',
              progress: 25,
              note: 'Đã khảo sát 12 hộ sản xuất bánh phổng, lựa chọn tổ chức tập thể đứng tên chủ sở hữu nhãn hiệu.',
              indicatorActuals: [0, 12],
            },
            {
              date: '2021-06-30',
              progress: 55,
              note: 'Thống nhất quy chế sử dụng nhãn hiệu với 22 hộ; thiết kế 3 phương án mẫu nhãn.',
              indicatorActuals: [0, 22],
            },
            {
              date: '2021-08-25',
              progress: 80,
              note: 'Phòng Quản lý Công nghệ và Chuyên ngành hướng dẫn hoàn thiện tờ khai và tài liệu kèm theo đơn đăng ký.',
              authorEmail: 'qlcn@khcn.langson.gov.vn',
              indicatorActuals: [0, 26],
            },
            {
              date: '2021-09-10',
              progress: 100,
              note: 'Đã hoàn thiện hồ sơ đăng ký, nộp Cục Sở hữu trí tuệ; đề nghị xác nhận hoàn thành.',
              indicatorActuals: [1, 26],
            },
            {
              date: '2021-09-24',
              progress: 100,
              note: 'Đã bổ sung biên bản nghiệm thu sản phẩm của đơn vị tư vấn và thông báo tiếp nhận đơn của Cục Sở hữu trí tuệ; đề nghị xác nhận hoàn thành.',
              indicatorActuals: [1, 26],
            },
          ],
          completion: {
            requestedOn: '2021-09-24',
            confirmedOn: '2021-09-29',
            returned: {
              requestedOn: '2021-09-10',
              returnedOn: '2021-09-14',
              reason: 'Thiếu biên bản nghiệm thu, đề nghị bổ sung hồ sơ.',
            },
          },
        },
        {
          code: 'NV3.07',
          title: 'Xây dựng, quản lý và phát triển nhãn hiệu tập thể “Cá lồng Văn Quan”',
          description:
            'Hỗ trợ các hộ nuôi cá lồng trên địa bàn huyện Văn Quan thành lập tổ chức tập thể, xây dựng quy trình nuôi, quy chế quản lý và hồ sơ đăng ký nhãn hiệu tập thể.',
          leadUnitCode: 'VQ',
          supportingUnitCodes: ['QLCN', 'TTTT'],
          ownerEmail: 'vanquan@langson.gov.vn',
          startDate: '2021-03-15',
          dueDate: '2021-11-30',
          weight: 2,
          indicators: [
            { name: 'Đơn đăng ký nhãn hiệu tập thể được nộp', unitOfMeasure: 'đơn', target: 1 },
            { name: 'Hộ nuôi cá lồng tham gia', unitOfMeasure: 'hộ', target: 30, note: M },
          ],
          updates: [
            {
              date: '2021-05-05',
              progress: 20,
              note: 'Khảo sát hiện trạng nuôi cá lồng, lập danh sách 12 hộ tham gia ban đầu.',
              indicatorActuals: [0, 12],
            },
            {
              date: '2021-07-10',
              progress: 50,
              note: 'Thành lập tổ hợp tác nuôi cá lồng với 26 hộ; xây dựng quy trình kỹ thuật nuôi.',
              indicatorActuals: [0, 26],
            },
            {
              date: '2021-09-05',
              progress: 70,
              note: 'Trung tâm Thông tin và Ứng dụng KH&CN tập huấn kỹ thuật nuôi cá lồng cho 30 hộ.',
              authorEmail: 'trungtam@khcn.langson.gov.vn',
              indicatorActuals: [0, 30],
            },
            {
              date: '2021-10-13',
              progress: 85,
              note: 'Hoàn thiện quy chế quản lý nhãn hiệu và mẫu nhãn; dự kiến nộp đơn đăng ký trong tháng 11/2021.',
              indicatorActuals: [0, 32],
            },
          ],
        },
      ],
    },
    // ---------------------------------------------------------------------------------------------
    {
      code: 'NV4',
      title: 'Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn giai đoạn 2021–2025',
      description:
        'Thực hiện Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn giai đoạn 2021–2025: vận hành Cổng thông tin khởi nghiệp, đào tạo, tổ chức cuộc thi và sự kiện, hỗ trợ dự án khởi nghiệp; khơi dậy phong trào sáng tạo trong nhân dân.',
      legalBasis: 'Kế hoạch 201/KH-UBND',
      legalBasisDate: '2020-12-23',
      leadUnitCode: 'TTTT',
      tasks: [
        {
          code: 'NV4.01',
          title: 'Tổ chức Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn năm 2021',
          description:
            'Ban hành thể lệ, truyền thông, tiếp nhận hồ sơ dự thi, tổ chức vòng sơ khảo, chung khảo và trao giải cho các dự án, ý tưởng khởi nghiệp đổi mới sáng tạo.',
          leadUnitCode: 'TTTT',
          supportingUnitCodes: ['QLKH', 'TPLS'],
          ownerEmail: 'trungtam@khcn.langson.gov.vn',
          startDate: '2021-03-01',
          dueDate: '2021-09-30',
          weight: 3,
          indicators: [
            {
              name: 'Dự án, ý tưởng dự thi',
              unitOfMeasure: 'dự án',
              target: 50,
              note: 'Chỉ tiêu là số liệu minh họa; 56 dự án dự thi là số liệu đã công bố',
            },
            { name: 'Dự án đạt giải', unitOfMeasure: 'dự án', target: 10, note: M },
          ],
          updates: [
            {
              date: '2021-04-05',
              progress: 20,
              note: 'Ban hành thể lệ cuộc thi, đăng tải trên Cổng thông tin khởi nghiệp đổi mới sáng tạo của tỉnh.',
              indicatorActuals: [0, 0],
            },
            {
              date: '2021-06-30',
              progress: 50,
              note: 'Đã tiếp nhận 41 hồ sơ dự thi.',
              indicatorActuals: [41, 0],
            },
            {
              date: '2021-07-31',
              progress: 70,
              note: 'Kết thúc nhận hồ sơ với 56 dự án, ý tưởng dự thi; Phòng Quản lý Khoa học phối hợp hoàn thành chấm sơ khảo.',
              authorEmail: 'qlkh@khcn.langson.gov.vn',
              indicatorActuals: [56, 0],
            },
            {
              date: '2021-09-21',
              progress: 100,
              note: 'Tổ chức vòng chung khảo và lễ trao giải cho 10 dự án đạt giải.',
              indicatorActuals: [56, 10],
            },
          ],
          completion: { requestedOn: '2021-09-21', confirmedOn: '2021-09-27' },
        },
        {
          code: 'NV4.02',
          title: 'Phối hợp tổ chức Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh Lạng Sơn năm 2021',
          description:
            'Phối hợp với Tỉnh đoàn và Sở Giáo dục và Đào tạo hướng dẫn, tiếp nhận và chấm sản phẩm dự thi; lựa chọn sản phẩm xuất sắc tham dự cuộc thi toàn quốc.',
          leadUnitCode: 'QLKH',
          supportingUnitCodes: ['TTTT', 'TD'],
          ownerEmail: 'qlkh@khcn.langson.gov.vn',
          startDate: '2021-01-18',
          dueDate: '2021-06-30',
          weight: 1,
          indicators: [
            {
              name: 'Sản phẩm dự thi',
              unitOfMeasure: 'sản phẩm',
              target: 120,
              note: 'Chỉ tiêu là số liệu minh họa; 128 sản phẩm dự thi là số liệu đã công bố',
            },
          ],
          updates: [
            {
              date: '2021-03-15',
              progress: 30,
              note: 'Các huyện, thành phố đã gửi 60 sản phẩm dự thi.',
              indicatorActuals: [60],
            },
            {
              date: '2021-04-20',
              progress: 50,
              note: 'Huyện Tràng Định gửi 14 sản phẩm dự thi của học sinh các trường trên địa bàn; lũy kế 97 sản phẩm.',
              authorEmail: 'trangdinh@langson.gov.vn',
              indicatorActuals: [97],
            },
            {
              date: '2021-06-25',
              progress: 80,
              note: 'Kết thúc nhận sản phẩm với 128 sản phẩm dự thi; Ban Giám khảo đang chấm vòng chung khảo.',
              indicatorActuals: [128],
            },
            {
              date: '2021-07-09',
              progress: 100,
              note: 'Tổ chức tổng kết, trao giải; đã gửi các sản phẩm xuất sắc tham dự cuộc thi toàn quốc.',
              indicatorActuals: [128],
            },
          ],
          completion: { requestedOn: '2021-07-09', confirmedOn: '2021-07-14' },
        },
        {
          code: 'NV4.03',
          title: 'Phối hợp tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Lạng Sơn',
          description:
            'Phối hợp với Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tuyên truyền, hướng dẫn đăng ký và đánh giá các giải pháp dự thi; đề xuất các giải pháp tiêu biểu để nhân rộng.',
          leadUnitCode: 'QLKH',
          supportingUnitCodes: ['TTTT', 'VP'],
          ownerEmail: 'qlkh@khcn.langson.gov.vn',
          startDate: '2021-02-01',
          dueDate: '2021-10-31',
          weight: 2,
          indicators: [
            {
              name: 'Giải pháp dự thi',
              unitOfMeasure: 'giải pháp',
              target: 45,
              note: 'Chỉ tiêu là số liệu minh họa; 47 giải pháp dự thi là số liệu đã công bố',
            },
          ],
          updates: [
            {
              date: '2021-04-30',
              progress: 25,
              note: 'Ban hành kế hoạch phối hợp; tập huấn hướng dẫn viết hồ sơ giải pháp dự thi; đã nhận 12 giải pháp.',
              indicatorActuals: [12],
            },
            {
              date: '2021-07-30',
              progress: 60,
              note: 'Đã tiếp nhận 38 giải pháp dự thi.',
              indicatorActuals: [38],
            },
            {
              date: '2021-09-10',
              progress: 85,
              note: 'Kết thúc nhận hồ sơ với 47 giải pháp; Hội đồng giám khảo đã chấm và đề xuất giải thưởng.',
              indicatorActuals: [47],
            },
            {
              date: '2021-10-13',
              progress: 100,
              note: 'Hoàn thành tổng kết, trao giải hội thi; đề nghị xác nhận hoàn thành.',
              indicatorActuals: [47],
            },
          ],
          completion: { requestedOn: '2021-10-13' },
        },
        {
          code: 'NV4.04',
          title: 'Vận hành, cập nhật Cổng thông tin khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn',
          description:
            'Duy trì hoạt động Cổng thông tin khởi nghiệp đổi mới sáng tạo (startup.langson.gov.vn); cập nhật tin bài, văn bản chính sách, cơ sở dữ liệu dự án và chuyên gia tư vấn khởi nghiệp.',
          leadUnitCode: 'TTTT',
          supportingUnitCodes: ['QLCN'],
          ownerEmail: 'trungtam@khcn.langson.gov.vn',
          startDate: '2021-01-04',
          dueDate: '2021-12-31',
          weight: 1,
          indicators: [{ name: 'Tin, bài được đăng tải', unitOfMeasure: 'tin, bài', target: 120, note: M }],
          updates: [
            {
              date: '2021-03-31',
              progress: 25,
              note: 'Đăng tải 30 tin, bài trong quý I; cập nhật toàn văn Kế hoạch 201/KH-UBND.',
              indicatorActuals: [30],
            },
            {
              date: '2021-06-30',
              progress: 50,
              note: 'Lũy kế 62 tin, bài; bổ sung chuyên mục hỏi – đáp về chính sách hỗ trợ khởi nghiệp.',
              indicatorActuals: [62],
            },
            {
              date: '2021-09-30',
              progress: 75,
              note: 'Lũy kế 95 tin, bài; nâng cấp giao diện hiển thị trên thiết bị di động.',
              indicatorActuals: [95],
            },
            {
              date: '2021-10-14',
              progress: 82,
              note: 'Lũy kế 100 tin, bài; cập nhật thông tin 56 dự án dự thi Cuộc thi Khởi nghiệp đổi mới sáng tạo năm 2021.',
              indicatorActuals: [100],
            },
          ],
        },
        {
          code: 'NV4.05',
          title: 'Đào tạo, tập huấn kiến thức khởi nghiệp đổi mới sáng tạo tại các huyện',
          description:
            'Tổ chức các lớp tập huấn về khởi nghiệp đổi mới sáng tạo, sở hữu trí tuệ và gọi vốn cho thanh niên, hợp tác xã, doanh nghiệp nhỏ tại các huyện.',
          leadUnitCode: 'TTTT',
          supportingUnitCodes: ['BS', 'VL', 'CL'],
          ownerEmail: 'trungtam@khcn.langson.gov.vn',
          startDate: '2021-04-01',
          dueDate: '2021-11-30',
          weight: 2,
          indicators: [
            { name: 'Lớp tập huấn được tổ chức', unitOfMeasure: 'lớp', target: 5, note: M },
            { name: 'Lượt người được tập huấn', unitOfMeasure: 'lượt người', target: 200, note: M },
          ],
          updates: [
            {
              date: '2021-05-05',
              progress: 20,
              note: 'Huyện Bắc Sơn phối hợp tổ chức lớp tập huấn thứ nhất cho 45 học viên.',
              authorEmail: 'bacson@langson.gov.vn',
              indicatorActuals: [1, 45],
            },
            {
              date: '2021-07-15',
              progress: 25,
              note: 'Lùi lịch các lớp tập huấn tại huyện Văn Lãng và huyện Chi Lăng do diễn biến của dịch COVID-19.',
              indicatorActuals: [1, 45],
            },
            {
              date: '2021-10-06',
              progress: 35,
              note: 'Tổ chức lớp thứ hai theo hình thức trực tuyến cho 35 học viên; 3 lớp còn lại chưa xác định được thời gian.',
              indicatorActuals: [2, 80],
            },
          ],
        },
        {
          code: 'NV4.06',
          title: 'Hỗ trợ các dự án khởi nghiệp đổi mới sáng tạo tiềm năng',
          description:
            'Lựa chọn các dự án khởi nghiệp tiềm năng để hỗ trợ kinh phí tư vấn, bảo hộ sở hữu trí tuệ, thử nghiệm sản phẩm và kết nối nhà đầu tư theo Kế hoạch 201/KH-UBND.',
          leadUnitCode: 'QLCN',
          supportingUnitCodes: ['TTTT', 'KHTC'],
          ownerEmail: 'qlcn@khcn.langson.gov.vn',
          startDate: '2021-06-01',
          dueDate: '2021-09-30',
          weight: 2,
          indicators: [{ name: 'Dự án khởi nghiệp được hỗ trợ', unitOfMeasure: 'dự án', target: 10, note: M }],
          updates: [],
          comments: [
            {
              date: '2021-10-05',
              authorEmail: 'lanhdao@khcn.langson.gov.vn',
              body: 'Nhiệm vụ đã quá hạn nhưng chưa triển khai. Đề nghị Phòng Quản lý Công nghệ và Chuyên ngành báo cáo nguyên nhân và đề xuất thời hạn mới.',
            },
            {
              date: '2021-10-07',
              authorEmail: 'khtc@khcn.langson.gov.vn',
              body: 'Phòng Kế hoạch – Tài chính đã trình điều chỉnh dự toán; kinh phí hỗ trợ dự kiến được giao trong tháng 10/2021.',
            },
          ],
        },
        {
          code: 'NV4.07',
          title: 'Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn năm 2021',
          description:
            'Tổ chức ngày hội trưng bày sản phẩm, kết nối các dự án khởi nghiệp với doanh nghiệp, nhà đầu tư và các tổ chức hỗ trợ khởi nghiệp.',
          leadUnitCode: 'TTTT',
          supportingUnitCodes: ['TPLS', 'VP'],
          ownerEmail: 'trungtam@khcn.langson.gov.vn',
          startDate: '2021-05-01',
          dueDate: '2021-11-15',
          weight: 1,
          indicators: [{ name: 'Gian trưng bày sản phẩm khởi nghiệp', unitOfMeasure: 'gian', target: 40, note: M }],
          updates: [
            {
              date: '2021-06-10',
              progress: 10,
              note: 'Xây dựng dự thảo kế hoạch tổ chức, dự kiến địa điểm tại thành phố Lạng Sơn.',
              indicatorActuals: [0],
            },
          ],
          cancelled: {
            reason: 'Không tổ chức do diễn biến phức tạp của dịch COVID-19; nội dung được chuyển sang kế hoạch năm 2022.',
          },
        },
      ],
    },
    // ---------------------------------------------------------------------------------------------
    {
      code: 'NV5',
      title: 'Tăng cường, đổi mới hoạt động đo lường hỗ trợ doanh nghiệp nâng cao năng lực cạnh tranh và hội nhập quốc tế',
      description:
        'Tiếp tục triển khai Đề án “Tăng cường, đổi mới hoạt động đo lường hỗ trợ doanh nghiệp Việt Nam nâng cao năng lực cạnh tranh và hội nhập quốc tế giai đoạn đến năm 2025, định hướng đến năm 2030” trên địa bàn tỉnh: hỗ trợ doanh nghiệp xây dựng chương trình đảm bảo đo lường, tăng cường quản lý nhà nước về đo lường.',
      legalBasis: 'Quyết định 996/QĐ-TTg',
      legalBasisDate: '2018-08-10',
      leadUnitCode: 'CCTDC',
      tasks: [
        {
          code: 'NV5.01',
          title: 'Hỗ trợ doanh nghiệp xây dựng, áp dụng chương trình đảm bảo đo lường',
          description:
            'Khảo sát nhu cầu, hướng dẫn và hỗ trợ các doanh nghiệp kinh doanh xăng dầu, khí dầu mỏ hóa lỏng, cung cấp nước sạch xây dựng và áp dụng chương trình đảm bảo đo lường.',
          leadUnitCode: 'CCTDC',
          supportingUnitCodes: ['TPLS', 'HL'],
          ownerEmail: 'chicuc@khcn.langson.gov.vn',
          startDate: '2021-02-01',
          dueDate: '2021-12-15',
          weight: 3,
          indicators: [
            {
              name: 'Doanh nghiệp được hỗ trợ xây dựng chương trình đảm bảo đo lường',
              unitOfMeasure: 'doanh nghiệp',
              target: 5,
              note: M,
            },
            { name: 'Doanh nghiệp được khảo sát nhu cầu', unitOfMeasure: 'doanh nghiệp', target: 20, note: M },
          ],
          updates: [
            {
              date: '2021-03-20',
              progress: 15,
              note: 'Khảo sát nhu cầu tại 8 doanh nghiệp trên địa bàn thành phố Lạng Sơn.',
              indicatorActuals: [0, 8],
            },
            {
              date: '2021-05-25',
              progress: 35,
              note: 'Hoàn thành khảo sát 16 doanh nghiệp; ký hợp đồng hỗ trợ với 01 doanh nghiệp cung cấp nước sạch.',
              indicatorActuals: [1, 16],
            },
            {
              date: '2021-08-10',
              progress: 60,
              note: 'Hỗ trợ 3 doanh nghiệp xây dựng tài liệu chương trình đảm bảo đo lường; huyện Hữu Lũng giới thiệu thêm 4 doanh nghiệp có nhu cầu.',
              indicatorActuals: [3, 20],
            },
            {
              date: '2021-10-11',
              progress: 85,
              note: 'Đã có 4 doanh nghiệp áp dụng chương trình đảm bảo đo lường; doanh nghiệp thứ năm đang vận hành thử.',
              indicatorActuals: [4, 20],
            },
          ],
        },
        {
          code: 'NV5.02',
          title: 'Kiểm định, hiệu chuẩn phương tiện đo phục vụ quản lý nhà nước và doanh nghiệp',
          description:
            'Kiểm định ban đầu, định kỳ các phương tiện đo nhóm 2 (cân, cột đo xăng dầu, đồng hồ nước, công tơ điện…) và hiệu chuẩn thiết bị đo theo yêu cầu của doanh nghiệp.',
          leadUnitCode: 'CCTDC',
          supportingUnitCodes: ['DL', 'LB'],
          ownerEmail: 'chicuc@khcn.langson.gov.vn',
          startDate: '2021-01-04',
          dueDate: '2021-12-31',
          weight: 2,
          indicators: [
            { name: 'Phương tiện đo được kiểm định, hiệu chuẩn', unitOfMeasure: 'phương tiện', target: 3500, note: M },
          ],
          updates: [
            {
              date: '2021-03-31',
              progress: 22,
              note: 'Kiểm định, hiệu chuẩn 760 phương tiện đo trong quý I.',
              indicatorActuals: [760],
            },
            {
              date: '2021-06-30',
              progress: 48,
              note: 'Lũy kế 1.690 phương tiện đo; tổ chức kiểm định lưu động tại huyện Đình Lập và huyện Lộc Bình.',
              indicatorActuals: [1690],
            },
            {
              date: '2021-09-30',
              progress: 75,
              note: 'Lũy kế 2.620 phương tiện đo; tạm dừng kiểm định lưu động trong thời gian giãn cách xã hội.',
              indicatorActuals: [2620],
            },
            {
              date: '2021-10-14',
              progress: 80,
              note: 'Lũy kế 2.850 phương tiện đo; nối lại kiểm định cân tại các chợ.',
              indicatorActuals: [2850],
            },
          ],
        },
        {
          code: 'NV5.03',
          title: 'Tuyên truyền, tập huấn quy định về đo lường cho doanh nghiệp và hộ kinh doanh',
          description:
            'Tổ chức hội nghị tập huấn, phát hành tài liệu hướng dẫn về đo lường, hàng đóng gói sẵn và chương trình đảm bảo đo lường cho doanh nghiệp, hộ kinh doanh tại các huyện.',
          leadUnitCode: 'CCTDC',
          supportingUnitCodes: ['TTTT', 'CLO', 'DL'],
          ownerEmail: 'chicuc@khcn.langson.gov.vn',
          startDate: '2021-02-22',
          dueDate: '2021-06-30',
          weight: 1,
          indicators: [
            { name: 'Hội nghị tập huấn', unitOfMeasure: 'hội nghị', target: 3, note: M },
            { name: 'Lượt người tham dự', unitOfMeasure: 'lượt người', target: 150, note: M },
          ],
          updates: [
            {
              date: '2021-03-25',
              progress: 30,
              note: 'Tổ chức hội nghị tập huấn tại huyện Cao Lộc với 52 đại biểu.',
              indicatorActuals: [1, 52],
            },
            {
              date: '2021-05-06',
              progress: 60,
              note: 'Trung tâm Thông tin và Ứng dụng KH&CN phối hợp tổ chức hội nghị tại huyện Đình Lập với 46 đại biểu; phát hành 500 tờ rơi hướng dẫn về đo lường.',
              authorEmail: 'trungtam@khcn.langson.gov.vn',
              indicatorActuals: [2, 98],
            },
            {
              date: '2021-06-25',
              progress: 100,
              note: 'Hoàn thành hội nghị thứ ba theo hình thức trực tuyến; tổng cộng 156 lượt người tham dự.',
              indicatorActuals: [3, 156],
            },
          ],
          completion: { requestedOn: '2021-06-25', confirmedOn: '2021-06-30' },
        },
        {
          code: 'NV5.04',
          title: 'Đầu tư, bổ sung chuẩn đo lường và thiết bị kiểm định',
          description:
            'Rà soát năng lực kiểm định, lập dự toán đầu tư bổ sung chuẩn đo lường khối lượng, dung tích và điện năng để mở rộng phạm vi kiểm định, hiệu chuẩn phục vụ doanh nghiệp.',
          leadUnitCode: 'CCTDC',
          supportingUnitCodes: ['KHTC'],
          ownerEmail: 'chicuc@khcn.langson.gov.vn',
          startDate: '2021-03-01',
          dueDate: '2021-11-30',
          weight: 2,
          indicators: [{ name: 'Chuẩn đo lường, thiết bị được đầu tư', unitOfMeasure: 'bộ', target: 4, note: M }],
          updates: [
            {
              date: '2021-04-15',
              progress: 10,
              note: 'Hoàn thành rà soát năng lực kiểm định, lập danh mục chuẩn đo lường cần đầu tư.',
              indicatorActuals: [0],
            },
            {
              date: '2021-06-10',
              progress: 20,
              note: 'Phòng Kế hoạch – Tài chính thẩm định dự toán mua sắm chuẩn đo lường, trình Giám đốc Sở.',
              authorEmail: 'khtc@khcn.langson.gov.vn',
              indicatorActuals: [0],
            },
          ],
          paused: {
            reason: 'Tạm dừng chờ bố trí kinh phí do ngân sách năm 2021 được ưu tiên cho công tác phòng, chống dịch COVID-19.',
          },
        },
        {
          code: 'NV5.05',
          title: 'Kiểm tra, hướng dẫn duy trì cân đối chứng tại các chợ',
          description:
            'Kiểm định và hướng dẫn ban quản lý chợ duy trì cân đối chứng; kiểm tra đo lường đối với cân sử dụng trong mua bán tại các chợ trên địa bàn các huyện.',
          leadUnitCode: 'CCTDC',
          supportingUnitCodes: ['BG', 'LB', 'VL'],
          ownerEmail: 'chicuc@khcn.langson.gov.vn',
          startDate: '2021-10-01',
          dueDate: '2021-12-15',
          weight: 1,
          indicators: [{ name: 'Chợ được kiểm tra cân đối chứng', unitOfMeasure: 'chợ', target: 15, note: M }],
          updates: [],
        },
      ],
    },
    // ---------------------------------------------------------------------------------------------
    {
      code: 'NV6',
      title: 'Thực hiện Kế hoạch thanh tra, kiểm tra khoa học và công nghệ năm 2021',
      description:
        'Thanh tra, kiểm tra chuyên ngành về đo lường, nhãn hàng hóa, sở hữu công nghiệp, an toàn bức xạ, hàng đóng gói sẵn, đồ chơi trẻ em và kinh doanh xăng dầu; kết hợp tuyên truyền, phổ biến pháp luật về KH&CN trong sản xuất, kinh doanh.',
      legalBasis: 'Kế hoạch 100/KH-UBND',
      legalBasisDate: '2020-06-12',
      leadUnitCode: 'TTRA',
      tasks: [
        {
          code: 'NV6.01',
          title: 'Thanh tra, kiểm tra đo lường, chất lượng tại các cửa hàng kinh doanh xăng dầu',
          description:
            'Thanh tra việc chấp hành quy định về đo lường, chất lượng xăng dầu và kiểm tra sai số cột đo xăng dầu tại các cửa hàng trên địa bàn tỉnh; xử lý nghiêm các vi phạm.',
          leadUnitCode: 'TTRA',
          supportingUnitCodes: ['CCTDC', 'TD', 'CL'],
          ownerEmail: 'thanhtra@khcn.langson.gov.vn',
          startDate: '2021-03-01',
          dueDate: '2021-06-30',
          weight: 3,
          indicators: [
            { name: 'Cửa hàng xăng dầu được thanh tra, kiểm tra', unitOfMeasure: 'cửa hàng', target: 30, note: M },
            { name: 'Cột đo xăng dầu được kiểm tra sai số', unitOfMeasure: 'cột đo', target: 100, note: M },
          ],
          updates: [
            {
              date: '2021-04-10',
              progress: 30,
              note: 'Ban hành quyết định thanh tra; kiểm tra 9 cửa hàng tại thành phố Lạng Sơn và huyện Cao Lộc.',
              indicatorActuals: [9, 31],
            },
            {
              date: '2021-05-20',
              progress: 55,
              note: 'Chi cục Tiêu chuẩn Đo lường Chất lượng cử cán bộ kỹ thuật kiểm tra sai số 27 cột đo; 2 cột đo có sai số vượt mức cho phép, đã lập biên bản.',
              authorEmail: 'chicuc@khcn.langson.gov.vn',
              indicatorActuals: [17, 58],
            },
            {
              date: '2021-06-28',
              progress: 80,
              note: 'Kiểm tra thêm 8 cửa hàng tại huyện Tràng Định và huyện Chi Lăng.',
              indicatorActuals: [25, 86],
            },
            {
              date: '2021-07-20',
              progress: 100,
              note: 'Kết thúc thanh tra 31 cửa hàng, 104 cột đo; ban hành kết luận thanh tra, xử phạt vi phạm hành chính 3 cơ sở.',
              indicatorActuals: [31, 104],
            },
          ],
          completion: { requestedOn: '2021-07-20', confirmedOn: '2021-07-23' },
          comments: [
            {
              date: '2021-06-29',
              authorEmail: 'trangdinh@langson.gov.vn',
              body: 'Phòng Kinh tế và Hạ tầng huyện Tràng Định đã cử cán bộ phối hợp; đề nghị Thanh tra Sở gửi kết luận thanh tra để huyện theo dõi việc khắc phục.',
            },
          ],
        },
        {
          code: 'NV6.02',
          title: 'Kiểm tra nhãn hàng hóa, hàng đóng gói sẵn dịp Tết Nguyên đán Tân Sửu 2021',
          description:
            'Kiểm tra việc ghi nhãn, định lượng hàng đóng gói sẵn và chất lượng hàng hóa lưu thông tại các cơ sở kinh doanh, siêu thị, chợ trước và sau Tết Nguyên đán.',
          leadUnitCode: 'CCTDC',
          supportingUnitCodes: ['TTRA', 'TPLS'],
          ownerEmail: 'chicuc@khcn.langson.gov.vn',
          startDate: '2021-01-11',
          dueDate: '2021-02-28',
          weight: 2,
          indicators: [
            { name: 'Cơ sở kinh doanh được kiểm tra', unitOfMeasure: 'cơ sở', target: 25, note: M },
            { name: 'Mẫu hàng đóng gói sẵn được kiểm tra định lượng', unitOfMeasure: 'mẫu', target: 40, note: M },
          ],
          updates: [
            {
              date: '2021-01-29',
              progress: 50,
              note: 'Kiểm tra 13 cơ sở, 22 mẫu hàng đóng gói sẵn tại thành phố Lạng Sơn.',
              indicatorActuals: [13, 22],
            },
            {
              date: '2021-02-08',
              progress: 75,
              note: 'Thanh tra Sở phối hợp kiểm tra 7 siêu thị, cửa hàng tiện lợi; lấy thêm 12 mẫu hàng đóng gói sẵn.',
              authorEmail: 'thanhtra@khcn.langson.gov.vn',
              indicatorActuals: [20, 34],
            },
            {
              date: '2021-02-25',
              progress: 100,
              note: 'Hoàn thành kiểm tra 27 cơ sở, 41 mẫu; phát hiện 4 cơ sở vi phạm về ghi nhãn, đã nhắc nhở và yêu cầu khắc phục.',
              indicatorActuals: [27, 41],
            },
          ],
          completion: { requestedOn: '2021-02-25', confirmedOn: '2021-03-02' },
        },
        {
          code: 'NV6.03',
          title: 'Kiểm tra chất lượng đồ chơi trẻ em dịp Tết Trung thu năm 2021',
          description:
            'Kiểm tra việc công bố hợp quy, ghi nhãn và dấu hợp quy CR đối với đồ chơi trẻ em lưu thông trên thị trường trước dịp Tết Trung thu.',
          leadUnitCode: 'CCTDC',
          supportingUnitCodes: ['TTRA', 'TPLS', 'CLO'],
          ownerEmail: 'chicuc@khcn.langson.gov.vn',
          startDate: '2021-08-16',
          dueDate: '2021-09-30',
          weight: 1,
          indicators: [{ name: 'Cơ sở kinh doanh đồ chơi được kiểm tra', unitOfMeasure: 'cơ sở', target: 20, note: M }],
          updates: [
            {
              date: '2021-09-06',
              progress: 40,
              note: 'Kiểm tra 8 cơ sở kinh doanh đồ chơi trẻ em tại thành phố Lạng Sơn.',
              indicatorActuals: [8],
            },
            {
              date: '2021-09-15',
              progress: 70,
              note: 'Phòng Kinh tế thành phố Lạng Sơn phối hợp kiểm tra thêm 7 cơ sở tại các chợ trung tâm.',
              authorEmail: 'tpls@langson.gov.vn',
              indicatorActuals: [15],
            },
            {
              date: '2021-09-28',
              progress: 100,
              note: 'Hoàn thành kiểm tra 21 cơ sở; 2 cơ sở bán đồ chơi không có dấu hợp quy, đã chuyển Thanh tra Sở xử lý.',
              indicatorActuals: [21],
            },
          ],
          completion: { requestedOn: '2021-09-28', confirmedOn: '2021-10-01' },
        },
        {
          code: 'NV6.04',
          title: 'Thanh tra an toàn bức xạ tại các cơ sở sử dụng thiết bị X-quang y tế',
          description:
            'Thanh tra việc chấp hành quy định về giấy phép tiến hành công việc bức xạ, theo dõi liều chiếu xạ cá nhân và kiểm định thiết bị X-quang tại các cơ sở y tế công lập và tư nhân.',
          leadUnitCode: 'TTRA',
          supportingUnitCodes: ['QLCN'],
          ownerEmail: 'thanhtra@khcn.langson.gov.vn',
          startDate: '2021-04-01',
          dueDate: '2021-09-15',
          weight: 2,
          indicators: [{ name: 'Cơ sở X-quang y tế được thanh tra', unitOfMeasure: 'cơ sở', target: 15, note: M }],
          updates: [
            {
              date: '2021-05-14',
              progress: 30,
              note: 'Thanh tra 5 phòng khám tư nhân có thiết bị X-quang; 1 cơ sở chưa gia hạn giấy phép tiến hành công việc bức xạ.',
              indicatorActuals: [5],
            },
            {
              date: '2021-07-08',
              progress: 40,
              note: 'Phòng Quản lý Công nghệ và Chuyên ngành cung cấp danh sách cơ sở đã được cấp phép và thời hạn giấy phép để phục vụ thanh tra.',
              authorEmail: 'qlcn@khcn.langson.gov.vn',
              indicatorActuals: [5],
            },
            {
              date: '2021-08-27',
              progress: 50,
              note: 'Tạm hoãn thanh tra tại các bệnh viện đang tham gia phòng, chống dịch COVID-19; mới hoàn thành 7/15 cơ sở.',
              indicatorActuals: [7],
            },
          ],
        },
        {
          code: 'NV6.05',
          title: 'Thanh tra, kiểm tra về sở hữu công nghiệp đối với hàng hóa lưu thông',
          description:
            'Thanh tra việc sử dụng nhãn hiệu, chỉ dẫn địa lý và phát hiện hàng hóa xâm phạm quyền sở hữu công nghiệp tại các cơ sở kinh doanh, khu vực cửa khẩu.',
          leadUnitCode: 'TTRA',
          supportingUnitCodes: ['QLCN', 'VL', 'TPLS'],
          ownerEmail: 'thanhtra@khcn.langson.gov.vn',
          startDate: '2021-10-18',
          dueDate: '2021-11-30',
          weight: 1,
          indicators: [{ name: 'Cơ sở được thanh tra, kiểm tra', unitOfMeasure: 'cơ sở', target: 12, note: M }],
          updates: [],
        },
        {
          code: 'NV6.06',
          title: 'Thanh tra việc thực hiện đề tài, dự án KH&CN cấp tỉnh',
          description:
            'Thanh tra việc thực hiện nội dung, tiến độ và sử dụng kinh phí của một số đề tài, dự án KH&CN cấp tỉnh; kiến nghị chấn chỉnh các tồn tại, hạn chế.',
          leadUnitCode: 'TTRA',
          supportingUnitCodes: ['QLKH', 'KHTC'],
          ownerEmail: 'thanhtra@khcn.langson.gov.vn',
          startDate: '2021-05-03',
          dueDate: '2021-12-15',
          weight: 2,
          indicators: [{ name: 'Đề tài, dự án được thanh tra', unitOfMeasure: 'đề tài/dự án', target: 6, note: M }],
          updates: [
            {
              date: '2021-06-15',
              progress: 25,
              note: 'Ban hành quyết định thanh tra; làm việc với tổ chức chủ trì đề tài thứ nhất.',
              indicatorActuals: [1],
            },
            {
              date: '2021-08-16',
              progress: 50,
              note: 'Phòng Quản lý Khoa học cung cấp thuyết minh, hợp đồng và báo cáo định kỳ; đoàn thanh tra đã làm việc với 3 tổ chức chủ trì.',
              authorEmail: 'qlkh@khcn.langson.gov.vn',
              indicatorActuals: [3],
            },
            {
              date: '2021-10-11',
              progress: 75,
              note: 'Hoàn thành thanh tra 4/6 đề tài, dự án; dự thảo kết luận thanh tra đối với 2 đề tài.',
              indicatorActuals: [4],
            },
          ],
        },
      ],
    },
    // ---------------------------------------------------------------------------------------------
    {
      code: 'NV7',
      title: 'Ứng dụng KH&CN vào sản xuất, xây dựng mô hình sản xuất hiệu quả có khả năng nhân rộng',
      description:
        'Đẩy mạnh áp dụng kết quả nghiên cứu, ứng dụng, triển khai KH&CN vào đời sống và sản xuất; xây dựng mô hình sản xuất có hiệu quả, có khả năng nhân rộng trên cơ sở ứng dụng khoa học kỹ thuật nhằm phát triển kinh tế – xã hội.',
      legalBasis: 'Kế hoạch 100/KH-UBND',
      legalBasisDate: '2020-06-12',
      leadUnitCode: 'TTTT',
      tasks: [
        {
          code: 'NV7.01',
          title: 'Xây dựng mô hình thâm canh cây hồi và chưng cất tinh dầu hồi tại huyện Văn Lãng',
          description:
            'Ứng dụng tiến bộ kỹ thuật trong chăm sóc, thâm canh rừng hồi và cải tiến thiết bị chưng cất tinh dầu hồi, nâng cao năng suất và chất lượng sản phẩm cho các hộ tham gia mô hình.',
          leadUnitCode: 'VL',
          supportingUnitCodes: ['TTTT'],
          ownerEmail: 'vanlang@langson.gov.vn',
          startDate: '2021-03-01',
          dueDate: '2021-12-15',
          weight: 2,
          indicators: [
            { name: 'Diện tích hồi áp dụng tiến bộ kỹ thuật', unitOfMeasure: 'ha', target: 20, note: M },
            { name: 'Hộ tham gia mô hình', unitOfMeasure: 'hộ', target: 30, note: M },
          ],
          updates: [
            {
              date: '2021-04-10',
              progress: 15,
              note: 'Lựa chọn 18 hộ tham gia mô hình, khảo sát hiện trạng rừng hồi.',
              indicatorActuals: [0, 18],
            },
            {
              date: '2021-06-05',
              progress: 40,
              note: 'Tập huấn kỹ thuật tỉa cành, bón phân cho 26 hộ; triển khai thâm canh trên 8 ha.',
              indicatorActuals: [8, 26],
            },
            {
              date: '2021-08-20',
              progress: 65,
              note: 'Trung tâm Thông tin và Ứng dụng KH&CN lắp đặt 01 bộ thiết bị chưng cất tinh dầu hồi cải tiến; mở rộng diện tích lên 16 ha.',
              authorEmail: 'trungtam@khcn.langson.gov.vn',
              indicatorActuals: [16, 30],
            },
            {
              date: '2021-10-12',
              progress: 82,
              note: 'Hoàn thành thâm canh 20 ha; đang theo dõi năng suất vụ hồi mùa để đánh giá hiệu quả.',
              indicatorActuals: [20, 30],
            },
          ],
        },
        {
          code: 'NV7.02',
          title: 'Sản xuất và chuyển giao giống nấm ăn, nấm dược liệu vụ đông xuân',
          description:
            'Sản xuất giống nấm sò, mộc nhĩ và linh chi; chuyển giao giống và hướng dẫn kỹ thuật nuôi trồng cho các hộ, hợp tác xã trong vụ đông xuân.',
          leadUnitCode: 'TTTT',
          supportingUnitCodes: ['BS', 'HL'],
          ownerEmail: 'trungtam@khcn.langson.gov.vn',
          startDate: '2021-01-11',
          dueDate: '2021-03-31',
          weight: 1,
          indicators: [{ name: 'Giống nấm được chuyển giao', unitOfMeasure: 'tấn', target: 8, note: M }],
          updates: [
            {
              date: '2021-02-05',
              progress: 40,
              note: 'Đã sản xuất và chuyển giao 3 tấn giống nấm sò.',
              indicatorActuals: [3],
            },
            {
              date: '2021-03-05',
              progress: 70,
              note: 'Huyện Bắc Sơn tiếp nhận 1,5 tấn giống nấm cho 2 hợp tác xã; lũy kế 6 tấn.',
              authorEmail: 'bacson@langson.gov.vn',
              indicatorActuals: [6],
            },
            {
              date: '2021-03-29',
              progress: 100,
              note: 'Hoàn thành chuyển giao 8,5 tấn giống nấm; hướng dẫn kỹ thuật nuôi trồng cho 120 hộ.',
              indicatorActuals: [8.5],
            },
          ],
          completion: { requestedOn: '2021-03-29', confirmedOn: '2021-04-02' },
        },
        {
          code: 'NV7.03',
          title: 'Xây dựng mô hình trồng và sơ chế thạch đen theo hướng VietGAP tại huyện Tràng Định',
          description:
            'Áp dụng quy trình trồng, thu hái và sơ chế cây thạch đen theo hướng VietGAP, gắn với việc xây dựng chỉ dẫn địa lý “Thạch đen Tràng Định”.',
          leadUnitCode: 'TTTT',
          supportingUnitCodes: ['TD', 'QLKH'],
          ownerEmail: 'trungtam@khcn.langson.gov.vn',
          startDate: '2021-02-15',
          dueDate: '2021-07-31',
          weight: 2,
          indicators: [{ name: 'Diện tích áp dụng quy trình VietGAP', unitOfMeasure: 'ha', target: 10, note: M }],
          updates: [
            {
              date: '2021-03-20',
              progress: 25,
              note: 'Chuyển giao quy trình trồng thạch đen theo hướng VietGAP; triển khai trên 3 ha.',
              indicatorActuals: [3],
            },
            {
              date: '2021-05-15',
              progress: 55,
              note: 'Phòng Nông nghiệp huyện Tràng Định hướng dẫn các hộ ghi chép nhật ký sản xuất; mở rộng lên 7 ha.',
              authorEmail: 'trangdinh@langson.gov.vn',
              indicatorActuals: [7],
            },
            {
              date: '2021-07-26',
              progress: 80,
              note: 'Đủ 10 ha theo kế hoạch; chờ thu hoạch để đánh giá hiệu quả mô hình.',
              indicatorActuals: [10],
            },
            {
              date: '2021-08-16',
              progress: 100,
              note: 'Tổng kết mô hình, năng suất cao hơn canh tác truyền thống; đề nghị xác nhận hoàn thành.',
              indicatorActuals: [10],
            },
          ],
          completion: { requestedOn: '2021-08-16', confirmedOn: '2021-08-20' },
        },
        {
          code: 'NV7.04',
          title: 'Xây dựng mô hình ứng dụng tưới tiết kiệm nước cho cây quýt tại huyện Bắc Sơn',
          description:
            'Lắp đặt hệ thống tưới nhỏ giọt, kết hợp bón phân qua hệ thống tưới cho vườn quýt; đánh giá hiệu quả để nhân rộng cho các vùng trồng cây ăn quả có múi.',
          leadUnitCode: 'BS',
          supportingUnitCodes: ['TTTT', 'QLKH'],
          ownerEmail: 'bacson@langson.gov.vn',
          startDate: '2021-03-01',
          dueDate: '2021-12-31',
          weight: 2,
          indicators: [{ name: 'Diện tích áp dụng tưới tiết kiệm', unitOfMeasure: 'ha', target: 15, note: M }],
          updates: [
            {
              date: '2021-05-10',
              progress: 15,
              note: 'Khảo sát, lựa chọn vườn quýt; lắp đặt thử nghiệm trên 2 ha.',
              indicatorActuals: [2],
            },
            {
              date: '2021-08-05',
              progress: 25,
              note: 'Mở rộng lên 4 ha; việc cung ứng thiết bị tưới bị chậm do ảnh hưởng của dịch COVID-19.',
              indicatorActuals: [4],
            },
            {
              date: '2021-10-05',
              progress: 30,
              note: 'Lắp đặt thêm 1 ha; nhiều hộ chưa đồng thuận đối ứng kinh phí, có nguy cơ không đạt diện tích kế hoạch.',
              indicatorActuals: [5],
            },
          ],
        },
        {
          code: 'NV7.05',
          title: 'Xây dựng mô hình thâm canh na theo hướng hữu cơ tại huyện Chi Lăng',
          description:
            'Ứng dụng chế phẩm sinh học, kỹ thuật thụ phấn bổ sung và quản lý dịch hại tổng hợp trên cây na, gắn với nhãn hiệu chứng nhận “Na Chi Lăng”.',
          leadUnitCode: 'CL',
          supportingUnitCodes: ['TTTT'],
          ownerEmail: 'chilang@langson.gov.vn',
          startDate: '2021-02-01',
          dueDate: '2021-08-31',
          weight: 2,
          indicators: [
            { name: 'Diện tích na áp dụng quy trình', unitOfMeasure: 'ha', target: 10, note: M },
            { name: 'Hộ tham gia mô hình', unitOfMeasure: 'hộ', target: 20, note: M },
          ],
          updates: [
            {
              date: '2021-03-15',
              progress: 30,
              note: 'Lựa chọn 12 hộ, triển khai trên 4 ha; tập huấn sử dụng chế phẩm sinh học.',
              indicatorActuals: [4, 12],
            },
            {
              date: '2021-05-20',
              progress: 60,
              note: 'Mở rộng lên 10 ha với 20 hộ; hướng dẫn kỹ thuật thụ phấn bổ sung.',
              indicatorActuals: [10, 20],
            },
            {
              date: '2021-07-10',
              progress: 80,
              note: 'Trung tâm Thông tin và Ứng dụng KH&CN theo dõi sinh trưởng; tỷ lệ đậu quả cao hơn vườn đối chứng.',
              authorEmail: 'trungtam@khcn.langson.gov.vn',
              indicatorActuals: [10, 20],
            },
            {
              date: '2021-08-20',
              progress: 100,
              note: 'Tổng kết mô hình vụ na năm 2021; đề nghị xác nhận hoàn thành.',
              indicatorActuals: [10, 20],
            },
          ],
          completion: { requestedOn: '2021-08-20', confirmedOn: '2021-08-26' },
        },
      ],
    },
  ],
};
