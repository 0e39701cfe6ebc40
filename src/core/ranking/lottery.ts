/**
 * The seeded lottery that breaks exact ties: a 64-bit hash of (seed, program
 * id, applicant id), so an applicant's draw depends on nothing else (not on
 * the order of rows) and anyone can recompute it. Integer arithmetic only:
 * identical on every machine and Node version.
 */
const mix = (text: string, seed: number): number => {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    let k = Math.imul(text.charCodeAt(i), 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= text.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
};

export interface Draw {
  hi: number;
  lo: number;
}

export const lotteryDraw = (seed: string, programId: string, applicantId: string): Draw => {
  const text = `${seed}\u0000${programId}\u0000${applicantId}`;
  return { hi: mix(text, 0x9e3779b9), lo: mix(text, 0x85ebca77) };
};
