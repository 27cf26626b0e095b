// The parameter controls: the method list comes from the server's catalogue (/api/methods), so methods added to
// the engine appear here without page changes; the defaults and limits come from /api/info.

const numberFields = (info) => [
  { name: 'alpha', label: 'α (m per unit slope)', step: 'any', min: '0', value: info.defaults.alpha },
  { name: 'gamma', label: 'γ (momentum kept)', step: '0.01', min: '0', max: '0.999', value: info.defaults.gamma },
  { name: 'seaLevel', label: 'Sea level (m)', step: '1', value: info.defaults.seaLevel },
  { name: 'maxSteps', label: 'Max steps', step: '1000', min: '1', max: String(info.limits.maxSteps), value: info.defaults.maxSteps },
  { name: 'snapRadius', label: 'Snap to peak within (m)', step: '50', min: '0', max: String(info.limits.snapRadius), value: info.defaults.snapRadius },
];

export function createControls(container, info, methods, onChange) {
  const chosen = new Set(info.defaults.methods.split(','));
  const methodBox = document.createElement('fieldset');
  methodBox.innerHTML = '<legend>Methods</legend>';
  for (const method of methods) {
    const label = document.createElement('label');
    label.className = 'method';
    label.innerHTML = `<input type="checkbox" name="method" value="${method.name}"><span class="swatch" style="background:${method.colour}"></span>${method.name}`;
    label.querySelector('input').checked = chosen.has(method.name);
    methodBox.append(label);
  }
  container.append(methodBox);

  const grid = document.createElement('div');
  grid.className = 'parameters';
  for (const field of numberFields(info)) {
    const label = document.createElement('label');
    label.textContent = field.label;
    const input = document.createElement('input');
    Object.assign(input, { type: 'number', id: field.name, name: field.name, step: field.step, value: String(field.value) });
    if (field.min !== undefined) input.min = field.min;
    if (field.max !== undefined) input.max = field.max;
    label.append(input);
    grid.append(label);
  }
  container.append(grid);
  container.addEventListener('change', (event) => onChange(event.target.name));

  return {
    values() {
      const read = (name) => container.querySelector(`#${name}`).value.trim();
      return {
        methods: [...container.querySelectorAll('input[name=method]:checked')].map((box) => box.value),
        alpha: read('alpha'),
        gamma: read('gamma'),
        seaLevel: read('seaLevel'),
        maxSteps: read('maxSteps'),
        snapRadius: read('snapRadius'),
      };
    },
  };
}
