// Compressed sizes, with the same settings as scripts/size.mjs.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
export const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
