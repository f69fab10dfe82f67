import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importSrt, importVtt } from './import-subtitles'
import type { ImportedSource } from './imported-source'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
const cueTexts = (src: ImportedSource): string[] => src.cues!.map((c) => src.text.slice(c.start, c.end))
const turnTexts = (src: ImportedSource): string[][] =>
  src.turns!.map((t) => [t.speaker, src.text.slice(t.start, t.labelEnd), src.text.slice(t.labelEnd, t.end)])

describe('importVtt', () => {
  const vtt = [
    'WEBVTT - Budget hearing',
    'Kind: captions',
    '',
    'NOTE written by hand',
    '',
    'STYLE',
    '::cue { color: yellow }',
    '',
    'intro',
    '00:00:01.000 --> 00:00:03.000',
    '<v Roger Bingham>We are in New York City,',
    'and we&apos;re actually at the</v>',
    '',
    '00:00:03.000 --> 00:00:05.000 align:start position:10%',
    '<v.loud Roger Bingham>Lucerne Hotel, just <i>down</i> the street.',
    '',
    '00:00:05.000 --> 00:00:07.000',
    '[Music]',
    '',
    '00:07.000 --> 00:09.000',
    '<v Neil Tyson>Yes &amp; no. <00:00:08.000><c.yellow>Really</c>.',
    '',
    '00:00:12.000 --> 00:00:14.000',
    '<v Neil Tyson>After a pause, <ruby>漢<rt>kan</rt></ruby> (laughs) more.',
    ''
  ].join('\n')

  it('merges cues into speaker turns, with the label written, and gives turns and cue timings', async () => {
    const src = await importVtt(enc(vtt), 'talk.vtt')
    expect(src.text).toBe(
      "Roger Bingham: We are in New York City, and we're actually at the Lucerne Hotel, just down the street." +
        '\n\nNeil Tyson: Yes & no. Really.\n\nAfter a pause, 漢 (laughs) more.'
    )
    expect(src).toMatchObject({ title: 'Budget hearing', publishedAt: null, authors: [] })
    expect(turnTexts(src)).toEqual([
      [
        'Roger Bingham',
        'Roger Bingham: ',
        "We are in New York City, and we're actually at the Lucerne Hotel, just down the street."
      ],
      ['Neil Tyson', 'Neil Tyson: ', 'Yes & no. Really.\n\nAfter a pause, 漢 (laughs) more.']
    ])
    expect(cueTexts(src)).toEqual([
      "Roger Bingham: We are in New York City, and we're actually at the",
      'Lucerne Hotel, just down the street.',
      'Neil Tyson: Yes & no. Really.',
      'After a pause, 漢 (laughs) more.'
    ])
    expect(src.cues!.map((c) => [c.startMs, c.endMs])).toEqual([
      [1000, 3000],
      [3000, 5000],
      [7000, 9000],
      [12000, 14000]
    ])
  })

  it('takes the title from a Title: header line or a NOTE, and none otherwise', async () => {
    const cue = '\n\n00:01.000 --> 00:02.000\nHello.\n'
    expect((await importVtt(enc(`WEBVTT\nTitle: Evening news${cue}`), 'a.vtt')).title).toBe('Evening news')
    expect((await importVtt(enc(`WEBVTT\n\nNOTE\nTitle: Interview${cue}`), 'a.vtt')).title).toBe('Interview')
    expect((await importVtt(enc(`WEBVTT${cue}`), 'a.vtt')).title).toBeNull()
    expect((await importVtt(enc(`WEBVTT FILE${cue}`), 'a.vtt')).title).toBeNull()
  })

  it('shows rolling captions once (YouTube repeats the previous line above the new one)', async () => {
    const yt = [
      'WEBVTT',
      'Kind: captions',
      'Language: en',
      '',
      '00:00:00.199 --> 00:00:02.470 align:start position:0%',
      ' ',
      'hi<00:00:00.520><c> everyone</c><00:00:00.880><c> welcome</c>',
      '',
      '00:00:02.470 --> 00:00:02.480 align:start position:0%',
      'hi everyone welcome',
      ' ',
      '',
      '00:00:02.480 --> 00:00:05.150 align:start position:0%',
      'hi everyone welcome',
      'to<00:00:02.720><c> the</c><00:00:02.840><c> channel</c>',
      '',
      '00:00:05.150 --> 00:00:07.000 align:start position:0%',
      'to the channel',
      'No.',
      '',
      '00:00:07.000 --> 00:00:08.000',
      'No.',
      ''
    ].join('\n')
    const src = await importVtt(enc(yt), 'yt.vtt')
    expect(src.text).toBe('hi everyone welcome to the channel No. No.')
    expect(src.cues).toHaveLength(4)
    expect(src.turns).toBeUndefined()
  })

  it('refuses a file that is not WebVTT, broken timings, and cue-less or sound-only files', async () => {
    await expect(importVtt(enc('00:01.000 --> 00:02.000\nHi\n'), 'x.vtt')).rejects.toThrow(
      'x.vtt is not a WebVTT file (it does not start with WEBVTT)'
    )
    await expect(
      importVtt(enc('WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n\n00:03.000 --> 00:0x.000\nHo\n'), 't.vtt')
    ).rejects.toThrow("t.vtt: cue 2 has an unreadable timing '00:0x.000' (line 6)")
    await expect(
      importVtt(enc('WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n\n00:05.000 --> 00:04.000\nHo\n'), 't.vtt')
    ).rejects.toThrow('t.vtt: cue 2 has an end before its start (line 6)')
    await expect(importVtt(enc('WEBVTT\n\nNOTE nothing here\n'), 'n.vtt')).rejects.toThrow(
      'n.vtt is not a subtitle file (no cue timings found)'
    )
    await expect(importVtt(enc('WEBVTT\n\n00:01.000 --> 00:02.000\n[Music]\n'), 'm.vtt')).rejects.toThrow(
      'm.vtt has no text (only sound descriptions or empty cues)'
    )
  })
})

