// The go-to box: "lat, lon" in decimal degrees (a dot or, with a separating space or semicolon, a decimal comma)
// or degrees-minutes-seconds with hemispheres ("52°37′03″N 6°46′47″W", "52 37 3 N, 6 46 47 W").

const dmsPart = /(\d+(?:[.,]\d+)?)\s*[°d:\s]\s*(?:(\d+(?:[.,]\d+)?)\s*['′m:\s]\s*)?(?:(\d+(?:[.,]\d+)?)\s*(?:["″s]|'')?\s*)?([NSEW])/gi;

const number = (text) => Number(text.replace(',', '.'));

function fromDms(text) {
  const parts = [...text.matchAll(dmsPart)];
  if (parts.length !== 2) return null;
  let lat = null;
  let lon = null;
  for (const [, d, m, s, hemisphere] of parts) {
    const minutes = m ? number(m) : 0;
    const seconds = s ? number(s) : 0;
    if (minutes >= 60 || seconds >= 60) return null;
    const value = number(d) + minutes / 60 + seconds / 3600;
    const h = hemisphere.toUpperCase();
    if (h === 'N' || h === 'S') lat = h === 'S' ? -value : value;
    else lon = h === 'W' ? -value : value;
  }
  return lat === null || lon === null ? null : { lat, lon };
}

function fromDecimal(text) {
  const trimmed = text.trim();
  let match = trimmed.match(/^([+-]?\d+(?:\.\d+)?)\s*[,;\s]\s*([+-]?\d+(?:\.\d+)?)$/);
  if (!match) match = trimmed.match(/^([+-]?\d+(?:,\d+)?)\s*[;\s]\s*([+-]?\d+(?:,\d+)?)$/);
  return match ? { lat: number(match[1]), lon: number(match[2]) } : null;
}

/** The position `text` names, {lat, lon} in degrees, or null when it is not a coordinate. */
export function parseCoordinate(text) {
  const position = /[NSEW]/i.test(text) ? fromDms(text) : fromDecimal(text);
  if (!position || Math.abs(position.lat) > 90 || Math.abs(position.lon) > 180) return null;
  return position;
}
