/** The heap a sandboxed import may use (V8's old generation, `resourceLimits.maxOldGenerationSizeMb`). */
export const IMPORT_MEMORY_MB = 512

/**
 * How much the whole process may grow while one file is read: 1.5 GB. The heap cap does not cover buffers
 * (pdf.js inflates a content stream into one), so the sandbox watches the process's resident size too. A real
 * 50 MB PDF or a 200 MB unzipped .docx needs well under a gigabyte.
 */
export const IMPORT_GROWTH_MB = 1536

const MiB = 1024 * 1024

/**
 * How long reading a file may take once its reader is loaded: 4 s, plus 12 s per MB. A hostile small file is
 * stopped within seconds; a real 2 MB PDF or Markdown file, which pdf.js or remark read in 7–14 s on a busy
 * 2-core machine (150–300 KB/s), gets 28 s; a 50 MB file gets 10 minutes.
 */
export function readBudgetMs(bytes: number): number {
  return 4_000 + Math.ceil((12_000 * bytes) / MiB)
}

/**
 * How long finding paragraphs, sentences and speaker turns in the extracted text may take: 10 s plus 20 s per
 * million characters (analyzeText does 1.9 million in under a second here).
 */
export function analysisBudgetMs(characters: number): number {
  return 10_000 + Math.ceil(characters / 50)
}