describe('importSrt', () => {
  it('reads labels, broadcast >> changes and dialogue dashes, SRT tags, CRLF and a stray blank line', async () => {
    const srt = [
      '1',
      '00:00:01,000 --> 00:00:02,000',
      '>> JOHN SMITH: Good evening.',
      'Tonight, we look at',
      '',
      '2',
      '00:00:02,000 --> 00:00:04,000',
      '{\\an8}the <i>budget</i> & <font color="#ffff00">the</font> x < y rule.',
      '',
      'It matters.',
      '',
      '3',
      '00:00:04,100 --> 00:00:05,000',
      '>> Thanks, John.',
      '',
      '4',
      '00:00:05,000 --> 00:00:06,000 X1:100 X2:200',
      '- Are you coming?',
      '-Yes.',
      '',
      '5',
      '00:00:06,000 --> 00:00:07,000',
      'ANNA (V.O.):',
      '',
      '6',
      '00:00:07,000 --> 00:00:08,5',
      'I am here.',
      ''
    ].join('\r\n')
    const src = await importSrt(enc(srt), 'news.srt')
    expect(src.text).toBe(
      'JOHN SMITH: Good evening. Tonight, we look at the budget & the x < y rule. It matters.' +
        '\n\nThanks, John.\n\nAre you coming?\n\nYes.\n\nANNA: I am here.'
    )
    expect(turnTexts(src)).toEqual([
      [
        'JOHN SMITH',
        'JOHN SMITH: ',
        'Good evening. Tonight, we look at the budget & the x < y rule. It matters.'
      ],
      ['ANNA', 'ANNA: ', 'I am here.']
    ])
    expect(cueTexts(src)).toEqual([
      'JOHN SMITH: Good evening. Tonight, we look at',
      'the budget & the x < y rule. It matters.',
      'Thanks, John.',
      'Are you coming?\n\nYes.',
      'ANNA: ',
      'I am here.'
    ])
    expect(src.cues!.at(-1)).toMatchObject({ startMs: 7000, endMs: 8500 })
    expect(src.title).toBeNull()
  })

  it('splits cues whose blank line was lost, with or without their number', async () => {
    const srt =
      '1\n00:00:01,000 --> 00:00:02,000\nHello there.\n2\n00:00:02,000 --> 00:00:03,000\nGeneral\n' +
      '00:00:03,000 --> 00:00:04,000\nKenobi.\n'
    const src = await importSrt(enc(srt), 'run-together.srt')
    expect(src.text).toBe('Hello there. General Kenobi.')
    expect(src.cues!.map((c) => [src.text.slice(c.start, c.end), c.startMs])).toEqual([
      ['Hello there.', 1000],
      ['General', 2000],
      ['Kenobi.', 3000]
    ])
  })

  it('takes a mixed-case "Name:" for a speaker only when the file uses it more than once', async () => {
    const cues = (lines: string[]): string =>
      lines.map((l, i) => `${i + 1}\n00:00:0${i},000 --> 00:00:0${i + 1},000\n${l}\n`).join('\n')
    const labelled = await importSrt(
      enc(cues(['Sarah: Hi.', 'Tom: Hello.', 'Sarah: Bye.', 'Tom: Bye.'])),
      'a.srt'
    )
    expect(labelled.turns!.map((t) => t.speaker)).toEqual(['Sarah', 'Tom', 'Sarah', 'Tom'])
    const prose = await importSrt(enc(cues(['Look: it is simple.', 'We go on.'])), 'b.srt')
    expect(prose.text).toBe('Look: it is simple. We go on.')
    expect(prose.turns).toBeUndefined()
  })

  it('starts a paragraph after a pause of 2 s that follows a finished sentence, not within a sentence', async () => {
    const srt =
      '1\n00:00:01,000 --> 00:00:02,000\nWe waited.\n\n2\n00:00:04,000 --> 00:00:05,000\nThen we left and\n\n' +
      '3\n00:00:09,000 --> 00:00:10,000\nwent home.\n'
    expect((await importSrt(enc(srt), 'p.srt')).text).toBe('We waited.\n\nThen we left and went home.')
  })

  it('refuses broken timings naming the cue, and non-subtitle, empty, binary or non-UTF-8 files', async () => {
    const bad = (timing: string): Uint8Array =>
      enc(`6\n00:00:01,000 --> 00:00:02,000\nOk.\n\n7\n${timing}\nText\n`)
    await expect(importSrt(bad('00:01:xx,000 --> 00:01:02,000'), 's.srt')).rejects.toThrow(
      "s.srt: cue 7 has an unreadable timing '00:01:xx,000' (line 6)"
    )
    await expect(importSrt(bad('00:00:05,000 -> 00:00:06,000'), 's.srt')).rejects.toThrow(
      "s.srt: cue 7 has an unreadable timing '00:00:05,000 -> 00:00:06,000' (line 6)"
    )
    await expect(importSrt(bad('00:00:12,000 --> 00:00:11,999'), 's.srt')).rejects.toThrow(
      's.srt: cue 7 has an end before its start (line 6)'
    )
    await expect(importSrt(bad('00:00:12,000 --> 00:61:00,000'), 's.srt')).rejects.toThrow(
      "s.srt: cue 7 has an unreadable timing '00:61:00,000' (line 6)"
    )
    await expect(importSrt(enc('Just some notes\nwithout timings\n'), 'n.srt')).rejects.toThrow(
      'n.srt: line 1 is not a cue (expected a timing line such as 00:00:01,000 --> 00:00:02,000)'
    )
    await expect(importSrt(enc(' \n\n'), 'e.srt')).rejects.toThrow('e.srt is empty')
    await expect(importSrt(new Uint8Array([0x31, 0, 0x32]), 'b.srt')).rejects.toThrow(
      'b.srt is not a text file (binary content)'
    )
    await expect(importSrt(new Uint8Array([0x31, 0x0a, 0xff]), 'c.srt')).rejects.toThrow(
      'c.srt is not valid UTF-8 (byte 2)'
    )
    await expect(
      importSrt(enc('1\n00:00:01,000 --> 00:00:02,000\nx\n'), 'a.srt', { signal: AbortSignal.abort() })
    ).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('imports real machine captions (DoD/DVIDS SRT of a Senate hearing, test-fixtures/import)', async () => {
    const bytes = readFileSync(
      new URL('../../../../test-fixtures/import/dod-sasc-eucom-2024-04-11.srt', import.meta.url)
    )
    const src = await importSrt(new Uint8Array(bytes), 'dod-sasc-eucom-2024-04-11.srt')
    const corpusBody = 'Hearing . Welcome General Cavala , General Van Ovo . Uh Senator , I will uh differ'
    expect(src.text.startsWith(corpusBody)).toBe(true)
    expect(src.cues).toHaveLength(29)
    expect(src.cues![7]).toMatchObject({ startMs: 19000, endMs: 21222 })
    expect(src.text.slice(src.cues![7]!.start, src.cues![7]!.end)).toBe(
      'General Cavoli . Let me recognize you .'
    )
    // Captions without labels: no turns, and the pauses are all under 2 s, so one paragraph.
    expect(src.turns).toBeUndefined()
    expect(src.text).not.toContain('\n')
    expect(src.text).not.toMatch(/\d\d:\d\d/)
  })

  it('imports diarized captions that label every cue (Whisper and pyannote output of a podcast, test-fixtures/import)', async () => {
    const bytes = readFileSync(
      new URL('../../../../test-fixtures/import/seenunseen-e150-excerpt.vtt', import.meta.url)
    )
    const src = await importVtt(new Uint8Array(bytes), 'seenunseen-e150-excerpt.vtt')
    // One turn per change of speaker, not one per cue; a sentence runs on across cues.
    expect(src.turns!.map((t) => t.speaker)).toEqual(['Amit Varma', 'Guest', 'Amit Varma', 'Guest'])
    expect(src.text).toContain('the threats to reading have multiplied exponentially.')
    expect(src.text).toContain('late 80s, early 90s, when I was in university')
    // Nobody's label is no speaker, and is not left in the text.
    expect(src.text.startsWith('IVM.')).toBe(true)
    expect(src.text).not.toMatch(/\[(?:Unknown|Guest|Amit Varma)\]/)
  })

  it('reads diarizers’ SPEAKER_nn labels, and unknown speakers, as turns', async () => {
    const cue = (i: number, text: string) => `00:00:0${i}.000 --> 00:00:0${i}.900\n${text}`
    const file = [
      'WEBVTT',
      cue(1, '[SPEAKER_00]: Welcome back. Today we look at'),
      cue(2, '[SPEAKER_00]: the budget.'),
      cue(3, '[SPEAKER_01]: Thanks for having me.'),
      cue(4, 'Unidentified speaker: Can you hear me?'),
      cue(5, 'SPEAKER_01: Yes, we can.')
    ].join('\n\n')
    const src = await importVtt(enc(file), 'diarized.vtt')
    expect(src.turns!.map((t) => t.speaker)).toEqual(['Speaker 00', 'Speaker 01', 'Speaker 01'])
    expect(src.text).toBe(
      'Speaker 00: Welcome back. Today we look at the budget.\n\nSpeaker 01: Thanks for having me.\n\n' +
        'Can you hear me?\n\nSpeaker 01: Yes, we can.'
    )
  })
})
