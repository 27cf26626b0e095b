// The per-path summary: end reason, steps, ground length, drop and end elevation, one row per method.

export function renderPathTable(table, result) {
  const body = table.querySelector('tbody');
  body.replaceChildren();
  for (const path of result.paths) {
    const row = document.createElement('tr');
    row.dataset.method = path.method;
    row.dataset.endLon = String(path.endLon);
    row.dataset.endLat = String(path.endLat);
    row.innerHTML = `
      <td><span class="swatch" style="background:${path.colour}"></span>${path.method}</td>
      <td>${path.endReason}</td>
      <td class="number">${path.steps}</td>
      <td class="number">${(path.groundLengthMetres / 1000).toFixed(2)}</td>
      <td class="number">${path.dropMetres.toFixed(1)}</td>
      <td class="number">${path.endElevationMetres.toFixed(1)}</td>`;
    row.title = `ends at lat ${path.endLat.toFixed(5)}, lon ${path.endLon.toFixed(5)}`;
    body.append(row);
  }
}
