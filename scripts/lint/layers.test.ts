import { ESLint } from 'eslint'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..', '..')
const eslint = new ESLint({ cwd: ROOT })

/** The layer messages ESLint gives a file at `path` holding `source` (the file need not exist). */
async function layerErrors(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: resolve(ROOT, path) })
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('the layers of src/ are enforced by lint', () => {
  it.each([
    [
      'src/shared/domain/zz-probe.ts',
      "import { openCore } from '../../core/open-core'\nexport const x = openCore\n"
    ],
    ['src/shared/zz-probe.ts', "import { readFile } from 'node:fs/promises'\nexport const x = readFile\n"],
    [
      'src/core/zz-probe.ts',
      "import { startServer } from '../server/start-server'\nexport const x = startServer\n"
    ],
    [
      'src/core/handlers/zz-probe.ts',
      "import { buildProgram } from '../../cli/main'\nexport const x = buildProgram\n"
    ],
    ['src/core/zz-probe.ts', "import { useState } from 'react'\nexport const x = useState\n"],
    [
      'src/server/zz-probe.ts',
      "import { menuTemplate } from '../main/menu-template'\nexport const x = menuTemplate\n"
    ],
    ['src/renderer/src/zz-probe.ts', "import { join } from 'node:path'\nexport const x = join\n"],
    [
      'src/renderer/src/app/zz-probe.ts',
      "import { openCore } from '../../../core/open-core'\nexport const x = openCore\n"
    ],
    ['src/transport/zz-probe.ts', "import { app } from 'electron'\nexport const x = app\n"]
  ])(
    'refuses a forbidden import in %s',
    async (path, source) => {
      expect(await layerErrors(path, source)).toHaveLength(1)
    },
    60_000
  )

  it.each([
    ['src/core/zz-probe.ts', "import { Theme } from '../shared/domain'\nexport const x = Theme\n"],
    ['src/server/zz-probe.ts', "import { openCore } from '../core/open-core'\nexport const x = openCore\n"],
    ['src/renderer/src/zz-probe.ts', "import { Theme } from '../../shared/domain'\nexport const x = Theme\n"],
    ['src/core/zz-probe.test.ts', "import { readFile } from 'node:fs/promises'\nexport const x = readFile\n"]
  ])(
    'allows what the layer may import in %s',
    async (path, source) => {
      expect(await layerErrors(path, source)).toEqual([])
    },
    60_000
  )
})
