// `npm run db:seed`: loads the demo into DATABASE_URL if that database is empty.
import { seedDemoIfEmpty } from '../prisma/seed/seed-demo.ts';

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error('DATABASE_URL is not set. `npm start` seeds the embedded database by itself.');
  process.exit(1);
}
const outcome = await seedDemoIfEmpty({ connectionString, poolMax: Number(process.env.DATABASE_POOL_MAX ?? 1) });
console.log({ seeded: 'Demo data loaded.', 'demo-present': 'Demo data already present; nothing changed.', 'not-empty': 'The database holds other data: the demo is not loaded; nothing changed.' }[outcome]);
