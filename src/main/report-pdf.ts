/** Save as PDF of the print-ready HTML report: the decisions, free of Electron so they can be tested. */

/** The HTML export's first lines (exportHtml): only a Dossier report is printed. */
const REPORT_HEAD =
  /^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="generator" content="Dossier">/
/** A report past this is refused rather than rendered (the largest workspace's report is far smaller). */
export const MAX_REPORT_HTML = 64 * 1024 * 1024

/** `webContents.printToPDF` options: the page size and margins come from the report's `@page` rule. */
export const REPORT_PDF_OPTIONS = {
  printBackground: false,
  preferCSSPageSize: true,
  generateDocumentOutline: true,
  generateTaggedPDF: true
} as const

/** The HTML to print, or an Error saying why not (not a string, too large, not Dossier's report). */
export function reportHtmlForPdf(input: unknown): string | Error {
  if (typeof input !== 'string') return new Error('Save as PDF needs the HTML report.')
  if (input.length > MAX_REPORT_HTML) return new Error('The report is too large to print.')
  if (!REPORT_HEAD.test(input)) return new Error('Only a Dossier HTML report can be saved as PDF.')
  return input
}

/** The report loaded into the hidden print window: a data URL, so nothing is fetched and no file is written. */
export function reportPdfUrl(html: string): string {
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`
}

/** The hidden print window runs no script: the report has none, and a hostile one would not run. */
export function reportPdfWebPreferences() {
  return {
    javascript: false,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    images: false,
    webviewTag: false
  } as const
}

/** "Workspace.html" → "Workspace.pdf". */
export function pdfFileName(htmlName: string): string {
  return `${htmlName.replace(/\.html?$/i, '')}.pdf`
}
