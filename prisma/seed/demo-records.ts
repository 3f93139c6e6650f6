// The records of the reference conference: the term's resolution and its targets with the results the
// report gives, Plan 274-KH of 13/3/2023, the mid-term review of 31/7/2023, its conclusions (the four
// directions for 2023–2025) and the follow-up tasks made from them. Where the report gives no figure
// (most goal values), the value is invented and marked so in `description`.
import type { OrgKey } from './demo-people.ts';

export const DEMO_TERM = { name: 'Nhiệm kỳ 2020 – 2025', congressNumber: 5, startYear: 2020, endYear: 2025 } as const;

export const DEMO_RESOLUTION = {
  title: 'Nghị quyết Đại hội Đảng bộ Sở Lao động – Thương binh và Xã hội lần thứ V, nhiệm kỳ 2020 – 2025',
  issuedOn: '2020-07-10',
} as const;

export interface DemoTarget {
  key: string;
  name: string;
  description?: string;
  unit: 'PERCENT' | 'PEOPLE' | 'HOUSEHOLDS' | 'BILLION_VND';
  goalKind: 'AT_LEAST' | 'AT_MOST' | 'RANGE' | 'REDUCTION_PER_YEAR' | 'COUNT_OVER_TERM';
  targetValue?: number;
  targetMax?: number;
  baselineValue?: number;
  baselineYear?: number;
  result: {
    period: 'YEAR' | 'MID_TERM' | 'END_OF_TERM';
    year: number;
    value: number;
    qualifier: 'EXACT' | 'ESTIMATE' | 'BELOW' | 'ABOVE';
    source: string;
    note?: string;
    breakdownLabel?: string;
    parts?: { label: string; value: number }[];
  };
}

const REPORT = 'Báo cáo sơ kết giữa nhiệm kỳ, Hội nghị ngày 31/7/2023';
const INVENTED_GOAL = 'Giá trị chỉ tiêu là dữ liệu mẫu (bài báo không nêu).';

export const DEMO_TARGETS: readonly DemoTarget[] = [
  {
    key: 'trainedLabour', name: 'Tỷ lệ lao động qua đào tạo', description: INVENTED_GOAL,
    unit: 'PERCENT', goalKind: 'AT_LEAST', targetValue: 70,
    result: { period: 'MID_TERM', year: 2023, value: 69.5, qualifier: 'ESTIMATE', source: REPORT, note: 'Ước đến cuối năm 2023' },
  },
  {
    key: 'certifiedLabour', name: 'Tỷ lệ lao động qua đào tạo có văn bằng, chứng chỉ', description: INVENTED_GOAL,
    unit: 'PERCENT', goalKind: 'AT_LEAST', targetValue: 30,
    result: { period: 'MID_TERM', year: 2023, value: 28.5, qualifier: 'ESTIMATE', source: REPORT, note: 'Ước đến cuối năm 2023' },
  },
  {
    key: 'urbanUnemployment', name: 'Tỷ lệ thất nghiệp khu vực thành thị',
    unit: 'PERCENT', goalKind: 'AT_MOST', targetValue: 4,
    result: { period: 'MID_TERM', year: 2023, value: 4, qualifier: 'BELOW', source: REPORT, note: 'Kiềm chế ở mức dưới 4%' },
  },
  {
    key: 'workersAbroad', name: 'Số lao động đi làm việc ở nước ngoài theo hợp đồng trong năm',
    description: 'Chỉ tiêu Nghị quyết khoảng 203 lao động/năm (357 lao động = 176%).',
    unit: 'PEOPLE', goalKind: 'AT_LEAST', targetValue: 203,
    result: {
      period: 'YEAR', year: 2023, value: 357, qualifier: 'EXACT', source: REPORT,
      note: 'Bài báo nêu tổng 357 lao động nhưng chi tiết theo quốc gia cộng lại 343.',
      breakdownLabel: 'Theo quốc gia',
      parts: [
        { label: 'Nhật Bản', value: 233 },
        { label: 'Đài Loan', value: 106 },
        { label: 'Hàn Quốc', value: 2 },
        { label: 'Nga', value: 1 },
        { label: 'Indonesia', value: 1 },
      ],
    },
  },
  {
    key: 'gratitudeFund', name: 'Vận động Quỹ “Đền ơn đáp nghĩa” trong nhiệm kỳ',
    unit: 'BILLION_VND', goalKind: 'COUNT_OVER_TERM', targetValue: 14,
    result: { period: 'MID_TERM', year: 2023, value: 14, qualifier: 'ABOVE', source: REPORT, note: 'Trên 14 tỷ đồng' },
  },
  {
    key: 'poorHouseholds', name: 'Giảm tỷ lệ hộ nghèo bình quân mỗi năm',
    description: 'Giảm từ 1 – 1,2%/năm. Cuối năm 2022: 14.872 hộ nghèo, tỷ lệ 2,81% (giảm 1% so với năm 2021).',
    unit: 'PERCENT', goalKind: 'REDUCTION_PER_YEAR', targetValue: 1, targetMax: 1.2, baselineValue: 3.81, baselineYear: 2021,
    result: { period: 'YEAR', year: 2022, value: 2.81, qualifier: 'EXACT', source: REPORT, note: '14.872 hộ nghèo' },
  },
  {
    key: 'nearPoorHouseholds', name: 'Giảm tỷ lệ hộ cận nghèo bình quân mỗi năm', description: INVENTED_GOAL,
    unit: 'PERCENT', goalKind: 'REDUCTION_PER_YEAR', targetValue: 1, baselineValue: 5.89, baselineYear: 2021,
    result: { period: 'YEAR', year: 2022, value: 4.61, qualifier: 'EXACT', source: REPORT, note: '24.370 hộ cận nghèo (giảm 1,28% so với năm 2021)' },
  },
  {
    key: 'vocationalTraining', name: 'Tuyển sinh, đào tạo nghề nghiệp từ đầu nhiệm kỳ', description: INVENTED_GOAL,
    unit: 'PEOPLE', goalKind: 'COUNT_OVER_TERM', targetValue: 70000,
    result: {
      period: 'MID_TERM', year: 2023, value: 74909, qualifier: 'EXACT', source: REPORT,
      breakdownLabel: 'Theo trình độ đào tạo',
      parts: [
        { label: 'Cao đẳng', value: 3379 },
        { label: 'Trung cấp', value: 7290 },
        { label: 'Sơ cấp và dưới 03 tháng', value: 64240 },
      ],
    },
  },
];

