// Metric (m, km) or imperial (ft, mi) display; the server, the URL and the files always stay in metres.

const systems = {
  metric: { name: 'metric', height: 'm', length: 'km', heightPerMetre: 1, lengthPerMetre: 1 / 1000 },
  imperial: { name: 'imperial', height: 'ft', length: 'mi', heightPerMetre: 1 / 0.3048, lengthPerMetre: 1 / 1609.344 },
};

/** The unit system called `name` (metric when unknown). */
export const unitSystem = (name) => systems[name] || systems.metric;

/** A height in metres shown in `units` with `decimals` decimals. */
export const height = (units, metres, decimals = 1) => (metres * units.heightPerMetre).toFixed(decimals);

/** A ground length in metres shown in `units` (km or mi) with `decimals` decimals. */
export const length = (units, metres, decimals = 2) => (metres * units.lengthPerMetre).toFixed(decimals);
