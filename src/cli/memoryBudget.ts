/**
 * The CLI's memory budget for a table (LoadOptions.memoryLimitBytes): `--memory-limit SIZE` when
 * given, else three quarters of the memory this process can use now — Node's
 * process.availableMemory(), which is the free memory of the machine or, under a cgroup limit
 * (containers, systemd slices), what is left of that limit. The quarter left over is the working
 * memory of reading (chunks, dictionaries while they are built) and of describing the table.
 * Without the budget a file too large for memory is not refused but killed by the kernel.
 */
import { UsageError } from './command';
import { parseByteSize } from './generate/byteSize';

/** Share of the available memory the table may take. */
const TABLE_SHARE = 0.75;

export interface MemoryBudget {
  readonly bytes: number;
  readonly source: 'limit' | 'available';
}

/** `--memory-limit` as bytes (`800MB`, `2GiB`, `500000000`). */
export function parseMemoryLimit(text: string): MemoryBudget {
  const bytes = parseByteSize(text);
  if (bytes === undefined) throw new UsageError(`--memory-limit takes a size such as 800MB, 2GB or 1.5GiB (got '${text}').`);
  return { bytes, source: 'limit' };
}

/** The default budget from the memory available now (`available`: process.availableMemory() by default). */
export function availableMemoryBudget(available: number = process.availableMemory()): MemoryBudget {
  return { bytes: Math.floor(available * TABLE_SHARE), source: 'available' };
}
