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
	let lo = from;
	let hi = to > from ? to : from + 1;
	let step = pickStep(hi - lo, plotWidth, minTickSpacing);
	// Widening to whole steps can make the chosen step too dense; a second pass settles it.
	for (let pass = 0; pass < 2; pass++) {
		lo = Math.floor(from / step + 1e-9) * step;
		hi = Math.ceil((to > from ? to : from + 1) / step - 1e-9) * step;
		if (hi <= lo) hi = lo + step;
		const next = pickStep(hi - lo, plotWidth, minTickSpacing);
		if (next === step) break;
		step = next;
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
