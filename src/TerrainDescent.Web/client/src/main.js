// Wires the page together: loads the raster's description and the map composition, builds the map, and runs a
// descent for every click (and again whenever a control changes). Only the newest answer is shown.
import { compositionUrl, decodePaths, descendUrl, elevationUrl, geojsonUrl, loadJson } from './api.js';
import { createMapView } from './mapView.js';
import { createControls } from './controls.js';
import { renderPathTable } from './pathTable.js';
import { createProfile } from './profile.js';
import { createAnimation } from './animation.js';
import { renderLegend } from './legend.js';

const $ = (id) => document.getElementById(id);
const setStatus = (state, text) => {
  document.body.dataset.status = state;
  $('status').textContent = text;
  $('status').className = state;
};

async function main() {
  const [info, methods] = await Promise.all([loadJson('api/info'), loadJson('api/methods')]);
  $('raster-name').textContent = info.name;
  let lastStart = null;
  let pending = null;
  let maskLevel = null;

  const controls = createControls($('controls'), info, methods, (name) => {
    if (name === 'seaLevel') updateSeaLevel();
    if (lastStart) run(lastStart);
  });
  const composition = await loadJson(compositionUrl(controls.values().seaLevel));
  const view = createMapView($('map'), info, composition, controls.values().seaLevel);
  const profile = createProfile($('profile'));
  const animation = createAnimation($('play'), $('step-counter'), view, profile);
  renderLegend($('legend'), composition);
  animation.reset(null);

  async function updateSeaLevel() {
    const level = controls.values().seaLevel;
    if (level === '' || level === maskLevel) return;
    maskLevel = level;
    try {
      renderLegend($('legend'), await loadJson(compositionUrl(level)));
      view.setSeaLevel(level, (loaded) => { document.body.dataset.maskSeaLevel = loaded; });
    } catch (error) {
      setStatus('error', error.message);
    }
  }

  // While a descent runs the page is busy: a spinner, aria-busy, and the seconds elapsed once it takes a while
  // (the first water path fills the DEM's depressions, a few seconds on an SRTM1 tile).
  let busyTimer = 0;
  const setBusy = (message) => {
    clearInterval(busyTimer);
    document.body.setAttribute('aria-busy', String(message !== null));
    if (message === null) return;
    const since = performance.now();
    setStatus('loading', message);
    busyTimer = setInterval(() => {
      $('status').textContent = `${message} ${Math.round((performance.now() - since) / 1000)} s, still working`;
    }, 1000);
  };

  async function run(start) {
    lastStart = start;
    pending?.abort();
    const request = new AbortController();
    pending = request;
    const options = controls.values();
    setBusy(`Descending from lat ${start.lat.toFixed(5)}, lon ${start.lon.toFixed(5)}…`);
    try {
      const result = decodePaths(await loadJson(descendUrl(start, options), request.signal));
      if (pending !== request) return;
      setBusy(null);
      view.showPaths(result);
      renderPathTable($('paths'), result);
      profile.show(result);
      animation.reset(result);
      $('download').href = geojsonUrl(start, options);
      $('download').classList.remove('disabled');
      const snapped = result.start.snapped ? ' (snapped to the highest point nearby)' : '';
      setStatus('done', `Start lat ${result.start.lat.toFixed(5)}, lon ${result.start.lon.toFixed(5)}, `
        + `${result.start.elevationMetres.toFixed(1)} m${snapped}; computed in ${result.descentMilliseconds.toFixed(1)} ms`);
      window.terrainDescent.lastResult = result;
      document.body.dataset.clickLon = String(start.lon);
      document.body.dataset.clickLat = String(start.lat);
    } catch (error) {
      if (error.name !== 'AbortError') {
        setBusy(null);
        setStatus('error', error.message);
      }
    }
  }

  let pointerTimer = 0;
  view.onPointer(({ lon, lat }) => {
    clearTimeout(pointerTimer);
    pointerTimer = setTimeout(async () => {
      const position = `lat ${lat.toFixed(5)}, lon ${lon.toFixed(5)}`;
      try {
        const answer = await loadJson(elevationUrl(lat.toFixed(6), lon.toFixed(6)));
        const elevation = answer.elevationMetres == null ? 'no data' : `${answer.elevationMetres.toFixed(1)} m`;
        $('cursor').textContent = `${position}, ${elevation}`;
      } catch {
        $('cursor').textContent = position;
      }
    }, 60);
  });
  view.onClick(run);

  window.terrainDescent = { map: view.map, pixelOf: (lon, lat) => view.pixelOf(lon, lat), run, lastResult: null };
  view.map.once('rendercomplete', () => {
    maskLevel = controls.values().seaLevel;
    document.body.dataset.maskSeaLevel = maskLevel;
    setStatus('ready', 'Click the map to choose a start point.');
  });
}

main().catch((error) => setStatus('error', `The map could not start: ${error.message}`));
