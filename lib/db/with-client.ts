import pg from 'pg';

/** One short-lived connection for administrative statements (CREATE DATABASE, look-ups in scripts). */
export async function withClient<T>(connectionString: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
