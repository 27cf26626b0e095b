// The layer switcher: for each layer of the composition a person may want to hide or fade (relief, sea mask,
// contour lines, tile outlines, summits, paths with their markers, and the basemap when the server has one), a
// visibility box and an opacity slider. A layer listed in `onToggle` is shown and hidden by its handler (the
// contours load for the view when shown); `extras[id]` is placed under that layer's row (its own settings).

const switchable = ['basemap', 'relief', 'sea-mask', 'contours', 'footprints', 'peaks', 'paths'];
// The downhill arrows have their own switch in the step-by-step section, as they are off by default.

export function createLayerSwitcher(container, map, onToggle = {}, extras = {}) {
  const byId = new Map(map.getLayers().getArray().map((layer) => [layer.get('id'), layer]));
  // Start and end markers go with their paths.
  const companions = { paths: ['markers'] };
  for (const id of switchable) {
    const layer = byId.get(id);
    if (!layer) continue;
    const row = document.createElement('div');
    row.className = 'layer-row';
    row.dataset.layer = id;
    row.innerHTML = `<label><input type="checkbox"${layer.getVisible() ? ' checked' : ''}> ${layer.get('title')}</label>
      <input type="range" min="0" max="100" step="5" value="${Math.round(layer.getOpacity() * 100)}" aria-label="${layer.get('title')} opacity">`;
    const [box, slider] = row.querySelectorAll('input');
    const targets = [layer, ...(companions[id] || []).map((c) => byId.get(c)).filter(Boolean)];
    box.addEventListener('change', () => (onToggle[id] ? onToggle[id](box.checked) : targets.forEach((t) => t.setVisible(box.checked))));
    slider.addEventListener('input', () => targets.forEach((t) => t.setOpacity(Number(slider.value) / 100)));
    container.append(row);
    if (extras[id]) container.append(extras[id]);
  }
}
