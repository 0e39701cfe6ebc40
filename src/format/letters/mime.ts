/**
 * The MIME encodings a .eml letter needs: encoded words for headers that are
 * not ASCII (RFC 2047, base64 "B" words, each at most 75 characters and never
 * splitting a character) and quoted-printable bodies (RFC 2045, lines of at
 * most 76 characters, CRLF line breaks).
 */

const encoder = new TextEncoder();

const isPrintableAscii = (text: string): boolean => /^[\x20-\x7e]*$/.test(text);

/**
 * Folds a header of plain ASCII words at spaces, so that lines stay within
 * the 78 characters RFC 5322 asks for; `used` is what the line holds before
 * the value (the header's name).
 */
const fold = (text: string, used: number): string => {
  let line = used;
  let out = "";
  for (const word of text.split(" ")) {
    if (out !== "" && line + 1 + word.length > 78) {
      out += "\r\n ";
      line = 1;
    } else if (out !== "") {
      out += " ";
      line += 1;
    }
    out += word;
    line += word.length;
  }
  return out;
};

/** A header value as encoded words when it is not printable ASCII; folded plain text otherwise. */
export const encodeHeaderText = (text: string, used = 9): string => {
  if (isPrintableAscii(text) && !/ {2}/.test(text)) return fold(text, used);
  // "=?UTF-8?B?" + "?=" is 12 characters; 45 bytes make 60 base64 characters.
  const words: string[] = [];
  let chunk = "";
  let size = 0;
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    const bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (size + bytes > 45) {
      words.push(chunk);
      chunk = "";
      size = 0;
    }
    chunk += char;
    size += bytes;
  }
  if (chunk !== "") words.push(chunk);
  return words
    .map((w) => `=?UTF-8?B?${Buffer.from(encoder.encode(w)).toString("base64")}?=`)
    .join("\r\n ");
};

/** `"Name" <address>`, the name encoded when it must be; just the address without a name. */
export const mailbox = (name: string, address: string): string => {
  const clean = name.replace(/\s+/g, " ").trim();
  if (clean === "") return `<${address}>`;
  if (isPrintableAscii(clean)) return `"${clean.replace(/["\\]/g, (c) => `\\${c}`)}" <${address}>`;
  return `${encodeHeaderText(clean)} <${address}>`;
};

const HEX = "0123456789ABCDEF";

/** Quoted-printable of UTF-8 text; line breaks become CRLF, long lines get soft breaks. */
export const quotedPrintable = (text: string): string => {
  const out: string[] = [];
  for (const line of text.replace(/\r\n|\r/g, "\n").split("\n")) {
    const bytes = encoder.encode(line);
    let current = "";
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      // Spaces and tabs at the end of a line are encoded: mail may strip them.
      const plain = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
      const piece = plain ? String.fromCharCode(b) : `=${HEX[b >> 4]}${HEX[b & 15]}`;
      if (current.length + piece.length > 75) {
        out.push(`${current}=`);
        current = "";
      }
      current += piece;
    }
    out.push(current);
  }
  return out.join("\r\n");
};
