// The parameter controls: the method list and each method's parameters come from the server's catalogue
// (/api/methods), so methods and parameters added to the engine appear here without page changes; the shared
// defaults and limits come from /api/info. Number fields are text fields read by numbers.js (a decimal comma is
// accepted), and a field the page or the server refuses is marked with the message beside it.
import { readNumber } from './numbers.js';

const sharedFields = (info) => [
  { name: 'seaLevel', label: 'Sea level (m)', value: info.defaults.seaLevel },
  { name: 'maxSteps', label: 'Max steps', value: info.defaults.maxSteps, hint: `1 to ${info.limits.maxSteps}` },
  { name: 'snapRadius', label: 'Snap to peak within (m)', value: info.defaults.snapRadius, hint: `0 to ${info.limits.snapRadius}` },
];

function numberField(label, name, value) {
  const input = document.createElement('input');
  Object.assign(input, { type: 'text', id: name, name, value: String(value), inputMode: 'decimal', autocomplete: 'off', spellcheck: false });
  input.dataset.default = String(value);
  const error = document.createElement('span');
  error.className = 'field-error';
  error.id = `${name}-error`;
  error.setAttribute('role', 'alert');
  input.setAttribute('aria-describedby', error.id);
  label.append(input, error);
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
  label.append(text);
  numberField(label, parameter.name, parameter.default);
  const users = document.createElement('small');
  users.textContent = parameter.methods.join(', ');
  label.append(users);
  return label;
}

export function createControls(container, info, methods, onChange) {
  const methodBox = document.createElement('fieldset');
  methodBox.innerHTML = '<legend>Methods</legend>';
  for (const method of methods) {
    const label = document.createElement('label');
    label.className = 'method';
    label.innerHTML = `<input type="checkbox" name="method" value="${method.name}"><span class="swatch" style="background:${method.colour}"></span>${method.name}`;
    methodBox.append(label);
  }
  container.append(methodBox);

  const grid = document.createElement('div');
  grid.className = 'parameters';
  for (const field of sharedFields(info)) {
    const label = document.createElement('label');
    label.append(field.label);
    const input = numberField(label, field.name, field.value);
    if (field.hint) input.title = field.hint;
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

  const boxes = () => [...container.querySelectorAll('input[name=method]')];
  const checkedMethods = () => boxes().filter((box) => box.checked).map((box) => box.value);
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
  const field = (name) => container.querySelector(`#${CSS.escape(name)}`);

  /** Marks `name`'s field with `message`, or clears its mark when `message` is null. */
  const mark = (name, message) => {
    const input = field(name);
    if (!input) return false;
    input.setAttribute('aria-invalid', String(message !== null));
    container.querySelector(`#${CSS.escape(name)}-error`).textContent = message ?? '';
    return true;
  };
  const clearMarks = () => {
    for (const input of container.querySelectorAll('input[type=text]')) mark(input.name, null);
    methodBox.classList.remove('invalid');
  };

  const applyValues = (methodNames, values) => {
    const chosen = new Set(methodNames);
    for (const box of boxes()) box.checked = chosen.has(box.value);
    for (const input of container.querySelectorAll('input[type=text]')) {
      input.value = values[input.name] ?? input.dataset.default;
    }
    clearMarks();
    showParameters();
  };
  applyValues(info.defaults.methods.split(','), {});

  reset.addEventListener('click', () => {
    for (const parameter of catalogue) field(parameter.name).value = String(parameter.default);
    onChange('parameters');
  });
  container.addEventListener('change', (event) => {
    if (event.target.name === 'method') showParameters();
    onChange(event.target.name);
  });

  return {
    /**
     * The values to send: {options, errors}. `options` holds the methods, the parameters of the checked methods
     * (`options.parameters`) and the shared values, each number normalised to a dot; `errors` lists the fields
     * refused ({name, message}), each already marked beside its field.
     */
    read() {
      clearMarks();
      const errors = [];
      const read = (name) => {
        const input = field(name);
        const { value, error } = readNumber(input.value, input.dataset.default);
        if (error) {
          errors.push({ name, message: error });
          mark(name, error);
        }
        return value ?? input.value.trim();
      };
      const checked = new Set(checkedMethods());
      if (checked.size === 0) {
        errors.push({ name: 'methods', message: 'check at least one method' });
        methodBox.classList.add('invalid');
      }
      const parameters = {};
      for (const parameter of catalogue) {
        if (parameter.methods.some((m) => checked.has(m))) parameters[parameter.name] = read(parameter.name);
      }
      const options = {
        methods: checkedMethods(),
        parameters,
        seaLevel: read('seaLevel'),
        maxSteps: read('maxSteps'),
        snapRadius: read('snapRadius'),
      };
      return { options, errors };
    },
    /** Shows a server message beside the field it names (its first word); false when it names no field. */
    markServerError(message) {
      const name = (message.match(/^([A-Za-z0-9]+)/) || [])[1];
      if (name === 'methods') {
        methodBox.classList.add('invalid');
        return true;
      }
      return name ? mark(name, message) : false;
    },
    /** Sets the methods and field values (absent fields take their defaults), as a permalink gives them. */
    apply(methodNames, values) {
      applyValues(methodNames, values);
    },
  };
}
