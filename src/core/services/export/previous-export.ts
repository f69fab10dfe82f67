import { open, readFile } from 'node:fs/promises'
import { unzipSync } from 'fflate'
import type { ExportFormat } from '../../../shared/api/inputs'
import { ANNOTATION_COLUMNS, STATEMENT_COLUMNS } from './export-csv'

/** How many bytes of a file the text markers look at: each sits at the very start of what Dossier writes. */
const HEAD_BYTES = 4096

/**
 * What each export starts with, so that a file can be recognised as an earlier export of the same format (and
 * replaced) without parsing it. Nothing is added to the formats: these are what they already write first.
 */
const MARKERS: Record<Exclude<ExportFormat, 'qdpx' | 'docx'>, RegExp> = {
  // exportJson: the snapshot's own first key.
  json: /^\uFEFF?\s*\{\s*"format"\s*:\s*"dossier-workspace"/,
  // exportMarkdown: the workspace name as title, then the export line.
  markdown: /^# [^\n]*\n\nExported \d{1,2} [A-Z][a-z]+ \d{4} · Scope: /,
  // exportHtml: the doctype, then Dossier as the page's generator.
  html: /^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="generator" content="Dossier">/,
  // exportW3c: the W3C context, then a collection id in Dossier's URN namespace.
  w3c: /^\s*\{\s*"@context"\s*:\s*"http:\/\/www\.w3\.org\/ns\/anno\.jsonld"\s*,\s*"id"\s*:\s*"urn:dossier:collection:/,
  // exportQdc: a REFI-QDA codebook whose origin is Dossier.
  qdc: /^<\?xml[^>]*\?>\s*<CodeBook xmlns="urn:QDA-XML:codebook:1\.0" origin="Dossier"/,
  // exportCsv: the header row of either table, after the byte-order mark (also as written before its last column,
  // the coders, was added).
  csv: new RegExp(
    `^\uFEFF(${[STATEMENT_COLUMNS, ANNOTATION_COLUMNS]
      .flatMap((c) => [c, c.slice(0, -1)])
      .map((c) => c.join(','))
      .join('|')})\r\n`
  ),
  // exportObsidian: each page's front matter starts with its type and Dossier id.
  obsidian: /^---\ntype: (theme|speaker|document|note)\nid: \S[^\n]*\n/
}

/** A REFI-QDA project written by Dossier: a zip whose project.qde names Dossier as its origin. */
const QDPX_PROJECT = /^<\?xml[^>]*\?>\s*<Project xmlns="urn:QDA-XML:project:1\.0"[^>]* origin="Dossier"/

/**
 * Whether the regular file at `path` is an earlier Dossier export of `format` (for obsidian: one page of a
 * vault). Reads the first few KB, or for a zip (qdpx, docx) the one entry that names Dossier.
 */
export async function isPreviousExport(format: ExportFormat, path: string): Promise<boolean> {
  if (format === 'qdpx') return isDossierZip(path, 'project.qde', QDPX_PROJECT)
  if (format === 'docx') return isDossierZip(path, 'docProps/core.xml', DOCX_CORE)
  return MARKERS[format].test(await readHead(path))
}

async function readHead(path: string): Promise<string> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(HEAD_BYTES)
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } finally {
    await handle.close()
  }
}

/** A Word report written by Dossier: its core properties name Dossier as creator and say it is a report. */
const DOCX_CORE = /<dc:creator>Dossier<\/dc:creator><dc:description>Dossier report<\/dc:description>/

async function isDossierZip(path: string, entry: string, marker: RegExp): Promise<boolean> {
  try {
    const entries = unzipSync(await readFile(path), { filter: (f) => f.name === entry })
    const project = entries[entry]
    return project !== undefined && marker.test(Buffer.from(project.subarray(0, HEAD_BYTES)).toString('utf8'))
  } catch {
    return false
  }
}
