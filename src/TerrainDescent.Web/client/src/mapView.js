// Builds the OpenLayers map from the server's map composition (/api/map): which layers, in which order, and
// every colour and size come from there; this file only turns that description into OpenLayers objects.
import Map from 'ol/Map.js';
import View from 'ol/View.js';
import Feature from 'ol/Feature.js';
import TileLayer from 'ol/layer/Tile.js';
import VectorLayer from 'ol/layer/Vector.js';
import XYZ from 'ol/source/XYZ.js';
import VectorSource from 'ol/source/Vector.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import LineString from 'ol/geom/LineString.js';
import Point from 'ol/geom/Point.js';
import { Circle, Fill, RegularShape, Stroke, Style, Text } from 'ol/style.js';
import { ScaleLine, defaults as defaultControls } from 'ol/control.js';
import { fromLonLat, toLonLat, transformExtent } from 'ol/proj.js';
import { maskUrl } from './api.js';
import { createPeaksLayer } from './peaksLayer.js';
import { createGradientLayer } from './gradientLayer.js';
import { createContoursLayer } from './contoursLayer.js';

const marker = (style, fill, label) => new Style({
  image: new Circle({
    radius: label ? style.radiusPixels + 3 : style.radiusPixels,
    fill: new Fill({ color: style.fill || fill }),
    stroke: new Stroke({ color: style.outline, width: style.outlineWidthPixels }),
  }),
  text: label ? new Text({ text: label, font: 'bold 11px sans-serif', fill: new Fill({ color: '#141414' }) }) : undefined,
});

// Teaching mode's arrows at each walker: its velocity (its colour) and −∇z (dark), from 14 to 40 pixels long
// whatever the zoom; the velocity scaled to the fastest walker, −∇z full length at a slope of 0.3.
const arrowPixels = (fraction) => 14 + 26 * Math.max(0, Math.min(1, fraction));
const arrowStyles = (feature, resolution) => {
  const tail = feature.getGeometry().getCoordinates();
  const [east, north] = feature.get('direction');
  const length = feature.get('pixels') * resolution;
  const tip = [tail[0] + east * length, tail[1] + north * length];
  const colour = feature.get('colour');
  return [
    new Style({ geometry: new LineString([tail, tip]), stroke: new Stroke({ color: 'rgba(255,255,255,0.9)', width: 5 }) }),
    new Style({ geometry: new LineString([tail, tip]), stroke: new Stroke({ color: colour, width: 2.5 }) }),
    new Style({ geometry: new Point(tip), image: new RegularShape({ points: 3, radius: 6, rotation: Math.atan2(east, north), fill: new Fill({ color: colour }), stroke: new Stroke({ color: '#fff', width: 1 }) }) }),
  ];
};

