/**
 * Titles and offices written before a name ("President", "Foreign Minister"). They are never part of
 * a PERSON span: the recognizer moves them, with their qualifiers, into `role`.
 */

/** Single words that are titles on their own (compared case-insensitively, dots ignored). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess',
  'emperor', 'sheikh', 'sultan', 'emir', 'pope', 'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam',
  'ayatollah', 'reverend', 'rev', 'father', 'sister', 'brother', 'pastor',
  'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'congressmember', 'delegate',
  'governor', 'gov', 'lieutenant', 'lt', 'mayor', 'councilman', 'councilwoman', 'councilmember', 'alderman',
  'speaker', 'leader', 'whip', 'chairman', 'chairwoman', 'chairperson', 'chair', 'director', 'secretary',
  'undersecretary', 'ambassador', 'envoy', 'consul', 'commissioner', 'attorney', 'general', 'prosecutor',
  'judge', 'justice', 'magistrate', 'sheriff', 'chief', 'deputy', 'assistant', 'acting', 'interim', 'former',
  'ex', 'late', 'foreign', 'defense', 'defence', 'interior', 'finance', 'economy', 'health', 'trade',
  'justice', 'education', 'energy', 'labor', 'labour', 'transport', 'agriculture', 'treasury', 'state',
  'homeland', 'security', 'commerce', 'culture', 'environment', 'spokesman', 'spokeswoman', 'spokesperson',
  'adviser', 'advisor', 'aide', 'coach', 'manager', 'captain', 'capt', 'colonel', 'col', 'major', 'maj',
  'sergeant', 'sgt', 'corporal', 'private', 'admiral', 'adm', 'commander', 'cmdr', 'marshal', 'field',
  'dr', 'doctor', 'professor', 'prof', 'mr', 'mrs', 'ms', 'miss', 'mister', 'madam', 'dame', 'sir', 'lord',
  'lady', 'baroness', 'baron', 'count', 'countess', 'duke', 'duchess', 'ceo', 'cfo', 'coo', 'cto', 'founder',
  'co-founder', 'executive', 'officer', 'head', 'analyst', 'economist', 'striker', 'midfielder', 'defender',
  'goalkeeper', 'quarterback', 'pitcher', 'forward', 'guard', 'center', 'candidate', 'nominee', 'hopeful',
  'presidential', 'opposition', 'party', 'rebel', 'militia', 'army', 'police', 'officer', 'detective',
  'inspector', 'constable', 'superintendent', 'first', 'lady', 'senior', 'junior', 'top', 'u.s.', 'us',
  'democratic', 'republican', 'gop', 'white', 'house', 'press', 'national', 'supreme', 'court', 'federal',
  'district', 'county', 'city', 'council', 'board', 'member', 'lawmaker', 'legislator', 'mp', 'mep', 'sec',
  'host', 'anchor', 'correspondent', 'reporter', 'columnist', 'editor', 'author', 'writer', 'actor', 'actress',
  'singer', 'rapper', 'star', 'player', 'champion', 'world', 'no', 'number', 'top-seeded', 'seeded', 'defending',
  'olympic', 'new', 'incoming', 'outgoing', 'then', 'then-president', 'then-vice', 'president-elect', 'gen', 'staff',
]);

/**
 * Words that make a capitalized run a title when they stand right before a name. A run like
 * "Russian President" or "Foreign Minister" counts as a role when it contains one of these.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'president-elect', 'then-president', 'minister', 'chancellor', 'premier', 'king', 'queen',
  'prince', 'princess', 'emperor', 'sheikh', 'sultan', 'emir', 'pope', 'cardinal', 'archbishop', 'bishop',
  'rabbi', 'imam', 'ayatollah', 'reverend', 'rev', 'pastor', 'senator', 'sen', 'representative', 'rep',
  'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'councilman', 'councilwoman', 'councilmember',
  'speaker', 'leader', 'chairman', 'chairwoman', 'chairperson', 'director', 'secretary', 'ambassador', 'envoy',
  'commissioner', 'attorney', 'general', 'gen', 'prosecutor', 'judge', 'justice', 'sheriff', 'chief',
  'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'aide', 'coach', 'manager', 'captain',
  'capt', 'colonel', 'col', 'major', 'maj', 'sergeant', 'sgt', 'admiral', 'adm', 'commander', 'cmdr', 'marshal',
  'dr', 'doctor', 'professor', 'prof', 'mr', 'mrs', 'ms', 'miss', 'dame', 'sir', 'lord', 'lady', 'baroness',
  'baron', 'duke', 'duchess', 'ceo', 'cfo', 'founder', 'co-founder', 'lawmaker', 'mp', 'lt', 'lieutenant',
  'detective', 'inspector', 'superintendent', 'deputy', 'vice', 'premier', 'candidate', 'nominee',
]);

/**
 * Title endings the rules accept but the model's features do not use (adding them there would change
 * the trained model): "Staff" of "Chief of Staff".
 */
export const RULE_ONLY_TITLE_HEADS: ReadonlySet<string> = new Set(['staff']);

/** Honorifics that are not a role worth reporting by themselves. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mister', 'madam', 'messrs']);
