import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultWorkspaceDir } from './default-workspace-dir'

describe('defaultWorkspaceDir', () => {
  it('uses DOSSIER_WORKSPACE (trimmed), else Documents/Dossier', () => {
    expect(defaultWorkspaceDir({ DOSSIER_WORKSPACE: 'ws' }, '/home/a/Documents')).toBe(resolve('ws'))
    expect(defaultWorkspaceDir({ DOSSIER_WORKSPACE: ' ws ' }, '/home/a/Documents')).toBe(resolve('ws'))
    expect(defaultWorkspaceDir({ DOSSIER_WORKSPACE: ' ' }, '/home/a/Documents')).toBe(
      join('/home/a/Documents', 'Dossier')
    )
    expect(defaultWorkspaceDir({}, '/home/a/Documents')).toBe(join('/home/a/Documents', 'Dossier'))
  })

  it('takes ~/Documents when no folder is given (the command line)', () => {
    expect(defaultWorkspaceDir({})).toBe(join(homedir(), 'Documents', 'Dossier'))
  })
})
