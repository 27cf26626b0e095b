// The page's state in its URL, so that a reload or a shared link reproduces exactly the same paths: the start at
// full precision (JavaScript's shortest round-trip form of the double the click gave, which the server parses
// back to the same double), the methods and every parameter as sent, the units and the view. Back and forward
// step through starts: a new start pushes a history entry, a changed parameter or view replaces the current one.

/** Reads the state from `search` (location.search): {start, methods, values, units, view}, each possibly absent. */
export function readState(search) {
  const query = new URLSearchParams(search);
  const state = { values: {} };
  for (const [name, value] of query) {
    if (name === 'start') {
      const [lat, lon] = value.split(',').map(Number);
      if (Number.isFinite(lat) && Number.isFinite(lon)) state.start = { lat, lon };
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

/** The query string of `state` ({start, options, units, view}). */
export function writeState({ start, options, units, view }) {
  const query = new URLSearchParams();
  if (start) query.set('start', `${start.lat},${start.lon}`);
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
