import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * The server's signing secret: SECRET_KEY when set, otherwise a random key created
 * once in DATA_DIR/secret.key (readable by the owner only) and reused on every start,
 * so access keys given to citizens stay valid across restarts.
 */
export async function loadSecretKey(configured: string | null, dataDir: string): Promise<Buffer> {
  if (configured) return Buffer.from(configured, 'utf8');
  const file = path.join(dataDir, 'secret.key');
  const existing = await readKey(file);
  if (existing) return existing;
  await fs.mkdir(dataDir, { recursive: true });
  const key = crypto.randomBytes(32).toString('hex');
  try {
    await fs.writeFile(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return (await readKey(file))!;
  }
  return Buffer.from(key, 'utf8');
}

async function readKey(file: string): Promise<Buffer | null> {
  try {
    const text = (await fs.readFile(file, 'utf8')).trim();
    return text ? Buffer.from(text, 'utf8') : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** One lazily loaded secret per app: the file is touched only when something needs it. */
export function secretKeyProvider(configured: string | null, dataDir: string): () => Promise<Buffer> {
  let loading: Promise<Buffer> | null = null;
  return () => {
    loading ??= loadSecretKey(configured, dataDir).catch((error) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}
