/**
 * Does a result's breakdown add up to its total?
 *
 * The reference report itself has one that does not: workers abroad by country are
 * 233 + 106 + 2 + 1 + 1 = 343, but the text says 357 (PRODUCT.md §2). The product flags such a
 * result instead of silently trusting either figure.
 *
 * The comparison is exact in decimal, not in binary floating point: 0.1 + 0.2 must equal 0.3.
 * Each number is read back from its shortest decimal form (what String(n) prints, which is what
 * was typed or stored in a Decimal(18,4) column) and summed as a scaled BigInt.
 */

export interface BreakdownCheck {
  /** Sum of the parts (0 when there are none). */
  sum: number;
  total: number;
  /** sum − total: negative when the parts fall short (343 − 357 = −14); 0 when there are no parts. */
  difference: number;
  /** True when the parts add up exactly, or when there are no parts (nothing to check). */
  matches: boolean;
  /** False when the result has no breakdown at all, so "matches" means nothing was checked. */
  hasParts: boolean;
}

/** A decimal as digits × 10^−scale. */
interface Scaled {
  digits: bigint;
  scale: number;
}

function toScaled(n: number): Scaled {
  if (!Number.isFinite(n)) throw new RangeError(`Breakdown values must be finite numbers, got ${n}`);
  // String() gives the shortest decimal that round-trips, possibly in exponent form (1e-7, 1e+21).
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  if (!match) throw new RangeError(`Cannot read ${n} as a decimal`);
  const [, sign = '', whole = '0', fraction = '', exponent = '0'] = match;
  let digits = BigInt(sign + whole + fraction);
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits, scale };
}

function rescale(x: Scaled, scale: number): bigint {
  return x.digits * 10n ** BigInt(scale - x.scale);
}

function toNumber(digits: bigint, scale: number): number {
  const negative = digits < 0n;
  const text = (negative ? -digits : digits).toString().padStart(scale + 1, '0');
  const decimal = scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
  return Number((negative ? '-' : '') + decimal) || 0; // || 0 turns −0 into 0
}

export function checkBreakdown(total: number, parts: readonly number[]): BreakdownCheck {
  const scaledTotal = toScaled(total);
  if (parts.length === 0) {
    return { sum: 0, total, difference: 0, matches: true, hasParts: false };
  }
  const scaledParts = parts.map(toScaled);
  const scale = Math.max(scaledTotal.scale, ...scaledParts.map((p) => p.scale));
  const sum = scaledParts.reduce((acc, part) => acc + rescale(part, scale), 0n);
  const difference = sum - rescale(scaledTotal, scale);
  return {
    sum: toNumber(sum, scale),
    total,
    difference: toNumber(difference, scale),
    matches: difference === 0n,
    hasParts: true,
  };
}
