import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { TEAM_TOKEN, waitFor } from './sync-fixture'

/**
 * A client with the team token writing straight into a workspace's shared Y.Doc, as a hostile or out-of-date one
 * would; resolves once it holds the server's copy. `close` disconnects it.
 */
export async function rawClient(url: string, workspaceId: string): Promise<{ doc: Y.Doc; close(): void }> {
  const doc = new Y.Doc()
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket })
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: workspaceId,
    document: doc,
    token: TEAM_TOKEN
  })
  provider.attach()
  const close = () => {
    provider.destroy()
    socket.destroy()
  }
  try {
    await waitFor(() => provider.synced, 5000, 'the raw client to sync')
  } catch (err) {
    close()
    throw err
  }
  return { doc, close }
}
