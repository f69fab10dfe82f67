import { decodeText } from './decode-text'
import { finishSource } from './finish-source'
import { importError, type ImportedSource, type Importer, type ImportOptions } from './imported-source'
import { checkImportSize } from './limits'
import { readSubtitleCues, type SubtitleKind } from './read-subtitle-cues'
import { subtitleTranscript } from './subtitle-transcript'
import { throwIfAborted } from './throw-if-aborted'

/**
 * Imports subtitles or a timed transcript (.srt SubRip, .vtt WebVTT) as a transcript: cues merged into sentences,
 * paragraphs and speaker turns (see subtitleTranscript), with `turns` for the speakers the file names and `cues`
 * for each cue's range and timing. The block structure and timings are read here, so a bad timing is reported by
 * its cue and SRT's quirks are tolerated (see readSubtitleCues); each cue's text goes through the W3C WebVTT
 * reference parser (webvtt-parser) for tags, `<v>` voices and character references, SRT text being made
 * WebVTT-safe first. Title: the WebVTT header's or a NOTE's; no date, no authors.
 * Errors: those of decodeText (empty, binary, not UTF-8) and readSubtitleCues, and "has no text" (only sound
 * descriptions or empty cues).
 */
export function subtitleImporter(kind: SubtitleKind): Importer {
  return async (bytes: Uint8Array, fileName: string, opts: ImportOptions = {}): Promise<ImportedSource> => {
    throwIfAborted(opts.signal)
    checkImportSize(bytes.byteLength, fileName)
    const { title, cues } = readSubtitleCues(decodeText(bytes, fileName), kind, fileName)
    throwIfAborted(opts.signal)
    const transcript = subtitleTranscript(cues, kind)
    if (transcript.text === '')
      throw importError(fileName, 'has no text (only sound descriptions or empty cues)')
    opts.onProgress?.(1, 1)
    // No turns at all: leave the attribution free to find speaker labels itself.
    const turns = transcript.turns.length > 0 ? transcript.turns : undefined
    return finishSource(fileName, { title }, transcript.text, undefined, { turns, cues: transcript.cues })
  }
}

/** Imports a SubRip (.srt) file; see subtitleImporter. */
export const importSrt: Importer = subtitleImporter('srt')

/** Imports a WebVTT (.vtt) file; see subtitleImporter. */
export const importVtt: Importer = subtitleImporter('vtt')
