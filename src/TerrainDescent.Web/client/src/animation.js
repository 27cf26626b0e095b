// The walkers: one marker per method walks its path in step order, the same number of steps per frame for every
// method, so a path that needs fewer steps arrives first. Play and pause, step back and forward one step, a
// scrubber over every step and a speed; a table beside shows each method's current step (teaching mode): its
// position, its elevation, the distance moved and the slope along the step, its velocity (the step vector, east
// and north metres, and its length) and the gradient ∇z there (east and north, m/m), grouped by start when there
// are several. On the map each walker carries two small arrows: its velocity and −∇z.
// Steps count vertices of the arrays the page holds, which a very long path has thinned (thinnedEvery).
import { stepVectors } from './stepVectors.js';

const durationSeconds = 8;

export function createAnimation(elements, mapView, profile, formatters) {
  const { play, back, forward, scrubber, speed, counter, stepTable } = elements;
  let result = null;
  let frame = 0;
  let step = 0;
  let longest = 0;

  const vertexAt = (p, index) => Math.min(index, p.lon.length - 1);
  const walkersAt = (index) => result.paths.map((p) => {
    const i = vertexAt(p, index);
    return { lon: p.lon[i], lat: p.lat[i], colour: p.colour, distanceMetres: p.distanceMetres[i], elevation: p.elevationMetres[i], ...stepVectors(p, i) };
  });
  const signed = (value, digits) => (value == null ? '—' : value.toFixed(digits));

  const describe = () => {
    const body = stepTable.querySelector('tbody');
    body.replaceChildren();
    if (!result) return;
    const several = result.starts.length > 1;
    let group = -1;
    for (const p of result.paths) {
      if (several && p.startIndex !== group) {
        group = p.startIndex;
        const header = document.createElement('tr');
        header.className = 'start-group';
        header.dataset.start = String(p.startIndex + 1);
        header.innerHTML = `<th colspan="9">Start ${p.startIndex + 1}</th>`;
        body.append(header);
      }
      const i = vertexAt(p, step);
      const v = stepVectors(p, i);
      const j = Math.max(0, i - 1);
      const run = p.distanceMetres[i] - p.distanceMetres[j];
      const rise = (p.elevationMetres[i] ?? 0) - (p.elevationMetres[j] ?? 0);
      const row = document.createElement('tr');
      row.dataset.method = p.method;
      row.dataset.start = String(p.startIndex + 1);
      row.innerHTML = `<td><span class="swatch" style="background:${p.colour}"></span>${p.method}</td>
        <td class="number">${i * p.thinnedEvery}</td>
        <td class="number">${p.lat[i].toFixed(4)}, ${p.lon[i].toFixed(4)}</td>
        <td class="number">${formatters.height(p.elevationMetres[i])}</td>
        <td class="number">${run.toFixed(1)}</td>
        <td class="number">${run > 0 ? (rise / run).toFixed(3) : '—'}</td>
        <td class="number velocity">${v.velocityEast.toFixed(2)}, ${v.velocityNorth.toFixed(2)}</td>
        <td class="number speed">${v.speed.toFixed(2)}</td>
        <td class="number gradient">${signed(v.gradientEast, 4)}, ${signed(v.gradientNorth, 4)}</td>`;
      body.append(row);
    }
  };

  const show = () => {
    const walkers = walkersAt(step);
    mapView.setWalkers(walkers);
    mapView.setStepArrows(walkers);
    profile.setWalkers(walkers);
    counter.textContent = `step ${step} of ${longest}`;
    scrubber.value = String(step);
    document.body.dataset.step = String(step);
    describe();
  };

  const stop = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    play.textContent = '▶ Play';
    play.setAttribute('aria-pressed', 'false');
  };

  const tick = () => {
    const stepsPerFrame = Math.max(1, Math.ceil((longest / (durationSeconds * 60)) * Number(speed.value)));
    step = Math.min(step + stepsPerFrame, longest);
    show();
    if (step >= longest) {
      stop();
      document.body.dataset.animation = 'finished';
      return;
    }
    frame = requestAnimationFrame(tick);
  };

  play.addEventListener('click', () => {
    if (!result) return;
    if (frame) {
      stop();
      return;
    }
    if (step >= longest) step = 0;
    play.textContent = '❚❚ Pause';
    play.setAttribute('aria-pressed', 'true');
    document.body.dataset.animation = 'playing';
    frame = requestAnimationFrame(tick);
  });
  const moveTo = (index) => {
    if (!result) return;
    stop();
    step = Math.max(0, Math.min(longest, index));
    show();
  };
  back.addEventListener('click', () => moveTo(step - 1));
  forward.addEventListener('click', () => moveTo(step + 1));
  scrubber.addEventListener('input', () => moveTo(Number(scrubber.value)));

  return {
    /** A new result: stop, rewind, and enable the controls when there is something to play. */
    reset(newResult) {
      stop();
      result = newResult && newResult.paths.length > 0 ? newResult : null;
      step = 0;
      longest = result ? Math.max(...result.paths.map((p) => p.lon.length - 1)) : 0;
      counter.textContent = '';
      for (const control of [play, back, forward, scrubber]) control.disabled = !result;
      scrubber.max = String(longest);
      scrubber.value = '0';
      mapView.setWalkers([]);
      mapView.setStepArrows([]);
      profile.setWalkers([]);
      describe();
    },
    /** Redraws the step table, after a change of units. */
    refresh() {
      describe();
    },
  };
}
