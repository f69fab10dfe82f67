#!/usr/bin/env node
// Checks a labelled corpus folder (collected/, blind/, prose/): every text file has labels, every label string occurs in its file's body,
// headers are complete, and expectTitle/expectDate are well-formed. Plain Node, no dependencies.
// Usage: node test-fixtures/ingest/check-labels.mjs DIRECTORY…
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const DASHES = '-'.repeat(72)
const HEADER_FIELDS = ['URL', 'Date', 'Source', 'Convention', 'Retrieved']
const CAPTION_EXTENSIONS = new Set(['.srt', '.vtt'])
const MAX_LABEL_LENGTH = 60

/** Splits a `.txt` fixture into its header fields and its verbatim body (the text after the dash line). */
export function splitFixture(text) {
  const marker = `\n${DASHES}\n`
  const at = text.indexOf(marker)
  if (at < 0) return null
  return { header: parseHeader(text.slice(0, at)), body: text.slice(at + marker.length) }
}

function parseHeader(headerText) {
  const fields = {}
  for (const line of headerText.split('\n')) {
    const match = /^([A-Za-z]+): (.*)$/.exec(line)
    if (match) fields[match[1]] = match[2]
  }
  return fields
}

function missingFields(header) {
  return HEADER_FIELDS.filter((field) => !header[field] || !header[field].trim())
}

/** Reads one labelled file: the body, plus the header from the file itself or from its `.meta.txt` sidecar. */
function readEntry(dir, fileName, problems) {
  const path = join(dir, fileName)
  if (!existsSync(path)) {
    problems.push(`${fileName}: listed in labels.json but the file does not exist`)
    return null
  }
  const text = readFileSync(path, 'utf8')
  if (CAPTION_EXTENSIONS.has(extname(fileName))) {
    const sidecar = `${basename(fileName, extname(fileName))}.meta.txt`
    if (!existsSync(join(dir, sidecar))) {
      problems.push(`${fileName}: caption file without its header sidecar ${sidecar}`)
      return { body: text }
    }
    const meta = readFileSync(join(dir, sidecar), 'utf8')
    const header = parseHeader(meta)
    if (!meta.endsWith(DASHES)) problems.push(`${sidecar}: does not end with the line of 72 dashes`)
    for (const field of missingFields(header))
      problems.push(`${sidecar}: header field "${field}:" is missing`)
    return { body: text }
  }
  const split = splitFixture(text)
  if (!split) {
    problems.push(`${fileName}: no line of 72 dashes between header and body`)
    return null
  }
  for (const field of missingFields(split.header))
    problems.push(`${fileName}: header field "${field}:" is missing`)
  return { body: split.body }
}

const collapse = (text) => text.replace(/\s+/g, ' ').trim()

function isIsoDate(value) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

function checkEntry(fileName, entry, body, problems) {
  if (!entry || typeof entry !== 'object' || !Array.isArray(entry.labels)) {
    problems.push(`${fileName}: entry must be { expectTitle, expectDate, labels: [...] }`)
    return 0
  }
  if (entry.labels.length === 0) problems.push(`${fileName}: has no labels`)
  if (!('expectTitle' in entry) || !('expectDate' in entry)) {
    problems.push(`${fileName}: expectTitle and expectDate must both be present (null when absent)`)
  }
  if (entry.expectTitle !== null && typeof entry.expectTitle !== 'string') {
    problems.push(`${fileName}: expectTitle must be a string or null`)
  } else if (typeof entry.expectTitle === 'string' && !collapse(body).includes(collapse(entry.expectTitle))) {
    problems.push(`${fileName}: expectTitle "${entry.expectTitle}" does not occur in the body`)
  }
  if (entry.expectDate !== null && !(typeof entry.expectDate === 'string' && isIsoDate(entry.expectDate))) {
    problems.push(
      `${fileName}: expectDate must be YYYY-MM-DD or null, got ${JSON.stringify(entry.expectDate)}`
    )
  }
  for (const [index, label] of entry.labels.entries()) {
    const start = label?.statementStartsWith
    if (typeof start !== 'string' || start.trim() === '') {
      problems.push(`${fileName}: label ${index} has no statementStartsWith`)
      continue
    }
    if (start.length > MAX_LABEL_LENGTH) {
      problems.push(`${fileName}: label ${index} is longer than ${MAX_LABEL_LENGTH} characters`)
    }
    if (!body.includes(start))
      problems.push(`${fileName}: label ${index} ${JSON.stringify(start)} not in body`)
    if (label.speaker !== null && (typeof label.speaker !== 'string' || label.speaker.trim() === '')) {
      problems.push(`${fileName}: label ${index} speaker must be a non-empty string or null`)
    }
  }
  return entry.labels.length
}

function isLabelledFile(fileName) {
  if (fileName === 'README.md' || fileName.endsWith('.meta.txt')) return false
  return extname(fileName) === '.txt' || CAPTION_EXTENSIONS.has(extname(fileName))
}

/** Checks the corpus in `dir`; returns the problems found and the counts. */
export function checkCorpus(dir) {
  const problems = []
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'))
  let labelCount = 0
  let nullCount = 0
  for (const [fileName, entry] of Object.entries(labels)) {
    const read = readEntry(dir, fileName, problems)
    if (!read) continue
    labelCount += checkEntry(fileName, entry, read.body, problems)
    nullCount += (entry?.labels ?? []).filter((label) => label?.speaker === null).length
  }
  for (const fileName of readdirSync(dir).filter(isLabelledFile)) {
    if (!(fileName in labels)) problems.push(`${fileName}: file has no entry in labels.json`)
  }
  return { problems, fileCount: Object.keys(labels).length, labelCount, nullCount }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const here = dirname(fileURLToPath(import.meta.url))
  const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['collected', 'blind'].map((d) => join(here, d))
  for (const dir of dirs) {
    const { problems, fileCount, labelCount, nullCount } = checkCorpus(dir)
    for (const problem of problems) console.error(`${basename(dir)}/${problem}`)
    console.log(`${basename(dir)}: ${fileCount} files, ${labelCount} labels (${nullCount} null), ${problems.length} problems`)
    if (problems.length > 0) process.exitCode = 1
  }
}
