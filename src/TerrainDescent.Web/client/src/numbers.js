// Number fields: what a person types, read as the server reads numbers (invariant culture, a dot). A decimal comma
// is accepted when it can only be one ("0,5" is 0.5); anything ambiguous or not a number is refused with a message
// for beside the field, and an empty field is an error rather than a silent default.

const plain = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Reads `text`: {value} (the text to send, with a dot) or {error} (a short message for beside the field). */
export function readNumber(text, defaultValue) {
  const trimmed = text.trim();
  if (trimmed === '') return { error: `empty: enter a number (default ${defaultValue})` };
  const commas = (trimmed.match(/,/g) || []).length;
  if (commas > 0 && trimmed.includes('.')) {
    return { error: `"${trimmed}": use either a decimal point or a decimal comma, without thousands separators` };
  }
  if (commas > 1) return { error: `"${trimmed}": one decimal comma at most, and no thousands separators` };
  const normalised = trimmed.replace(',', '.');
  if (!plain.test(normalised)) return { error: `"${trimmed}" is not a number` };
  return { value: normalised };
}
