// Code run inside the page (through the DevTools protocol, which the app's CSP does not govern). Kept as plain
// JavaScript strings: functions compiled by tsx can carry helpers that do not exist in the page.

/** Installed before the app loads: counts long tasks (over 50 ms) from the start. */
export const LONG_TASK_OBSERVER = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`

/** Resolves after the next paint: a frame, then a task queued behind it. */
const AFTER_PAINT = `
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  }));
`

/**
 * Clicks the library entry titled `title` and waits for the reader to show it: `first` when the first screen is
 * painted (its text and highlights), `ms` when every one of its `paragraphs` is in and painted (the whole text can
 * be scrolled, searched and stepped through). Also how many highlight and statement elements are then in the text.
 */
export const OPEN_DOCUMENT = `async ({ title, paragraphs, timeoutMs }) => {
  ${AFTER_PAINT}
  const button = [...document.querySelectorAll('.doc-item')].find((b) => b.querySelector('.doc-item__title')?.textContent === title);
  if (!button) throw new Error('no library entry titled ' + title);
  const t0 = performance.now();
  button.click();
  let first = null;
  for (;;) {
    const heading = document.querySelector('#reader-title')?.textContent;
    const prose = document.querySelector('.reader-prose');
    const shown = heading === title && prose && prose.querySelector('[data-annotation-ids]');
    if (shown && first === null) first = (await afterPaint()) - t0;
    if (shown && prose.querySelectorAll(':scope > p').length >= (paragraphs ?? 0)) break;
    if (performance.now() - t0 > timeoutMs) throw new Error('the document did not show within ' + timeoutMs + ' ms');
    await new Promise((r) => requestAnimationFrame(r));
  }
  const t1 = await afterPaint();
  const prose = document.querySelector('.reader-prose');
  return {
    first,
    ms: t1 - t0,
    highlights: prose.querySelectorAll('[data-annotation-ids]').length,
    statements: prose.querySelectorAll('[data-statement-id]').length
  };
}`

/** Baseline: the same text as plain paragraphs in a fresh element, until painted. */
export const PLAIN_TEXT = `async ({ paragraphs }) => {
  ${AFTER_PAINT}
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;inset:0;overflow:auto;background:white;z-index:99999;font:16px/1.6 serif;padding:24px';
  const t0 = performance.now();
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    host.append(p);
  }
  document.body.append(host);
  const t1 = await afterPaint();
  host.remove();
  await afterPaint();
  return { ms: t1 - t0 };
}`

/**
 * Drags the claims table from top to bottom in `durationMs` (as with the scroll bar: every frame shows rows far
 * from the last), recording the time between frames. Returns the frame intervals, and the rows on screen at the end.
 */
export const SCROLL_CLAIMS = `async ({ durationMs }) => {
  const grid = document.querySelector('.claims-grid');
  if (!grid) throw new Error('the claims table is not shown');
  const max = grid.scrollHeight - grid.clientHeight;
  const frames = [];
  await new Promise((resolve) => {
    let start = null, last = null;
    const step = (now) => {
      if (start === null) start = last = now;
      else { frames.push(now - last); last = now; }
      const t = Math.min(1, (now - start) / durationMs);
      grid.scrollTop = t * max;
      if (t < 1) requestAnimationFrame(step); else resolve();
    };
    requestAnimationFrame(step);
  });
  await new Promise((r) => setTimeout(r, 300));
  return { frames, rows: grid.querySelectorAll('.claims-row:not(.claims-row--head)').length };
}`

/** Baseline: frame intervals of the same page doing nothing, for the same time. */
export const IDLE_FRAMES = `async ({ durationMs }) => {
  const frames = [];
  await new Promise((resolve) => {
    let start = null, last = null;
    const step = (now) => {
      if (start === null) start = last = now;
      else { frames.push(now - last); last = now; }
      if (now - start < durationMs) requestAnimationFrame(step); else resolve();
    };
    requestAnimationFrame(step);
  });
  return { frames };
}`

/**
 * Starts recording keystroke-to-paint on the page: for each key, from the event's timestamp to the end of the
 * frame that paints it (raw), and the same less the wait for that frame's start (the display's 60 Hz tick,
 * which no code can shorten): the time the page was busy handling and rendering the key. Read with KEY_LATENCIES.
 */
export const RECORD_KEYS = `() => {
  window.__keyLatencies = [];
  window.__stopKeys?.();
  const onKey = (e) => {
    const at = e.timeStamp;
    requestAnimationFrame((frameStart) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const painted = performance.now();
        window.__keyLatencies.push({ raw: painted - at, busy: painted - at - Math.max(0, frameStart - at) });
      };
      channel.port2.postMessage(0);
    });
  };
  document.addEventListener('keydown', onKey, true);
  window.__stopKeys = () => document.removeEventListener('keydown', onKey, true);
}`

export const KEY_LATENCIES = `() => { window.__stopKeys?.(); return window.__keyLatencies; }`

/** A plain textarea to type into, for the keystroke baseline; focused. */
export const PLAIN_TEXTAREA = `() => {
  const t = document.createElement('textarea');
  t.id = 'bench-textarea';
  t.style.cssText = 'position:fixed;top:10px;left:10px;width:400px;height:200px;z-index:99999';
  document.body.append(t);
  t.focus();
}`

export const REMOVE_TEXTAREA = `() => document.getElementById('bench-textarea')?.remove()`

/** Long tasks recorded since `since` (page time), and now. */
export const LONG_TASKS_SINCE = `({ since }) => ({
  tasks: window.__longTasks.filter((t) => t.start >= since).map((t) => t.duration),
  now: performance.now()
})`

export const NOW = `() => performance.now()`

/** Installed before the app loads: records the API operations the page calls, as their responses end. */
export const API_REQUEST_OBSERVER = `
  window.__apiRequests = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const op = new URL(e.name).pathname.match(/^\\/api\\/op\\/([^/]+)$/)?.[1];
      if (op) window.__apiRequests.push({ start: e.startTime, op: decodeURIComponent(op) });
    }
  }).observe({ type: 'resource', buffered: true });
`

/** The API operations started since `since` (page time) whose responses have ended, in order. */
export const API_REQUESTS_SINCE = `({ since }) => window.__apiRequests.filter((r) => r.start >= since).map((r) => r.op)`
