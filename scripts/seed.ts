// `npm run db:seed`: loads the demo into DATABASE_URL if it is not there yet.
import { seedDemoIfEmpty } from '../prisma/seed/seed-demo.ts';

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error('DATABASE_URL is not set. `npm start` seeds the embedded database by itself.');
  process.exit(1);
}
const outcome = await seedDemoIfEmpty({ connectionString, poolMax: Number(process.env.DATABASE_POOL_MAX ?? 1) });
console.log(outcome === 'seeded' ? 'Demo data loaded.' : 'Demo data already present; nothing changed.');
