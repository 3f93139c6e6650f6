// Opens the embedded database's data folder directly (the app is stopped) and checks the demo plan.
import { PGlite } from '@electric-sql/pglite';

const dataDir = process.argv[2] ?? '.data/pglite';
const pglite = new PGlite(dataDir);
try {
  const { rows } = await pglite.query<{ officialNumber: string }>(`SELECT "officialNumber" FROM "Plan" WHERE "officialNumber" = '274-KH/ĐUSLĐTBXH'`);
  if (rows.length !== 1) throw new Error(`demo plan not found in ${dataDir}`);
  console.log(`demo plan in the embedded database after stop: ${rows[0]!.officialNumber}`);
} finally {
  await pglite.close();
}
