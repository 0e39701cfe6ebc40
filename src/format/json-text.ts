/**
 * JSON strings for texts that recur across a list (reasons): each is encoded
 * once, up to `limit` distinct texts, so a list of unique texts cannot grow
 * the cache without bound.
 */
export const jsonStrings = (limit: number): ((text: string) => string) => {
  const encoded = new Map<string, string>();
  return (text) => {
    let json = encoded.get(text);
    if (json === undefined) {
      json = JSON.stringify(text);
      if (encoded.size < limit) encoded.set(text, json);
    }
    return json;
  };
};
