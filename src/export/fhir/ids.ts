// FHIR constrains what this library's ids and names may look like: an `id` is 1–64 of [A-Za-z0-9-.], and a
// PlanDefinition's or ActivityDefinition's `name` must pass invariant pdf-0 / adf-0, `^[A-Z]([A-Za-z0-9_]){1,254}$`
// (a name a code generator could use). Protocol and exercise ids are kebab-case of any length, so they are mapped.

const MAX_ID = 64;
const NAME = /^[A-Z][A-Za-z0-9_]{1,254}$/;

/** A short, stable hash (FNV-1a, 32 bits, base 36) that keeps shortened ids distinct. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** An id FHIR accepts, from kebab-case parts: joined by `-`, shortened with a hash of the whole when over 64. */
export function fhirId(...parts: (string | number)[]): string {
  const id = parts.join('-');
  if (id.length <= MAX_ID) return id;
  const tail = `-${hash(id)}`;
  return `${id.slice(0, MAX_ID - tail.length)}${tail}`;
}

/** A machine-friendly name (pdf-0, adf-0) from a kebab-case id: `patellofemoral-pain` → `PatellofemoralPain`. */
export function fhirName(id: string, prefix: string): string {
  const pascal = id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
  const name = NAME.test(pascal) ? pascal : `${prefix}${pascal}`;
  return name.slice(0, 255);
}
