// Several starts at once: a plain click replaces every start with one, a shift-click adds one. Each start's paths
// keep their method colours, shaded per start (start 1 as the method's colour, start 2 darker and dashed,
// start 3 lighter and dotted, …), so a method's lines stay one family and a start's lines stay one group.

/** The most starts the page holds (the server's cap for one download). */
export const maxStarts = 20;

const shades = [0, -0.45, 0.4, -0.7, 0.6];
const dashes = [undefined, [10, 5], [2, 5], [14, 4, 2, 4], [6, 3, 6, 9]];

/** `hex` (#rrggbb) mixed toward white (amount > 0) or black (amount < 0). */
function mix(hex, amount) {
  const target = amount > 0 ? 255 : 0;
  const part = (i) => {
    const value = parseInt(hex.slice(i, i + 2), 16);
    return Math.round(value + (target - value) * Math.abs(amount)).toString(16).padStart(2, '0');
  };
  return `#${part(1)}${part(3)}${part(5)}`;
}

/** The shade of a method colour for the start numbered `index` (0-based). */
export const shadeFor = (hex, index) => mix(hex, shades[index % shades.length]);

/** The dash pattern (pixels) of the start numbered `index`; undefined draws a solid line. */
export const dashFor = (index) => dashes[index % dashes.length];

/**
 * Joins the answers of several starts into one result the map, the tables, the profile and the animation read:
 * `starts` (each answer's start, timing and index) and `paths`, every path of every start in order, each with its
 * `startIndex`, its shaded `colour`, its `dash` and a `label` ("method", or "2 · method" once there are several).
 */
export function combine(answers) {
  const several = answers.length > 1;
  const paths = [];
  answers.forEach((answer, index) => {
    for (const path of answer.paths) {
      paths.push({
        ...path,
        startIndex: index,
        methodColour: path.colour,
        colour: shadeFor(path.colour, index),
        dash: dashFor(index),
        label: several ? `${index + 1} · ${path.method}` : path.method,
      });
    }
  });
  return {
    starts: answers.map((answer, index) => ({ ...answer.start, index })),
    paths,
    start: answers[0].start,
    climbThresholdMetres: answers[0].climbThresholdMetres,
    descentMilliseconds: answers.reduce((sum, a) => sum + a.descentMilliseconds, 0),
  };
}
