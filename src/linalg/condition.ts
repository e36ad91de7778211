/**
 * The 2-norm condition number σmax/σmin of an upper-triangular R (k×k, row-major), which is that of
 * any X = Q·R. σmax comes from power iteration on RᵀR and σmin from inverse iteration (two
 * triangular solves a step), O(k²) each, so it costs far less than the factorisation it describes.
 * Both converge from below/above towards the extreme singular values; 2–3 correct digits, which is
 * what a "how many digits can the data lose" warning needs, usually take well under 50 steps.
 */
import { solveLower, solveUpper, transposeSquare } from './triangular';

const MAX_STEPS = 200;
const RTOL = 1e-4;

export function triangularConditionNumber(r: Float64Array, k: number): number {
  if (k === 0) return 1;
  for (let i = 0; i < k; i++) if (!(Math.abs(r[i * k + i]!) > 0)) return Infinity;
  const sigmaMax = Math.sqrt(powerIteration(k, (v) => multiplyUpperTransposed(r, k, multiplyUpper(r, k, v))));
  const rt = transposeSquare(r, k);
  const inverseMin = Math.sqrt(powerIteration(k, (v) => solveUpper(r, k, solveLower(rt, k, v))));
  return sigmaMax * inverseMin;
}

/** The largest eigenvalue of a symmetric positive semi-definite operator. */
function powerIteration(k: number, apply: (v: Float64Array) => Float64Array): number {
  // A start with a component along every direction (all ones alone can be orthogonal to the answer).
  let v: Float64Array = Float64Array.from({ length: k }, (_, i) => 1 + 1 / (i + 2));
  normalise(v);
  let lambda = 0;
  for (let step = 0; step < MAX_STEPS; step++) {
    const w = apply(v);
    const next = norm(w);
    if (!(next > 0) || !Number.isFinite(next)) return next;
    for (let i = 0; i < k; i++) w[i]! /= next;
    v = w;
    if (Math.abs(next - lambda) <= RTOL * next) return next;
    lambda = next;
  }
  return lambda;
}

function multiplyUpper(r: Float64Array, k: number, v: Float64Array): Float64Array {
  const out = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let s = 0;
    for (let j = i; j < k; j++) s += r[i * k + j]! * v[j]!;
    out[i] = s;
  }
  return out;
}

function multiplyUpperTransposed(r: Float64Array, k: number, v: Float64Array): Float64Array {
  const out = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const vi = v[i]!;
    for (let j = i; j < k; j++) out[j]! += r[i * k + j]! * vi;
  }
  return out;
}

function norm(v: Float64Array): number {
  let s = 0;
  for (const x of v) s += x * x;
  return Math.sqrt(s);
}

function normalise(v: Float64Array): void {
  const s = norm(v);
  for (let i = 0; i < v.length; i++) v[i]! /= s;
}
