// The parameter controls: the method list and each method's parameters come from the server's catalogue
// (/api/methods), so methods and parameters added to the engine appear here without page changes; the shared
// defaults and limits come from /api/info.

const sharedFields = (info) => [
  { name: 'seaLevel', label: 'Sea level (m)', step: '1', value: info.defaults.seaLevel },
  { name: 'maxSteps', label: 'Max steps', step: '1000', min: '1', max: String(info.limits.maxSteps), value: info.defaults.maxSteps },
  { name: 'snapRadius', label: 'Snap to peak within (m)', step: '50', min: '0', max: String(info.limits.snapRadius), value: info.defaults.snapRadius },
];

function numberInput(name, value, step) {
  const input = document.createElement('input');
  Object.assign(input, { type: 'number', id: name, name, step, value: String(value) });
  return input;
}

/** Every parameter once, in catalogue order, with the names of the methods that read it. */
function parameterCatalogue(methods) {
  const byName = new Map();
  for (const method of methods) {
    for (const parameter of method.parameters) {
      if (!byName.has(parameter.name)) byName.set(parameter.name, { ...parameter, methods: [] });
      byName.get(parameter.name).methods.push(method.name);
    }
  }
  return [...byName.values()];
}

function parameterLabel(parameter) {
  const label = document.createElement('label');
  label.dataset.methods = parameter.methods.join(',');
  const unit = parameter.unit ? ` (${parameter.unit})` : '';
  label.title = `${parameter.symbol}: ${parameter.description}${unit}; ${parameter.range}; default ${parameter.default}; `
    + `read by ${parameter.methods.join(', ')}`;
  const text = document.createElement('span');
  text.textContent = `${parameter.symbol} ${parameter.description}${unit}`;
  const users = document.createElement('small');
  users.textContent = parameter.methods.join(', ');
  label.append(text, numberInput(parameter.name, parameter.default, 'any'), users);
  return label;
}

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
  for (const field of sharedFields(info)) {
    const label = document.createElement('label');
    label.textContent = field.label;
    const input = numberInput(field.name, field.value, field.step);
    if (field.min !== undefined) input.min = field.min;
    if (field.max !== undefined) input.max = field.max;
    label.append(input);
    grid.append(label);
  }
  container.append(grid);

  // The method parameters, one input each even when several methods read it (they share one value); only those
  // of the checked methods are shown and sent.
  const catalogue = parameterCatalogue(methods);
  const advanced = document.createElement('details');
  advanced.id = 'method-parameters';
  advanced.open = true;
  advanced.innerHTML = '<summary>Method parameters</summary>';
  const methodGrid = document.createElement('div');
  methodGrid.className = 'parameters';
  const labels = catalogue.map(parameterLabel);
  methodGrid.append(...labels);
  const none = document.createElement('p');
  none.className = 'placeholder';
  none.textContent = 'The checked methods take no parameters.';
  const reset = document.createElement('button');
  Object.assign(reset, { type: 'button', id: 'reset-parameters', textContent: 'Reset to defaults' });
  advanced.append(methodGrid, none, reset);
  container.append(advanced);

  const checkedMethods = () => [...container.querySelectorAll('input[name=method]:checked')].map((box) => box.value);
  const showParameters = () => {
    const checked = new Set(checkedMethods());
    let shown = 0;
    for (const label of labels) {
      label.hidden = !label.dataset.methods.split(',').some((m) => checked.has(m));
      shown += label.hidden ? 0 : 1;
    }
    none.hidden = shown > 0;
    reset.hidden = shown === 0;
  };
  showParameters();

  reset.addEventListener('click', () => {
    for (const parameter of catalogue) container.querySelector(`#${parameter.name}`).value = String(parameter.default);
    onChange('parameters');
  });
  container.addEventListener('change', (event) => {
    if (event.target.name === 'method') showParameters();
    onChange(event.target.name);
  });

  return {
    values() {
      const read = (name) => container.querySelector(`#${name}`).value.trim();
      const checked = new Set(checkedMethods());
      const parameters = {};
      for (const parameter of catalogue) {
        if (parameter.methods.some((m) => checked.has(m))) parameters[parameter.name] = read(parameter.name);
      }
      return {
        methods: [...checked],
        parameters,
        seaLevel: read('seaLevel'),
        maxSteps: read('maxSteps'),
        snapRadius: read('snapRadius'),
      };
    },
  };
}
