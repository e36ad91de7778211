/** The rows that need only the file: the bytes-read floor, PapaParse tokenising, and the baseline loader. */
import { createReadStream } from 'node:fs';
import type { BenchCase } from './benchCase';
import { baselineLoad } from './baselineLoader';
import { PAPA_CHUNK_BYTES, papaTokenise } from './papaStream';

/** Reading every byte in 64 KiB chunks and touching nothing: the floor no loader can beat. */
export const bytesReadCase: BenchCase = {
  id: 'bytes-read',
  label: 'read bytes (fs stream, 64 KiB)',
  group: 'read',
  async prepare({ csvPath }) {
    return async () => {
      let bytes = 0;
      for await (const chunk of createReadStream(csvPath, { highWaterMark: PAPA_CHUNK_BYTES }) as AsyncIterable<Buffer>)
        bytes += chunk.length;
      if (bytes === 0) throw new Error(`${csvPath} is empty`);
      return {};
    };
  },
};

export const papaTokeniseCase: BenchCase = {
  id: 'papa-tokenise',
  label: 'PapaParse tokenise only (strings)',
  group: 'read',
  async prepare({ csvPath }) {
    return async () => ({ rows: (await papaTokenise(csvPath)).rows });
  },
};

export const baselineCase: BenchCase = {
  id: 'baseline-loader',
  label: 'baseline loader (Papa + Number/Date.parse)',
  group: 'load',
  async prepare({ csvPath }) {
    return async () => ({ rows: (await baselineLoad(csvPath)).rowCount });
  },
};
