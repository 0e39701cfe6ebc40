/**
 * A letter as an e-mail message (RFC 5322, MIME 1.0): UTF-8 text in
 * quoted-printable, headers encoded when not ASCII, CRLF line breaks. Date and
 * Message-ID come from the audit record and the options, never the clock, so a
 * rerun writes the same bytes. `X-Unsent: 1` makes Outlook open the file as a
 * draft to send; Thunderbird opens it as a message ("Edit as New").
 */
import type { IsoDate } from "../../core/calendar/date.js";
import { encodeHeaderText, mailbox, quotedPrintable } from "./mime.js";
import type { RenderedLetter } from "./render.js";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** RFC 5322 date at noon UTC: the same calendar day in every Nordic time zone. */
export const mailDate = (date: IsoDate): string => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${DAYS[weekday]}, ${d} ${MONTHS[m - 1]} ${y} 12:00:00 +0000`;
};

export interface EmlHeaders {
  from: { name: string; address: string };
  /** Null: the letter has no recipient (no usable e-mail address). */
  to: { name: string; address: string } | null;
  date: IsoDate;
  messageId: string;
  language: string;
}

export const emlLetter = (letter: RenderedLetter, headers: EmlHeaders): string => {
  const lines = [
    `From: ${mailbox(headers.from.name, headers.from.address)}`,
    ...(headers.to ? [`To: ${mailbox(headers.to.name, headers.to.address)}`] : []),
    `Subject: ${encodeHeaderText(letter.subject)}`,
    `Date: ${mailDate(headers.date)}`,
    `Message-ID: <${headers.messageId}>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: quoted-printable",
    `Content-Language: ${headers.language}`,
    "X-Unsent: 1",
  ];
  return `${lines.join("\r\n")}\r\n\r\n${quotedPrintable(letter.body)}`;
};
