// The play button: one marker per method walks its path in step order, the same number of steps per frame for
// every method, so a path that needs fewer steps arrives first.

const durationSeconds = 8;

export function createAnimation(button, counter, mapView, profile) {
  let result = null;
  let frame = 0;
  let step = 0;

  const walkersAt = (index) => result.paths.map((p) => {
    const i = Math.min(index, p.lon.length - 1);
    return { lon: p.lon[i], lat: p.lat[i], colour: p.colour, distanceMetres: p.distanceMetres[i], elevation: p.elevationMetres[i] };
  });

  const stop = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    button.textContent = '▶ Play';
    button.setAttribute('aria-pressed', 'false');
  };

  const tick = (longest, stepsPerFrame) => {
    step = Math.min(step + stepsPerFrame, longest);
    const walkers = walkersAt(step);
    mapView.setWalkers(walkers);
    profile.setWalkers(walkers);
    counter.textContent = `step ${step} of ${longest}`;
    if (step >= longest) {
      stop();
      document.body.dataset.animation = 'finished';
      return;
    }
    frame = requestAnimationFrame(() => tick(longest, stepsPerFrame));
  };

  button.addEventListener('click', () => {
    if (!result) return;
    if (frame) {
      stop();
      return;
    }
    const longest = Math.max(...result.paths.map((p) => p.lon.length - 1));
    if (step >= longest) step = 0;
    const stepsPerFrame = Math.max(1, Math.ceil(longest / (durationSeconds * 60)));
    button.textContent = '❚❚ Pause';
    button.setAttribute('aria-pressed', 'true');
    document.body.dataset.animation = 'playing';
    frame = requestAnimationFrame(() => tick(longest, stepsPerFrame));
  });

  return {
    /** A new result: stop, rewind, and enable the button when there is something to play. */
    reset(newResult) {
      stop();
      result = newResult;
      step = 0;
      counter.textContent = '';
      button.disabled = !result || result.paths.length === 0;
      mapView.setWalkers([]);
      profile.setWalkers([]);
    },
  };
}
