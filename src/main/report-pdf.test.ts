import { describe, expect, it } from 'vitest'
import { exportHtml } from '../core/services/export/export-html'
import { makeTestSnapshot } from '../core/services/export/testing/test-snapshot'
import { pdfFileName, reportHtmlForPdf, reportPdfUrl, reportPdfWebPreferences } from './report-pdf'

describe('Save as PDF of the HTML report (decisions)', () => {
  it('prints only Dossier’s HTML report', () => {
    const html = exportHtml(makeTestSnapshot())
    expect(reportHtmlForPdf(html)).toBe(html)
    expect(reportHtmlForPdf('<html><script>alert(1)</script>')).toBeInstanceOf(Error)
    expect(reportHtmlForPdf(42)).toBeInstanceOf(Error)
  })

  it('loads it as a data URL in a window that runs no script, and names the PDF after the report', () => {
    const html = exportHtml(makeTestSnapshot())
    expect(decodeURIComponent(reportPdfUrl(html).replace(/^data:text\/html;charset=utf-8,/, ''))).toBe(html)
    expect(reportPdfWebPreferences()).toMatchObject({
      javascript: false,
      sandbox: true,
      nodeIntegration: false
    })
    expect(pdfFileName('Long-range strikes.html')).toBe('Long-range strikes.pdf')
  })
})