export const DEMO_PLAN = {
  officialNumber: '274-KH/ĐUSLĐTBXH',
  issuedOn: '2023-03-13',
  title: 'Kế hoạch sơ kết, đánh giá giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Sở Lao động – Thương binh và Xã hội lần thứ V, nhiệm kỳ 2020 – 2025',
  purpose: 'Đánh giá kết quả thực hiện Nghị quyết giữa nhiệm kỳ, chỉ rõ ưu điểm, hạn chế và đề ra nhiệm vụ, giải pháp cho những năm còn lại của nhiệm kỳ.',
  content: 'Các chi bộ, Đảng bộ bộ phận tổ chức sơ kết và gửi báo cáo về Đảng ủy Sở; Đảng ủy Sở tổ chức Hội nghị sơ kết giữa nhiệm kỳ.',
} as const;

export const DEMO_CONFERENCE = {
  title: 'Hội nghị sơ kết, đánh giá giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Sở LĐ-TBXH, nhiệm kỳ 2020 – 2025',
  startsAt: '2023-07-31T07:30:00+07:00',
  endsAt: '2023-07-31T11:30:00+07:00',
  venue: 'Hội trường Sở Lao động – Thương binh và Xã hội tỉnh An Giang',
} as const;

export interface DemoAgendaItem {
  time: string;
  durationMinutes: number;
  title: string;
  presenter?: string;
  presenterName?: string;
}

export const DEMO_AGENDA: readonly DemoAgendaItem[] = [
  { time: '07:30', durationMinutes: 15, title: 'Tuyên bố lý do, giới thiệu đại biểu', presenter: 'trang' },
  { time: '07:45', durationMinutes: 10, title: 'Phát biểu khai mạc Hội nghị', presenter: 'hung' },
  { time: '07:55', durationMinutes: 45, title: 'Báo cáo sơ kết, đánh giá giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Sở lần thứ V', presenter: 'linh' },
  { time: '08:40', durationMinutes: 90, title: 'Thảo luận, đóng góp ý kiến vào Báo cáo', presenterName: 'Các đại biểu dự Hội nghị' },
  { time: '10:10', durationMinutes: 20, title: 'Phát biểu chỉ đạo của đại diện Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh', presenterName: 'Đồng chí Trần Minh Tâm, Phó Bí thư Đảng ủy Khối' },
  { time: '10:30', durationMinutes: 30, title: 'Kết luận Hội nghị và bế mạc', presenter: 'hung' },
];

/** Answers and attendance that differ from "attending, present". */
export const DEMO_ATTENDANCE_EXCEPTIONS: Readonly<Record<string, { rsvp: 'ATTENDING' | 'DECLINED' | 'PENDING'; rsvpReason?: string; attendance: 'PRESENT' | 'LATE' | 'EXCUSED' | 'ABSENT'; note?: string }>> = {
  phuc: { rsvp: 'DECLINED', rsvpReason: 'Đi công tác tại Hà Nội theo Quyết định của UBND tỉnh', attendance: 'EXCUSED', note: 'Vắng có lý do' },
  an: { rsvp: 'ATTENDING', attendance: 'LATE', note: 'Đến lúc 08 giờ 10' },
  son: { rsvp: 'PENDING', attendance: 'ABSENT', note: 'Vắng không lý do' },
};

export const DEMO_DELEGATE = {
  guestName: 'Trần Minh Tâm',
  guestTitle: 'Phó Bí thư Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh',
} as const;

