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
