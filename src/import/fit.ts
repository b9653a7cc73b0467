import type { Collector, ReadContext } from './collect.js';
import { addRun } from './xml.js';
import { ZoneDays } from './zone.js';

/** Whether `bytes` start with a FIT file header: its size (12 or 14) and the `.FIT` signature at bytes 8–11. */
export function isFit(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && (bytes[0] === 12 || bytes[0] === 14) && bytes[8] === 0x2e && bytes[9] === 0x46 && bytes[10] === 0x49 && bytes[11] === 0x54;
}

const RUN_SPORTS = new Set(['running', 'trailRunning', 'treadmillRunning', 'trackRunning', 'virtualRunning', 'indoorRunning', 'streetRunning']);

/**
 * A FIT activity file, decoded by Garmin's FIT SDK (`@garmin/fitsdk`, loaded only when a FIT file is read): each
 * session is one activity, a run when its sport is running; its start is the session's `start_time` (UTC), its
 * distance `total_distance` (metres) and its time `total_timer_time` (seconds, pauses left out).
 */
export async function readFit(bytes: Uint8Array, context: ReadContext, out: Collector): Promise<'ok' | string> {
  let sdk: typeof import('@garmin/fitsdk');
  try {
    sdk = await import('@garmin/fitsdk');
  } catch (error) {
    return `sdk:Garmin's FIT SDK (@garmin/fitsdk) could not be loaded (${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}): FIT files need it installed, and from CommonJS a Node version that can require ES modules (20.19 or later)`;
  }
  const { Decoder, Stream } = sdk;
  const decoder = new Decoder(Stream.fromByteArray(bytes));
  if (!decoder.checkIntegrity()) return 'its checksum does not match (a truncated or damaged file)';
  const { messages, errors } = decoder.read({ convertTypesToStrings: true, convertDateTimesToDates: true });
  if (errors.length > 0 && (messages.sessionMesgs?.length ?? 0) === 0) return `the FIT SDK could not read it (${errors[0]?.message ?? 'unknown error'})`;
  const zone = new ZoneDays(context.timeZone);
  let index = 0;
  for (const session of messages.sessionMesgs ?? []) {
    index++;
    const sport = String(session.sport ?? '');
    const subSport = String(session.subSport ?? '');
    if (!RUN_SPORTS.has(sport) && !(sport === 'running' || /run/i.test(subSport) && sport === 'generic')) {
      out.other();
      continue;
    }
    const start = session.startTime instanceof Date ? session.startTime.getTime() : Number.NaN;
    const metres = Number(session.totalDistance);
    const seconds = Number(session.totalTimerTime ?? session.totalElapsedTime);
    if (!Number.isFinite(start)) out.skip(undefined, `session ${index}: no start time, so its day is unknown`);
    else if (!(metres > 0)) out.skip(undefined, `session ${index}: no distance (a run recorded by time alone)`);
    else addRun(out, zone, start, metres, seconds > 0 ? seconds : undefined, undefined);
  }
  return 'ok';
}
