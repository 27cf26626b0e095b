// The page's state in its URL, so that a reload or a shared link reproduces exactly the same paths: every start
// (one `start=LAT,LON` each, in order) at full precision (JavaScript's shortest round-trip form of the double the click gave, which the server parses
// back to the same double), the methods and every parameter as sent, the units and the view. Back and forward
// step through starts: a new start pushes a history entry, a changed parameter or view replaces the current one.

/** Reads the state from `search` (location.search): {starts, methods, values, units, view}; starts may be empty, the rest absent. */
export function readState(search) {
  const query = new URLSearchParams(search);
  const state = { values: {}, starts: [] };
  for (const [name, value] of query) {
    if (name === 'start') {
      const [lat, lon] = value.split(',').map(Number);
      if (Number.isFinite(lat) && Number.isFinite(lon)) state.starts.push({ lat, lon });
    } else if (name === 'view') {
      const [lon, lat, zoom] = value.split(',').map(Number);
      if ([lon, lat, zoom].every(Number.isFinite)) state.view = { lon, lat, zoom };
    } else if (name === 'methods') {
      state.methods = value.split(',').filter((m) => m !== '');
    } else if (name === 'units') {
      state.units = value;
    } else {
      state.values[name] = value;
    }
  }
  return state;
}

/** The query string of `state` ({starts, options, units, view}). */
export function writeState({ starts, options, units, view }) {
  const query = new URLSearchParams();
  for (const start of starts) query.append('start', `${start.lat},${start.lon}`);
  if (options) {
    query.set('methods', options.methods.join(','));
    for (const [name, value] of Object.entries(options.parameters)) query.set(name, value);
    query.set('seaLevel', options.seaLevel);
    query.set('maxSteps', options.maxSteps);
    query.set('snapRadius', options.snapRadius);
  }
  if (units && units !== 'metric') query.set('units', units);
  if (view) query.set('view', `${view.lon.toFixed(6)},${view.lat.toFixed(6)},${view.zoom.toFixed(2)}`);
  return `?${query.toString()}`;
}
