// XML 1.0 text and attribute escaping: the five special characters, tab/newline/CR as character
// references (so attribute values keep them), and removal of characters XML 1.0 forbids.
const SPECIAL: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#x9;',
  '\n': '&#xA;',
  '\r': '&#xD;',
};

// C0 controls other than tab/LF/CR, lone surrogates, U+FFFE and U+FFFF are not allowed in XML 1.0.
const ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Drops the characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF). */
export function stripIllegalXml(text: string): string {
  return text.replace(ILLEGAL, '');
}

/** Escapes `text` for use in XML content or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  return stripIllegalXml(text).replace(/[&<>"'\t\n\r]/g, (c) => SPECIAL[c]!);
}

/** An sRGB colour with an alpha channel in [0, 1]. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa` (the `#` optional); undefined for anything else. */
export function parseHexColor(value: unknown): Rgba | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^#?([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value.trim());
  if (!m) return undefined;
  let hex = m[1]!;
  if (hex.length <= 4) hex = [...hex].map((c) => c + c).join('');
  const byte = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return { r: byte(0), g: byte(2), b: byte(4), a: hex.length === 8 ? Math.round((byte(6) / 255) * 1000) / 1000 : 1 };
}

/** `#rrggbb` of a colour. */
export function toHex({ r, g, b }: Rgba): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
