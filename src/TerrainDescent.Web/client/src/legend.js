// Draws the composition's legend entries (ramp, sea mask, method lines, markers) as HTML.

function rampSymbol(entry) {
  const low = entry.values[0];
  const high = entry.values[entry.values.length - 1];
  const stops = entry.colours.map((c, i) => `${c} ${(100 * (entry.values[i] - low)) / Math.max(high - low, 1)}%`);
  return `<div class="ramp-bar" style="background:linear-gradient(to right, ${stops.join(', ')})"></div>
    <div class="ramp-labels"><span>${low.toFixed(0)}</span><span>${high.toFixed(0)}</span></div>`;
}

function symbol(entry) {
  switch (entry.kind) {
    case 'area': return `<span class="symbol area" style="background:${entry.colours[0]}"></span>`;
    case 'line': return `<span class="symbol line" style="background:${entry.colours[0]}"></span>`;
    case 'peak': return `<span class="symbol peak" style="border-bottom-color:${entry.colours[0]}"></span>`;
    case 'marker': return `<span class="symbol marker" style="background:${entry.colours[0]};border-color:${entry.outline}"></span>`;
    default: return '';
  }
}

export function renderLegend(container, composition) {
  container.replaceChildren();
  for (const entry of composition.legend) {
    const item = document.createElement('div');
    item.className = `legend-entry ${entry.kind}`;
    item.innerHTML = entry.kind === 'ramp'
      ? `<div>${entry.label}</div>${rampSymbol(entry)}`
      : `${symbol(entry)}<span>${entry.label}</span>`;
    container.append(item);
  }
}
