// The one place compression settings live: what a CDN sends (brotli at quality 11, gzip
// at level 9). The size budget (size.mjs), the bench, the autoload test's page weight
// and the compressing demo server (serve.mjs) all measure or send the same bytes.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const brotliBody = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
export const gzipBody = (buf) => gzipSync(buf, { level: 9 });
export const brotli = (buf) => brotliBody(buf).length;
export const gzip = (buf) => gzipBody(buf).length;
