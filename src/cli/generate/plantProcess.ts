/**
 * A small simulated plant that the sensor-CSV generator samples once per minute. It is not a
 * physical model, only enough structure that charts, statistics and models have something real to
 * find: three production lines with their own RUN/IDLE/ALARM state (a Markov chain) and load
 * (AR(1) towards a per-state target), a daily ambient temperature cycle, a wear sawtooth that
 * resets at each 14-day maintenance, and 22 sensors derived from those latent variables (so they
 * correlate: outlet temperature follows inlet plus load, power ≈ √3·V·I·cosφ, torque = P·9550/n).
 * All randomness comes from the SeededRandom passed in, so a seed fixes every value.
 */
import type { SeededRandom } from '../../stats/random';

export interface SensorSpec {
  /** English column name (with its unit, as historians export them). */
  readonly name: string;
  /** Korean alias used by `--korean` (as Korean Excel exports label the same tags). */
  readonly korean: string;
  /** Digits after the decimal point when written. */
  readonly decimals: number;
}

/** The 22 sensors, in column order; more columns repeat them with a suffix (`_2`, …) and fresh noise. */
export const SENSORS: readonly SensorSpec[] = [
  { name: 'temp_inlet_c', korean: '온도_입구', decimals: 2 },
  { name: 'temp_outlet_c', korean: '온도_출구', decimals: 2 },
  { name: 'temp_bearing_c', korean: '온도_베어링', decimals: 2 },
  { name: 'temp_motor_c', korean: '온도_모터', decimals: 2 },
  { name: 'temp_ambient_c', korean: '온도_외기', decimals: 2 },
  { name: 'pressure_inlet_bar', korean: '압력_입구', decimals: 3 },
  { name: 'pressure_outlet_bar', korean: '압력_출구', decimals: 3 },
  { name: 'pressure_diff_bar', korean: '차압', decimals: 3 },
  { name: 'flow_m3h', korean: '유량', decimals: 2 },
  { name: 'coolant_flow_lpm', korean: '유량_냉각수', decimals: 2 },
  { name: 'vibration_x_mm_s', korean: '진동_X', decimals: 3 },
  { name: 'vibration_y_mm_s', korean: '진동_Y', decimals: 3 },
  { name: 'vibration_z_mm_s', korean: '진동_Z', decimals: 3 },
  { name: 'current_a', korean: '전류', decimals: 2 },
  { name: 'voltage_v', korean: '전압', decimals: 1 },
  { name: 'power_kw', korean: '전력', decimals: 2 },
  { name: 'speed_rpm', korean: '회전수', decimals: 1 },
  { name: 'torque_nm', korean: '토크', decimals: 1 },
  { name: 'humidity_pct', korean: '습도', decimals: 1 },
  { name: 'tank_level_pct', korean: '수위', decimals: 2 },
  { name: 'ph', korean: '산도_pH', decimals: 3 },
  { name: 'conductivity_us_cm', korean: '전도도', decimals: 1 },
];

export const STATUS_NAMES = ['RUN', 'IDLE', 'ALARM'] as const;
export const STATUS_NAMES_KO = ['가동', '대기', '경보'] as const;
export const LINE_NAMES = ['A', 'B', 'C'] as const;
/**
 * 똠, 햏 and 뷁 are Hangul syllables outside KS X 1001's 2,350, so only CP949's extension encodes
 * them (Node's TextDecoder('euc-kr') does not); the Korean sample carries them on purpose.
 */
export const LINE_NAMES_KO = ['A라인(똠)', 'B라인(햏)', 'C라인(뷁)'] as const;

const RUN = 0;
const IDLE = 1;
const ALARM = 2;
/** Per-minute transition probabilities out of each state: [to RUN, to IDLE, to ALARM]. */
const TRANSITIONS = [
  [0, 0.004, 0.0015],
  [0.03, 0, 0.0005],
  [0.08, 0.04, 0],
] as const;
const LOAD_TARGET = [0.82, 0.08, 0.55] as const;
/** Share of rows logged by lines A, B, C (cumulative, as 32-bit thresholds). */
const LINE_THRESHOLDS = [0.45 * 2 ** 32, 0.8 * 2 ** 32] as const;
const MINUTES_PER_DAY = 1440;
const MAINTENANCE_MINUTES = 14 * MINUTES_PER_DAY;
/** About one row in 1,500 is followed by a logging gap of 5–90 minutes (historian outages). */
const GAP_THRESHOLD = 2 ** 32 / 1500;

export class PlantProcess {
  /** Minutes since the Unix epoch of the current row. */
  minute: number;
  /** Index into LINE_NAMES of the current row's line. */
  line = 0;
  /** Index into STATUS_NAMES of the current row's status. */
  status = RUN;
  /** The current row's sensor values, in SENSORS order. */
  readonly values = new Float64Array(SENSORS.length);

