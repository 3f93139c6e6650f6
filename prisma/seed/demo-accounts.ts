// The demo logins, printed by `npm start` and listed in the README. Demo data only: a real office
// creates its own accounts and the demo database is never used for real records.
export type DemoRole = 'ADMIN' | 'SECRETARY' | 'ATTENDEE';

export interface DemoAccount {
  username: string;
  password: string;
  role: DemoRole;
  labelVi: string;
  labelEn: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'quantri', password: 'QuanTri@2023', role: 'ADMIN', labelVi: 'Quản trị', labelEn: 'Admin' },
  { username: 'vanphong', password: 'VanPhong@2023', role: 'SECRETARY', labelVi: 'Văn phòng Đảng ủy', labelEn: 'Party office (secretary)' },
  { username: 'daibieu', password: 'DaiBieu@2023', role: 'ATTENDEE', labelVi: 'Đại biểu (Bí thư Chi bộ)', labelEn: 'Attendee (cell secretary)' },
];
