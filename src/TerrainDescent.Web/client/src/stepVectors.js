// Teaching mode's vectors at a path's current vertex: the velocity (the step just taken, east and north metres,
// on the WGS84 ellipsoid by the same series as the server's EarthScale) and the surface gradient ∇z there (east
// and north, metres per metre, sent by the server per vertex). A path thinned on the server (thinnedEvery > 1)
// reports the displacement over that many steps.

const radians = (degrees) => (degrees * Math.PI) / 180;

/** Metres per degree of latitude at `latitude` degrees (the server's EarthScale series). */
export function metresPerDegreeLatitude(latitude) {
  const phi = radians(latitude);
  return 111132.92 - 559.82 * Math.cos(2 * phi) + 1.175 * Math.cos(4 * phi) - 0.0023 * Math.cos(6 * phi);
}

/** Metres per degree of longitude at `latitude` degrees. */
export function metresPerDegreeLongitude(latitude) {
  const phi = radians(latitude);
  return Math.max(0, 111412.84 * Math.cos(phi) - 93.5 * Math.cos(3 * phi) + 0.118 * Math.cos(5 * phi));
}

/**
 * The vectors of `path` at vertex `i`: {velocityEast, velocityNorth, speed} in metres per step (0 at the start)
 * and {gradientEast, gradientNorth, slope} in m/m (null off the data or beside a void).
 */
export function stepVectors(path, i) {
  const j = Math.max(0, i - 1);
  const meanLatitude = 0.5 * (path.lat[i] + path.lat[j]);
  const velocityEast = (path.lon[i] - path.lon[j]) * metresPerDegreeLongitude(meanLatitude);
  const velocityNorth = (path.lat[i] - path.lat[j]) * metresPerDegreeLatitude(meanLatitude);
  const gradientEast = path.gradientEast[i];
  const gradientNorth = path.gradientNorth[i];
  const known = gradientEast != null && gradientNorth != null;
  return {
    velocityEast,
    velocityNorth,
    speed: Math.hypot(velocityEast, velocityNorth),
    gradientEast: known ? gradientEast : null,
    gradientNorth: known ? gradientNorth : null,
    slope: known ? Math.hypot(gradientEast, gradientNorth) : null,
  };
}
