// "Run every peak in view": the server's batch engine descends from every summit the peaks layer shows (up to its
// limit) with the checked methods and parameters, streaming its progress; the page then draws every path thinly,
// one colour per method, and shows the per-method summary (share reaching the sea, median length, end reasons).
import { batchQuery } from './api.js';
import { length } from './units.js';

/** Reads an NDJSON answer line by line, calling `onLine` with each parsed object; returns the last one. */
async function readLines(response, onLine) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  let last = null;
  for (;;) {
    const { value, done } = await reader.read();
    pending += decoder.decode(value || new Uint8Array(), { stream: !done });
    let newline;
    while ((newline = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, newline).trim();
      pending = pending.slice(newline + 1);
      if (line) {
        last = JSON.parse(line);
        onLine(last);
      }
    }
    if (done) return last;
  }
}

export function renderBatchSummary(table, answer, units) {
  const body = table.querySelector('tbody');
  body.replaceChildren();
  for (const s of answer.summary) {
    const reasons = Object.entries(s.endReasons).map(([reason, count]) => `${reason} ${count}`).join(', ');
    const row = document.createElement('tr');
    row.dataset.method = s.method;
    row.innerHTML = `<td><span class="swatch" style="background:${s.colour}"></span>${s.method}</td>
      <td class="number">${s.descended}</td>
      <td class="number">${s.seaLevelShare == null ? '—' : `${(100 * s.seaLevelShare).toFixed(0)} %`}</td>
      <td class="number">${s.medianGroundLengthMetres == null ? '—' : `${length(units, s.medianGroundLengthMetres)} ${units.length}`}</td>
      <td>${reasons}</td>`;
    body.append(row);
  }
}

/**
 * Runs the batch over `bbox` with `options`; `onProgress(completed, total)` while it runs. Resolves to the final
 * answer ({starts, summary, paths}); throws the server's message on a refusal.
 */
export async function runBatch(bbox, minProminence, options, onProgress, signal) {
  const response = await fetch(`api/batch?${batchQuery(bbox, minProminence, options)}`, { signal });
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new Error(body.error || `batch: HTTP ${response.status}`);
  }
  const last = await readLines(response, (line) => {
    if (line.total !== undefined) onProgress(line.completed, line.total);
  });
  if (!last || !last.summary) throw new Error('the batch stopped before it finished');
  return last;
}
