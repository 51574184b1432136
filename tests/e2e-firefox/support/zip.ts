/**
 * Reading the store packages without an unzip program or a dependency: the central directory lists the
 * files; stored and deflated entries are all a zip from WXT (or a store) holds. No ZIP64 (packages are small).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function listZip(file: string): ZipEntry[] {
  return readEntries(readFileSync(file));
}

function readEntries(buf: Buffer): ZipEntry[] {
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment (< 64 KB).
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== CENTRAL) throw new Error(`bad central directory entry ${n}`);
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localOffset = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({ name, method, compressedSize, size, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The files (not folders) in a zip, sorted. */
export function zipFileNames(file: string): string[] {
  return listZip(file)
    .map((e) => e.name)
    .filter((name) => !name.endsWith('/'))
    .sort();
}

/** Extracts every file into `dir` (which must be empty or new) and returns `dir`. */
export function extractZip(file: string, dir: string): string {
  const buf = readFileSync(file);
  const root = resolve(dir);
  for (const entry of readEntries(buf)) {
    if (entry.name.endsWith('/')) continue;
    const target = resolve(root, entry.name);
    if (!target.startsWith(root + sep)) throw new Error(`zip entry outside the folder: ${entry.name}`);
    if (buf.readUInt32LE(entry.localOffset) !== LOCAL) throw new Error(`bad local header for ${entry.name}`);
    const start = entry.localOffset + 30 + buf.readUInt16LE(entry.localOffset + 26) + buf.readUInt16LE(entry.localOffset + 28);
    const raw = buf.subarray(start, start + entry.compressedSize);
    let data: Buffer;
    if (entry.method === 0) data = Buffer.from(raw);
    else if (entry.method === 8) data = inflateRawSync(raw);
    else throw new Error(`${entry.name}: compression method ${entry.method} is not supported`);
    if (data.length !== entry.size) throw new Error(`${entry.name}: ${data.length} bytes, expected ${entry.size}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
  return join(root);
}
