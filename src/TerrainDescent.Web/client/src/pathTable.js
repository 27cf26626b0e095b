// The per-path summary: end reason, steps, ground length, drop, ascent and descent (counted beyond the server's
// stated threshold) and end elevation, one row per method, in metric or imperial units. With several starts the
// rows are grouped by start, each group under a row naming the start (its number on the map, position, elevation).
import { height, length } from './units.js';

export function renderPathTable(table, result, units) {
  const threshold = result ? result.climbThresholdMetres : 1;
  table.querySelector('thead').innerHTML = `<tr><th>method</th><th>end reason</th><th>steps</th>
    <th>length ${units.length}</th><th>drop ${units.height}</th>
    <th title="rises counted once they exceed ${threshold} m">ascent ${units.height}</th><th>descent ${units.height}</th>
    <th>end ${units.height}</th></tr>`;
  const body = table.querySelector('tbody');
  body.replaceChildren();
  table.querySelector('caption').textContent = result
    ? `Ascent and descent count each rise or fall once it exceeds ${height(units, threshold, units.name === 'metric' ? 0 : 1)} ${units.height}.`
    : '';
  if (!result) return;
  const several = result.starts.length > 1;
  let group = -1;
  for (const path of result.paths) {
    if (several && path.startIndex !== group) {
      group = path.startIndex;
      const start = result.starts[group];
      const header = document.createElement('tr');
      header.className = 'start-group';
      header.dataset.start = String(group + 1);
      header.innerHTML = `<th colspan="8">Start ${group + 1} · lat ${start.lat.toFixed(5)}, lon ${start.lon.toFixed(5)} · `
        + `${height(units, start.elevationMetres)} ${units.height}${start.snapped ? ' (snapped)' : ''}</th>`;
      body.append(header);
    }
    const row = document.createElement('tr');
    row.dataset.method = path.method;
    row.dataset.start = String(path.startIndex + 1);
    row.dataset.endLon = String(path.endLon);
    row.dataset.endLat = String(path.endLat);
    row.innerHTML = `
      <td><span class="swatch" style="background:${path.colour}"></span>${path.method}</td>
      <td>${path.endReason}</td>
      <td class="number">${path.steps}</td>
      <td class="number">${length(units, path.groundLengthMetres)}</td>
      <td class="number">${height(units, path.dropMetres)}</td>
      <td class="number">${height(units, path.ascentMetres)}</td>
      <td class="number">${height(units, path.descentMetres)}</td>
      <td class="number">${height(units, path.endElevationMetres)}</td>`;
    row.title = `ends at lat ${path.endLat.toFixed(5)}, lon ${path.endLon.toFixed(5)}`;
    body.append(row);
  }
}
