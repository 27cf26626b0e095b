// The elevation profile: ground distance from the start (km) against elevation (m), one line per path.
import uPlot from 'uplot';

export function createProfile(container) {
  let chart = null;
  let walkers = [];

  const drawWalkers = (u) => {
    const context = u.ctx;
    for (const walker of walkers) {
      const x = u.valToPos(walker.distanceKm, 'x', true);
      const y = u.valToPos(walker.elevation, 'y', true);
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
    show(result) {
      chart?.destroy();
      container.replaceChildren();
      walkers = [];
      const data = uPlot.join(result.paths.map((p) => [p.distanceMetres.map((d) => d / 1000), p.elevationMetres]));
      chart = new uPlot({
        width: container.clientWidth,
        height: 220,
        legend: { show: true },
        cursor: { drag: { x: true, y: false } },
        scales: { x: { time: false } },
        axes: [
          { label: 'ground distance (km)', labelSize: 18, size: 36 },
          { label: 'elevation (m)', labelSize: 18, size: 52 },
        ],
        series: [
          { label: 'distance km', value: (u, v) => (v == null ? '' : v.toFixed(2)) },
          ...result.paths.map((p) => ({
            label: p.method, stroke: p.colour, width: 2, spanGaps: true, points: { show: false },
            value: (u, v) => (v == null ? '' : `${v.toFixed(1)} m`),
          })),
        ],
        hooks: { draw: [drawWalkers] },
      }, data, container);
    },
    /** Marks the animated walkers ({distanceKm, elevation, colour}) on the profile. */
    setWalkers(list) {
      walkers = list;
      chart?.redraw(false, false);
    },
  };
}
