/** A team sync server's address: ws:// or wss://, a host and port, nothing after. */
export const SYNC_URL = /^wss?:\/\/[^/\s?#]+\/?$/
