// What running is called in the exports of Strava and Garmin Connect, in the languages read from real exports and
// the services' own activity lists: a type is a run when it is one of these names, or contains one of the words.
const NAMES = new Set([
  // English (Strava, Garmin)
  'run', 'trail run', 'virtual run', 'running', 'treadmill running', 'trail running', 'track running', 'indoor running', 'virtual running', 'street running', 'ultra run',
  // Danish, German, Spanish, Portuguese, Swedish, Dutch, French, Italian
  'løb', 'løbebånd', 'laufen', 'lauf', 'laufbandtraining', 'laufen auf der bahn', 'carrera', 'entrenamiento en cinta', 'corrida', 'esteira',
  'löpning', 'löpband', 'hardloopsessie', 'hardlopen', 'loopband', 'course à pied', 'course', 'corsa',
]);

const WORDS = /(^|[\s(/-])(run|running|løb|lauf|laufen|carrera|corrida|löpning|hardloop|hardlopen|course à pied|corsa)($|[\s)/-])/i;

/** Whether an activity type, as an export writes it, is a run (running, trail, treadmill, track or virtual). */
export function isRunType(type: string): boolean {
  const name = type.trim().toLowerCase();
  return NAMES.has(name) || WORDS.test(name);
}
