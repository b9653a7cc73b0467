// The help text of each command, printed by --help.
export const HELP: Record<string, string> = {
  main: `Usage: rehab-protocols <command> [options]

Commands:
  protocols                 list the protocols and conditions in the library
  plan <protocol-id>        a day-by-day plan from a protocol
  match --profile FILE      which conditions a symptom profile is consistent with (red flags first)
  review --plan FILE --log FILE   review a plan against what the runner logged, and revise it
  schema [model]            the JSON Schema of a model (list the models without one)

Options:
  -h, --help                help for a command: rehab-protocols plan --help
  -v, -V, --version         the version

This tool describes and schedules what clinicians prescribe. It does not diagnose.`,
  review: `Usage: rehab-protocols review --plan plan.json --log log.csv [--today YYYY-MM-DD] [--baseline 0-10]
                              [--format table|md|csv|ics|json|fhir] [--out FILE]

  --plan      the plan to review, as JSON (rehab-protocols plan <id> --format json --out plan.json)
  --log       what the runner logged: a JSON array of log entries, or a CSV whose header names any of
              date,kind,distance,duration,during,after,nextMorning,morningStiffness,what,redFlag,note — one entry
              a row, e.g.
                2026-12-05,run,5km,32,3,,,,,,
                2026-12-05,pain,,,,4,6,2,,,
                2026-12-06,missed,,,,,,,run,,
                2026-12-07,symptom,,,,,,,,swelling,
                2026-12-12,clearance,,,,,,,,,Seen in clinic
              (kind: pain, run, race, session, symptom, missed or clearance; pain and stiffness 0-10; duration in
              minutes; a clearance is a clinician's: it ends a referral). Its JSON Schema: schema log-entry
  --today     the day of the review (default: today); entries after it are an error
  --baseline  the runner's usual morning pain, 0-10 (default: 2; pain above 5 the next morning always steps back)
  --format    the revised plan as table (default), md, csv, ics, json (the whole review) or fhir

Prints the decision (progress, hold, step back or refer), each reason with its source, and the revised plan.`,
  protocols: `Usage: rehab-protocols protocols

Lists every protocol (id, name, condition) and every refer-only condition.`,
  plan: `Usage: rehab-protocols plan <protocol-id> [--start YYYY-MM-DD] [--goal 30mi] [--unit mi|km]
                           [--history FILE [--history-unit mi|km] [--time-zone ZONE]] [--usual-weekly 50km]
                           [--longest-recent 30mi]
                           [--spike-guard cap|warn] [--format table|md|csv|ics|json|fhir] [--out FILE]

  --start    the date of day 1 (default: today)
  --goal     the daily distance to build back to, e.g. 30mi or 48km (needed by protocols that ramp to it)
  --unit     the unit of the plan's distances (default: the goal's)
  --history  your runs before --start, to fit the plan to your training: Strava's bulk-export activities.csv
             (English, Spanish, Dutch, German, French), Garmin Connect's Activities.csv (any language), one
             activity's .gpx, .tcx or .fit file, or a CSV of date,distance[,duration] (2026-11-28,10km,55 — duration
             in minutes or h:mm:ss). Runs only; what was read is printed to stderr
  --history-unit    the unit of distances the file gives without one (Garmin Connect's; default km)
  --time-zone       your time zone, for the day of runs whose file gives UTC times (Strava, GPX, TCX, FIT),
                    e.g. America/Denver (default: the system's)
  --usual-weekly    your usual weekly distance before the injury, e.g. 50km (without a history, or to override it)
  --longest-recent  your longest run of the last 30 days, e.g. 30mi
  --spike-guard     cap (default: lower limits to 110 % of your longest recent run) or warn (flag them instead)
  --format   table, md (handout), csv, ics (calendar), json, fhir (CarePlan); default: from the --out extension
             (.md, .csv, .ics, .json, .txt), else table
  --out      write to FILE instead of printing (a regular file is replaced in one step and keeps its mode;
             a link is followed; a device or FIFO is written through)

Example: rehab-protocols plan patellofemoral-pain --start 2026-12-01 --goal 30mi --history runs.csv`,
  match: `Usage: rehab-protocols match --profile FILE [--plan --start YYYY-MM-DD --goal 30mi] [--format text|json] [--out FILE]
       (with --plan, the plan options --history, --usual-weekly, --longest-recent and --spike-guard apply too)

  --profile  a JSON file with a symptom profile, at most 1 MiB (see: rehab-protocols schema symptom-profile)
  --plan     go on to a plan for the best match when no referral is required
  --format   text (default) or json

Exit codes: 0 a plan (without --plan: no referral needed), 3 questions to ask the runner first, 4 see a clinician;
1 or 2 for an error (2: wrong usage).`,
  schema: `Usage: rehab-protocols schema [model] [--out FILE]

Prints the JSON Schema (draft 2020-12) of a model, e.g. plan, protocol, symptom-profile. Without a model, lists them.`,
};
