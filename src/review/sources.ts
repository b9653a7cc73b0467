// The sources the review rules cite, as the short citations their reasons quote.

/** The pain-monitoring model's trial: 38 patients with Achilles tendinopathy who kept running within pain limits. */
export const SILBERNAGEL_2007 = 'Silbernagel et al. 2007, Am J Sports Med 35(6):897–906, doi:10.1177/0363546506298279';

/** The return-to-sport programme built on it: pain ≤ 5/10, settled by the next morning, not rising week to week. */
export const SILBERNAGEL_CROSSLEY_2015 = 'Silbernagel & Crossley 2015, J Orthop Sports Phys Ther 45(11):876–886, doi:10.2519/jospt.2015.5885';

/** The US Army trial's return-to-run programme: each phase at least twice; no progress with swelling, stiffness or more pain. */
export const CROWELL_2023 = 'Crowell et al. 2023, Trials 24, doi:10.1186/s13063-023-07502-x (Table 1)';
