// The password rule of NIST SP 800-63B (rev. 4, §3.1.1.2): a minimum length, a generous maximum, no
// composition rules (no "one digit, one symbol"), and a check against passwords known to be common
// or guessable from context. https://pages.nist.gov/800-63-4/sp800-63b.html#passwordver

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * The most common passwords of the published breach corpora (the top of SecLists'
 * 10-million-password list and NCSC's 100k list, those of 8+ characters, as shorter ones fail the
 * length anyway) plus the obvious Vietnamese and local ones. Compared lower-cased, without spaces.
 */
const COMMON_PASSWORDS = new Set([
  '12345678', '123456789', '1234567890', '12345678910', '123123123', '11111111', '111111111', '1111111111',
  '00000000', '000000000', '0000000000', '88888888', '888888888', '66666666', '666666666', '99999999',
  '12341234', '11223344', '12121212', '123321123', '87654321', '987654321', '0987654321', '147258369',
  '123454321', '1234512345', '1q2w3e4r', '1q2w3e4r5t', '1qaz2wsx', 'qazwsxedc', 'zaq12wsx', 'q1w2e3r4',
  'q1w2e3r4t5', 'qwertyui', 'qwertyuiop', 'qwerty123', 'qwerty12', 'asdfghjk', 'asdfghjkl', 'zxcvbnm1',
  'password', 'password1', 'password12', 'password123', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'pass1234',
  'password!', 'iloveyou', 'iloveyou1', 'sunshine', 'princess', 'football', 'baseball', 'welcome1',
  'welcome123', 'superman', 'starwars', 'whatever', 'trustno1', 'letmein1', 'dragon123', 'master123',
  'jennifer', 'michelle', 'computer', 'internet', 'corvette', 'mercedes', 'mustang1', 'abcd1234',
  'abc12345', 'abc123456', 'abcdefgh', 'aa123456', 'a1234567', 'a12345678', 'qweasdzxc', 'changeme',
  'secret123', 'admin123', 'admin1234', 'administrator', 'root1234', 'test1234', 'testtest', 'guest123',
  'monkey123', 'shadow12', 'michael1', 'charlie1', 'jordan23', 'liverpool', 'chelsea1', 'arsenal1',
  'football1', 'basketball', 'butterfly', 'pokemon1', 'minecraft', 'samsung1', 'google123', 'facebook',
  'loveyou1', 'lovelove', 'babygirl', 'hello123', 'hellohello', 'freedom1', 'qwer1234', 'asdf1234',
  'zxcv1234', '1234qwer', '1234abcd', 'killer12', 'matrix12', 'soccer12', 'summer2023', 'summer2024',
  // Vietnamese and local: "password", "love you", names of the place and the product, the year of the demo.
  'matkhau', 'matkhau1', 'matkhau123', 'matkhau@123', 'matkhau2023', 'matkhau2024', 'matkhau2025', 'matkhaumoi',
  'anhyeuem', 'emyeuanh', 'anhyeuem1', 'yeuemmaimai', 'iloveyouvn', 'vietnam1', 'vietnam123', 'vietnam@123',
  'hoinghi', 'hoinghi1', 'hoinghi123', 'hoinghi@123', 'hoinghi2023', 'hoinghi2025', 'quanlyhoinghi',
  'dangbo123', 'dangcongsan', 'dangcongsanvietnam', 'dangvien', 'dangvien123', 'chibo123', 'vanphong',
  'vanphong123', 'vanphong@2023', 'quantri', 'quantri123', 'quantri@2023', 'daibieu', 'daibieu@2023',
  'angiang', 'angiang123', 'angiang@123', 'hochiminh', 'saigon123', 'hanoi123', 'admin@123', 'abc@1234',
  'laodong123', 'thuongbinh', 'xahoi123', 'soldtbxh', 'tinhuy123', 'congdoan123',
]);

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'containsUsername';

/** Unicode code points, not UTF-16 units: "mật khẩu" is 8 characters, as the user counts them. */
export function passwordLength(password: string): number {
  return [...password].length;
}

/** Lower-cased, NFC, without spaces: "Mat Khau" and "matkhau" are the same guess. */
function folded(value: string): string {
  return value.normalize('NFC').toLowerCase().replace(/\s+/g, '');
}

/** Vietnamese letters without their marks ("mậtkhẩu" → "matkhau"), so typing the accents does not help. */
function withoutMarks(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

/**
 * The first problem with a chosen password, or null. `username` is the account's own name: a
 * password equal to it (or it with digits around) is the first thing an attacker tries.
 */
export function checkPassword(password: string, context: { username?: string } = {}): PasswordProblem | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (length > PASSWORD_MAX_LENGTH) return 'tooLong';
  const guess = withoutMarks(folded(password));
  if (COMMON_PASSWORDS.has(guess) || COMMON_PASSWORDS.has(folded(password))) return 'common';
  // One character repeated ("aaaaaaaa") or a plain run of digits is as weak as any listed password.
  if (/^(.)\1+$/u.test(guess)) return 'common';
  const letters = (value: string) => value.replace(/[\d\W_]+/g, '');
  const username = context.username ? letters(withoutMarks(folded(context.username))) : '';
  if (username.length >= 3 && letters(guess) === username) return 'containsUsername';
  return null;
}
