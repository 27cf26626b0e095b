// The contour lines of the view, traced by the server with GDAL (/api/contours) at an interval chosen by zoom
// ("auto": 10 m from zoom 15, 20 m at 14, 50 m at 12–13, 100 m at 10–11, 200 m wider) or fixed; every fifth
// level (the index contours) drawn bolder, elevation labels along the lines on request. Off until switched on;
// it follows the view while on, and asks nothing below zoom 8, where the server would refuse the box.
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import { Fill, Stroke, Style, Text } from 'ol/style.js';
import { transformExtent } from 'ol/proj.js';
import { contoursUrl, loadJson } from './api.js';

/** The lowest zoom the layer loads at. */
export const minZoom = 8;

/** The interval the "auto" choice takes at `zoom`, metres. */
export function autoIntervalMetres(zoom) {
  if (zoom >= 15) return 10;
  if (zoom >= 14) return 20;
  if (zoom >= 12) return 50;
  if (zoom >= 10) return 100;
  return 200;
}

const colour = 'rgba(92, 52, 18, 0.9)';
const thin = new Style({ stroke: new Stroke({ color: colour, width: 0.8 }) });
const bold = new Style({ stroke: new Stroke({ color: colour, width: 1.7 }) });

export function createContoursLayer(spec) {
  const source = new VectorSource();
  const layer = new VectorLayer({ source, opacity: spec.opacity, visible: false, declutter: true });
  const format = new GeoJSON();
  let choice = 'auto';
  let labels = false;
  let intervalMetres = 0;
  let request = null;

  const labelled = new Map();
  const isIndex = (elevation) => intervalMetres > 0 && Math.abs(elevation / (5 * intervalMetres) - Math.round(elevation / (5 * intervalMetres))) < 1e-9;
  layer.setStyle((feature) => {
    const elevation = feature.get('elevation_m');
    const base = isIndex(elevation) ? bold : thin;
    if (!labels) return base;
    const text = `${elevation}`;
    if (!labelled.has(text)) {
      labelled.set(text, new Style({
        text: new Text({
          text, placement: 'line', font: '11px sans-serif', fill: new Fill({ color: colour }), stroke: new Stroke({ color: 'rgba(255,255,255,0.9)', width: 3 }),
        }),
      }));
    }
    return [base, labelled.get(text)];
  });

  async function reload(map, onLoaded) {
    if (!layer.getVisible()) return;
    const zoom = map.getView().getZoom();
    request?.abort();
    if (zoom < minZoom) {
      source.clear();
      onLoaded?.({ count: 0, intervalMetres: 0, note: `zoom in (to ${minZoom} or more) for contours` });
      return;
    }
    const current = new AbortController();
    request = current;
    const interval = choice === 'auto' ? autoIntervalMetres(zoom) : Number(choice);
    const bbox = transformExtent(map.getView().calculateExtent(map.getSize()), 'EPSG:3857', 'EPSG:4326');
    try {
      const answer = await loadJson(contoursUrl(bbox, interval), current.signal);
      if (request !== current) return;
      intervalMetres = interval;
      source.clear();
      source.addFeatures(format.readFeatures(answer, { featureProjection: 'EPSG:3857' }));
      const thinned = answer.strideSamples > 1 ? `, every ${answer.strideSamples}th sample` : '';
      onLoaded?.({ count: answer.features.length, intervalMetres: interval, note: `every ${interval} m${choice === 'auto' ? ' (auto)' : ''}${thinned}` });
    } catch (error) {
      if (error.name === 'AbortError') return;
      source.clear();
      onLoaded?.({ count: 0, intervalMetres: interval, note: error.message });
    }
  }

  return {
    layer,
    reload,
    /** 'auto' or an interval in metres. */
    setInterval(value) { choice = value; },
    setLabels(on) { labels = on; layer.changed(); },
  };
}
