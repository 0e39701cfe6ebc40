/**
 * The seeded lottery that breaks exact ties: a 64-bit hash of (seed, program
 * id, applicant id), so an applicant's draw depends on nothing else (not on
 * the order of rows) and anyone can recompute it. Integer arithmetic only:
 * identical on every machine and Node version.
 *
 * The hash is two 32-bit lanes of murmur3-style mixing over the UTF-16 code
 * units of `seed \0 programId \0 applicantId`, each lane with its own start.
 */
const LANE_A = 0x9e3779b9;
const LANE_B = 0x85ebca77;

const step = (h: number, code: number): number => {
  let k = Math.imul(code, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
};

const finish = (h: number, length: number): number => {
  h ^= length;
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

/**
 * The draw function of one lottery. The seed and program id are mixed in
 * once; each applicant then costs one pass over their id.
 */
export const lottery = (seed: string, programId: string): ((applicantId: string) => Draw) => {
  const prefix = `${seed}\u0000${programId}\u0000`;
  let a = LANE_A;
  let b = LANE_B;
  for (let i = 0; i < prefix.length; i++) {
    a = step(a, prefix.charCodeAt(i));
    b = step(b, prefix.charCodeAt(i));
  }
  const startA = a;
  const startB = b;
  return (id) => {
    let ha = startA;
    let hb = startB;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      ha = step(ha, c);
      hb = step(hb, c);
    }
    return { hi: finish(ha, prefix.length + id.length), lo: finish(hb, prefix.length + id.length) };
  };
};
