// Wires the page together: loads the raster's description and the map composition, builds the map, and runs a
// descent for every click, Enter on the map or go-to (and again whenever a control changes). A plain click
// replaces every start with one, a shift-click (or shift+Enter) adds one, up to 20; each start is its own
// /api/descend request, kept while the parameters stay the same. Only the newest answer is shown; an error clears
// the results and is shown beside its field (a start that cannot be added is dropped, the others stay). The
// state lives in the URL.
import { ServerUnreachableError, compositionUrl, decodePaths, descendUrl, elevationUrl, geojsonUrl, gpxUrl, loadJson } from './api.js';
import { createMapView } from './mapView.js';
import { createControls } from './controls.js';
import { renderPathTable } from './pathTable.js';
import { createProfile } from './profile.js';
import { createAnimation } from './animation.js';
import { renderLegend } from './legend.js';
import { readState, writeState } from './pageState.js';
import { height, length, unitSystem } from './units.js';
import { createGoTo } from './goTo.js';
import { createLayerSwitcher } from './layerSwitcher.js';
import { renderBatchSummary, runBatch } from './batchRun.js';
import { combine, maxStarts } from './starts.js';

const $ = (id) => document.getElementById(id);
const setStatus = (state, text) => {
  document.body.dataset.status = state;
  $('status').textContent = text;
  $('status').className = state;
};
const showFailure = (error, prefix = '') => {
  if (error instanceof ServerUnreachableError) setStatus('unreachable', error.message);
  else setStatus('error', `${prefix}${error.message}`);
};

/** Enables a download link with `href`, or disables it (no href: neither focusable nor followable) when null. */
function setDownload(link, href) {
  if (href) {
    link.href = href;
    link.removeAttribute('aria-disabled');
  } else {
    link.removeAttribute('href');
    link.setAttribute('aria-disabled', 'true');
  }
}

