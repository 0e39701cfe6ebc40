/**
 * Formats for lists that may hold a million rows are written piece by piece:
 * a head, one piece per row, a tail. Each is still a pure function to text.
 */
export interface StreamingFormatter<Meta, Row, Summary> {
  begin(meta: Meta): string;
  row(row: Row): string;
  end(summary: Summary): string;
}
