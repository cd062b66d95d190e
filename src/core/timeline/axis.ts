/**
 * The time axis: the coarsest readable unit for the span on screen. A course over three centuries gets a tick
 * every 50 or 100 years, a lecture on one war gets years, a crisis of a few months gets months. The step is the
 * smallest "nice" one whose ticks stand at least `minTickSpacing` pixels apart; the domain is then widened to
 * whole steps so the axis starts and ends on a labelled tick.
 */
import { decadeLabel, yearLabel } from "../dates/format";

export type AxisUnit = "month" | "year" | "decade" | "century";

export interface Tick {
	/** Continuous time in years. */
	t: number;
	x: number;
	label: string;
	/** Ticks that start a larger unit (a year among months, a century among decades), drawn stronger. */
	major: boolean;
}

export interface Axis {
	unit: AxisUnit;
	/** The step between ticks, in years (months are twelfths). */
	step: number;
	from: number;
	to: number;
	ticks: Tick[];
}

/** Steps in months for the month unit, in years otherwise. */
const MONTH_STEPS = [1, 2, 3, 6];
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function unitOf(stepYears: number): AxisUnit {
	if (stepYears < 1) return "month";
	if (stepYears < 10) return "year";
	if (stepYears < 100) return "decade";
	return "century";
}

function pickStep(span: number, plotWidth: number, minTickSpacing: number): number {
	const fits = (step: number): boolean => (step / span) * plotWidth >= minTickSpacing;
	for (const m of MONTH_STEPS) if (fits(m / 12)) return m / 12;
	for (const y of YEAR_STEPS) if (fits(y)) return y;
	return YEAR_STEPS[YEAR_STEPS.length - 1] as number;
}

/** A year tick's label: the year itself, "AD 1" for the start of the era (there is no year 0). */
function yearTick(t: number): string {
	return t === 0 ? "AD 1" : yearLabel(t);
}

/** "1920s" only where each tick starts a decade of its own; with wider steps a decade name would mislead. */
function label(t: number, unit: AxisUnit, step: number, monthIndex: number): string {
	if (unit === "month") {
		const y = Math.floor(monthIndex / 12);
		const m = monthIndex - y * 12;
		return m === 0 ? yearTick(y) : (MONTHS[m] as string);
	}
	if (step === 10 && t !== 0) return decadeLabel(t);
	return yearTick(t);
}

/**
 * Ticks for continuous time [from, to] drawn over [x0, x1]. The returned domain contains the input one and starts
 * and ends on a step.
 */
export function buildAxis(from: number, to: number, x0: number, x1: number, minTickSpacing: number): Axis {
	const plotWidth = Math.max(1, x1 - x0);
	const end = to > from ? to : from + 1;
	const steps = [...MONTH_STEPS.map((m) => m / 12), ...YEAR_STEPS];
	let k = Math.max(0, steps.indexOf(pickStep(end - from, plotWidth, minTickSpacing)));
	let step = steps[k] as number;
	let lo = from;
	let hi = end;
	// Widening to whole steps makes the span longer, so the ticks closer: a little closer is fine, much closer is
	// not, and then the next step up is taken.
	for (;;) {
		step = steps[k] as number;
		lo = Math.floor(from / step + 1e-9) * step;
		hi = Math.ceil(end / step - 1e-9) * step;
		if (hi <= lo) hi = lo + step;
		if ((step / (hi - lo)) * plotWidth >= minTickSpacing * 0.8 || k === steps.length - 1) break;
		k++;
	}
	const unit = unitOf(step);
	const scale = (t: number): number => x0 + ((t - lo) / (hi - lo)) * plotWidth;
	const ticks: Tick[] = [];
	if (unit === "month") {
		const months = Math.round(step * 12);
		const first = Math.round(lo * 12);
		const last = Math.round(hi * 12);
		for (let mi = first; mi <= last; mi += months) {
			const t = mi / 12;
			ticks.push({ t, x: scale(t), label: label(t, unit, step, mi), major: ((mi % 12) + 12) % 12 === 0 });
		}
	} else {
		const n = Math.round((hi - lo) / step);
		const majorEvery = unit === "decade" ? 100 : step * 5;
		for (let k = 0; k <= n; k++) {
			const t = Math.round(lo + k * step);
			ticks.push({ t, x: scale(t), label: label(t, unit, step, 0), major: t % majorEvery === 0 });
		}
	}
	return { unit, step, from: lo, to: hi, ticks };
}