async function main() {
  const [info, methods] = await Promise.all([loadJson('api/info'), loadJson('api/methods')]);
  $('raster-name').textContent = info.name;
  const initial = readState(window.location.search);
  let units = unitSystem(initial.units);
  let starts = [];
  const answers = new Map(); // descent URL → decoded answer, for the starts shown
  let lastOptions = null;
  let lastResult = null;
  let pending = null;
  let maskLevel = null;

  const controls = createControls($('controls'), info, methods, (name) => {
    if (name === 'seaLevel') updateSeaLevel();
    if (starts.length > 0) run(starts, 'replace');
  });
  controls.apply(initial.methods ?? info.defaults.methods.split(','), initial.values);
  $('units').value = units.name;
  const firstLevel = controls.read().options.seaLevel;
  const composition = await loadJson(compositionUrl(firstLevel));
  const view = createMapView($('map'), info, composition, firstLevel, initial.view);
  const profile = createProfile($('profile'), (distanceMetres) => hoverAt(distanceMetres));
  const animation = createAnimation(
    { play: $('play'), back: $('step-back'), forward: $('step-forward'), scrubber: $('scrubber'), speed: $('speed'), counter: $('step-counter'), stepTable: $('steps') },
    view,
    profile,
    { height: (metres) => (metres == null ? 'no data' : `${height(units, metres)} ${units.height}`) },
  );
  renderLegend($('legend'), composition);
  const contourSettings = document.createElement('div');
  contourSettings.className = 'layer-settings';
  contourSettings.innerHTML = `<label>Interval <select id="contour-interval">
      <option value="auto" selected>auto by zoom</option><option value="10">10 m</option><option value="20">20 m</option>
      <option value="50">50 m</option><option value="100">100 m</option><option value="200">200 m</option></select></label>
    <label><input id="contour-labels" type="checkbox"> labels</label> <span id="contour-note" class="hint"></span>`;
  const contoursShown = () => document.querySelector('.layer-row[data-layer=contours] input[type=checkbox]')?.checked ?? false;
  const showContours = () => view.showContours(contoursShown(), $('contour-interval').value, $('contour-labels').checked, ({ count, note }) => {
    $('contour-note').textContent = note;
    document.body.dataset.contours = String(count);
  });
  createLayerSwitcher($('layers'), view.map, { contours: () => showContours() }, { contours: contourSettings });
  $('contour-interval').addEventListener('change', showContours);
  $('contour-labels').addEventListener('change', showContours);
  window.terrainDescent = { map: view.map, pixelOf: (lon, lat) => view.pixelOf(lon, lat), run: (start) => run([start], 'push'),
    add: (start) => addStart(start), lastResult: null, peaks: () => view.peaksShown() };

  const saveState = (mode) => {
    const search = writeState({ starts, options: lastOptions, units: units.name, view: view.view() });
    if (mode === 'none' || search === window.location.search) return;
    if (mode === 'push') window.history.pushState(null, '', search);
    else window.history.replaceState(null, '', search);
  };

  const showResult = () => {
    renderPathTable($('paths'), lastResult, units);
    animation.refresh();
    if (lastResult) profile.show(lastResult, units);
    else profile.clear();
  };

  const clearResults = () => {
    pending?.abort();
    pending = null;
    setBusy(null);
    lastResult = null;
    window.terrainDescent.lastResult = null;
    view.clearPaths();
    animation.reset(null);
    showResult();
    setDownload($('download'), null);
    setDownload($('download-gpx'), null);
    $('clear-starts').disabled = starts.length === 0;
  };

  async function updateSeaLevel() {
    const level = controls.read().options.seaLevel;
    if (level === '' || level === maskLevel) return;
    maskLevel = level;
    try {
      renderLegend($('legend'), await loadJson(compositionUrl(level)));
      view.setSeaLevel(level, (loaded) => { document.body.dataset.maskSeaLevel = loaded; });
    } catch (error) {
      controls.markServerError(error.message);
      showFailure(error);
    }
  }

  // While a descent runs the page is busy: a spinner, aria-busy, and the seconds elapsed once it takes a while
  // (the first water path fills the DEM's depressions, a few seconds on an SRTM1 tile).
  let busyTimer = 0;
  function setBusy(message) {
    clearInterval(busyTimer);
    document.body.setAttribute('aria-busy', String(message !== null));
    if (message === null) return;
    const since = performance.now();
    setStatus('loading', message);
    busyTimer = setInterval(() => {
      $('status').textContent = `${message} ${Math.round((performance.now() - since) / 1000)} s, still working`;
    }, 1000);
  }

  /** Adds a start to those shown (a shift-click), unless there are already as many as the server takes at once. */
  function addStart(start) {
    if (starts.length >= maxStarts) {
      setStatus('error', `At most ${maxStarts} starts at once: click without shift to start again, or clear the starts.`);
      return;
    }
    run([...starts, start], 'push', starts);
  }

  /**
   * Descends from every start in `newStarts`; `mode` says how the URL follows: 'push' (a new start), 'replace' or
   * 'none' (history). With `previous` (an added start), a failure goes back to those starts and keeps their paths.
   */
  async function run(newStarts, mode, previous = null) {
    const fallback = { starts, result: lastResult };
    starts = newStarts;
    $('clear-starts').disabled = starts.length === 0;
    const { options, errors } = controls.read();
    if (errors.length > 0) {
      clearResults();
      setStatus('error', `Fix the marked field${errors.length > 1 ? 's' : ''}: ${errors.map((e) => `${e.name} ${e.message}`).join('; ')}`);
      return;
    }
    lastOptions = options;
    if (!previous) saveState(mode);
    pending?.abort();
    const request = new AbortController();
    pending = request;
    const start = starts[starts.length - 1];
    setBusy(starts.length === 1 ? `Descending from lat ${start.lat.toFixed(5)}, lon ${start.lon.toFixed(5)}…` : `Descending from ${starts.length} starts…`);
    try {
      const urls = starts.map((s) => descendUrl(s, options));
      const several = starts.length > 1;
      const got = await Promise.all(urls.map(async (url, i) => {
        if (answers.has(url)) return answers.get(url);
        try {
          return decodePaths(await loadJson(url, request.signal));
        } catch (error) {
          if (several && error.name !== 'AbortError' && !(error instanceof ServerUnreachableError)) error.message = `Start ${i + 1}: ${error.message}`;
          throw error;
        }
      }));
      if (pending !== request) return;
      answers.clear();
      urls.forEach((url, i) => answers.set(url, got[i]));
      if (previous) saveState(mode);
      setBusy(null);
      const result = combine(got);
      lastResult = result;
      view.showPaths(result);
      showResult();
      animation.reset(result);
      setDownload($('download'), geojsonUrl(starts, options));
      setDownload($('download-gpx'), gpxUrl(starts, options));
      if (several) {
        setStatus('done', `${starts.length} starts, numbered on the map; the newest at lat ${result.starts.at(-1).lat.toFixed(5)}, `
          + `lon ${result.starts.at(-1).lon.toFixed(5)}, ${result.starts.at(-1).elevationMetres.toFixed(1)} m; computed in `
          + `${result.descentMilliseconds.toFixed(1)} ms. Shift-click adds a start, a click replaces them.`);
      } else {
        const snapped = result.start.snapped ? ' (snapped to the highest point nearby)' : '';
        setStatus('done', `Start lat ${result.start.lat.toFixed(5)}, lon ${result.start.lon.toFixed(5)}, `
          + `${result.start.elevationMetres.toFixed(1)} m${snapped}; computed in ${result.descentMilliseconds.toFixed(1)} ms`);
      }
      window.terrainDescent.lastResult = result;
      document.body.dataset.starts = String(starts.length);
      document.body.dataset.clickLon = String(start.lon);
      document.body.dataset.clickLat = String(start.lat);
    } catch (error) {
      if (error.name === 'AbortError' || pending !== request) return;
      if (previous && fallback.result) {
        // The added start failed: keep the starts and paths shown before it.
        starts = fallback.starts;
        $('clear-starts').disabled = starts.length === 0;
        setBusy(null);
        showFailure(error);
        return;
      }
      clearResults();
      controls.markServerError(error.message);
      showFailure(error);
    }
  }

  // Profile ↔ map: the cursor on the profile marks that ground distance on every path on the map; the pointer on
  // a path marks its nearest vertex on the profile. Both show distance and elevation beside the profile.
  const nearestIndex = (distances, target) => {
    let low = 0;
    let high = distances.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (distances[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low > 0 && target - distances[low - 1] < distances[low] - target ? low - 1 : low;
  };
  const readout = (points) => {
    $('hover-readout').textContent = points.map((p) => `${p.label ?? p.method} ${length(units, p.distanceMetres)} ${units.length}, `
      + `${p.elevation == null ? 'no data' : `${height(units, p.elevation)} ${units.height}`}`).join(' · ');
    document.body.dataset.hover = String(points.length);
  };
  function hoverAt(distanceMetres) {
    if (!lastResult || distanceMetres === null) {
      view.setWalkers([]);
      readout([]);
      return;
    }
    const points = lastResult.paths.filter((p) => distanceMetres <= p.distanceMetres[p.distanceMetres.length - 1] + 1).map((p) => {
      const i = nearestIndex(p.distanceMetres, distanceMetres);
      return { method: p.method, label: p.label, lon: p.lon[i], lat: p.lat[i], colour: p.colour, distanceMetres: p.distanceMetres[i], elevation: p.elevationMetres[i] };
    });
    view.setWalkers(points);
    readout(points);
  }
  view.onPathHover((hit) => {
    const path = hit && lastResult?.paths[hit.pathIndex];
    if (!path) {
      profile.setWalkers([]);
      readout([]);
      return;
    }
    const point = { method: path.method, label: path.label, colour: path.colour, distanceMetres: path.distanceMetres[hit.index], elevation: path.elevationMetres[hit.index] };
    profile.setWalkers([point]);
    readout([point]);
  });

  let pointerTimer = 0;
  view.onPointer(({ lon, lat }) => {
    clearTimeout(pointerTimer);
    pointerTimer = setTimeout(async () => {
      const position = `lat ${lat.toFixed(5)}, lon ${lon.toFixed(5)}`;
      try {
        const answer = await loadJson(elevationUrl(lat.toFixed(6), lon.toFixed(6)));
        const elevation = answer.elevationMetres == null ? 'no data'
          : `${(answer.elevationMetres * units.heightPerMetre).toFixed(1)} ${units.height}`;
        $('cursor').textContent = `${position}, ${elevation}`;
      } catch {
        $('cursor').textContent = position;
      }
    }, 60);
  });
  view.onClick(({ lon, lat }, shift) => (shift ? addStart({ lon, lat }) : run([{ lon, lat }], 'push')));
  view.followPeaks((count) => { document.body.dataset.peaks = String(count); });
  view.onViewChange(() => saveState('replace'));

  // Keyboard: OpenLayers pans with the arrow keys and zooms with + and − while the map has focus; Enter descends
  // from the map's centre, shift+Enter adds the centre as a start.
  $('map').addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const { lon, lat } = view.view();
    if (event.shiftKey) addStart({ lon, lat });
    else run([{ lon, lat }], 'push');
  });

  $('clear-starts').addEventListener('click', () => {
    starts = [];
    answers.clear();
    clearResults();
    saveState('push');
    document.body.dataset.starts = '0';
    setStatus('ready', 'Click the map, or press Enter on it, to choose a start point.');
  });

  // Every peak in view through the server's batch engine, with a progress bar and the per-method summary.
  let batchRequest = null;
  $('batch').addEventListener('click', async () => {
    const { options, errors } = controls.read();
    if (errors.length > 0) {
      setStatus('error', `Fix the marked field${errors.length > 1 ? 's' : ''} first`);
      return;
    }
    clearResults();
    batchRequest?.abort();
    const request = new AbortController();
    batchRequest = request;
    const bar = $('batch-progress');
    bar.hidden = false;
    bar.value = 0;
    $('batch-summary').hidden = true;
    setDownload($('download-batch'), null);
    const bbox = view.extent();
    const minProminence = Number(document.body.dataset.peaksMinProminence || 100);
    setStatus('loading', 'Descending from every peak in view…');
    try {
      const answer = await runBatch(bbox, minProminence, options, (done, total) => {
        bar.max = total;
        bar.value = done;
        $('status').textContent = `Descending from every peak in view: ${done} of ${total} paths`;
      }, request.signal);
      if (batchRequest !== request) return;
      view.showBatch(answer.paths);
      renderBatchSummary($('batch-summary'), answer, units);
      $('batch-summary').hidden = false;
      setDownload($('download-batch'), `api/batch.geojson?${new URLSearchParams({ bbox: bbox.map((v) => v.toFixed(5)).join(','), minProminence: String(minProminence) })}&${new URLSearchParams(options.parameters)}&methods=${options.methods.join(',')}&seaLevel=${options.seaLevel}&maxSteps=${options.maxSteps}&snapRadius=${options.snapRadius}`);
      setStatus('batch-done', `Descended from ${answer.starts} summit${answer.starts === 1 ? '' : 's'} in view with ${options.methods.length} method${options.methods.length === 1 ? '' : 's'}.`);
    } catch (error) {
      if (error.name === 'AbortError') return;
      showFailure(error);
    } finally {
      bar.hidden = true;
    }
  });

  $('arrows').addEventListener('change', () => {
    view.showArrows($('arrows').checked, (count) => { document.body.dataset.arrows = String(count); });
  });

  $('units').addEventListener('change', () => {
    units = unitSystem($('units').value);
    showResult();
    saveState('replace');
  });

  createGoTo($('goto-form'), info, (position) => {
    view.goTo(position, Math.max(view.view().zoom, 13));
    run([position], 'push');
  });

  // Back and forward: restore the controls, the units and the view of that entry, and its start's paths.
  window.addEventListener('popstate', () => {
    const state = readState(window.location.search);
    controls.apply(state.methods ?? info.defaults.methods.split(','), state.values);
    units = unitSystem(state.units);
    $('units').value = units.name;
    if (state.view) view.goTo(state.view, state.view.zoom);
    updateSeaLevel();
    if (state.starts.length > 0) {
      run(state.starts, 'none');
    } else {
      starts = [];
      lastOptions = null;
      clearResults();
      setStatus('ready', 'Click the map, or press Enter on it, to choose a start point.');
    }
  });

  clearResults();
  view.map.once('rendercomplete', () => {
    maskLevel = firstLevel;
    document.body.dataset.maskSeaLevel = maskLevel;
    document.body.dataset.map = 'ready';
    if (starts.length === 0) setStatus('ready', 'Click the map, or press Enter on it, to choose a start point.');
  });
  if (initial.starts.length > 0) run(initial.starts, 'none');
}

main().catch((error) => showFailure(error, 'The map could not start: '));
