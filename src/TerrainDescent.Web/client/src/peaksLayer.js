// The peaks layer: the summits in view from /api/peaks, as triangles sized by prominence (the composition's peak
// symbol), named from a closer zoom on
// (and the heights of unnamed summits closer still). Fewer, more prominent summits are asked for when zoomed out, so the map
// stays readable; the layer reloads whenever the map stops moving.
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import Feature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
import { Fill, RegularShape, Stroke, Style, Text } from 'ol/style.js';
import { fromLonLat, transformExtent } from 'ol/proj.js';
import { loadJson, peaksUrl } from './api.js';

/** The smallest prominence shown at `zoom`, metres: the symbol's minimum from zoom 11 on, more when zoomed out. */
const prominenceAt = (symbol, zoom) => (zoom >= 11 ? symbol.minProminenceMetres : zoom >= 9 ? 150 : 300);

function radius(symbol, prominence) {
  const t = Math.sqrt(Math.min(1, Math.max(0, (prominence - symbol.minProminenceMetres) / (symbol.fullProminenceMetres - symbol.minProminenceMetres))));
  return symbol.minRadiusPixels + t * (symbol.maxRadiusPixels - symbol.minRadiusPixels);
}

export function createPeaksLayer(spec, symbol) {
  const source = new VectorSource();
  const styleCache = new Map();
  const layer = new VectorLayer({
    source,
    opacity: spec.opacity,
    declutter: true,
    style: (feature, resolution) => {
      const zoom = Math.log2(156543.03392804097 / resolution);
      const r = Math.round(radius(symbol, feature.get('prominence_m')));
      // Names from the symbol's zoom on, the heights of unnamed summits two zoom levels closer.
      const name = feature.get('name');
      const label = zoom < symbol.labelsFromZoom ? '' : name || (zoom >= symbol.labelsFromZoom + 2 ? `${feature.get('elevation_m').toFixed(0)} m` : '');
      const key = `${r}|${label}`;
      if (!styleCache.has(key)) {
        styleCache.set(key, new Style({
          image: new RegularShape({
            points: 3, radius: r, angle: 0,
            fill: new Fill({ color: symbol.fill }), stroke: new Stroke({ color: symbol.outline, width: 1.5 }),
          }),
          text: label ? new Text({
            text: label, offsetY: -r - 9, font: '600 12px system-ui, sans-serif',
            fill: new Fill({ color: '#1f2328' }), stroke: new Stroke({ color: 'rgba(255,255,255,0.9)', width: 3 }),
          }) : undefined,
        }));
      }
      return styleCache.get(key);
    },
  });

  let request = null;
  return {
    layer,
    /** Loads the summits in `map`'s view; `onLoaded(count)` runs once they are on the layer. */
    async reload(map, onLoaded) {
      const size = map.getSize();
      if (!size || size[0] === 0) return;
      const view = map.getView();
      const bbox = transformExtent(view.calculateExtent(size), 'EPSG:3857', 'EPSG:4326');
      request?.abort();
      const current = new AbortController();
      request = current;
      try {
        const minProminence = prominenceAt(symbol, view.getZoom());
        const answer = await loadJson(peaksUrl(bbox, minProminence), current.signal);
        document.body.dataset.peaksMinProminence = String(minProminence);
        if (request !== current) return;
        source.clear();
        source.addFeatures(answer.features.map((f) => {
          const [lon, lat] = f.geometry.coordinates;
          const feature = new Feature({ geometry: new Point(fromLonLat([lon, lat])), ...f.properties, lon, lat });
          return feature;
        }));
        onLoaded?.(answer.features.length);
      } catch {
        // The peaks layer is an aid: a failed load leaves the previous summits, and the status line reports outages.
      }
    },
  };
}
