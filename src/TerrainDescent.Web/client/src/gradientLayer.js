// Teaching mode's downhill arrows: −∇z from /api/gradient on a grid over the view, each arrow pointing the way a
// hill-walker steps, its length growing with the slope (full length at a slope of 0.3, one cell of the grid).
// Off until switched on; it follows the view while on.
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import Feature from 'ol/Feature.js';
import LineString from 'ol/geom/LineString.js';
import Point from 'ol/geom/Point.js';
import { Fill, RegularShape, Stroke, Style } from 'ol/style.js';
import { fromLonLat, transformExtent } from 'ol/proj.js';
import { loadJson } from './api.js';

const cells = 18;
const fullSlope = 0.3;
const colour = 'rgba(20, 30, 60, 0.85)';

export function createGradientLayer(spec) {
  const source = new VectorSource();
  const layer = new VectorLayer({ source, opacity: spec.opacity, visible: false });
  const shaft = new Style({ stroke: new Stroke({ color: colour, width: 1.6 }) });
  let request = null;

  async function reload(map, onLoaded) {
    if (!layer.getVisible()) return;
    const extent = map.getView().calculateExtent(map.getSize());
    const bbox = transformExtent(extent, 'EPSG:3857', 'EPSG:4326');
    request?.abort();
    const current = new AbortController();
    request = current;
    try {
      const answer = await loadJson(`${spec.source}?bbox=${bbox.map((v) => v.toFixed(5)).join(',')}&count=${cells}`, current.signal);
      if (request !== current) return;
      const cellMetres = 0.8 * Math.min(extent[2] - extent[0], extent[3] - extent[1]) / cells;
      const features = [];
      for (const p of answer.points) {
        const slope = Math.hypot(p.east, p.north);
        if (slope < 1e-4) continue;
        const reach = cellMetres * Math.min(1, slope / fullSlope) / slope;
        const tail = fromLonLat([p.lon, p.lat]);
        const tip = [tail[0] + p.east * reach, tail[1] + p.north * reach];
        const arrow = new Feature(new LineString([tail, tip]));
        arrow.setStyle(shaft);
        const head = new Feature(new Point(tip));
        head.setStyle(new Style({
          image: new RegularShape({ points: 3, radius: 4, rotation: Math.atan2(p.east, p.north), fill: new Fill({ color: colour }) }),
        }));
        features.push(arrow, head);
      }
      source.clear();
      source.addFeatures(features);
      onLoaded?.(answer.points.length);
    } catch {
      // The arrows are an aid: a failed load keeps the previous ones; the status line reports outages.
    }
  }

  return { layer, reload };
}
