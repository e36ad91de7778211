/**
 * The layer rules of docs/architecture.md are lint rules; this proves they bite, so a rule that is
 * loosened or deleted by accident fails here rather than silently letting a layer leak.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('engine layer rules', () => {
  it.each([
    [
      'src/stats/x.ts',
      "import { fitTable } from '../models/pipeline';\nexport const f = fitTable;\n",
      'src/stats may import only src/table',
    ],
    [
      'src/io/x.ts',
      "import { describeTable } from '../stats/describeTable';\nexport const f = describeTable;\n",
      'src/io may import only src/table',
    ],
    [
      'src/linalg/x.ts',
      "import { FitplotError } from '../table/errors';\nexport const f = FitplotError;\n",
      'src/linalg imports nothing else from the engine',
    ],
    [
      'src/table/x.ts',
      "import { loadTable } from '../io/loadTable';\nexport const f = loadTable;\n",
      'src/table imports nothing else from the engine',
    ],
    [
      'src/charts/x.ts',
      "import { fitTable } from '../models/pipeline';\nexport const f = fitTable;\n",
      'src/charts may import only src/table, src/stats',
    ],
    [
      'src/models/x.ts',
      "import { buildChart } from '../charts/build';\nexport const f = buildChart;\n",
      'src/models may import only src/table, src/stats, src/linalg',
    ],
    [
      'src/models/x.ts',
      "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n",
      'Node modules are allowed only in src/cli',
    ],
    [
      'src/worker/nodeWorker.ts',
      "import { loadFile } from '../cli/loadFile';\nexport const f = loadFile;\n",
      'src/worker must not import src/cli',
    ],
    ['src/worker/x.ts', "import { runCli } from '../cli/run';\nexport const f = runCli;\n", 'src/worker must not import src/cli'],
    [
      'src/node/x.ts',
      "import { fitTable } from '../models/pipeline';\nexport const f = fitTable;\n",
      'src/node may import only src/io, src/table',
    ],
  ])('%s: a forbidden import is an error', async (file, code, expected) => {
    const errors = await importErrors(file, code);
    expect(
      errors.some((e) => e.includes(expected)),
      errors.join('\n'),
    ).toBe(true);
  });

  it('allows the imports the graph permits', async () => {
    expect(
      await importErrors(
        'src/models/x.ts',
        "import { gram } from '../linalg/gram';\nimport { FitplotError } from '../table/errors';\nexport const f = [gram, FitplotError];\n",
      ),
    ).toEqual([]);
    expect(
      await importErrors('src/charts/x.ts', "import { describeTable } from '../stats/describeTable';\nexport const f = describeTable;\n"),
    ).toEqual([]);
    expect(
      await importErrors(
        'src/node/x.ts',
        "import { createReadStream } from 'node:fs';\nimport type { ByteSource } from '../io/types';\nexport const f = createReadStream;\nexport type S = ByteSource;\n",
      ),
    ).toEqual([]);
  });
});

describe('renderer boundary', () => {
  it('takes engine types from src/protocol/protocol only, and no engine code', async () => {
    const typeFromModels = await importErrors(
      'renderer/features/models/x.ts',
      "import type { FitReport } from '../../../src/models/pipeline';\nexport type R = FitReport;\n",
    );
    expect(typeFromModels.some((e) => e.includes('takes engine types from src/protocol/protocol only'))).toBe(true);
    const codeFromCharts = await importErrors(
      'renderer/features/charts/x.ts',
      "import { buildChart } from '../../../src/charts/build';\nexport const f = buildChart;\n",
    );
    expect(codeFromCharts.length).toBeGreaterThan(0);
    expect(
      await importErrors(
        'renderer/features/models/x.ts',
        "import type { FitReport } from '../../../src/protocol/protocol';\nexport type R = FitReport;\n",
      ),
    ).toEqual([]);
    expect(
      await importErrors('renderer/engine/x.ts', "import { buildChart } from '../../src/charts/build';\nexport const f = buildChart;\n"),
    ).toEqual([]);
  });
});