export function createMapView(target, info, composition, seaLevel, initialView) {
  const layers = {};
  let peaks = null;
  let arrows = null;
  let contours = null;
  // Relief and mask are XYZ tiles drawn by the server from its tile cache; footprints outline every data tile.
  const tileSource = (url) => new XYZ({ url, maxZoom: info.tiles.maxZoom, interpolate: true, transition: 0 });
  const outline = new Style({ stroke: new Stroke({ color: 'rgba(40, 40, 40, 0.8)', width: 1, lineDash: [4, 4] }), fill: new Fill({ color: 'rgba(255, 255, 255, 0.04)' }) });
  for (const spec of composition.layers) {
    let layer;
    if (spec.kind === 'tiles') {
      layer = new TileLayer({ source: tileSource(spec.id === 'sea-mask' ? maskUrl(seaLevel) : spec.source), opacity: spec.opacity });
    } else if (spec.kind === 'arrows') {
      arrows = createGradientLayer(spec);
      layer = arrows.layer;
    } else if (spec.kind === 'contours') {
      contours = createContoursLayer(spec);
      layer = contours.layer;
    } else if (spec.kind === 'peaks') {
      peaks = createPeaksLayer(spec, composition.peakSymbol);
      layer = peaks.layer;
    } else if (spec.kind === 'outline') {
      layer = new VectorLayer({ source: new VectorSource({ url: spec.source, format: new GeoJSON() }), style: outline, opacity: spec.opacity });
    } else {
      layer = new VectorLayer({ source: new VectorSource(), opacity: spec.opacity, updateWhileAnimating: true });
    }
    layer.set('id', spec.id);
    layer.set('title', spec.title);
    layers[spec.id] = layer;
  }

  // An optional basemap under everything, only when the server was started with --basemap.
  const order = composition.layers.map((spec) => layers[spec.id]);
  if (info.basemap) {
    const basemap = new TileLayer({ source: new XYZ({ url: info.basemap, maxZoom: 19 }) });
    basemap.set('id', 'basemap');
    basemap.set('title', 'Basemap');
    order.unshift(basemap);
  }

  // The walkers' velocity and −∇z arrows go with the animation layer, above everything.
  const stepArrows = new VectorLayer({ source: new VectorSource(), style: arrowStyles, updateWhileAnimating: true });
  stepArrows.set('id', 'step-arrows');
  order.push(stepArrows);

  const extent = transformExtent(info.extent, info.projection, 'EPSG:3857');
  const map = new Map({
    target,
    layers: order,
    controls: defaultControls().extend([new ScaleLine({ units: 'metric', bar: true, steps: 4, text: true, minWidth: 120 })]),
    view: new View({ projection: 'EPSG:3857', maxZoom: 17 }),
  });
  if (initialView) {
    map.getView().setCenter(fromLonLat([initialView.lon, initialView.lat]));
    map.getView().setZoom(initialView.zoom);
  } else {
    map.getView().fit(extent, { padding: [20, 20, 20, 20] });
  }

  const lineStyles = (path) => [
    new Style({ stroke: new Stroke({ color: composition.pathHalo.colour, width: lineWidth(path) + 2 * composition.pathHalo.extraWidthPixels }) }),
    new Style({ stroke: new Stroke({ color: path.colour, width: lineWidth(path), lineDash: path.dash }) }),
  ];
  const lineWidth = (path) => (composition.methods.find((m) => m.method === path.method) || { lineWidthPixels: 3 }).lineWidthPixels;

  return {
    map,
    /**
     * Shows a descent result: one line per path (shaded and dashed per start), end markers, and the starts on top,
     * numbered when there are several.
     */
    showPaths(result) {
      const lines = layers.paths.getSource();
      const markers = layers.markers.getSource();
      lines.clear();
      markers.clear();
      layers.animation.getSource().clear();
      result.paths.forEach((path, pathIndex) => {
        const coordinates = path.lon.map((lon, i) => fromLonLat([lon, path.lat[i]]));
        const line = new Feature(new LineString(coordinates.length > 1 ? coordinates : [coordinates[0], coordinates[0]]));
        line.setStyle(lineStyles(path));
        line.set('method', path.method);
        line.set('pathIndex', pathIndex);
        lines.addFeature(line);
        const end = new Feature(new Point(fromLonLat([path.endLon, path.endLat])));
        end.setStyle(marker(composition.endMarker, path.colour));
        markers.addFeature(end);
      });
      for (const start of result.starts) {
        const feature = new Feature(new Point(fromLonLat([start.lon, start.lat])));
        feature.setStyle(marker(composition.startMarker, '#ffffff', result.starts.length > 1 ? String(start.index + 1) : undefined));
        feature.set('start', start.index + 1);
        markers.addFeature(feature);
      }
    },
    /** Draws a batch's paths ({method, coordinates: [[lon, lat]…]}) thinly in their method colours. */
    showBatch(paths) {
      this.clearPaths();
      const lines = layers.paths.getSource();
      const styles = new globalThis.Map();
      for (const path of paths) {
        const colour = (composition.methods.find((m) => m.method === path.method) || { colour: '#333' }).colour;
        if (!styles.has(colour)) styles.set(colour, new Style({ stroke: new Stroke({ color: colour, width: 1.5 }) }));
        const line = new Feature(new LineString(path.coordinates.map((c) => fromLonLat(c))));
        line.setStyle(styles.get(colour));
        line.set('batch', true);
        lines.addFeature(line);
      }
    },
    /** The view's extent as [W, S, E, N] degrees. */
    extent() {
      return transformExtent(map.getView().calculateExtent(map.getSize()), 'EPSG:3857', 'EPSG:4326');
    },
    /** Removes every path, marker and walker. */
    clearPaths() {
      for (const id of ['paths', 'markers', 'animation']) layers[id].getSource().clear();
      stepArrows.getSource().clear();
    },
    /** The view as {lon, lat, zoom} (centre in degrees). */
    view() {
      const [lon, lat] = toLonLat(map.getView().getCenter());
      return { lon, lat, zoom: map.getView().getZoom() };
    },
    /** Centres the map on {lon, lat}, at `zoom` when given. */
    goTo({ lon, lat }, zoom) {
      map.getView().setCenter(fromLonLat([lon, lat]));
      if (zoom !== undefined) map.getView().setZoom(zoom);
    },
    /** Calls `handler` whenever the map has stopped moving. */
    onViewChange(handler) {
      map.on('moveend', () => handler());
    },
    /** Places one animation marker per entry ({lon, lat, colour}). */
    setWalkers(walkers) {
      const source = layers.animation.getSource();
      source.clear();
      for (const walker of walkers) {
        const feature = new Feature(new Point(fromLonLat([walker.lon, walker.lat])));
        feature.setStyle(marker(composition.animationMarker, walker.colour));
        source.addFeature(feature);
      }
    },
    /**
     * Draws each walker's velocity ({velocityEast, velocityNorth, speed}) and −∇z ({gradientEast, gradientNorth,
     * slope}) as arrows at its position; an empty list removes them.
     */
    setStepArrows(walkers) {
      const source = stepArrows.getSource();
      source.clear();
      const fastest = Math.max(0, ...walkers.map((w) => w.speed));
      for (const w of walkers) {
        const at = fromLonLat([w.lon, w.lat]);
        if (w.speed > 0) {
          const velocity = new Feature(new Point(at));
          velocity.setProperties({ kind: 'velocity', colour: w.colour, direction: [w.velocityEast / w.speed, w.velocityNorth / w.speed], pixels: arrowPixels(w.speed / fastest) });
          source.addFeature(velocity);
        }
        if (w.slope > 0) {
          const downhill = new Feature(new Point(at));
          downhill.setProperties({ kind: 'downhill', colour: 'rgba(20, 30, 60, 0.9)', direction: [-w.gradientEast / w.slope, -w.gradientNorth / w.slope], pixels: arrowPixels(w.slope / 0.3) });
          source.addFeature(downhill);
        }
      }
    },
    /** Points the sea-level mask at a new threshold; `onLoaded` runs once the new tiles are on the map. */
    setSeaLevel(level, onLoaded) {
      const source = tileSource(maskUrl(level));
      let pending = 0;
      const settle = () => { pending -= 1; if (pending === 0) { onLoaded(level); } };
      source.on('tileloadstart', () => { pending += 1; });
      source.on('tileloadend', settle);
      source.on('tileloaderror', settle);
      layers['sea-mask'].setSource(source);
    },
    /**
     * Calls `handler({lon, lat}, shift)` for a click: at a summit of the peaks layer its exact position, else the
     * point clicked; `shift` tells whether the shift key was held (which adds a start).
     */
    onClick(handler) {
      map.on('singleclick', (event) => {
        const shift = Boolean(event.originalEvent?.shiftKey);
        const summit = peaks && map.forEachFeatureAtPixel(event.pixel, (f) => f, { layerFilter: (l) => l === peaks.layer, hitTolerance: 3 });
        if (summit) {
          handler({ lon: summit.get('lon'), lat: summit.get('lat'), summit: summit.get('name') || summit.get('id') }, shift);
          return;
        }
        const [lon, lat] = toLonLat(event.coordinate);
        handler({ lon, lat }, shift);
      });
    },
    /**
     * Calls `handler({method, index})` with the nearest vertex of the path under the pointer, or `handler(null)`
     * when the pointer leaves the paths.
     */
    onPathHover(handler) {
      let over = false;
      map.on('pointermove', (event) => {
        if (event.dragging) return;
        const line = map.forEachFeatureAtPixel(event.pixel, (f) => (f.get('batch') ? undefined : f), { layerFilter: (l) => l === layers.paths, hitTolerance: 4 });
        if (!line) {
          if (over) handler(null);
          over = false;
          return;
        }
        over = true;
        const coordinates = line.getGeometry().getCoordinates();
        let best = 0;
        let bestDistance = Infinity;
        for (let i = 0; i < coordinates.length; i++) {
          const dx = coordinates[i][0] - event.coordinate[0];
          const dy = coordinates[i][1] - event.coordinate[1];
          if (dx * dx + dy * dy < bestDistance) { bestDistance = dx * dx + dy * dy; best = i; }
        }
        handler({ method: line.get('method'), pathIndex: line.get('pathIndex'), index: best });
      });
    },
    /** Reloads the summits in view whenever the map stops moving; `onLoaded(count)` after each load. */
    followPeaks(onLoaded) {
      if (!peaks) return;
      map.on('moveend', () => peaks.reload(map, onLoaded));
      peaks.reload(map, onLoaded);
    },
    /** Shows or hides the downhill arrows, which then follow the view; `onLoaded(count)` after each load. */
    showArrows(visible, onLoaded) {
      if (!arrows) return;
      arrows.layer.setVisible(visible);
      if (!arrows.following) {
        arrows.following = true;
        map.on('moveend', () => arrows.reload(map, onLoaded));
      }
      arrows.reload(map, onLoaded);
    },
    /**
     * Shows or hides the contour lines (which then follow the view), at `interval` ('auto' or metres) with or
     * without labels; `onLoaded({count, intervalMetres, note})` after each load.
     */
    showContours(visible, interval, labels, onLoaded) {
      if (!contours) return;
      contours.layer.setVisible(visible);
      contours.setInterval(interval);
      contours.setLabels(labels);
      if (!contours.following) {
        contours.following = true;
        map.on('moveend', () => contours.reload(map, onLoaded));
      }
      if (visible) contours.reload(map, onLoaded);
    },
    /** The summits on the peaks layer now, as {id, name, lon, lat, prominence}. */
    peaksShown() {
      return peaks ? peaks.layer.getSource().getFeatures().map((f) => ({
        id: f.get('id'), name: f.get('name'), lon: f.get('lon'), lat: f.get('lat'), prominence: f.get('prominence_m'),
      })) : [];
    },
    onPointer(handler) {
      map.on('pointermove', (event) => {
        if (!event.dragging) {
          const [lon, lat] = toLonLat(event.coordinate);
          handler({ lon, lat });
        }
      });
    },
    /** The pixel (relative to the map's viewport) of a lon/lat position. */
    pixelOf(lon, lat) {
      return map.getPixelFromCoordinate(fromLonLat([lon, lat]));
    },
  };
}
