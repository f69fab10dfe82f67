/** Test helper (not shipped): XSD validation with xmllint-wasm and XML parsing with jsdom, for REFI-QDA tests. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { JSDOM } from 'jsdom'
import { validateXML } from 'xmllint-wasm'

export const REFI_FIXTURES = fileURLToPath(new URL('../../../../../test-fixtures/refi-qda/', import.meta.url))
export const PROJECT_XSD = readFileSync(join(REFI_FIXTURES, 'Project-mrt2019.xsd'), 'utf8')
export const CODEBOOK_XSD = readFileSync(join(REFI_FIXTURES, 'Codebook-mrt2019.xsd'), 'utf8')

/** The schema-validity errors of an XML document (empty when valid). */
export async function xsdErrors(xml: string, xsd: string, fileName = 'doc.xml'): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName, contents: xml }], schema: [xsd] })
  return result.valid ? [] : result.errors.map((e) => e.rawMessage)
}

/** Parses XML with a conforming parser (character references, attribute normalisation, namespaces). */
export function parseXml(xml: string): Document {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml')
  if (doc.documentElement.nodeName === 'parsererror')
    throw new Error(doc.documentElement.textContent ?? 'not XML')
  return doc
}

export const elements = (doc: Document | Element, ns: string, name: string): Element[] => [
  ...doc.getElementsByTagNameNS(ns, name)
]
