import { daysFromCivil } from '../plan/calendar.js';
import { type Collector, type ReadContext, readNumber } from './collect.js';
import { ZoneDays } from './zone.js';

// GPX and TCX are read by their few elements a run needs (a track's points and times; an activity's laps), with
// regular expressions over the text: the files are machine-written, and a full XML parser would add more code than
// these readers are. Namespace prefixes (`<gpxtpx:…>`, `<ns3:…>`) are allowed on every element.

/** An ISO 8601 instant (`2024-05-21T06:12:03Z`, with fractions or an offset) as epoch milliseconds; NaN otherwise. */
export function isoInstant(text: string): number {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?\s*(Z|[+-]\d{2}:?\d{2})?\s*$/.exec(text);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s, fraction = '', zone = 'Z'] = m;
  const offset = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const days = daysFromCivil(Number(y), Number(mo), Number(d));
  return days * 86_400_000 + ((Number(h) * 60 + Number(mi) - offset) * 60 + Number(s)) * 1000 + Math.round(Number(`0.${fraction || '0'}`) * 1000);
}

const element = (name: string) => new RegExp(`<(?:[\\w.-]+:)?${name}\\b([^>]*)>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}>`, 'g');
const first = (xml: string, name: string) => element(name).exec(xml)?.[2]?.trim();
const attribute = (attributes: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`).exec(attributes)?.[1];

const EARTH_RADIUS_M = 6_371_008.8; // the mean radius of the earth (IUGG)

/** The great-circle distance in metres between two points given in degrees (the haversine formula). */
function haversine(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

const RUN_TYPES = /^(run|running|trail[ _-]?run(ning)?|treadmill[ _-]?run(ning)?|virtual[ _-]?run|track[ _-]?run(ning)?|street[ _-]?running|indoor[ _-]?run(ning)?|9)$/i;

/**
 * A GPX file: each track (`<trk>`) is one activity; its distance is the sum of the great-circle distances between
 * consecutive points of each segment (not across segments, where the recording paused), its start the first point's
 * time (UTC), its time the last point's time minus the first. A track whose `<type>` names another sport is counted
 * as another activity; a track without a type is read as a run.
 */
export function readGpx(xml: string, context: ReadContext, out: Collector): void {
  const zone = new ZoneDays(context.timeZone);
  const metadataTime = first(first(xml, 'metadata') ?? '', 'time');
  let index = 0;
  for (const [, , track = ''] of xml.matchAll(element('trk'))) {
    index++;
    const type = first(track, 'type');
    if (type !== undefined && !RUN_TYPES.test(type)) {
      out.other();
      continue;
    }
    let metres = 0;
    let start = Number.NaN;
    let end = Number.NaN;
    for (const [, , segment = ''] of track.matchAll(element('trkseg'))) {
      let previous: [number, number] | undefined;
      for (const point of segment.matchAll(/<(?:[\w.-]+:)?trkpt\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?trkpt>)/g)) {
        const lat = Number(attribute(point[1] ?? '', 'lat'));
        const lon = Number(attribute(point[1] ?? '', 'lon'));
        if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
        if (previous) metres += haversine(previous[0], previous[1], lat, lon);
        previous = [lat, lon];
        const time = isoInstant(first(point[2] ?? '', 'time') ?? '');
        if (Number.isFinite(time)) {
          if (!Number.isFinite(start)) start = time;
          end = time;
        }
      }
    }
    if (!Number.isFinite(start)) start = isoInstant(metadataTime ?? '');
    const where = `track ${index}`;
    if (!Number.isFinite(start)) out.skip(undefined, `${where}: no time on its points or in its metadata, so its day is unknown`);
    else if (!(metres > 0)) out.skip(undefined, `${where}: no distance (fewer than two points with a position)`);
    else addRun(out, zone, start, metres, end > start ? (end - start) / 1000 : undefined, undefined);
  }
}

/**
 * A TCX file: each `<Activity>` is one activity, its sport from `Sport=` (`Running` is a run; `Biking` and `Other`
 * are other activities), its start from `<Id>` (UTC), its distance and time the sums of its laps'
 * `<DistanceMeters>` and `<TotalTimeSeconds>` (the lap totals, not the track points' running distance).
 */
export function readTcx(xml: string, context: ReadContext, out: Collector): void {
  const zone = new ZoneDays(context.timeZone);
  let index = 0;
  for (const [, attributes = '', activity = ''] of xml.matchAll(element('Activity'))) {
    index++;
    const sport = attribute(attributes, 'Sport') ?? '';
    if (!RUN_TYPES.test(sport)) {
      out.other();
      continue;
    }
    const id = first(activity, 'Id') ?? '';
    let metres = 0;
    let seconds = 0;
    let lapStart = Number.NaN;
    for (const [, lapAttributes = '', lap = ''] of activity.matchAll(element('Lap'))) {
      const totals = lap.replace(element('Track'), '');
      metres += readNumber(first(totals, 'DistanceMeters') ?? '0', '.') || 0;
      seconds += readNumber(first(totals, 'TotalTimeSeconds') ?? '0', '.') || 0;
      if (!Number.isFinite(lapStart)) lapStart = isoInstant(attribute(lapAttributes, 'StartTime') ?? '');
    }
    const start = Number.isFinite(isoInstant(id)) ? isoInstant(id) : lapStart;
    const where = `activity ${index}`;
    if (!Number.isFinite(start)) out.skip(undefined, `${where}: cannot read its start "${id}": expected an ISO 8601 time such as 2024-05-21T06:12:03Z`);
    else if (!(metres > 0)) out.skip(undefined, `${where}: no distance (a run logged by time alone)`);
    else addRun(out, zone, start, metres, seconds > 0 ? seconds : undefined, id === '' ? undefined : id);
  }
}

/** A run that started at the UTC instant `start`, `metres` long, `seconds` long when known. */
export function addRun(out: Collector, zone: ZoneDays, start: number, metres: number, seconds: number | undefined, id: string | undefined, line?: number): void {
  const entry = {
    date: zone.dayOf(start),
    distance: { value: Math.round(metres) / 1000, unit: 'km' as const },
    ...(seconds === undefined || !(seconds >= 1) ? {} : { durationMinutes: Math.round(seconds) / 60 }),
    ...(id === undefined ? {} : { id }),
  };
  out.run(entry, id ?? `${start}|${Math.round(metres)}|${Math.round(seconds ?? 0)}`, line);
}
