/**
 * Whether a cell is an e-mail address a letter can be sent to: one address,
 * ASCII (an internationalised address needs SMTPUTF8, which a .eml file
 * cannot promise), no spaces or line breaks (a line break would be a header
 * of its own), within the 254 characters SMTP allows.
 */
const ADDRESS =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export const isMailAddress = (text: string): boolean => text.length <= 254 && ADDRESS.test(text);
