// The people of the demo. Names are invented; positions follow the reference report's attendee list
// (../../shared/reference/so-ket-giua-nhiem-ky-2023.txt).
import type { DemoAccount } from './demo-accounts.ts';
import { DEMO_ACCOUNTS } from './demo-accounts.ts';

export type OrgKey =
  | 'province'
  | 'block'
  | 'department'
  | 'school'
  | 'schoolTech'
  | 'schoolGeneral'
  | 'cellOffice'
  | 'cellLabour'
  | 'cellMerit'
  | 'cellWelfare'
  | 'cellJobs';

export interface DemoOrganization {
  key: OrgKey;
  parent?: OrgKey;
  kind: 'PROVINCIAL_COMMITTEE' | 'BLOCK_COMMITTEE' | 'GRASSROOTS_COMMITTEE' | 'PARTIAL_COMMITTEE' | 'CELL';
  name: string;
  shortName: string;
  symbol?: string;
  place?: string;
}

export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  { key: 'province', kind: 'PROVINCIAL_COMMITTEE', name: 'Đảng bộ tỉnh An Giang', shortName: 'Tỉnh ủy An Giang', symbol: 'TU', place: 'An Giang' },
  { key: 'block', parent: 'province', kind: 'BLOCK_COMMITTEE', name: 'Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh An Giang', shortName: 'Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh', symbol: 'ĐUK', place: 'An Giang' },
  { key: 'department', parent: 'block', kind: 'GRASSROOTS_COMMITTEE', name: 'Đảng bộ Sở Lao động – Thương binh và Xã hội', shortName: 'Đảng ủy Sở LĐ-TBXH', symbol: 'ĐUSLĐTBXH', place: 'An Giang' },
  { key: 'school', parent: 'department', kind: 'PARTIAL_COMMITTEE', name: 'Đảng bộ bộ phận Trường Trung cấp Kỹ thuật – Tổng hợp An Giang', shortName: 'Đảng bộ bộ phận Trường TC KT-TH', place: 'An Giang' },
  { key: 'schoolTech', parent: 'school', kind: 'CELL', name: 'Chi bộ Khoa Kỹ thuật', shortName: 'Chi bộ Khoa Kỹ thuật' },
  { key: 'schoolGeneral', parent: 'school', kind: 'CELL', name: 'Chi bộ Khoa Tổng hợp', shortName: 'Chi bộ Khoa Tổng hợp' },
  { key: 'cellOffice', parent: 'department', kind: 'CELL', name: 'Chi bộ Văn phòng Sở', shortName: 'Chi bộ Văn phòng' },
  { key: 'cellLabour', parent: 'department', kind: 'CELL', name: 'Chi bộ Phòng Lao động – Việc làm', shortName: 'Chi bộ Phòng LĐ-VL' },
  { key: 'cellMerit', parent: 'department', kind: 'CELL', name: 'Chi bộ Phòng Người có công', shortName: 'Chi bộ Phòng NCC' },
  { key: 'cellWelfare', parent: 'department', kind: 'CELL', name: 'Chi bộ Phòng Bảo trợ xã hội', shortName: 'Chi bộ Phòng BTXH' },
  { key: 'cellJobs', parent: 'department', kind: 'CELL', name: 'Chi bộ Trung tâm Dịch vụ việc làm', shortName: 'Chi bộ TT DVVL' },
];

export type Position = 'SECRETARY' | 'DEPUTY_SECRETARY' | 'STANDING_MEMBER' | 'EXECUTIVE_MEMBER' | 'CELL_COMMITTEE_MEMBER';

export interface DemoSeat {
  /** Committee: the department's or the school's executive committee, or a cell's committee. */
  committee: 'departmentExecutive' | 'departmentStanding' | 'schoolExecutive' | `cell:${OrgKey}`;
  position: Position;
}

export interface DemoPerson {
  key: string;
  fullName: string;
  org: OrgKey;
  title: string;
  seats: DemoSeat[];
  account?: DemoAccount;
}