export const DEMO_MINUTES = {
  opening: 'Hội nghị khai mạc lúc 7 giờ 30 phút ngày 31/7/2023 tại Hội trường Sở. Đồng chí Phạm Thị Thu Trang tuyên bố lý do, giới thiệu đại biểu; đồng chí Nguyễn Văn Hùng, Bí thư Đảng ủy Sở, chủ trì và phát biểu khai mạc.',
  reports: 'Đồng chí Trần Thị Mỹ Linh, Phó Bí thư Đảng ủy, trình bày Báo cáo sơ kết, đánh giá giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Sở lần thứ V, nhiệm kỳ 2020 – 2025.',
  discussion: 'Các đại biểu thảo luận về kết quả đào tạo nghề, giải quyết việc làm, đưa người lao động đi làm việc ở nước ngoài và giảm nghèo bền vững. Đồng chí Trần Minh Tâm, Phó Bí thư Đảng ủy Khối, phát biểu chỉ đạo.',
  closing: 'Đồng chí Bí thư Đảng ủy kết luận Hội nghị. Hội nghị bế mạc lúc 11 giờ 30 phút cùng ngày.',
} as const;

export interface DemoConclusion {
  content: string;
  task: {
    title: string;
    owner: OrgKey;
    responsible: string;
    coOwners: OrgKey[];
    priority: 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';
    target?: string;
    updates: { reportedOn: string; progress: number; status: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'PAUSED' | 'CANCELLED'; note: string; author: string }[];
  };
}

export const DEMO_CONCLUSIONS: readonly DemoConclusion[] = [
  {
    content: 'Tập trung bám sát mục tiêu, chỉ tiêu mà Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI, Nghị quyết Đại hội Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh lần thứ VI đề ra, Nghị quyết Đại hội Đảng bộ Sở Lao động – Thương binh và Xã hội lần thứ V.',
    task: {
      title: 'Bám sát mục tiêu, chỉ tiêu Nghị quyết Đại hội các cấp đến cuối nhiệm kỳ',
      owner: 'department', responsible: 'linh', coOwners: ['cellOffice'], priority: 'HIGH',
      updates: [
        { reportedOn: '2023-12-20', progress: 40, status: 'IN_PROGRESS', note: 'Rà soát tiến độ các chỉ tiêu năm 2023; xây dựng kế hoạch năm 2024.', author: 'vanphong' },
        { reportedOn: '2024-12-18', progress: 75, status: 'IN_PROGRESS', note: 'Đánh giá kết quả năm 2024; các chỉ tiêu cơ bản đạt kế hoạch.', author: 'vanphong' },
      ],
    },
  },
  {
    content: 'Nâng cao chất lượng và hiệu quả hoạt động của các cơ sở giáo dục nghề nghiệp là nhiệm vụ trọng tâm, góp phần hình thành đội ngũ lao động có trình độ chuyên môn kỹ thuật và kỹ năng mềm; gắn kết chặt chẽ đào tạo nghề nghiệp với thị trường lao động, việc làm bền vững, xây dựng nông thôn mới. Xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ.',
    task: {
      title: 'Nâng cao chất lượng giáo dục nghề nghiệp, gắn đào tạo với thị trường lao động',
      owner: 'cellLabour', responsible: 'khoa', coOwners: ['school', 'cellJobs'], priority: 'HIGH', target: 'trainedLabour',
      updates: [
        { reportedOn: '2024-06-28', progress: 30, status: 'IN_PROGRESS', note: 'Phối hợp các trường khảo sát nhu cầu tuyển dụng của doanh nghiệp.', author: 'daibieu' },
      ],
    },
  },
  {
    content: 'Chăm lo tốt đời sống vật chất và tinh thần cho đối tượng người có công; thực hiện giảm nghèo bền vững và đảm bảo an sinh xã hội; làm tốt công tác bảo vệ và chăm sóc trẻ em. Thúc đẩy bình đẳng giới và thực hiện các mục tiêu vì sự tiến bộ của phụ nữ. Tích cực đấu tranh ngăn chặn, làm giảm tệ nạn mại dâm, ma túy và giải quyết tốt các vấn đề sau cai nghiện.',
    task: {
      title: 'Chăm lo người có công, giảm nghèo bền vững và bảo đảm an sinh xã hội',
      owner: 'cellMerit', responsible: 'ngoc', coOwners: ['cellWelfare'], priority: 'NORMAL', target: 'poorHouseholds',
      updates: [
        { reportedOn: '2024-12-20', progress: 100, status: 'DONE', note: 'Hoàn thành kế hoạch chăm lo người có công và giảm nghèo năm 2024.', author: 'vanphong' },
      ],
    },
  },
  {
    content: 'Đẩy mạnh cải cách hành chính. Tăng cường đổi mới, nâng cao hiệu quả công tác lãnh đạo, điều hành. Tiếp tục xây dựng, củng cố Đảng bộ và cơ quan, đơn vị trong sạch, vững mạnh toàn diện.',
    task: {
      title: 'Đẩy mạnh cải cách hành chính; xây dựng Đảng bộ trong sạch, vững mạnh toàn diện',
      owner: 'cellOffice', responsible: 'oanh', coOwners: [], priority: 'NORMAL',
      updates: [],
    },
  },
];

export const DEMO_TASK_DATES = { startDate: '2023-08-01', dueDate: '2025-12-31' } as const;