  private readonly rng: SeededRandom;
  private readonly lineStatus = new Int8Array(3);
  private readonly lineLoad = new Float64Array([0.8, 0.75, 0.7]);
  private readonly lineLevel = new Float64Array([60, 55, 65]);
  private weather = 0;
  private started = false;

  constructor(rng: SeededRandom, startMinute: number) {
    this.rng = rng;
    this.minute = startMinute;
  }

  /** Advances to the next logged row and fills `values`. */
  next(): void {
    const rng = this.rng;
    if (this.started) this.minute += rng.nextUint32() < GAP_THRESHOLD ? 5 + rng.nextInt(86) : 1;
    this.started = true;

    const u = rng.nextUint32();
    const line = u < LINE_THRESHOLDS[0] ? 0 : u < LINE_THRESHOLDS[1] ? 1 : 2;
    this.line = line;
    const status = this.transition(this.lineStatus[line] as number);
    this.lineStatus[line] = status;
    this.status = status;

    const loadNow =
      (this.lineLoad[line] as number) + 0.06 * (LOAD_TARGET[status]! - (this.lineLoad[line] as number)) + 0.012 * rng.nextNormal();
    const load = clamp(loadNow, 0, 1.1);
    this.lineLoad[line] = load;
    const levelNow = (this.lineLevel[line] as number) + 0.01 * (62 - (this.lineLevel[line] as number)) + 0.4 * rng.nextNormal();
    this.lineLevel[line] = clamp(levelNow, 5, 98);

    // Ambient: daily sine peaking at 15:00 plus a slow mean-reverting weather drift.
    this.weather = 0.999 * this.weather + 0.05 * rng.nextNormal();
    const dayFraction = (this.minute % MINUTES_PER_DAY) / MINUTES_PER_DAY;
    const ambient = 17 + 6 * Math.sin(2 * Math.PI * (dayFraction - 0.375)) + this.weather;
    const wear = (this.minute % MAINTENANCE_MINUTES) / MAINTENANCE_MINUTES;
    const alarm = status === ALARM ? 1 : 0;
    const lineOffset = line - 1;
    this.fill(load, ambient, wear, alarm, lineOffset, this.lineLevel[line] as number);
  }

  private transition(state: number): number {
    const row = TRANSITIONS[state]!;
    const u = this.rng.nextUint32() / 2 ** 32;
    if (u < row[0]) return RUN;
    if (u < row[0] + row[1]) return IDLE;
    if (u < row[0] + row[1] + row[2]) return ALARM;
    return state;
  }

  private fill(load: number, ambient: number, wear: number, alarm: number, lineOffset: number, level: number): void {
    const n = (sd: number): number => sd * this.rng.nextNormal();
    const v = this.values;
    const tIn = 19 + 0.5 * (ambient - 17) + 4 * load + 0.8 * lineOffset + n(0.3);
    v[0] = tIn;
    v[1] = tIn + 24 * load + n(0.5);
    v[2] = 33 + 22 * load + 12 * wear + 0.3 * ambient + 15 * alarm + n(0.6);
    v[3] = 38 + 36 * load + 0.4 * (ambient - 17) + 6 * alarm + n(0.7);
    v[4] = ambient + n(0.2);
    const pIn = 2 + 0.7 * load + n(0.03);
    const pOut = pIn + 3.6 * load + 0.2 * lineOffset + n(0.05);
    v[5] = pIn;
    v[6] = pOut;
    v[7] = pOut - pIn + n(0.02);
    v[8] = Math.max(0, 4 + 118 * load + 6 * lineOffset + n(2));
    v[9] = 28 + 42 * load + 0.6 * (ambient - 17) + n(1);
    const vib = 0.7 + 2.4 * load + 3.2 * wear * load + 4 * alarm;
    v[10] = Math.max(0, vib + n(0.2));
    v[11] = Math.max(0, 0.9 * vib + n(0.2));
    v[12] = Math.max(0, 0.55 * vib + n(0.15));
    const current = 11 + 86 * load + 4 * alarm + n(1.2);
    const voltage = 399 - 5 * load + n(1.5);
    v[13] = current;
    v[14] = voltage;
    const power = (Math.sqrt(3) * voltage * current * 0.87) / 1000 + n(0.3);
    const speed = Math.max(0, 280 + 1190 * Math.min(load, 1) + n(6));
    v[15] = power;
    v[16] = speed;
    v[17] = speed > 50 ? (power * 9550) / speed + n(1) : n(1);
    v[18] = clamp(56 - 1.3 * (ambient - 17) + n(2), 5, 100);
    v[19] = level;
    v[20] = 7.15 - 0.2 * wear + n(0.05);
    v[21] = 440 + 45 * wear + 12 * lineOffset + n(8);
  }
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
