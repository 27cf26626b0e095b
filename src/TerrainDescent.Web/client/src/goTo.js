// The go-to box: a coordinate (decimal or DMS, see coordinates.js) or the name of a summit, suggested from the
// named summits and the peaks the server found (/api/peaks over the whole data, loaded on first use).
import { loadJson, peaksUrl } from './api.js';
import { parseCoordinate } from './coordinates.js';

/** The prominence above which found peaks are offered by id in the suggestions, metres. */
const suggestedProminence = 100;

export function createGoTo(form, info, onGo) {
  const input = form.querySelector('input');
  const list = form.querySelector('datalist');
  const error = form.querySelector('.field-error');
  let summits = null;

  const loadSummits = async () => {
    if (summits) return summits;
    const answer = await loadJson(peaksUrl(info.extent, suggestedProminence));
    summits = answer.features.map((f) => ({
      label: f.properties.name || f.properties.id,
      elevation: f.properties.elevation_m,
      lon: f.geometry.coordinates[0],
      lat: f.geometry.coordinates[1],
    }));
    list.replaceChildren(...summits.map((s) => Object.assign(document.createElement('option'), {
      value: s.label, textContent: `${s.elevation.toFixed(0)} m`,
    })));
    return summits;
  };
  input.addEventListener('focus', () => { loadSummits().catch(() => {}); }, { once: true });

  const refuse = (message) => {
    input.setAttribute('aria-invalid', 'true');
    error.textContent = message;
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    input.setAttribute('aria-invalid', 'false');
    error.textContent = '';
    const text = input.value.trim();
    if (text === '') {
      refuse('enter "lat, lon" (52.6175, -6.7797 or 52°37′03″N 6°46′47″W) or a summit name');
      return;
    }
    const position = parseCoordinate(text);
    if (position) {
      onGo(position);
      return;
    }
    try {
      const wanted = text.toLowerCase();
      const all = await loadSummits();
      const summit = all.find((s) => s.label.toLowerCase() === wanted) || all.find((s) => s.label.toLowerCase().startsWith(wanted));
      if (summit) onGo({ lon: summit.lon, lat: summit.lat });
      else refuse(`"${text}" is neither a coordinate ("lat, lon", decimal or DMS) nor a summit in the data`);
    } catch (failure) {
      refuse(failure.message);
    }
  });
}
