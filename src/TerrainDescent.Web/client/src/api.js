// Talks to the map server: JSON loading with readable errors, and the descent URLs built from the controls.

/** Fetches JSON; a non-2xx answer throws an Error carrying the server's one-line message. */
export async function loadJson(url, signal) {
  const response = await fetch(url, { signal });
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

export const descendUrl = (start, options) => `api/descend?${descentQuery(start, options)}`;
export const geojsonUrl = (start, options) => `api/descend.geojson?${descentQuery(start, options)}`;
export const maskUrl = (seaLevel) => `api/tiles/mask/{z}/{x}/{y}.png?seaLevel=${encodeURIComponent(seaLevel)}`;
export const compositionUrl = (seaLevel) => `api/map?seaLevel=${encodeURIComponent(seaLevel)}`;
export const elevationUrl = (lat, lon) => `api/elevation?lat=${lat}&lon=${lon}`;
