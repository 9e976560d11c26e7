import pg from 'pg';

/** A database of its own on the PostgreSQL server a bench was given, dropped when the bench is done. */
export async function createThrowawayDatabase(
  serverUrl: string,
  namePrefix: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${namePrefix}_${process.pid}`;
  await adminQuery(serverUrl, `drop database if exists ${name}`);
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(serverUrl, `drop database if exists ${name}`) };
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
