import { BrowserWindow, ipcMain } from 'electron'
import { senderIsTrusted } from './ipc-bridge'
import { IPC_PRINT_PDF } from '../transport/ipc-channels'
import { REPORT_PDF_OPTIONS, reportHtmlForPdf, reportPdfUrl, reportPdfWebPreferences } from './report-pdf'

/** Serves `window.dossier.printToPdf(html)`: the HTML report printed by Chromium in a hidden window. */
export function registerReportPdf(appEntryUrl: string, getWindow: () => BrowserWindow | null): void {
  ipcMain.handle(IPC_PRINT_PDF, async (event, input: unknown): Promise<Uint8Array> => {
    if (!senderIsTrusted(event, appEntryUrl, getWindow())) throw new Error('This frame may not print.')
    const html = reportHtmlForPdf(input)
    if (html instanceof Error) throw html
    const win = new BrowserWindow({ show: false, webPreferences: reportPdfWebPreferences() })
    try {
      await win.loadURL(reportPdfUrl(html))
      return new Uint8Array(await win.webContents.printToPDF(REPORT_PDF_OPTIONS))
    } finally {
      win.destroy()
    }
  })
}
