// The elevation profile: ground distance from the start (km or mi) against elevation (m or ft), one line per path.
import uPlot from 'uplot';

const placeholder = '<p class="placeholder">The elevation profile of the paths appears here after a click.</p>';

/**
 * The profile in `container`; `onHover(distanceMetres)` runs as the cursor moves over the chart (null when it
 * leaves), so the map can mark the same place on every path.
 */
export function createProfile(container, onHover = () => {}) {
  let chart = null;
  let walkers = [];
  let units = null;
  window.addEventListener('resize', () => chart?.setSize({ width: container.clientWidth, height: 220 }));

  const drawWalkers = (u) => {
    const context = u.ctx;
    for (const walker of walkers) {
      const x = u.valToPos(walker.distanceMetres * units.lengthPerMetre, 'x', true);
      const y = u.valToPos(walker.elevation * units.heightPerMetre, 'y', true);
      context.beginPath();
      context.arc(x, y, 5 * devicePixelRatio, 0, 2 * Math.PI);
      context.fillStyle = walker.colour;
      context.strokeStyle = '#fff';
      context.lineWidth = 2 * devicePixelRatio;
      context.fill();
      context.stroke();
    }
  };

  return {
    /** Removes the chart and shows the placeholder again. */
    clear() {
      chart?.destroy();
      chart = null;
      walkers = [];
      container.innerHTML = placeholder;
    },
    show(result, unitSystem) {
      chart?.destroy();
      container.replaceChildren();
      walkers = [];
      units = unitSystem;
      const data = uPlot.join(result.paths.map((p) => [
        p.distanceMetres.map((d) => d * units.lengthPerMetre),
        p.elevationMetres.map((e) => (e == null ? null : e * units.heightPerMetre)),
      ]));
      chart = new uPlot({
        width: container.clientWidth,
        height: 220,
        legend: { show: true },
        cursor: { drag: { x: true, y: false } },
        scales: { x: { time: false } },
        axes: [
          { label: `ground distance (${units.length})`, labelSize: 18, size: 36 },
          { label: `elevation (${units.height})`, labelSize: 18, size: 52 },
        ],
        series: [
          { label: `distance ${units.length}`, value: (u, v) => (v == null ? '' : v.toFixed(2)) },
          ...result.paths.map((p) => ({
            label: p.label ?? p.method, stroke: p.colour, width: 2, dash: p.dash, spanGaps: true, points: { show: false },
            value: (u, v) => (v == null ? '' : `${v.toFixed(1)} ${units.height}`),
          })),
        ],
        hooks: {
          draw: [drawWalkers],
          setCursor: [(u) => {
            const left = u.cursor.left;
            onHover(left == null || left < 0 ? null : u.posToVal(left, 'x') / units.lengthPerMetre);
          }],
        },
      }, data, container);
    },
    /** Marks the animated walkers ({distanceMetres, elevation (m), colour}) on the profile. */
    setWalkers(list) {
      walkers = list;
      chart?.redraw(false, false);
    },
  };
}