const account = (username: string): DemoAccount => {
  const found = DEMO_ACCOUNTS.find((candidate) => candidate.username === username);
  if (!found) throw new Error(`No demo account ${username}`);
  return found;
};

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  // Ban Chấp hành Đảng bộ Sở (9), of whom three sit on the Standing Committee.
  { key: 'hung', fullName: 'Nguyễn Văn Hùng', org: 'department', title: 'Giám đốc Sở', seats: [{ committee: 'departmentExecutive', position: 'SECRETARY' }, { committee: 'departmentStanding', position: 'SECRETARY' }] },
  { key: 'linh', fullName: 'Trần Thị Mỹ Linh', org: 'department', title: 'Phó Giám đốc Sở', seats: [{ committee: 'departmentExecutive', position: 'DEPUTY_SECRETARY' }, { committee: 'departmentStanding', position: 'DEPUTY_SECRETARY' }] },
  { key: 'phuc', fullName: 'Lê Hoàng Phúc', org: 'department', title: 'Phó Giám đốc Sở', seats: [{ committee: 'departmentExecutive', position: 'EXECUTIVE_MEMBER' }, { committee: 'departmentStanding', position: 'STANDING_MEMBER' }] },
  { key: 'trang', fullName: 'Phạm Thị Thu Trang', org: 'cellOffice', title: 'Chánh Văn phòng Đảng ủy', seats: [{ committee: 'departmentExecutive', position: 'EXECUTIVE_MEMBER' }], account: account('vanphong') },
  { key: 'khoa', fullName: 'Võ Minh Khoa', org: 'cellLabour', title: 'Trưởng phòng Lao động – Việc làm', seats: [{ committee: 'departmentExecutive', position: 'EXECUTIVE_MEMBER' }, { committee: 'cell:cellLabour', position: 'SECRETARY' }], account: account('daibieu') },
  { key: 'ngoc', fullName: 'Huỳnh Thị Bích Ngọc', org: 'cellMerit', title: 'Trưởng phòng Người có công', seats: [{ committee: 'departmentExecutive', position: 'EXECUTIVE_MEMBER' }, { committee: 'cell:cellMerit', position: 'SECRETARY' }] },
  { key: 'bao', fullName: 'Đặng Quốc Bảo', org: 'cellWelfare', title: 'Trưởng phòng Bảo trợ xã hội', seats: [{ committee: 'departmentExecutive', position: 'EXECUTIVE_MEMBER' }, { committee: 'cell:cellWelfare', position: 'SECRETARY' }] },
  { key: 'tung', fullName: 'Ngô Thanh Tùng', org: 'school', title: 'Hiệu trưởng Trường Trung cấp Kỹ thuật – Tổng hợp An Giang', seats: [{ committee: 'departmentExecutive', position: 'EXECUTIVE_MEMBER' }, { committee: 'schoolExecutive', position: 'SECRETARY' }] },
  { key: 'oanh', fullName: 'Dương Thị Kim Oanh', org: 'cellOffice', title: 'Chánh Văn phòng Sở', seats: [{ committee: 'departmentExecutive', position: 'EXECUTIVE_MEMBER' }, { committee: 'cell:cellOffice', position: 'SECRETARY' }] },
  // Ban Chấp hành Đảng bộ bộ phận Trường (the other four).
  { key: 'phuong', fullName: 'Đỗ Thị Phương', org: 'school', title: 'Phó Hiệu trưởng', seats: [{ committee: 'schoolExecutive', position: 'DEPUTY_SECRETARY' }] },
  { key: 'tai', fullName: 'Quách Văn Tài', org: 'schoolTech', title: 'Trưởng khoa Kỹ thuật', seats: [{ committee: 'schoolExecutive', position: 'EXECUTIVE_MEMBER' }] },
  { key: 'ngan', fullName: 'Lưu Thị Ngân', org: 'schoolGeneral', title: 'Trưởng khoa Tổng hợp', seats: [{ committee: 'schoolExecutive', position: 'EXECUTIVE_MEMBER' }] },
  { key: 'tri', fullName: 'Thái Minh Trí', org: 'school', title: 'Trưởng phòng Đào tạo', seats: [{ committee: 'schoolExecutive', position: 'EXECUTIVE_MEMBER' }] },
  // Chi ủy of the cells directly under the department's committee (their secretaries are above).
  { key: 'huong', fullName: 'Nguyễn Thị Thanh Hương', org: 'cellOffice', title: 'Phó Chánh Văn phòng Sở', seats: [{ committee: 'cell:cellOffice', position: 'DEPUTY_SECRETARY' }] },
  { key: 'duc', fullName: 'Lâm Văn Đức', org: 'cellOffice', title: 'Chuyên viên Văn phòng Sở', seats: [{ committee: 'cell:cellOffice', position: 'CELL_COMMITTEE_MEMBER' }] },
  { key: 'anh', fullName: 'Trương Thị Ánh', org: 'cellLabour', title: 'Phó Trưởng phòng Lao động – Việc làm', seats: [{ committee: 'cell:cellLabour', position: 'DEPUTY_SECRETARY' }] },
  { key: 'an', fullName: 'Phan Văn An', org: 'cellLabour', title: 'Chuyên viên', seats: [{ committee: 'cell:cellLabour', position: 'CELL_COMMITTEE_MEMBER' }] },
  { key: 'dung', fullName: 'Châu Minh Dũng', org: 'cellMerit', title: 'Phó Trưởng phòng Người có công', seats: [{ committee: 'cell:cellMerit', position: 'DEPUTY_SECRETARY' }] },
  { key: 'yen', fullName: 'Tô Thị Yến', org: 'cellMerit', title: 'Chuyên viên', seats: [{ committee: 'cell:cellMerit', position: 'CELL_COMMITTEE_MEMBER' }] },
  { key: 'mai', fullName: 'Lý Thị Mai', org: 'cellWelfare', title: 'Phó Trưởng phòng Bảo trợ xã hội', seats: [{ committee: 'cell:cellWelfare', position: 'DEPUTY_SECRETARY' }] },
  { key: 'nam', fullName: 'Hồ Văn Nam', org: 'cellWelfare', title: 'Chuyên viên', seats: [{ committee: 'cell:cellWelfare', position: 'CELL_COMMITTEE_MEMBER' }] },
  { key: 'loc', fullName: 'Mai Văn Lộc', org: 'cellJobs', title: 'Giám đốc Trung tâm Dịch vụ việc làm', seats: [{ committee: 'cell:cellJobs', position: 'SECRETARY' }] },
  { key: 'diem', fullName: 'Kiều Thị Diễm', org: 'cellJobs', title: 'Phó Giám đốc Trung tâm', seats: [{ committee: 'cell:cellJobs', position: 'DEPUTY_SECRETARY' }] },
  { key: 'son', fullName: 'Bùi Thanh Sơn', org: 'cellJobs', title: 'Tư vấn viên', seats: [{ committee: 'cell:cellJobs', position: 'CELL_COMMITTEE_MEMBER' }] },
  // Staff without a seat: the office's IT administrator.
  { key: 'nhung', fullName: 'Lê Thị Hồng Nhung', org: 'cellOffice', title: 'Chuyên viên công nghệ thông tin', seats: [], account: account('quantri') },
];
