// Talks to the map server: JSON loading with readable errors, and the descent URLs built from the controls.

/** The error of a request that got no answer at all: the server stopped, or the network is down. */
export class ServerUnreachableError extends Error {
  constructor() {
    super('The map server is unreachable: is terrain-descent serve still running? Try again once it is.');
    this.name = 'ServerUnreachableError';
  }
}

/**
 * Fetches JSON; a non-2xx answer throws an Error carrying the server's one-line message, and no answer at all a
 * ServerUnreachableError (rather than the browser's bare "Failed to fetch").
 */
export async function loadJson(url, signal) {
  let response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ServerUnreachableError();
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.error || `${url}: HTTP ${response.status}`);
  }
  return body;
}

/**
 * Turns the server's fixed-unit vertex arrays (degrees × 1e7, centimetres, decimetres) into plain numbers:
 * path.lon, path.lat, path.elevationMetres and path.distanceMetres, in step order.
 */
export function decodePaths(result) {
  for (const path of result.paths) {
    path.lon = path.lonE7.map((v) => v / 1e7);
    path.lat = path.latE7.map((v) => v / 1e7);
    path.elevationMetres = path.elevationCm.map((v) => (v == null ? null : v / 100));
    path.distanceMetres = path.distanceDm.map((v) => v / 10);
    path.gradientEast = path.gradientEastE5.map((v) => (v == null ? null : v / 1e5));
    path.gradientNorth = path.gradientNorthE5.map((v) => (v == null ? null : v / 1e5));
  }
  return result;
}

/**
 * The query string of a descent from `start` ({lat, lon}) with the control values `options`: the shared values
 * and, under their own names, the parameters of the checked methods (`options.parameters`).
 */
export function descentQuery(start, options) {
  const query = new URLSearchParams({
    lat: String(start.lat),
    lon: String(start.lon),
    methods: options.methods.join(','),
    ...options.parameters,
    seaLevel: options.seaLevel,
    maxSteps: options.maxSteps,
    snapRadius: options.snapRadius,
  });
  return query.toString();
}

/** The query string of a batch over `bbox` (W, S, E, N degrees) from summits of at least `minProminence` metres. */
export function batchQuery(bbox, minProminence, options) {
  const query = new URLSearchParams(descentQuery({ lat: 0, lon: 0 }, options));
  query.delete('lat');
  query.delete('lon');
  query.set('bbox', bbox.map((v) => v.toFixed(5)).join(','));
  query.set('minProminence', String(minProminence));
  return query.toString();
}

export const descendUrl = (start, options) => `api/descend?${descentQuery(start, options)}`;

/** The query string of a download of every start in `starts`: lat and lon for one, `starts=LAT,LON;…` for several. */
export function downloadQuery(starts, options) {
  const query = new URLSearchParams(descentQuery(starts[0], options));
  if (starts.length > 1) {
    query.delete('lat');
    query.delete('lon');
    query.set('starts', starts.map((s) => `${s.lat},${s.lon}`).join(';'));
  }
  return query.toString();
}

export const geojsonUrl = (starts, options) => `api/descend.geojson?${downloadQuery(starts, options)}`;
export const gpxUrl = (starts, options) => `api/descend.gpx?${downloadQuery(starts, options)}`;
export const contoursUrl = (bbox, intervalMetres) => `api/contours?bbox=${bbox.map((v) => v.toFixed(5)).join(',')}&interval=${intervalMetres}`;
export const peaksUrl = (bbox, minProminence) => `api/peaks?bbox=${bbox.map((v) => v.toFixed(5)).join(',')}&minProminence=${minProminence}`;
export const maskUrl = (seaLevel) => `api/tiles/mask/{z}/{x}/{y}.png?seaLevel=${encodeURIComponent(seaLevel)}`;
export const compositionUrl = (seaLevel) => `api/map?seaLevel=${encodeURIComponent(seaLevel)}`;
export const elevationUrl = (lat, lon) => `api/elevation?lat=${lat}&lon=${lon}`;
