import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicFileStore, type AtomicFileStore } from '../../../../server/src/lib/atomic-file-store.ts';

let dataDir: string;
let store: AtomicFileStore;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-files-'));
  store = atomicFileStore(dataDir, 'media');
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const everyFile = (dir: string) => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile());

describe('atomicFileStore', () => {
  it('writes the whole file under its folder, sub-folders made, readable by owner and group only, no temporary left', async () => {
    const relative = await store.write(path.join('2026', '12', 'a.jpg'), Buffer.from('ảnh'));
    expect(relative).toBe(path.join('media', '2026', '12', 'a.jpg'));
    const file = path.join(dataDir, relative);
    expect(fs.readFileSync(file, 'utf8')).toBe('ảnh');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(everyFile(dataDir)).toEqual([relative]);
  });

  it('gives back the file, or a byte range of it, and null once it is gone', async () => {
    const relative = await store.write('b.mp3', Buffer.from('0123456789'));
    expect(await text((await store.open(relative))!)).toBe('0123456789');
    expect(await text((await store.open(relative, { start: 2, end: 4 }))!)).toBe('234');
    await store.remove(relative);
    expect(await store.open(relative)).toBeNull();
    await expect(store.remove(relative)).resolves.toBeUndefined();
  });

  it('writes many files at once, each whole (concurrent writers of one name: the last rename wins, never a mix)', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `f${i}.bin`);
    await Promise.all(names.map((n, i) => store.write(n, Buffer.alloc(64 * 1024, i))));
    for (const [i, n] of names.entries()) expect(fs.readFileSync(path.join(dataDir, 'media', n)).every((b) => b === i)).toBe(true);
    await Promise.all([1, 2, 3].map((i) => store.write('same.bin', Buffer.alloc(256 * 1024, i))));
    const same = fs.readFileSync(path.join(dataDir, 'media', 'same.bin'));
    expect(same.length).toBe(256 * 1024);
    expect(new Set(same).size).toBe(1);
    expect(everyFile(dataDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves no temporary file when the rename fails', async () => {
    fs.mkdirSync(path.join(dataDir, 'media', 'taken', 'inside'), { recursive: true });
    await expect(store.write('taken', Buffer.from('x'))).rejects.toThrow();
    expect(everyFile(dataDir)).toEqual([]);
  });

  it('keeps every path inside its folder', async () => {
    await expect(store.write(path.join('..', 'escaped.txt'), Buffer.from('x'))).rejects.toThrow('outside the media folder');
    fs.writeFileSync(path.join(dataDir, 'secret.key'), 'k');
    await expect(store.open('secret.key')).rejects.toThrow('outside the media folder');
    await expect(store.open(path.join('media', '..', 'secret.key'))).rejects.toThrow('outside the media folder');
    await expect(store.remove('secret.key')).rejects.toThrow('outside the media folder');
    expect(fs.existsSync(path.join(dataDir, 'secret.key'))).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'escaped.txt'))).toBe(false);
  });
});
