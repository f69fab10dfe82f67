// webvtt-parser (W3C reference parser, CC0) ships no types; only the cue-text parser is used.
declare module 'webvtt-parser' {
  export interface VttNode {
    type: 'text' | 'object' | 'timestamp'
    /** text: its characters; object: a `<v>` voice's or `<lang>` span's annotation; timestamp: seconds. */
    value?: string | number
    name?: string
    classes?: string[]
    children?: VttNode[]
  }
  export class WebVTTCueTextParser {
    constructor(
      text: string,
      onError: (message: string, col: number) => void,
      mode: 'metadata' | 'chapters' | '',
      entities: Record<string, string>
    )
    parse(cueStartSeconds: number, cueEndSeconds: number): { children: VttNode[] }
  }
  const webvtt: { WebVTTCueTextParser: typeof WebVTTCueTextParser }
  export default webvtt
}
